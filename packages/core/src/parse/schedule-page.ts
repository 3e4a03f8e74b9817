import type { Diagnostic } from '../model/diagnostic.js';
import type { PlannedMeeting } from '../model/schedule.js';
import { daysBetween, findDates, findDayMonthSlashes, toIsoDate } from './dates.js';
import type { ParsedDocument } from './document.js';
import type { Line } from './lines.js';
import { checkWeekday } from './schedule.js';
import { bodyKey, bodyName } from './schedule-bodies.js';
import { type ItemDate, readItem } from './schedule-cells.js';
import {
  bodyAt,
  bodyDetail,
  footnote,
  legendEntries,
  monthHeader,
  type PageLine,
  pageLines,
  scheduleHeading,
} from './schedule-lines.js';
import { type ProseDefault, type ProseLine, readProse } from './schedule-prose.js';
import {
  columnHeads,
  type FoundDate,
  type PageSink,
  readColumnRows,
  readMonthTable,
  type Section,
} from './schedule-tables.js';

/**
 * Schedule pages: a body's (or several bodies') published meeting dates for a year, as a page of
 * its own ("Sammanträdestider 2017", "Mötestider 2021", "Direktionens sammanträdesdatum 2021").
 * The page is read as a sequence of sections (a heading gives the year, a body heading the body),
 * each holding a list of dates, a month table or a table of bodies side by side; prose around them
 * may cancel or move a meeting or give the usual time and place. Dates that are not meetings (the
 * page's update date, holidays, years in prose) are not in lists and are never read; a date whose
 * reading is in doubt is left out with a diagnostic naming its line.
 */

/** A body's dates for one year, as a schedule page lists them. */
export interface PageSchedule {
  /** The body as the page names it; absent when the page names none or lost whose the dates are. */
  body?: string;
  year: number;
  meetings: PlannedMeeting[];
}

/** What a schedule page says. */
export interface SchedulePage {
  /** The page's heading when it is not the body's name ("Sammanträdesplan 2018"). */
  title?: string;
  /** The page's body when all its dates are of one body. */
  body?: string;
  schedules: PageSchedule[];
}

/** Labels and headings of minutes and agendas: a page with them is no schedule page, whatever dates it lists. */
const RECORD_SIGNS =
  /^(?:plats och tid|tid och plats|beslutande|närvarande ledamöter|utses att justera|justerare|justerande|justeringens|paragrafer|underskrifter|ärendelista|föredragningslista|dagordning|protokollsutdrag|rätt utdraget)(?![\p{L}])/iu;
const RECORD_TITLE = /^(?:protokoll|sammanträdesprotokoll|kallelse|protokollsutdrag|utdrag ur protokoll)(?![\p{L}])/iu;

/**
 * True when the lines are a schedule page: a heading with a schedule word and a year
 * ("Sammanträdestider 2017", "Datum för sammanträden 2021"), at least four dates or month headers,
 * and none of the labels of minutes or agendas (§ headings, "Beslutande", "Utses att justera", a
 * first line "Protokoll" or "Kallelse", numbered items).
 */
export function looksLikeSchedulePage(lines: readonly Line[]): boolean {
  let heading = false;
  let dates = 0;
  let items = 0;
  let first = true;
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    if (first && RECORD_TITLE.test(text)) return false;
    first = false;
    if (RECORD_SIGNS.test(text) || /§\s*\d/u.test(text)) return false;
    if (/^\d{1,2}\.\s+\p{Lu}/u.test(text) && ++items >= 2) return false;
    if (!heading && text.length <= 120 && scheduleHeading(text)) heading = true;
    if (dates < 4) {
      if (monthHeader(text) !== undefined) dates++;
      else if (/\d/.test(text)) dates += findDates(text).length + findDayMonthSlashes(text).length;
    }
  }
  return heading && dates >= 4;
}

/** The body a page's first line names: "Byggnadsnämnden", "Kommunfullmäktiges sammanträden". */
function titleBody(text: string): string | undefined {
  const own = bodyName(text);
  if (own) return own.name;
  const m =
    /^(.{4,70}?)\s+(?:sammanträden|sammanträdestider|sammanträdesdagar|sammanträdesdatum|möten|mötestider)$/iu.exec(
      text,
    );
  return m?.[1] ? bodyName(m[1], true)?.name : undefined;
}

/** Collects the dates the readers find, and gives footnotes to the marked ones before them. */
class Collector implements PageSink {
  readonly found: FoundDate[] = [];
  private marked: FoundDate[] = [];
  readonly notes = new Map<FoundDate, string[]>();

  constructor(readonly diagnostics: Diagnostic[]) {}

  add(found: FoundDate): void {
    this.found.push(found);
    if (found.date.marks > 0) this.marked.push(found);
  }

  footnote(marks: number, text: string): void {
    const matching = this.marked.filter((f) => f.date.marks === marks);
    for (const f of matching) {
      const weekday = readItem(`1 jan ${text}`).dates[0];
      // "*tors": a weekday, checked like any other; anything else is a note ("*budget").
      if (weekday?.weekday && weekday.notes.length === 0) f.date.weekday ??= weekday.weekday;
      else f.date.notes.push(text);
    }
    this.marked = this.marked.filter((f) => f.date.marks !== marks);
  }
}

/**
 * Reads a schedule page into `doc`: kind `schedule`, one `schedules` entry per body and year with
 * status `published`, the body when the page is of one.
 */
export function readSchedulePage(text: string, doc: ParsedDocument): ParsedDocument {
  const page = parseSchedulePage(text, doc.diagnostics);
  doc.kind = 'schedule';
  if (page.body) doc.body.name = page.body;
  if (page.title) doc.title = page.title;
  const several = !page.body;
  doc.schedules = page.schedules.map((s) => ({
    year: s.year,
    status: 'published' as const,
    ...(several && s.body ? { body: s.body } : {}),
    meetings: s.meetings,
  }));
  if (doc.schedules.length === 0)
    doc.diagnostics.push({ severity: 'warning', message: 'a schedule page, but no meeting date on it could be read' });
  return doc;
}

/** Reads a schedule page: its sections, tables and prose. Never throws on content. */
export function parseSchedulePage(text: string, diagnostics: Diagnostic[]): SchedulePage {
  const lines = pageLines(text);
  const sink = new Collector(diagnostics);
  const legend = new Map<string, string>();
  const legendLines = new Set<number>();
  lines.forEach((line, i) => {
    const entries = legendEntries(line);
    if (entries.length > 0 && legendEntries({ ...line, cells: line.cells.slice(0, 1) }).length > 0) {
      legendLines.add(i);
      for (const [code, meaning] of entries) legend.set(code, meaning);
    }
  });
  const prose: ProseLine[] = [];
  const details: ProseDefault[] = [];
  const section: Section = {};
  const firstLine = lines.find((l) => l.text);
  const pageBody = firstLine ? titleBody(firstLine.text) : undefined;
  if (pageBody) section.body = pageBody;
  let title = firstLine && firstLine.text.length <= 100 && !bodyName(firstLine.text) ? firstLine.text : undefined;
  let list = 0;
  const setBody = (name: string) => {
    section.body = name;
    list++;
  };

  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as PageLine;
    if (!line.text || legendLines.has(i)) {
      i++;
      continue;
    }
    const note = footnote(line.text);
    if (note && !readItem(line.text.replace(/^\*+\s*/, '')).startsWithDate) {
      sink.footnote(note.marks, note.text);
      i++;
      continue;
    }
    const heading = scheduleHeading(line.text);
    if (heading) {
      section.year = heading.years[0] as number;
      section.years = heading.years;
      if (heading.body) setBody(heading.body);
      list++;
      title ??= line.text;
      if (heading.rest) addListItem(line.no, heading.rest, section, `list:${list}`, sink);
      i++;
      continue;
    }
    if (monthHeader(line.text) !== undefined) {
      const next = readMonthTable(lines, i, section, sink);
      i = next ?? i + 1;
      continue;
    }
    const body = bodyAt(lines, i);
    if (body) {
      const columns = columnHeads(lines, i);
      if (columns) {
        i = readColumnRows(lines, columns.next, columns.columns, section, sink);
        continue;
      }
      setBody(body.name);
      i = body.next;
      // "tisdagar kl.14.00", "i Prologen" under the heading: the body's usual time and place.
      for (; i < lines.length; i++) {
        const t = (lines[i] as PageLine).text;
        if (!t) continue;
        const detail = bodyDetail(t);
        if (!detail) break;
        if (detail.start || detail.location)
          details.push({ body: body.name, ...detail, no: (lines[i] as PageLine).no });
      }
      continue;
    }
    if (!addListItem(line.no, line.text, section, `list:${list}`, sink)) {
      prose.push({
        text: line.text,
        no: line.no,
        ...(section.body ? { body: section.body } : {}),
        ...(section.year !== undefined ? { year: section.year } : {}),
      });
    }
    i++;
  }
  if (title && pageBody && bodyKey(title) === bodyKey(pageBody)) title = undefined;
  const schedules = assemble(sink, legend, prose, details, diagnostics);
  const named = new Set(schedules.map((s) => (s.body ? bodyKey(s.body) : '')));
  const onlyBody = named.size === 1 && !named.has('') ? schedules[0]?.body : undefined;
  const result: SchedulePage = { schedules };
  if (title) result.title = title;
  if (onlyBody) {
    result.body = onlyBody;
    for (const s of schedules) delete s.body;
  } else if (schedules.length === 0 && pageBody) result.body = pageBody;
  return result;
}

/** A list line ("21 januari", "8/2 15/3 19/4", "17-18 november kl. 09.00 (budget)"); false when the line is prose. */
function addListItem(no: number, text: string, section: Section, list: string, sink: PageSink): boolean {
  const item = readItem(text);
  if (!item.startsWithDate || item.dates.length === 0) return false;
  if (item.notMeetings || item.words > 4 * item.dates.length + 2 || item.garbled.length > 0) {
    if (item.notMeetings)
      sink.diagnostics.push({
        severity: 'info',
        message: `the dates of "${text.slice(0, 80)}" are not meetings ("${item.notMeetings}"); left out`,
        line: no,
      });
    return Boolean(item.notMeetings);
  }
  for (const date of item.dates) {
    sink.add({
      date,
      ...(section.body ? { body: section.body } : {}),
      ...(section.year !== undefined ? { year: section.year } : {}),
      ...(section.years ? { years: section.years } : {}),
      no,
      list: `${list}:${section.body ?? ''}`,
    });
  }
  return true;
}

interface Resolved {
  body?: string;
  meeting: PlannedMeeting;
  no: number;
}

/** Gives each found date its year, checks it, and groups the meetings by body and year. */
function assemble(
  sink: Collector,
  legend: ReadonlyMap<string, string>,
  prose: readonly ProseLine[],
  details: readonly ProseDefault[],
  diagnostics: Diagnostic[],
): PageSchedule[] {
  const wrapped = new Map<string, { year: number } | 'dropped'>();
  const previous = new Map<string, string>();
  const resolved: Resolved[] = [];
  for (const found of sink.found) {
    const { date } = found;
    let year = date.year ?? found.year;
    if (year === undefined || date.month === undefined) {
      diagnostics.push({
        severity: 'warning',
        message: 'a date without a year, and no heading above it states one; left out',
        line: found.no,
      });
      continue;
    }
    // A list that runs back in time has run into the next year: the heading must say so ("2021/2022").
    if (found.list && date.year === undefined) {
      const state = wrapped.get(found.list);
      if (state === 'dropped') continue;
      if (state) year = state.year;
      const iso = toIsoDate(year, date.month, date.day);
      const before = previous.get(found.list);
      if (iso && before && iso < before && !state) {
        const next = year + 1;
        if (found.years?.includes(next)) {
          wrapped.set(found.list, { year: next });
          year = next;
        } else {
          wrapped.set(found.list, 'dropped');
          diagnostics.push({
            severity: 'warning',
            message: `${date.day} ${monthWord(date.month)} comes before the date above it: the list may run into ${next}, which the page does not say; the rest of the list is left out`,
            line: found.no,
          });
          continue;
        }
      }
    }
    const iso = toIsoDate(year, date.month, date.day);
    if (!iso) {
      diagnostics.push({
        severity: 'warning',
        message: `${date.day}/${date.month} ${year} is not a date; left out`,
        line: found.no,
      });
      continue;
    }
    if (found.list) previous.set(found.list, iso);
    const meeting = meetingOf(iso, date, found, legend, diagnostics);
    if (meeting) resolved.push({ ...(found.body ? { body: found.body } : {}), meeting, no: found.no });
  }
  const bodies = uniqueBodies(resolved);
  applyProse(resolved, prose, details, bodies, diagnostics);
  return group(resolved);
}

const monthWord = (m: number) =>
  [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ][m - 1] ?? String(m);

/** The meeting a date stands for, or undefined (with a diagnostic) when it cannot be one. */
function meetingOf(
  iso: string,
  date: ItemDate,
  found: FoundDate,
  legend: ReadonlyMap<string, string>,
  diagnostics: Diagnostic[],
): PlannedMeeting | undefined {
  const notes: string[] = [];
  if (date.last) {
    const lastYear = date.last.year ?? Number(iso.slice(0, 4)) + ((date.last.month ?? 0) < (date.month ?? 0) ? 1 : 0);
    const last = toIsoDate(lastYear, date.last.month ?? (date.month as number), date.last.day);
    const span = last ? daysBetween(iso, last) : -1;
    if (span < 1 || span > 3) {
      diagnostics.push({
        severity: 'warning',
        message: `${iso}${last ? ` to ${last}` : ''} is a span of days, not a meeting; left out`,
        line: found.no,
      });
      return undefined;
    }
    const sameMonth = date.last.month === undefined || date.last.month === date.month;
    notes.push(
      sameMonth
        ? `${date.day}–${date.last.day} ${monthWord(date.month as number)}`
        : `${date.day} ${monthWord(date.month as number)}–${date.last.day} ${monthWord(date.last.month as number)}`,
    );
  }
  if (date.weekdayConflict) {
    diagnostics.push({
      severity: 'warning',
      message: `two weekdays are written beside ${iso}; left out`,
      line: found.no,
    });
    return undefined;
  }
  if (date.weekday) {
    const before = diagnostics.length;
    checkWeekday(iso, date.weekday, found.no, '', diagnostics);
    const said = diagnostics[before];
    if (said) {
      // The date or the weekday is wrong, and nothing tells which: no date rather than a wrong one.
      said.message += '; the date is left out';
      return undefined;
    }
  }
  for (const n of date.notes) notes.push(legend.get(n) ?? n);
  const meeting: PlannedMeeting = { date: iso, status: date.cancelled ? 'cancelled' : 'planned' };
  if (date.weekday) meeting.statedWeekday = date.weekday;
  const start = date.start ?? (date.timeUnknown ? undefined : found.start);
  if (start) meeting.start = start;
  if (date.start && date.end && date.end > date.start) meeting.end = date.end;
  if (found.location) meeting.location = found.location;
  const note = notes.filter((n) => n.trim() !== '').join(', ');
  if (note) meeting.note = note;
  return meeting;
}

function uniqueBodies(resolved: readonly Resolved[]): string[] {
  const seen = new Map<string, string>();
  for (const r of resolved) if (r.body && !seen.has(bodyKey(r.body))) seen.set(bodyKey(r.body), r.body);
  return [...seen.values()];
}

/** Cancellations, moves and the usual time and place that the page's prose states. */
function applyProse(
  resolved: Resolved[],
  lines: readonly ProseLine[],
  details: readonly ProseDefault[],
  bodies: readonly string[],
  diagnostics: Diagnostic[],
): void {
  const facts = readProse(lines, bodies);
  // Under a body's heading first, then the prose: the first to give a fact wins.
  const defaults = [...details, ...facts.defaults];
  const onlyBody = bodies.length === 1 ? bodies[0] : undefined;
  for (const d of defaults) {
    const body = d.body ?? onlyBody;
    if (!body) continue;
    for (const r of resolved) {
      if (!r.body || bodyKey(r.body) !== bodyKey(body)) continue;
      if (d.start && !r.meeting.start && !r.meeting.end) r.meeting.start = d.start;
      if (d.location && !r.meeting.location) r.meeting.location = d.location;
    }
  }
  for (const change of facts.changes) {
    const candidates = resolved.filter(
      (r) => r.meeting.date === change.date && (!change.body || (r.body && bodyKey(r.body) === bodyKey(change.body))),
    );
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target) {
      diagnostics.push({
        severity: 'warning',
        message:
          candidates.length === 0
            ? `the text says the meeting of ${change.date} is ${change.to ? 'moved' : 'cancelled'}, but no listed meeting is on that day`
            : `the text says a meeting of ${change.date} is ${change.to ? 'moved' : 'cancelled'}, but not whose; the dates stay as listed`,
        line: change.no,
      });
      continue;
    }
    if (!change.to) {
      target.meeting.status = 'cancelled';
      continue;
    }
    target.meeting.status = 'moved';
    const moved = resolved.some((r) => r.meeting.date === change.to && r.body === target.body);
    if (!moved) {
      const { date: _, status: __, statedWeekday: ___, ...rest } = target.meeting;
      resolved.push({
        ...(target.body ? { body: target.body } : {}),
        meeting: { ...rest, date: change.to, status: 'planned', note: `flyttat från ${change.date}` },
        no: change.no,
      });
    }
  }
  for (const u of facts.unclear) diagnostics.push({ severity: 'warning', message: u.message, line: u.no });
}

/** One schedule per body and year, meetings in date order, a date listed twice for one body kept once. */
function group(resolved: readonly Resolved[]): PageSchedule[] {
  const out = new Map<string, PageSchedule>();
  const names = new Map<string, string>();
  for (const r of resolved) {
    const key = r.body ? bodyKey(r.body) : '';
    if (r.body && !names.has(key)) names.set(key, r.body);
    const year = Number(r.meeting.date.slice(0, 4));
    const id = `${key}|${year}`;
    let schedule = out.get(id);
    if (!schedule) {
      schedule = { ...(r.body ? { body: names.get(key) as string } : {}), year, meetings: [] };
      out.set(id, schedule);
    }
    const same = schedule.meetings.find((m) => m.date === r.meeting.date);
    if (same) {
      if (r.meeting.note && !same.note?.includes(r.meeting.note))
        same.note = same.note ? `${same.note}, ${r.meeting.note}` : r.meeting.note;
      continue;
    }
    schedule.meetings.push(r.meeting);
  }
  const schedules = [...out.values()];
  for (const s of schedules) s.meetings.sort((a, b) => a.date.localeCompare(b.date));
  // In the page's order; dates whose body is lost last.
  return schedules.sort((a, b) => (a.body ? 0 : 1) - (b.body ? 0 : 1));
}
