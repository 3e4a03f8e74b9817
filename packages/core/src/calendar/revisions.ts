import type { CalendarEvent } from './events.js';

/** What a feed remembers of an event it has published: its content, revision and when that changed. */
export interface EventRevision {
  fingerprint: string;
  sequence: number;
  lastModified: string;
}

/** Published revisions by UID. Keep it between builds (the feed stores it as JSON) so SEQUENCE only rises. */
export type RevisionState = Record<string, EventRevision>;

/** An event with the revision fields iCalendar clients use to notice changes. */
export interface RevisedEvent extends CalendarEvent {
  sequence: number;
  /** ISO UTC; also the event's DTSTAMP, so the same data gives the same bytes. */
  lastModified: string;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The fields whose change a subscriber must see (Google keeps an old time unless SEQUENCE rises), as JSON. */
const fields = (e: CalendarEvent): string =>
  JSON.stringify([e.summary, e.date, e.start, e.end, e.location, e.description, e.url, e.status]);

/**
 * The fingerprint of an event: 64 bits of hash (two 32-bit FNV-1a variants) of its fields and their
 * length. The state keeps one per event and is written after every build: the fields themselves
 * (descriptions hold every § title) made it megabytes. State written before kept the fields as JSON;
 * {@link sameFingerprint} still reads those.
 */
function fingerprint(e: CalendarEvent): string {
  const text = fields(e);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519) ^ (h2 >>> 15);
  }
  return `#${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** True when a stored fingerprint is the event's: a hash as made now, or the fields as JSON as state kept them before. */
const sameFingerprint = (stored: string, print: string, event: CalendarEvent): boolean =>
  stored === print || (stored.startsWith('[') && stored === fields(event));

/**
 * Gives each event its SEQUENCE and LAST-MODIFIED from the previous state: unchanged events keep
 * theirs; a changed event gets the next sequence and `changedAt`; a cancelled event is always at
 * least 1, above the 0 it was first published with. `changedAt` comes from the data (the archive's
 * modification time), never from the clock, so rebuilding unchanged data gives identical output.
 */
export function reviseEvents(
  events: readonly CalendarEvent[],
  previous: RevisionState = {},
  changedAt: string = EPOCH,
): { events: RevisedEvent[]; state: RevisionState } {
  const state: RevisionState = { ...previous };
  return { events: reviseInto(events, previous, state, changedAt), state };
}

/**
 * {@link reviseEvents} writing each event's revision into `state` (a copy of `previous` or `previous`
 * itself), so a build that revises a few bodies' events copies the state once.
 * @internal for renderFeeds.
 */
export function reviseInto(
  events: readonly CalendarEvent[],
  previous: RevisionState,
  state: RevisionState,
  changedAt: string = EPOCH,
): RevisedEvent[] {
  return events.map((event): RevisedEvent => {
    const print = fingerprint(event);
    const floor = event.status === 'cancelled' ? 1 : 0;
    const before = previous[event.uid];
    let revision: EventRevision;
    if (!before) revision = { fingerprint: print, sequence: floor, lastModified: changedAt };
    else if (sameFingerprint(before.fingerprint, print, event))
      revision = before.fingerprint === print ? before : { ...before, fingerprint: print };
    else {
      const at = changedAt > before.lastModified ? changedAt : before.lastModified;
      revision = { fingerprint: print, sequence: Math.max(before.sequence + 1, floor), lastModified: at };
    }
    state[event.uid] = revision;
    return { ...event, sequence: revision.sequence, lastModified: revision.lastModified };
  });
}
