import type { Archive } from '../archive/archive.js';
import { CALENDAR_PHRASES as P } from '../text/phrases.js';
import { buildCalendarEvents, type CalendarEvent, type CalendarOptions } from './events.js';
import { assembleICalendar, eventTexts, type RenderedEvents } from './ics.js';
import { type RevisedEvent, type RevisionState, reviseEvents } from './revisions.js';
import { feedPath } from './subscribe.js';

/** One calendar a feed server offers: all bodies, one body, or one body's year. */
export interface FeedDescription {
  /** `all`, `<bodyId>` or `<bodyId>/<year>`. */
  id: string;
  bodyId?: string;
  year?: number;
  name: string;
  description: string;
  /** Path below the server's root: `/calendars/halsingeradet.ics`. */
  path: string;
  events: CalendarEvent[];
}

/** Options shared by every feed: the viewer link and the optional deadline events. */
export type FeedOptions = Pick<CalendarOptions, 'adjustments' | 'reportBacks' | 'viewerUrl' | 'uidDomain'>;

/**
 * Every calendar of an archive: one for all bodies, one per body and one per body and year
 * that has events. Years are those of the events themselves.
 */
export function describeFeeds(archive: Archive, options: FeedOptions = {}): FeedDescription[] {
  const all = buildCalendarEvents(archive, options);
  const feeds: FeedDescription[] = [
    {
      id: 'all',
      name: P.allFeedName,
      description: P.allFeedDescription(archive.bodies.map((b) => b.name)),
      path: feedPath('all'),
      events: all,
    },
  ];
  for (const body of archive.bodies) {
    const events = all.filter((e) => e.bodyId === body.id);
    feeds.push({
      id: body.id,
      bodyId: body.id,
      name: body.name,
      description: P.bodyFeedDescription(body.name, body.organisation),
      path: feedPath(body.id),
      events,
    });
    const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
    for (const year of years) {
      feeds.push({
        id: `${body.id}/${year}`,
        bodyId: body.id,
        year,
        name: `${body.name} ${year}`,
        description: P.yearFeedDescription(body.name, year),
        path: feedPath(body.id, year),
        events: events.filter((e) => e.date.startsWith(`${year}-`)),
      });
    }
  }
  return feeds;
}

/** A feed with its events revised and its iCalendar text. */
export interface RenderedFeed extends Omit<FeedDescription, 'events'> {
  events: RevisedEvent[];
  text: string;
}

/**
 * What one {@link renderFeeds} keeps for the next: each event's text, and each feed's text with the
 * event texts it was made of. Opaque: pass a build's `rendered` to the next build.
 */
export interface RenderedFeeds {
  /** @internal */
  readonly events: ReadonlyMap<string, string>;
  /** @internal */
  readonly feeds: ReadonlyMap<
    string,
    { readonly head: string; readonly parts: readonly string[]; readonly text: string }
  >;
}

/** Options for {@link renderFeeds}. */
export interface RenderFeedsOptions extends FeedOptions {
  /** How often clients should refresh, in seconds. */
  refreshSeconds?: number;
  /**
   * The previous build's `rendered`: events that did not change are not rendered again, and a feed
   * none of whose events changed is the very string it was (so telling it unchanged costs nothing).
   */
  rendered?: RenderedFeeds;
}

/** True when two lists hold the same strings; those reused from the previous build compare by reference. */
function sameParts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every calendar of an archive as iCalendar text, revised against the `previous` state so SEQUENCE only
 * rises for events that changed. The revision runs once, over all events, so a meeting has the same
 * SEQUENCE in every feed it appears in. `changedAt` defaults to the archive's modification time: the
 * same data gives the same bytes. Each event is rendered once, whatever feeds it is in; give the
 * returned `rendered` to the next build and only the events and feeds that changed are made again.
 * The feed server and `sammantrade calendar` both write through this.
 */
export function renderFeeds(
  archive: Archive,
  previous: RevisionState = {},
  options: RenderFeedsOptions = {},
): { feeds: RenderedFeed[]; state: RevisionState; rendered: RenderedFeeds } {
  const described = describeFeeds(archive, options);
  const all = described.find((f) => f.id === 'all')?.events ?? [];
  const { events, state } = reviseEvents(all, previous, archive.modified ?? new Date(0).toISOString());
  const byUid = new Map(events.map((e) => [e.uid, e]));
  // Only the events and feeds of this build are kept, so the maps never grow past the archive.
  const eventsKept = new Map<string, string>();
  const before = options.rendered;
  const texts: RenderedEvents = {
    get: (key) => eventsKept.get(key) ?? before?.events.get(key),
    set(key, text) {
      eventsKept.set(key, text);
      return eventsKept;
    },
  };
  const feedsKept = new Map<string, { head: string; parts: readonly string[]; text: string }>();
  const feeds = described.map((feed): RenderedFeed => {
    const revised = feed.events.map((e) => byUid.get(e.uid)).filter((e) => e !== undefined);
    const calendar = {
      name: feed.name,
      description: feed.description,
      ...(options.refreshSeconds ? { refreshSeconds: options.refreshSeconds } : {}),
    };
    const head = JSON.stringify(calendar);
    const parts = eventTexts(revised, texts);
    const old = before?.feeds.get(feed.path);
    const text =
      old && old.head === head && sameParts(old.parts, parts) ? old.text : assembleICalendar(parts, calendar);
    feedsKept.set(feed.path, { head, parts, text });
    return { ...feed, events: revised, text };
  });
  return { feeds, state, rendered: { events: eventsKept, feeds: feedsKept } };
}
