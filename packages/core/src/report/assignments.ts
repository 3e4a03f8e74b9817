import type { Archive } from '../archive/archive.js';
import { followUpText, listAssignments } from '../query/assignments.js';
import { undatedLeftOut } from '../query/filter.js';
import { ASSIGNMENT_REPORT as W } from '../text/report-words.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, type Report } from './table.js';

/**
 * `report assignments`: every assignment with its report-back date and status as of `today`, by due
 * date. Status comes from `listAssignments`, the answer every app shows.
 */
export function assignmentsReport(archive: Archive, options: ReportOptions): Report {
  const { assignments, later } = listAssignments(
    archive,
    {
      status: options.open ? 'open' : 'all',
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    },
    options.today,
  );
  const rows = assignments.map((a) => {
    const where = followUpText(a);
    return {
      due: a.assignment.due ?? null,
      status: a.state,
      assignee: a.assignment.assignee,
      task: a.assignment.task,
      reportTo: a.assignment.reportTo ?? null,
      body: a.body.name,
      meeting: a.meeting.date ?? null,
      paragraph: a.paragraph.number,
      reportedIn: where ?? null,
    };
  });
  const notes = [W.statusNote(options.today)];
  if (later) notes.push(W.later(later, options.today));
  const skipped = undatedLeftOut(archive, options);
  if (skipped) notes.push(W.undated(skipped));
  const c = W.columns;
  return {
    kind: 'assignments',
    title: W.title,
    tables: [
      {
        columns: [
          col('due', c.due, 'partial-date'),
          col('status', c.status, 'text', CODES.assignmentState),
          col('assignee', c.assignee),
          col('task', c.task),
          col('reportTo', c.reportTo),
          col('body', c.body),
          col('meeting', c.meeting, 'date'),
          col('paragraph', c.paragraph, 'number'),
          col('reportedIn', c.reportedIn),
        ],
        rows,
      },
    ],
    notes,
  };
}
