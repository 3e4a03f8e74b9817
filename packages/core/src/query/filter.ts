import type { Archive } from '../archive/archive.js';
import type { Meeting } from '../model/meeting.js';

/** What most questions can be narrowed by: one body, a date range (inclusive, `YYYY-MM-DD`). */
export interface MeetingFilter {
  /** A body id. */
  body?: string;
  from?: string;
  to?: string;
}

/** True when a meeting's date is within the range; undated meetings only pass an open range. */
export function inRange(meeting: Meeting, filter: MeetingFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!meeting.date) return false;
  return (!filter.from || meeting.date >= filter.from) && (!filter.to || meeting.date <= filter.to);
}

/** The meetings of the body and date range asked for. */
export function meetingsIn(archive: Archive, filter: MeetingFilter): Meeting[] {
  return archive.meetings.filter((m) => (filter.body === undefined || m.body === filter.body) && inRange(m, filter));
}

/** How many undated meetings a date range leaves out (they could be in it or not). */
export function undatedLeftOut(archive: Archive, filter: MeetingFilter): number {
  if (!filter.from && !filter.to) return 0;
  return archive.meetings.filter((m) => !m.date && (filter.body === undefined || m.body === filter.body)).length;
}
