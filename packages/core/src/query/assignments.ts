import type { Archive, AssignmentRef, ParagraphRef } from '../archive/archive.js';
import { addDays } from '../text/days.js';
import { ASSIGNMENT_REPORT as W } from '../text/report-words.js';
import type { AssignmentState, Label } from '../text/words.js';
import { type Evidence, followUp, type Likeness } from './follow-up.js';
import { heldBy } from './order.js';

/** How many days ahead an open assignment counts as due soon. */
export const DUE_SOON_DAYS = 14;

/**
 * One assignment as of one day: where it was given, where it stands, and what that rests on. This is the
 * one answer to "is this assignment open?": the CLI, the reports, the viewer and the calendar all show it.
 */
export interface AssignmentStanding extends AssignmentRef {
  readonly state: AssignmentState;
  /** Why it counts as reported: the record says so, or a later paragraph shows it. */
  readonly reportedBy?: 'record' | Evidence;
  /** The later paragraph that shows it was reported back. */
  readonly reportedIn?: ParagraphRef;
  /**
   * A later paragraph that may be the report-back (an agenda item in the same case, a title alike) but does
   * not show it. It never changes the state: the assignment stays open until a person checks.
   */
  readonly possiblyIn?: ParagraphRef;
  readonly likeness?: Likeness;
}

/**
 * Where `ref` stands on `today`, judged only from records held by then: `withdrawn` or `reported` when the
 * record says so or a later paragraph shows it (see {@link AssignmentStanding}); otherwise by the
 * report-back date, `overdue`, `due-soon`, or `open` (later, no date, or a date without a year, which
 * cannot be placed). Without `today`, everything in the archive counts and no date is judged.
 */
export function assignmentStanding(archive: Archive, ref: AssignmentRef, today?: string): AssignmentStanding {
  return standing(archive, ref, today, true);
}

/**
 * {@link assignmentStanding} without the candidates (`possiblyIn`), which never change the state: what
 * the calendar needs to tell open assignments, at a fraction of the cost.
 * @internal for the calendar.
 */
export function assignmentState(archive: Archive, ref: AssignmentRef, today?: string): AssignmentState {
  return standing(archive, ref, today, false).state;
}

function standing(
  archive: Archive,
  ref: AssignmentRef,
  today: string | undefined,
  candidates: boolean,
): AssignmentStanding {
  const recorded = ref.assignment.status;
  if (recorded === 'withdrawn') return { ...ref, state: 'withdrawn', reportedBy: 'record' };
  if (recorded === 'reported') return { ...ref, state: 'reported', reportedBy: 'record' };
  const found = followUp(archive, ref, today, candidates);
  if (found.reportedIn && found.evidence)
    return { ...ref, state: 'reported', reportedBy: found.evidence, reportedIn: found.reportedIn };
  const maybe = found.possiblyIn && found.likeness ? { possiblyIn: found.possiblyIn, likeness: found.likeness } : {};
  return { ...ref, state: dueState(ref.assignment.due, today), ...maybe };
}

function dueState(due: string | undefined, today: string | undefined): AssignmentState {
  if (due === undefined || today === undefined || due.startsWith('--')) return 'open';
  if (due < today) return 'overdue';
  if (due <= addDays(today, DUE_SOON_DAYS)) return 'due-soon';
  return 'open';
}

/**
 * What the assignments list can be filtered by: `open` is every assignment not reported back or withdrawn
 * (overdue and due soon included), the others are states, `all` everything.
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

/** True when an assignment in `state` is still to be reported back. */
export const isOpen = (state: AssignmentState): boolean => state !== 'reported' && state !== 'withdrawn';

/** Filters for {@link listAssignments}; absent means no filter. */
export interface AssignmentFilter {
  status?: AssignmentFilterStatus;
  /** A body id. */
  body?: string;
  /** Only assignments given at meetings from / up to these dates (undated meetings only without them). */
  from?: string;
  to?: string;
}

/** The assignments of a list, and how many were given after the day asked about (not yet given then). */
export interface AssignmentList {
  readonly assignments: readonly AssignmentStanding[];
  /** Assignments given at meetings after `today`, left out. */
  readonly later: number;
}

/** Sort key for a due date: full dates by date, then year-less month-days, then none. */
const dueKey = (due: string | undefined): string =>
  due === undefined ? '~' : due.startsWith('--') ? `9999${due.slice(1)}` : due;

const inRange = (date: string | undefined, filter: AssignmentFilter) =>
  (!filter.from && !filter.to) ||
  (date !== undefined && (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to));

/**
 * The archive's assignments as of `today`, filtered, those due first (earliest first, year-less dates
 * after dated ones, undated last); ties keep archive order. Assignments given after `today` are left out
 * and counted: on that day they did not exist yet.
 */
export function listAssignments(archive: Archive, filter: AssignmentFilter, today?: string): AssignmentList {
  const status = filter.status ?? 'all';
  const kept: { answer: AssignmentStanding; index: number }[] = [];
  let later = 0;
  archive.assignments.forEach((ref, index) => {
    if (filter.body !== undefined && ref.body.id !== filter.body) return;
    if (!inRange(ref.meeting.date, filter)) return;
    if (heldBy(archive, ref.meeting, today) === false) {
      later++;
      return;
    }
    const answer = assignmentStanding(archive, ref, today);
    const keep = status === 'all' || (status === 'open' ? isOpen(answer.state) : status === answer.state);
    if (keep) kept.push({ answer, index });
  });
  kept.sort((a, b) => {
    const ka = dueKey(a.answer.assignment.due);
    const kb = dueKey(b.answer.assignment.due);
    return ka < kb ? -1 : ka > kb ? 1 : a.index - b.index;
  });
  return { assignments: kept.map((k) => k.answer), later };
}

/**
 * Where an assignment's report-back is, in words: the paragraph that shows it and how ("§ 780 (same
 * case)"), "as the record states", or "possibly § 758 (similar title; check it)"; undefined when nothing is
 * known. The report, `show` and the calendar say it alike.
 */
export function followUpText(a: AssignmentStanding): Label | undefined {
  if (a.reportedBy === 'record') return W.recorded;
  const p = a.reportedIn ?? a.possiblyIn;
  if (!p) return undefined;
  if (a.reportedIn && a.reportedBy) return W.reportedIn(p.body.name, p.meeting.date, p.paragraph.number, a.reportedBy);
  return a.likeness ? W.possibly(p.body.name, p.meeting.date, p.paragraph.number, a.likeness) : undefined;
}
