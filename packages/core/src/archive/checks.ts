import type { Diagnostic } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import { weekdayOf } from '../model/primitives.js';
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
    checkMeeting(meeting, say);
  }

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
}
