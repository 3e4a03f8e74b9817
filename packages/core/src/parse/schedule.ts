import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Weekday } from '../model/primitives.js';
import type { PlannedMeeting } from '../model/schedule.js';
import type { WeekdayPlace } from '../text/parse-diagnostic-words.js';
import { type DateMention, findDates, findTime, resolveDate, weekdayFromSwedish, weekdayOfDate } from './dates.js';
import type { Line } from './lines.js';

/**
 * Yearly schedules (sammanträdestider) decided or proposed in a paragraph: an introduction
 * ("Hälsingeråd 2024 äger rum följande datum:", "Följande sammanträdesdagar fastställs …") and a list
 * of dates, one per line ("Måndag 8 februari (årsbokslut)") or on one line ("24 januari, 20 mars").
 */

/** A schedule found in a paragraph, before it knows its body. */
export interface FoundSchedule {
  year: number;
  status: 'proposed' | 'decided';
  paragraph?: number;
  caseNumber?: string;
  meetings: PlannedMeeting[];
}

const INTRO = /datum|sammanträd|möte|mötes|träff|äger rum|rådsmöte|(?:råd|rådet)(?![\p{L}])/iu;
const YEAR = /(?<![\d-])((?:19|20)\d{2})(?![\d-])/;

/** A line that is one or more dates and little else: "Måndag 8 februari (årsbokslut)", "24 januari". */
const STARTS_LIKE_DATE = /^(?:[-•]\s+)?(?:\d|den\s|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)/iu;

function datesOfLine(text: string): { mentions: DateMention[]; rest: string } | undefined {
  if (!STARTS_LIKE_DATE.test(text.trimStart())) return undefined;
  const bare = text.replace(/^[-•]\s+/, '').trim();
  const mentions = findDates(bare);
  if (mentions[0]?.index !== 0) return undefined;
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += bare.slice(at, m.index);
    at = m.index + m.length;
  }
  rest += bare.slice(at);
  const leftover = rest.replace(/[\s,.;&–-]+|(?<![\p{L}])(?:och|samt)(?![\p{L}])/giu, ' ').trim();
  if (mentions.length === 1 && leftover.length > 80) return undefined;
  if (mentions.length > 1 && leftover.length > 0) return undefined;
  return { mentions, rest: rest.trim() };
}

/** The note, time and place a date line adds: "(årsbokslut)", "kl 13-16", ", Orbaden". */
function detailsOf(rest: string): Pick<PlannedMeeting, 'note' | 'start' | 'end' | 'location'> {
  const out: Pick<PlannedMeeting, 'note' | 'start' | 'end' | 'location'> = {};
  let text = rest;
  const time = findTime(text);
  if (time) {
    out.start = time.start;
    if (time.end && time.end > time.start) out.end = time.end;
    text = `${text.slice(0, time.index)} ${text.slice(time.index + time.length)}`;
  }
  const paren = /\(([^()]{1,200})\)/.exec(text);
  if (paren?.[1]) {
    out.note = paren[1].trim();
    text = text.replace(paren[0], ' ');
  }
  const place = /^(?:[,–-]\s*)?(?:på|i)\s+(\p{Lu}[^,;()]{0,60})$/u.exec(text.trim());
  if (place?.[1]) out.location = place[1].trim();
  else {
    const note = text.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
    if (note && !out.note) out.note = note;
  }
  return out;
}

/** Where a paragraph's schedules get their year and status from. */
export interface ScheduleContext {
  /** The paragraph's number, title and case number. */
  paragraph?: number;
  title?: string;
  caseNumber?: string;
  /** `decided` when the minutes record the decision, `proposed` in an agenda or an undecided proposal. */
  status: 'proposed' | 'decided';
  /** The meeting's date: dates without a year are the first such dates after it. */
  meetingDate?: string;
}

/**
 * The schedules in a paragraph's lines. The year comes from the introduction, else from the
 * paragraph's title ("Sammanträdestider 2021"), else each date is the first such date after the
 * meeting; with none of these the list is left out with a warning. A weekday written beside a date
 * that does not match it gives a warning.
 */
export function schedulesOf(
  lines: readonly Line[],
  context: ScheduleContext,
  diagnostics: Diagnostic[],
): FoundSchedule[] {
  const found: FoundSchedule[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const first = line.text ? datesOfLine(line.text) : undefined;
    if (!first) {
      // "Följande datum föreslås: 3 februari, 7 april och 9 juni."
      const colon = line.text.indexOf(':');
      const inline = colon > 0 && colon < line.text.length - 5 ? datesOfLine(line.text.slice(colon + 1)) : undefined;
      if (inline && inline.mentions.length >= 2) {
        const schedule = buildSchedule([{ line, ...inline }], line.text.slice(0, colon), context, diagnostics);
        if (schedule) found.push(schedule);
      }
      i++;
      continue;
    }
    const run: { line: Line; mentions: DateMention[]; rest: string }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const l = lines[j] as Line;
      if (l.text === '') continue;
      const d = datesOfLine(l.text);
      if (!d) break;
      run.push({ line: l, ...d });
    }
    const total = run.reduce((n, r) => n + r.mentions.length, 0);
    if (total >= 2) {
      const intro = previousText(lines, i);
      const schedule = buildSchedule(run, intro, context, diagnostics);
      if (schedule) found.push(schedule);
    }
    i = Math.max(j, i + 1);
  }
  return found;
}

function previousText(lines: readonly Line[], index: number): string {
  for (let k = index - 1; k >= 0 && k >= index - 6; k--) {
    const text = (lines[k] as Line).text;
    if (text) return text;
  }
  return '';
}

function buildSchedule(
  run: { line: Line; mentions: DateMention[]; rest: string }[],
  intro: string,
  context: ScheduleContext,
  diagnostics: Diagnostic[],
): FoundSchedule | undefined {
  const titleSaysSchedule = INTRO.test(context.title ?? '');
  if (!INTRO.test(intro) && !titleSaysSchedule) return undefined;
  const firstLine = run[0]?.line.no;
  const where = context.paragraph !== undefined ? { paragraph: context.paragraph } : {};
  const statedYear = YEAR.exec(intro)?.[1] ?? YEAR.exec(context.title ?? '')?.[1];
  const year = statedYear ? Number(statedYear) : undefined;
  const meetings: PlannedMeeting[] = [];
  for (const { line, mentions, rest } of run) {
    for (const m of mentions) {
      const resolved = resolveDate(
        m,
        year !== undefined ? { year } : context.meetingDate ? { after: context.meetingDate } : {},
      );
      if (!resolved || resolved.startsWith('--')) {
        diagnostics.push(diagnostic('warning', 'schedule-no-year', where, { line: line.no }));
        return undefined;
      }
      const meeting: PlannedMeeting = { date: resolved, status: 'planned' };
      if (m.weekday) {
        meeting.statedWeekday = m.weekday;
        checkWeekday(resolved, m.weekday, line.no, where, diagnostics);
      }
      if (mentions.length === 1) Object.assign(meeting, detailsOf(rest));
      meetings.push(meeting);
    }
  }
  const years = new Set(meetings.map((m) => m.date.slice(0, 4)));
  const scheduleYear = year ?? Number([...years][0]);
  if (meetings.length === 0 || !Number.isInteger(scheduleYear)) return undefined;
  if (firstLine === undefined) return undefined;
  return {
    year: scheduleYear,
    status: context.status,
    ...(context.paragraph !== undefined ? { paragraph: context.paragraph } : {}),
    ...(context.caseNumber ? { caseNumber: context.caseNumber } : {}),
    meetings,
  };
}

/**
 * Warns when a weekday written beside a date is not that date's weekday ("Måndag 9 februari 2021"),
 * and says so. `where` is the schedule's paragraph or the date's place; `dropped` adds that the date is
 * left out.
 */
export function checkWeekday(
  date: string,
  stated: Weekday,
  line: number | undefined,
  where: { paragraph?: number; place?: WeekdayPlace },
  diagnostics: Diagnostic[],
  dropped = false,
): boolean {
  const actual = weekdayOfDate(date);
  if (!actual || actual === stated) return false;
  const args = { date, actual, stated, ...where, ...(dropped ? { dropped } : {}) };
  diagnostics.push(diagnostic('warning', 'weekday-mismatch', args, { line }));
  return true;
}

/** Weekdays a rule names: "ska … ske på måndagar eller fredagar" → monday, friday. */
export function weekdayRuleOf(text: string): Weekday[] | undefined {
  if (!/sammanträd|möte|träff/iu.test(text)) return undefined;
  const days: Weekday[] = [];
  const re = /(?<![\p{L}])(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)ar(?![\p{L}])/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const day = weekdayFromSwedish(m[1] ?? '');
    if (day && !days.includes(day)) days.push(day);
  }
  return days.length > 0 ? days : undefined;
}
