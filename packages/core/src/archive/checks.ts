import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import { isIsoDate, weekdayOf } from '../model/primitives.js';
import { inScheduleYear } from '../model/schedule.js';
import type { DiagnosticArgs, DiagnosticCode } from '../text/diagnostic-words.js';
import { localTimeProblem } from '../text/local-time.js';
import type { ArchiveRecords } from './archive.js';

/** Where a record (and a path inside it) was written: its file and line. */
export type Locate = (
  record: object,
  path?: readonly (string | number)[],
) => { file?: string; line?: number } | undefined;

/**
 * Checks what one record's schema cannot: ids unique, references resolve, facts agree with each other.
 * Returns diagnostics; never throws.
 */
export function checkRecords(records: ArchiveRecords, locate: Locate = () => undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const say: Say = (severity, record, path, code, args) =>
    out.push(diagnostic(severity, code, args, locate(record, path)));

  const bodyIds = new Set<string>();
  for (const body of records.bodies) {
    if (bodyIds.has(body.id)) say('error', body, ['id'], 'body-twice', { id: body.id });
    bodyIds.add(body.id);
    if (body.rules.adjustment && !body.rules.adjustment.since)
      say('warning', body, ['rules', 'adjustment'], 'adjustment-rule-no-since', {});
    if (body.host && body.legalForm !== 'joint-committee')
      say('warning', body, ['host'], 'host-not-joint-committee', {});
  }
  const knownBody = (record: object, id: string | undefined, path: string[]) => {
    if (id !== undefined && !bodyIds.has(id)) say('error', record, path, 'unknown-body', { id });
  };

  const meetingKeys = new Set<string>();
  for (const meeting of records.meetings) {
    knownBody(meeting, meeting.body, ['body']);
    const key = `${meeting.body}/${meeting.id}`;
    if (meetingKeys.has(key)) say('error', meeting, ['id'], 'meeting-twice', { key });
    meetingKeys.add(key);
    for (const [severity, path, code, args] of meetingProblems(meeting)) say(severity, meeting, path, code, args);
  }
  checkOverlaps(records.meetings, say);

  const scheduleKeys = new Set<string>();
  for (const schedule of records.schedules) {
    knownBody(schedule, schedule.body, ['body']);
    const key = `${schedule.body}/${schedule.year}`;
    if (scheduleKeys.has(key)) say('error', schedule, ['year'], 'schedule-twice', { key });
    scheduleKeys.add(key);
    schedule.meetings.forEach((planned, i) => {
      if (!inScheduleYear(planned.date, schedule.year)) {
        const args = { date: planned.date, year: schedule.year };
        say('error', schedule, ['meetings', i, 'date'], 'date-outside-year', args);
      }
      checkTimes(schedule, ['meetings', i], planned.date, planned, say);
      if (planned.statedWeekday && planned.statedWeekday !== weekdayOf(planned.date)) {
        const args = {
          date: planned.date,
          actual: weekdayOf(planned.date),
          stated: planned.statedWeekday,
          in: 'document' as const,
        };
        say('warning', schedule, ['meetings', i, 'statedWeekday'], 'record-weekday-mismatch', args);
      }
    });
    const by = schedule.decidedBy?.meeting;
    if (by && !meetingKeys.has(`${schedule.body}/${by}`)) {
      say('warning', schedule, ['decidedBy', 'meeting'], 'meeting-missing', { key: `${schedule.body}/${by}` });
    }
  }

  const programmeIds = new Set<string>();
  for (const programme of records.programmes) {
    knownBody(programme, programme.body, ['body']);
    if (programmeIds.has(programme.id)) say('error', programme, ['id'], 'programme-twice', { id: programme.id });
    programmeIds.add(programme.id);
  }
  return out;
}

type Say = <C extends DiagnosticCode>(
  severity: Diagnostic['severity'],
  record: object,
  path: (string | number)[],
  code: C,
  args: DiagnosticArgs<C>,
) => void;

type Problem = [Diagnostic['severity'], (string | number)[], DiagnosticCode, DiagnosticArgs<DiagnosticCode>];
/** What {@link checkMeeting} says of a meeting, kept per meeting: a reload keeps unchanged meetings' objects. */
const problems = new WeakMap<Meeting, Problem[]>();

function meetingProblems(meeting: Meeting): Problem[] {
  let found = problems.get(meeting);
  if (!found) {
    const list: Problem[] = [];
    checkMeeting(meeting, (severity, _record, path, code, args) => list.push([severity, path, code, args]));
    problems.set(meeting, list);
    found = list;
  }
  return found;
}

function checkMeeting(meeting: Meeting, say: Say): void {
  if (!meeting.date) {
    say('warning', meeting, ['id'], 'meeting-no-date', { key: `${meeting.body}/${meeting.id}` });
  }
  if (meeting.kind === 'agenda' && meeting.status === 'held') {
    say('warning', meeting, ['status'], 'agenda-held', {});
  }
  const seen = new Set<number>();
  meeting.paragraphs.forEach((p, i) => {
    if (seen.has(p.number)) say('error', meeting, ['paragraphs', i, 'number'], 'paragraph-twice', { number: p.number });
    seen.add(p.number);
    const range = meeting.paragraphRange;
    if (meeting.kind === 'minutes' && range && (p.number < range.from || p.number > range.to)) {
      const args = { number: p.number, from: range.from, to: range.to };
      say('warning', meeting, ['paragraphs', i, 'number'], 'paragraph-outside-range', args);
    }
  });
  if (meeting.adjustment?.deadline && meeting.date && meeting.adjustment.deadline < meeting.date) {
    say('error', meeting, ['adjustment', 'deadline'], 'adjustment-before-meeting', {});
  }
  if (meeting.date && meeting.statedWeekday && meeting.statedWeekday !== weekdayOf(meeting.date)) {
    const args = {
      date: meeting.date,
      actual: weekdayOf(meeting.date),
      stated: meeting.statedWeekday,
      in: 'record' as const,
    };
    say('warning', meeting, ['statedWeekday'], 'record-weekday-mismatch', args);
  }
  if (meeting.date) checkTimes(meeting, [], meeting.date, meeting, say);
  const next = meeting.nextMeeting;
  if (next?.date && isIsoDate(next.date)) checkTimes(meeting, ['nextMeeting'], next.date, next, say);
}

/** Warns about a time the clocks skip or repeat on the night they change. */
function checkTimes(
  record: object,
  path: (string | number)[],
  date: string,
  times: { start?: string | undefined; end?: string | undefined },
  say: Say,
): void {
  for (const field of ['start', 'end'] as const) {
    const time = times[field];
    const problem = time ? localTimeProblem(date, time) : undefined;
    if (time && problem)
      say('warning', record, [...path, field], problem === 'gap' ? 'record-time-gap' : 'record-time-overlap', {
        time,
        date,
      });
  }
}

/**
 * Two sets of minutes of one body covering the same § numbers are usually one document imported twice
 * (once without a date, once with). An extract repeats paragraphs of its minutes, and agenda items
 * start again at 1, so both are left out.
 */
function checkOverlaps(meetings: readonly Meeting[], say: Say): void {
  const byBody = new Map<string, { meeting: Meeting; from: number; to: number }[]>();
  for (const meeting of meetings) {
    if (meeting.kind !== 'minutes') continue;
    const numbers = meeting.paragraphs.map((p) => p.number);
    const range =
      meeting.paragraphRange ?? (numbers.length ? { from: Math.min(...numbers), to: Math.max(...numbers) } : undefined);
    if (!range) continue;
    const list = byBody.get(meeting.body) ?? [];
    list.push({ meeting, ...range });
    byBody.set(meeting.body, list);
  }
  for (const list of byBody.values()) {
    // Sorted by first §, each range overlaps an earlier one exactly when it starts before the furthest end so far.
    list.sort((a, b) => a.from - b.from || a.to - b.to);
    let reach: (typeof list)[number] | undefined;
    for (const item of list) {
      if (reach && item.from <= reach.to) {
        const args = {
          from: item.from,
          to: item.to,
          otherFrom: reach.from,
          otherTo: reach.to,
          other: `${item.meeting.body}/${reach.meeting.id}`,
        };
        say('warning', item.meeting, ['paragraphRange'], 'minutes-overlap', args);
      }
      if (!reach || item.to > reach.to) reach = item;
    }
  }
}
