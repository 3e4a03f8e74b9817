import type { Archive, DecisionRef } from '../archive/archive.js';
import type { Outcome } from '../model/decision.js';

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
