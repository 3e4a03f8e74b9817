import type { Archive, DecisionRef, ParagraphRef } from '../archive/archive.js';
import type { Decision, Outcome } from '../model/decision.js';
import type { HistoryEntry } from '../model/paragraph.js';
import { inRange, type MeetingFilter } from './filter.js';

/** Filters for {@link listDecisions}; absent means no filter. */
export interface DecisionFilter {
  /** A body id. */
  body?: string;
  outcome?: Outcome;
}

/**
 * The decisions of an archive, newest meeting first; decisions of undated meetings come last, since
 * nothing tells when they were taken. Within a meeting they keep the order of the minutes.
 */
export function listDecisions(archive: Archive, filter: DecisionFilter = {}): DecisionRef[] {
  const kept = archive.decisions
    .map((ref, index) => ({ ref, index }))
    .filter(
      ({ ref }) =>
        (filter.body === undefined || ref.body.id === filter.body) &&
        (filter.outcome === undefined || ref.decision.outcome === filter.outcome),
    );
  kept.sort((a, b) => {
    const da = a.ref.meeting.date;
    const db = b.ref.meeting.date;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? 1 : -1;
    }
    return a.index - b.index;
  });
  return kept.map(({ ref }) => ref);
}

/** An earlier decision an agenda or minutes quote, with its own date, body and §. */
export interface QuotedDecision {
  readonly decision: Decision;
  readonly entry: HistoryEntry;
  /** The date, body name and § of the decision itself. */
  readonly date?: string;
  readonly body: string;
  readonly paragraph?: number;
  /** The paragraph that quotes it. */
  readonly in: ParagraphRef;
}

/**
 * The earlier decisions the records quote (an agenda's extracts of decisions in the same case), each
 * with its own date and body. Filtered by the body quoting it and by the decision's own date.
 */
export function quotedDecisions(archive: Archive, filter: MeetingFilter = {}): QuotedDecision[] {
  const out: QuotedDecision[] = [];
  for (const ref of archive.paragraphs) {
    if (filter.body !== undefined && ref.body.id !== filter.body) continue;
    for (const entry of ref.paragraph.history) {
      if ((filter.from || filter.to) && (!entry.date || !inRange({ ...ref.meeting, date: entry.date }, filter)))
        continue;
      for (const decision of entry.decisions) {
        out.push({
          decision,
          entry,
          ...(entry.date ? { date: entry.date } : {}),
          body: entry.body ?? ref.body.name,
          ...(entry.paragraph !== undefined ? { paragraph: entry.paragraph } : {}),
          in: ref,
        });
      }
    }
  }
  return out;
}
