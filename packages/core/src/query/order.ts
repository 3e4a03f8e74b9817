import type { Archive, ParagraphRef } from '../archive/archive.js';
import type { Meeting } from '../model/meeting.js';

/**
 * When things happened, as far as the records tell. A dated meeting happened on its date. An undated set
 * of minutes happened between the dated minutes of the same body numbered before it and those numbered
 * after it (bodies number their paragraphs on from meeting to meeting), and is otherwise unplaced.
 */

/** The earliest and latest day a meeting can have been held on; either is absent when nothing bounds it. */
export interface DateBounds {
  readonly earliest?: string;
  readonly latest?: string;
}

/** Per archive: a reload keeps the objects of unchanged meetings, while their neighbours may change. */
const boundsCache = new WeakMap<Archive, WeakMap<Meeting, DateBounds>>();

/** The numbers a record's paragraphs span: its stated range, else its first and last paragraph. */
function span(meeting: Meeting): { from: number; to: number } | undefined {
  if (meeting.paragraphRange) return meeting.paragraphRange;
  if (meeting.paragraphs.length === 0) return undefined;
  const numbers = meeting.paragraphs.map((p) => p.number);
  return { from: Math.min(...numbers), to: Math.max(...numbers) };
}

/** Minutes and extracts number §§ on across meetings; agenda items start again at 1. */
const numbersOn = (m: Meeting) => m.kind !== 'agenda';

/** The days `meeting` can have been held on. */
export function dateBounds(archive: Archive, meeting: Meeting): DateBounds {
  if (meeting.date) return { earliest: meeting.date, latest: meeting.date };
  let cache = boundsCache.get(archive);
  if (!cache) {
    cache = new WeakMap();
    boundsCache.set(archive, cache);
  }
  let bounds = cache.get(meeting);
  if (bounds) return bounds;
  const own = numbersOn(meeting) ? span(meeting) : undefined;
  let earliest: string | undefined;
  let latest: string | undefined;
  if (own) {
    for (const other of archive.meetingsOf(meeting.body)) {
      const range = other.date && numbersOn(other) ? span(other) : undefined;
      if (!range || !other.date) continue;
      if (range.to < own.from && (earliest === undefined || other.date > earliest)) earliest = other.date;
      if (range.from > own.to && (latest === undefined || other.date < latest)) latest = other.date;
    }
  }
  bounds = { ...(earliest ? { earliest } : {}), ...(latest ? { latest } : {}) };
  cache.set(meeting, bounds);
  return bounds;
}

/**
 * True when `meeting` was held on or before `today`, false when after, undefined when the records
 * cannot tell. Without `today` everything in the archive counts as held.
 */
export function heldBy(archive: Archive, meeting: Meeting, today: string | undefined): boolean | undefined {
  if (today === undefined) return true;
  const { earliest, latest } = dateBounds(archive, meeting);
  if (latest !== undefined && latest <= today) return true;
  if (earliest !== undefined && earliest > today) return false;
  return undefined;
}

/**
 * True when paragraph `b` comes after paragraph `a`: a later meeting date (or date bounds that say so),
 * or, within one body, a higher § number in another set of minutes.
 */
export function isLater(archive: Archive, a: ParagraphRef, b: ParagraphRef): boolean {
  if (a.meeting === b.meeting) return false;
  const da = a.meeting.date;
  const db = b.meeting.date;
  if (da && db && da !== db) return db > da;
  if (a.body.id === b.body.id && numbersOn(a.meeting) && numbersOn(b.meeting) && (!da || !db))
    return b.paragraph.number > a.paragraph.number;
  if (da && db) return false; // the same day: which came first is not recorded
  const ba = dateBounds(archive, a.meeting);
  const bb = dateBounds(archive, b.meeting);
  return ba.latest !== undefined && bb.earliest !== undefined && bb.earliest > ba.latest;
}
