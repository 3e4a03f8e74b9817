import type { Diagnostic } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import { isIsoDate, weekdayOf } from '../model/primitives.js';
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
  const say = (severity: Diagnostic['severity'], record: object, path: (string | number)[], message: string) =>
    out.push({ severity, message, ...locate(record, path) });

  const bodyIds = new Set<string>();
  for (const body of records.bodies) {
    if (bodyIds.has(body.id)) say('error', body, ['id'], `body "${body.id}" is defined twice`);
    bodyIds.add(body.id);
    if (body.rules.adjustment && !body.rules.adjustment.since)
      say(
        'warning',
        body,
        ['rules', 'adjustment'],
        'the adjustment rule has no "since" (the day it was decided): no deadline is counted from it',
      );
    if (body.host && body.legalForm !== 'joint-committee')
      say(
        'warning',
        body,
        ['host'],
        'a host is the member a joint committee belongs to; legalForm is not joint-committee',
      );
  }
  const knownBody = (record: object, id: string | undefined, path: string[]) => {
    if (id !== undefined && !bodyIds.has(id)) say('error', record, path, `unknown body "${id}" (no bodies/${id}.yaml)`);
  };

  const meetingKeys = new Set<string>();
  for (const meeting of records.meetings) {
    knownBody(meeting, meeting.body, ['body']);
    const key = `${meeting.body}/${meeting.id}`;
    if (meetingKeys.has(key)) say('error', meeting, ['id'], `meeting "${key}" is defined twice`);
    meetingKeys.add(key);
    for (const [severity, path, message] of meetingProblems(meeting)) say(severity, meeting, path, message);
  }
  checkOverlaps(records.meetings, say);

  const scheduleKeys = new Set<string>();
  for (const schedule of records.schedules) {
    knownBody(schedule, schedule.body, ['body']);
    const key = `${schedule.body}/${schedule.year}`;
    if (scheduleKeys.has(key)) say('error', schedule, ['year'], `schedule ${key} is defined twice`);
    scheduleKeys.add(key);
    schedule.meetings.forEach((planned, i) => {
      if (!planned.date.startsWith(`${schedule.year}-`)) {
        say(
          'error',
          schedule,
          ['meetings', i, 'date'],
          `${planned.date} is not in the schedule's year ${schedule.year}`,
        );
      }
      checkTimes(schedule, ['meetings', i], planned.date, planned, say);
      if (planned.statedWeekday && planned.statedWeekday !== weekdayOf(planned.date)) {
        say(
          'warning',
          schedule,
          ['meetings', i, 'statedWeekday'],
          `${planned.date} is a ${weekdayOf(planned.date)}, but the document says ${planned.statedWeekday}`,
        );
      }
    });
    const by = schedule.decidedBy?.meeting;
    if (by && !meetingKeys.has(`${schedule.body}/${by}`)) {
      say('warning', schedule, ['decidedBy', 'meeting'], `meeting "${schedule.body}/${by}" is not in the archive`);
    }
  }

  const programmeIds = new Set<string>();
  for (const programme of records.programmes) {
    knownBody(programme, programme.body, ['body']);
    if (programmeIds.has(programme.id)) say('error', programme, ['id'], `programme "${programme.id}" is defined twice`);
    programmeIds.add(programme.id);
  }
  return out;
}

type Say = (severity: Diagnostic['severity'], record: object, path: (string | number)[], message: string) => void;

type Problem = [Diagnostic['severity'], (string | number)[], string];
/** What {@link checkMeeting} says of a meeting, kept per meeting: a reload keeps unchanged meetings' objects. */
const problems = new WeakMap<Meeting, Problem[]>();

function meetingProblems(meeting: Meeting): Problem[] {
  let found = problems.get(meeting);
  if (!found) {
    const list: Problem[] = [];
    checkMeeting(meeting, (severity, _record, path, message) => list.push([severity, path, message]));
    problems.set(meeting, list);
    found = list;
  }
  return found;
}

function checkMeeting(meeting: Meeting, say: Say): void {
  if (!meeting.date) {
    say(
      'warning',
      meeting,
      ['id'],
      `meeting "${meeting.body}/${meeting.id}" has no date: the record does not state it`,
    );
  }
  if (meeting.kind === 'agenda' && meeting.status === 'held') {
    say('warning', meeting, ['status'], 'an agenda records a meeting to come, but its status is "held"');
  }
  const seen = new Set<number>();
  meeting.paragraphs.forEach((p, i) => {
    if (seen.has(p.number)) say('error', meeting, ['paragraphs', i, 'number'], `§ ${p.number} appears twice`);
    seen.add(p.number);
    const range = meeting.paragraphRange;
    if (meeting.kind === 'minutes' && range && (p.number < range.from || p.number > range.to)) {
      say('warning', meeting, ['paragraphs', i, 'number'], `§ ${p.number} is outside §§ ${range.from}-${range.to}`);
    }
  });
  if (meeting.adjustment?.deadline && meeting.date && meeting.adjustment.deadline < meeting.date) {
    say('error', meeting, ['adjustment', 'deadline'], 'the adjustment deadline is before the meeting');
  }
  if (meeting.date && meeting.statedWeekday && meeting.statedWeekday !== weekdayOf(meeting.date)) {
    say(
      'warning',
      meeting,
      ['statedWeekday'],
      `${meeting.date} is a ${weekdayOf(meeting.date)}, but the record says ${meeting.statedWeekday}`,
    );
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
    if (problem === 'gap')
      say(
        'warning',
        record,
        [...path, field],
        `${time} does not exist on ${date} in Swedish time (the clocks skip 02:00–03:00)`,
      );
    if (problem === 'overlap')
      say(
        'warning',
        record,
        [...path, field],
        `${time} happens twice on ${date} in Swedish time (the clocks go back at 03:00)`,
      );
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
        say(
          'warning',
          item.meeting,
          ['paragraphRange'],
          `§§ ${item.from}-${item.to} overlap §§ ${reach.from}-${reach.to} of "${item.meeting.body}/${reach.meeting.id}": the same minutes twice?`,
        );
      }
      if (!reach || item.to > reach.to) reach = item;
    }
  }
}
