import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { PlannedMeeting } from '../model/schedule.js';
import { daysBetween } from '../text/days.js';
import { monthName, toIsoDate } from './dates.js';
import { checkWeekday } from './schedule.js';
import { bodyKey } from './schedule-bodies.js';
import { type ItemDate, readItem } from './schedule-cells.js';
import { type ProseDefault, type ProseLine, readProse } from './schedule-prose.js';
import type { FoundDate, PageSink } from './schedule-tables.js';

/**
 * The second half of reading a schedule page: the dates found become meetings. Each gets its year
 * (a list that runs back in time has run into a year the heading must name), is checked (a
 * weekday beside it, a span of days), gets what the page says of it (footnotes, codes of the legend,
 * the row's or the body's usual time and place, cancellations in the prose), and is grouped by body
 * and year.
 */

/** A body's dates for one year, as a schedule page lists them. */
export interface PageSchedule {
  /** The body as the page names it; absent when the page names none or it became unclear whose dates they are. */
  body?: string;
  year: number;
  meetings: PlannedMeeting[];
}

/** Collects the dates the readers find, and gives footnotes to the marked ones before them. */
export class Collector implements PageSink {
  readonly found: FoundDate[] = [];
  /** Dates with footnote markers not yet explained, by the number of markers ("*", "**"). */
  private readonly marked = new Map<number, FoundDate[]>();

  constructor(readonly diagnostics: Diagnostic[]) {}

  add(found: FoundDate): void {
    this.found.push(found);
    const marks = found.date.marks;
    if (marks === 0) return;
    const waiting = this.marked.get(marks) ?? [];
    waiting.push(found);
    this.marked.set(marks, waiting);
  }

  waiting(marks: number): boolean {
    return (this.marked.get(marks)?.length ?? 0) > 0;
  }

  footnote(marks: number, text: string): void {
    const weekday = readItem(`1 jan ${text}`).dates[0];
    for (const f of this.marked.get(marks) ?? []) {
      // "*tors": a weekday, checked like any other; anything else is a note ("*budget").
      if (weekday?.weekday && weekday.notes.length === 0) f.date.weekday ??= weekday.weekday;
      else f.date.notes.push(text);
    }
    this.marked.delete(marks);
  }
}

interface Resolved {
  body?: string;
  meeting: PlannedMeeting;
  no: number;
  /** Its line speaks of a time that cannot be told to be the meeting's: no usual time is given it either. */
  timeUnknown?: boolean;
}

/** Gives each found date its year, checks it, and groups the meetings by body and year. */
export function assemble(
  sink: Collector,
  legend: ReadonlyMap<string, string>,
  prose: readonly ProseLine[],
  details: readonly ProseDefault[],
  diagnostics: Diagnostic[],
): PageSchedule[] {
  const wrapped = new Map<string, { year: number } | 'dropped'>();
  const previous = new Map<string, string>();
  const resolved: Resolved[] = [];
  const yearless: number[] = [];
  for (const found of sink.found) {
    const { date } = found;
    let year = date.year ?? found.year;
    if (year === undefined || date.month === undefined) {
      yearless.push(found.no);
      continue;
    }
    // A list that runs back in time has run into the next year: the heading must say so ("2021/2022").
    if (found.list && date.year === undefined) {
      const state = wrapped.get(found.list);
      if (state === 'dropped') continue;
      if (state) year = state.year;
      const iso = toIsoDate(year, date.month, date.day);
      const before = previous.get(found.list);
      if (iso && before && iso < before) {
        const next = year + 1;
        if (!state && found.years?.includes(next)) {
          wrapped.set(found.list, { year: next });
          year = next;
        } else {
          wrapped.set(found.list, 'dropped');
          diagnostics.push(
            diagnostic(
              'warning',
              'schedule-list-runs-on',
              { day: date.day, month: monthWord(date.month), next },
              { line: found.no },
            ),
          );
          continue;
        }
      }
    }
    const iso = toIsoDate(year, date.month, date.day);
    if (!iso) {
      diagnostics.push(
        diagnostic('warning', 'schedule-not-a-date', { day: date.day, month: date.month, year }, { line: found.no }),
      );
      continue;
    }
    const meeting = meetingOf(iso, date, found, legend, diagnostics);
    if (!meeting) continue;
    if (found.list) previous.set(found.list, iso);
    resolved.push({
      ...(found.body ? { body: found.body } : {}),
      meeting,
      no: found.no,
      ...(date.timeUnknown && !date.start ? { timeUnknown: true } : {}),
    });
  }
  if (yearless.length > 0)
    diagnostics.push(
      diagnostic('warning', 'schedule-dates-without-year', { count: yearless.length }, { line: yearless[0] as number }),
    );
  const bodies = uniqueBodies(resolved);
  applyProse(resolved, prose, details, bodies, diagnostics);
  return group(resolved);
}

const monthWord = (m: number) => monthName(m) ?? String(m);

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
      diagnostics.push(
        diagnostic('warning', 'schedule-span', { from: iso, ...(last ? { to: last } : {}) }, { line: found.no }),
      );
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
    diagnostics.push(diagnostic('warning', 'schedule-two-weekdays', { date: iso }, { line: found.no }));
    return undefined;
  }
  if (date.weekday) {
    // The date or the weekday is wrong, and nothing tells which: no date rather than a wrong one.
    if (checkWeekday(iso, date.weekday, found.no, {}, diagnostics, true)) return undefined;
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
  const onlyBody = bodies.length === 1 ? bodies[0] : undefined;
  const usual = new Map<string, { start?: string; location?: string }>();
  const give = (body: string, d: ProseDefault) => {
    const known = usual.get(bodyKey(body)) ?? {};
    if (d.start) known.start ??= d.start;
    if (d.location) known.location ??= d.location;
    usual.set(bodyKey(body), known);
  };
  // Other hours the prose gives that this reader cannot tie to a body ("Fullmäktige börjar kl. 18.00"): an
  // hour said of every meeting, or of the section its sentence stands in, may then be wrong for some.
  const unsure = facts.otherTimes[0];
  let dropped = false;
  const sure = (d: ProseDefault): ProseDefault => {
    if (!unsure || !d.start || d.stated) return d;
    dropped = true;
    const { start: _, ...rest } = d;
    return rest;
  };
  for (const d of details) {
    const body = d.body ?? onlyBody;
    if (body) give(body, d);
  }
  for (const d of facts.defaults) {
    const body = d.body ?? onlyBody;
    if (!d.all && body) give(body, sure(d));
  }
  // Said of every meeting: each body's, after what is said of that body itself.
  for (const d of facts.defaults) if (d.all) for (const body of bodies) give(body, sure(d));
  if (dropped && unsure)
    diagnostics.push(
      diagnostic('warning', 'schedule-times-unsure', { sentence: unsure.sentence }, { line: unsure.no }),
    );
  const byDate = new Map<string, Resolved[]>();
  for (const r of resolved) {
    const d = r.body ? usual.get(bodyKey(r.body)) : undefined;
    if (d?.start && !r.meeting.start && !r.meeting.end && !r.timeUnknown) r.meeting.start = d.start;
    if (d?.location && !r.meeting.location) r.meeting.location = d.location;
    const same = byDate.get(r.meeting.date) ?? [];
    same.push(r);
    byDate.set(r.meeting.date, same);
  }
  const whose = (r: Resolved, body: string | undefined) => !body || (r.body && bodyKey(r.body) === bodyKey(body));
  for (const change of facts.changes) {
    const candidates = (byDate.get(change.date) ?? []).filter((r) => whose(r, change.body));
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (!target) {
      diagnostics.push(
        diagnostic(
          'warning',
          candidates.length === 0 ? 'schedule-change-no-meeting' : 'schedule-change-whose',
          { date: change.date, moved: Boolean(change.to) },
          { line: change.no },
        ),
      );
      continue;
    }
    if (!change.to) {
      target.meeting.status = 'cancelled';
      continue;
    }
    target.meeting.status = 'moved';
    if ((byDate.get(change.to) ?? []).some((r) => r.body === target.body)) continue;
    const { date: _, status: __, statedWeekday: ___, ...rest } = target.meeting;
    const moved: Resolved = {
      ...(target.body ? { body: target.body } : {}),
      meeting: { ...rest, date: change.to, status: 'planned', note: `flyttat från ${change.date}` },
      no: change.no,
    };
    resolved.push(moved);
    byDate.set(change.to, [...(byDate.get(change.to) ?? []), moved]);
  }
  for (const u of facts.unclear)
    diagnostics.push(diagnostic('warning', 'schedule-change-unclear', { sentence: u.sentence }, { line: u.no }));
}

/** One schedule per body and year, meetings in date order, a date listed twice for one body kept once. */
function group(resolved: readonly Resolved[]): PageSchedule[] {
  const out = new Map<string, { schedule: PageSchedule; dates: Map<string, PlannedMeeting> }>();
  const names = new Map<string, string>();
  for (const r of resolved) {
    const key = r.body ? bodyKey(r.body) : '';
    if (r.body && !names.has(key)) names.set(key, r.body);
    const year = Number(r.meeting.date.slice(0, 4));
    const id = `${key}|${year}`;
    let entry = out.get(id);
    if (!entry) {
      entry = {
        schedule: { ...(r.body ? { body: names.get(key) as string } : {}), year, meetings: [] },
        dates: new Map(),
      };
      out.set(id, entry);
    }
    const same = entry.dates.get(r.meeting.date);
    if (same) {
      const note = r.meeting.note;
      if (note && (same.note?.length ?? 0) < 300 && !same.note?.includes(note))
        same.note = same.note ? `${same.note}, ${note}` : note;
      continue;
    }
    entry.dates.set(r.meeting.date, r.meeting);
    entry.schedule.meetings.push(r.meeting);
  }
  const schedules = [...out.values()].map((e) => e.schedule);
  for (const s of schedules) s.meetings.sort((a, b) => a.date.localeCompare(b.date));
  // In the page's order; dates whose body is lost last.
  return schedules.sort((a, b) => (a.body ? 0 : 1) - (b.body ? 0 : 1));
}
