import type { Programme, ProgrammeStatus } from '../model/programme.js';

/** How many items of an area (or a whole programme) have each status; `none` when the table leaves it blank. */
export type StatusCounts = Readonly<Record<ProgrammeStatus | 'none', number>> & { readonly total: number };

/** The status counts of a programme, per area and in all. */
export interface ProgrammeProgress {
  readonly areas: readonly { readonly name: string; readonly counts: StatusCounts }[];
  readonly total: StatusCounts;
}

function count(statuses: readonly (ProgrammeStatus | undefined)[]): StatusCounts {
  const counts = { done: 0, ongoing: 0, 'on-hold': 0, none: 0, total: statuses.length };
  for (const status of statuses) counts[status ?? 'none']++;
  return counts;
}

/** Counts the items of each status in every area of `programme`, and in all. */
export function programmeProgress(programme: Programme): ProgrammeProgress {
  const areas = programme.areas.map((area) => ({
    name: area.name,
    counts: count(area.items.map((i) => i.status)),
  }));
  return { areas, total: count(programme.areas.flatMap((a) => a.items.map((i) => i.status))) };
}
