import type { Archive } from '../archive/archive.js';
import { type MinutesDeadlines, minutesDeadlines } from '../rules/deadlines.js';
import { type MeetingFilter, meetingsIn } from './filter.js';

/**
 * The adjustment, notice and appeal deadlines of every set of minutes the filter covers (see
 * {@link minutesDeadlines}). An extract stands in for its minutes when the archive has only the extract.
 */
export function meetingDeadlines(archive: Archive, filter: MeetingFilter = {}): MinutesDeadlines[] {
  const meetings = meetingsIn(archive, filter);
  const minutes = new Set(meetings.filter((m) => m.kind === 'minutes' && m.date).map((m) => `${m.body}|${m.date}`));
  const out: MinutesDeadlines[] = [];
  for (const meeting of meetings) {
    if (meeting.kind === 'agenda') continue;
    if (meeting.kind === 'extract' && meeting.date && minutes.has(`${meeting.body}|${meeting.date}`)) continue;
    const body = archive.body(meeting.body);
    if (body) out.push(minutesDeadlines(meeting, body));
  }
  return out;
}
