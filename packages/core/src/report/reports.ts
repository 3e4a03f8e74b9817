import type { Archive } from '../archive/archive.js';
import { fault } from '../errors.js';
import { assignmentsReport } from './assignments.js';
import { attendanceReport } from './attendance.js';
import { caseReport } from './case.js';
import { deadlinesReport } from './deadlines.js';
import { decisionsReport } from './decisions.js';
import type { ReportOptions } from './options.js';
import { programmeReport } from './programme.js';
import { scheduleReport } from './schedule.js';
import type { Report } from './table.js';

/** The reports there are, in the order `--help` lists them. */
export const REPORT_KINDS = [
  'assignments',
  'decisions',
  'attendance',
  'schedule',
  'case',
  'deadlines',
  'programme',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** True for a known report kind. */
export const isReportKind = (value: string): value is ReportKind => (REPORT_KINDS as readonly string[]).includes(value);

/**
 * Builds one report over an archive. Pure: "today" comes in the options.
 * @throws {SammantradeError} `NOT_FOUND` for an unknown body; `INVALID` for a case report without a number.
 */
export function buildReport(kind: ReportKind, archive: Archive, options: ReportOptions): Report {
  if (options.body !== undefined && !archive.body(options.body)) {
    throw fault('NOT_FOUND', 'unknown-report-body', { id: options.body, known: archive.bodies });
  }
  switch (kind) {
    case 'assignments':
      return assignmentsReport(archive, options);
    case 'decisions':
      return decisionsReport(archive, options);
    case 'attendance':
      return attendanceReport(archive, options);
    case 'schedule':
      return scheduleReport(archive, options);
    case 'case':
      if (!options.caseNumber) throw fault('INVALID', 'case-needs-number', {});
      return caseReport(archive, options.caseNumber);
    case 'deadlines':
      return deadlinesReport(archive, options);
    case 'programme':
      return programmeReport(archive, options);
  }
}
