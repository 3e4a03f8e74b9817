import type { Archive, ParagraphRef } from '../archive/archive.js';
import type { Meeting } from '../model/meeting.js';

/** What every report can be narrowed by. Dates are `YYYY-MM-DD`, inclusive. */
export interface ReportOptions {
  /** Only this body. */
  body?: string;
  from?: string;
  to?: string;
  /** The day statuses are judged on (due soon, overdue): callers pass it, so reports stay pure. */
  today: string;
  /** Only the calendar year (schedule). */
  year?: number;
  /** Assignments: only those not reported back. */
  open?: boolean;
  /** The case number for the case report. */
  caseNumber?: string;
}

/** True when a meeting's date is within the options' range; undated meetings only pass an open range. */
export function inRange(meeting: Meeting, options: ReportOptions): boolean {
  if (!options.from && !options.to) return true;
  if (!meeting.date) return false;
  return (!options.from || meeting.date >= options.from) && (!options.to || meeting.date <= options.to);
}

/** The meetings a report covers: the body and date range asked for. */
export function meetingsFor(archive: Archive, options: ReportOptions): Meeting[] {
  return archive.meetings.filter((m) => (options.body === undefined || m.body === options.body) && inRange(m, options));
}

/**
 * True when paragraph `b` comes after paragraph `a`: a later meeting date, or, within one body when a
 * date is missing, a higher § number (bodies number paragraphs on from meeting to meeting).
 */
export function isLater(a: ParagraphRef, b: ParagraphRef): boolean {
  const da = a.meeting.date;
  const db = b.meeting.date;
  if (da && db && da !== db) return db > da;
  if (a.body.id !== b.body.id) return false;
  if (a.meeting === b.meeting) return false;
  return b.paragraph.number > a.paragraph.number;
}

/** How many undated meetings a date range left out, as a note's number. */
export function undatedLeftOut(archive: Archive, options: ReportOptions): number {
  if (!options.from && !options.to) return 0;
  return archive.meetings.filter((m) => !m.date && (options.body === undefined || m.body === options.body)).length;
}
