import type { Archive, AssignmentRef } from '../archive/archive.js';
import type { Assignment } from '../model/assignment.js';
import { addDays } from '../text/days.js';

/**
 * Where an assignment stands on a given day. The record says `open`, `reported` or `withdrawn`;
 * for an open one the due date adds `overdue`, `due-soon` (within {@link DUE_SOON_DAYS} days), or
 * `unknown` when the due date has no year (a record's "19 januari"): we cannot tell, so we do not guess.
 */
export type AssignmentState = 'overdue' | 'due-soon' | 'open' | 'unknown' | 'reported' | 'withdrawn';

/** How many days ahead an open assignment counts as due soon. */
export const DUE_SOON_DAYS = 14;

/** The state of `assignment` on `today` (`YYYY-MM-DD`). */
export function assignmentState(assignment: Assignment, today: string): AssignmentState {
  if (assignment.status !== 'open') return assignment.status;
  const due = assignment.due;
  if (due === undefined) return 'open';
  if (due.startsWith('--')) return 'unknown';
  if (due < today) return 'overdue';
  if (due <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return 'open';
}

/**
 * What the assignments list can be filtered by: a recorded status (`open` means every assignment not
 * yet reported or withdrawn), a derived state (`overdue`, `due-soon`), or `all`.
 */
export type AssignmentFilterStatus = 'all' | 'open' | 'overdue' | 'due-soon' | 'reported' | 'withdrawn';

/** Every {@link AssignmentFilterStatus}, in the order a form offers them. */
export const ASSIGNMENT_FILTER_STATUSES: readonly AssignmentFilterStatus[] = [
  'all',
  'open',
  'overdue',
  'due-soon',
  'reported',
  'withdrawn',
];

/** True when `value` (say, from a query string) is an {@link AssignmentFilterStatus}. */
export function isAssignmentFilterStatus(value: unknown): value is AssignmentFilterStatus {
  return typeof value === 'string' && (ASSIGNMENT_FILTER_STATUSES as readonly string[]).includes(value);
}

/** An assignment with where it was given and its state on the day asked. */
export interface AssignmentView extends AssignmentRef {
  readonly state: AssignmentState;
}

/** Filters for {@link listAssignments}; absent means no filter. */
export interface AssignmentFilter {
  status?: AssignmentFilterStatus;
  /** A body id. */
  body?: string;
}

/** Sort key for a due date: full dates by date, then year-less month-days, then none. */
export function dueSortKey(due: string | undefined): string {
  return due === undefined ? '~' : due.startsWith('--') ? `9999${due.slice(1)}` : due;
}

/**
 * The archive's assignments with their state on `today`, filtered, those due first (earliest first,
 * year-less dates after dated ones, undated last); ties keep archive order.
 */
export function listAssignments(archive: Archive, filter: AssignmentFilter, today: string): AssignmentView[] {
  const status = filter.status ?? 'all';
  const views: AssignmentView[] = [];
  for (const ref of archive.assignments) {
    if (filter.body !== undefined && ref.body.id !== filter.body) continue;
    const state = assignmentState(ref.assignment, today);
    // `reported` and `withdrawn` are states too, so only `open` needs the recorded status.
    const keep = status === 'all' || (status === 'open' ? ref.assignment.status === 'open' : status === state);
    if (keep) views.push({ ...ref, state });
  }
  return views
    .map((view, index) => ({ view, index, key: dueSortKey(view.assignment.due) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ view }) => view);
}
