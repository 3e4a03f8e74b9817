import type { MeetingFilter } from '../query/filter.js';

/** What every report can be narrowed by. Dates are `YYYY-MM-DD`, inclusive. */
export interface ReportOptions extends MeetingFilter {
  /** The day statuses are judged on (due soon, overdue, reported by then): callers pass it, so reports stay pure. */
  today: string;
  /** Only the calendar year (schedule). */
  year?: number;
  /** Assignments: only those not reported back. */
  open?: boolean;
  /** The case number for the case report. */
  caseNumber?: string;
}
