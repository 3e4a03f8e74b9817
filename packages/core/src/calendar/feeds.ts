import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import type { Meeting } from '../model/meeting.js';
import { caseKey } from '../model/primitives.js';
import { CALENDAR_PHRASES as P } from '../text/phrases.js';
import {
  buildCalendarEvents,
  type CalendarEvent,
  type CalendarOptions,
  compareEvents,
  ownCalendarEvents,
  reportBackEvents,
} from './events.js';
import { type CalendarFrame, calendarFrame, eventTexts, type ICalendarOptions, type RenderedEvents } from './ics.js';
import { type RevisedEvent, type RevisionState, reviseInto } from './revisions.js';
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

/** The feed of all bodies (its events apart). */
function allFeed(archive: Archive): Omit<FeedDescription, 'events'> {
  return {
    id: 'all',
    name: P.allFeedName,
    description: P.allFeedDescription(archive.bodies.map((b) => b.name)),
    path: feedPath('all'),
  };
}

/** A body's feed (its events apart). */
function bodyFeed(body: Body): Omit<FeedDescription, 'events'> {
  return {
    id: body.id,
    bodyId: body.id,
    name: body.name,
    description: P.bodyFeedDescription(body.name, body.organisation),
    path: feedPath(body.id),
  };
}

/** A body's feed of one year (its events apart). */
function yearFeed(body: Body, year: number): Omit<FeedDescription, 'events'> {
  return {
    id: `${body.id}/${year}`,
    bodyId: body.id,
    year,
    name: `${body.name} ${year}`,
    description: P.yearFeedDescription(body.name, year),
    path: feedPath(body.id, year),
  };
}

/** The year of an event's date. */
const yearOf = (event: CalendarEvent): number => Number(event.date.slice(0, 4));

/**
 * Every calendar of an archive: one for all bodies, one per body and one per body and year
 * that has events. Years are those of the events themselves.
 */
export function describeFeeds(archive: Archive, options: FeedOptions = {}): FeedDescription[] {
  const all = buildCalendarEvents(archive, options);
  const feeds: FeedDescription[] = [{ ...allFeed(archive), events: all }];
  for (const body of archive.bodies) {
    const events = all.filter((e) => e.bodyId === body.id);
    feeds.push({ ...bodyFeed(body), events });
    const years = new Map<number, CalendarEvent[]>();
    for (const event of events) {
      const list = years.get(yearOf(event));
      if (list) list.push(event);
      else years.set(yearOf(event), [event]);
    }
    for (const year of [...years.keys()].sort((a, b) => a - b))
      feeds.push({ ...yearFeed(body, year), events: years.get(year) ?? [] });
  }
  return feeds;
}

/** A feed with its events revised and its iCalendar text. */
export interface RenderedFeed extends Omit<FeedDescription, 'events'> {
  events: RevisedEvent[];
  /**
   * The text in pieces (`pieces.join('')` is `text`): the calendar around the events, and the events'
   * texts a year to a piece. A piece that did not change since the build given as `rendered` is the very
   * same string, shared by every feed it is in (a body's year is a piece of the body's feed, of its year's
   * feed and, merged with the other bodies' events of that year, of the feed of all bodies), so a server can
   * keep what it made of each piece (bytes, hash, compression) and make only the new ones.
   */
  pieces: readonly string[];
  /** The whole iCalendar text, joined from the pieces when first read. */
  readonly text: string;
}

/** The events of one body or of all bodies in one year, in calendar order, with their texts and those joined. */
interface YearPart {
  readonly year: number;
  readonly events: readonly RevisedEvent[];
  readonly texts: readonly string[];
  /** The texts joined: a piece of every feed the year is in. */
  readonly text: string;
}

/** A year of the feed of all bodies: the bodies' parts it was merged from (compared by reference). */
interface AllYear extends YearPart {
  readonly parts: readonly YearPart[];
}

/** What a build keeps of one body for the next. */
interface BodyBuild {
  /** The records its own events come from, compared by reference (a reload keeps unchanged records). */
  readonly inputs: readonly object[];
  readonly own: readonly CalendarEvent[];
  /** Its report-back events, and them as JSON to compare. */
  readonly reportBacks: readonly CalendarEvent[];
  readonly reportBacksKey: string;
  /** The case keys of its paragraphs with assignments: a change in one of these cases may report one back. */
  readonly cases: ReadonlySet<string>;
  /** Its events revised, a year to a part, in order. */
  readonly years: ReadonlyMap<number, YearPart>;
  /** Event texts by content (see `eventTexts`): only events that changed are rendered again. */
  readonly rendered: ReadonlyMap<string, string>;
  readonly feeds: readonly RenderedFeed[];
}

/**
 * What one {@link renderFeeds} keeps for the next: each body's events, their texts and its feeds, and
 * the feed of all bodies. Opaque: pass a build's `rendered` to the next build, with its `state`.
 */
export interface RenderedFeeds {
  /** @internal the options it was made with */
  readonly key: string;
  /** @internal the state the build returned: reuse is only sound from it */
  readonly state: RevisionState;
  /** @internal */
  readonly bodies: ReadonlyMap<string, BodyBuild>;
  /** @internal the feed of all bodies */
  readonly all: RenderedFeed;
  /** @internal the feed of all bodies a year at a time */
  readonly allYears: ReadonlyMap<number, AllYear>;
  /** @internal the text around each feed's events, by its calendar options as JSON */
  readonly frames: ReadonlyMap<string, CalendarFrame>;
}

/** Options for {@link renderFeeds}. */
export interface RenderFeedsOptions extends FeedOptions {
  /** How often clients should refresh, in seconds. */
  refreshSeconds?: number;
  /**
   * The previous build's `rendered` (with its `state` as `previous`): a body none of whose records
   * changed keeps its events, texts and feeds as they were, the very strings (so telling them unchanged
   * costs nothing); of the others only the events that changed are rendered again.
   */
  rendered?: RenderedFeeds;
}

/** True when two lists hold the same items; those reused from the previous build compare by reference. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A feed, its text joined from its pieces only when asked for (a server keeps the pieces). */
function renderedFeed(
  description: Omit<FeedDescription, 'events'>,
  events: RevisedEvent[],
  pieces: readonly string[],
): RenderedFeed {
  let text: string | undefined;
  return {
    ...description,
    events,
    pieces,
    get text() {
      text ??= pieces.join('');
      return text;
    },
  };
}

/**
 * A body's events (in calendar order, with their texts) a year to a part; a year whose texts are those
 * of the `old` part keeps that part, so its piece stays the same string.
 */
function yearParts(
  events: readonly RevisedEvent[],
  texts: readonly string[],
  old: ReadonlyMap<number, YearPart> | undefined,
): Map<number, YearPart> {
  const parts = new Map<number, YearPart>();
  for (let i = 0; i < events.length; ) {
    const year = yearOf(events[i] as RevisedEvent);
    let j = i + 1;
    while (j < events.length && yearOf(events[j] as RevisedEvent) === year) j++;
    const part = texts.slice(i, j);
    const known = old?.get(year);
    parts.set(
      year,
      known && sameItems(known.texts, part)
        ? known
        : { year, events: events.slice(i, j), texts: part, text: part.join('') },
    );
    i = j;
  }
  return parts;
}

/** Merges lists each in calendar order into one, with each event's text beside it. */
function mergeInOrder(lists: { readonly events: readonly RevisedEvent[]; readonly texts: readonly string[] }[]): {
  readonly events: RevisedEvent[];
  readonly texts: readonly string[];
} {
  let merged: { events: readonly RevisedEvent[]; texts: readonly string[] }[] = lists;
  if (merged.length === 0) return { events: [], texts: [] };
  // Pairwise, so each event is compared about log2(bodies) times.
  while (merged.length > 1) {
    const next: typeof merged = [];
    for (let k = 0; k < merged.length; k += 2) {
      const a = merged[k] as (typeof merged)[number];
      const b = merged[k + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = { events: [] as RevisedEvent[], texts: [] as string[] };
      let i = 0;
      let j = 0;
      while (i < a.events.length || j < b.events.length) {
        const x = a.events[i];
        const y = b.events[j];
        // Ties keep the earlier list's event first, as a stable sort of the lists one after another would.
        if (y === undefined || (x !== undefined && compareEvents(x, y) <= 0)) {
          out.events.push(x as RevisedEvent);
          out.texts.push(a.texts[i++] as string);
        } else {
          out.events.push(y);
          out.texts.push(b.texts[j++] as string);
        }
      }
      next.push(out);
    }
    merged = next;
  }
  const [only] = merged as [{ events: readonly RevisedEvent[]; texts: readonly string[] }];
  return { events: [...only.events], texts: only.texts };
}

const isMeeting = (record: object): record is Meeting => 'paragraphs' in record && 'kind' in record;

/** The case keys of the paragraphs with assignments among a body's records. */
function assignmentCases(records: readonly object[]): Set<string> {
  const cases = new Set<string>();
  for (const record of records)
    if (isMeeting(record))
      for (const p of record.paragraphs) if (p.caseNumber && p.assignments.length) cases.add(caseKey(p.caseNumber));
  return cases;
}

/**
 * The cases whose records changed since `before`: those of meetings added, changed or gone, and those of
 * the undated meetings of a changed body (whose place in time other meetings of the body decide);
 * `all` when bodies came or went, or there is no previous build.
 */
function changedCases(archive: Archive, before: RenderedFeeds | undefined): Set<string> | 'all' {
  if (!before || before.bodies.size !== archive.bodies.length) return 'all';
  const cases = new Set<string>();
  const add = (m: Meeting) => {
    for (const p of m.paragraphs) if (p.caseNumber) cases.add(caseKey(p.caseNumber));
  };
  for (const body of archive.bodies) {
    const old = before.bodies.get(body.id);
    if (!old) return 'all';
    const now = archive.meetingsOf(body.id);
    const was = old.inputs.filter(isMeeting);
    if (sameItems(was, now)) continue;
    const kept = new Set<object>(now);
    const had = new Set<object>(was);
    for (const m of now) if (!had.has(m) || !m.date) add(m);
    for (const m of was) if (!kept.has(m) || !m.date) add(m);
  }
  return cases;
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

/**
 * Every calendar of an archive as iCalendar text, revised against the `previous` state so SEQUENCE only
 * rises for events that changed; a meeting has the same SEQUENCE in every feed it appears in.
 * `changedAt` is the archive's modification time: the same data gives the same bytes. Each event is
 * rendered once, whatever feeds it is in. Give the returned `rendered` (and `state`) to the next build
 * and it costs what changed: a body whose records (its own file, meetings and schedules) are the same
 * objects as before and whose report-back events are the same keeps its events, texts and feeds; only
 * the changed bodies' events are revised and rendered, and only the years of them that changed are
 * joined again, in their feeds and in the feed of all bodies (see {@link RenderedFeed.pieces}).
 * The feed server and `sammantrade calendar` both write through this.
 */
export function renderFeeds(
  archive: Archive,
  previous: RevisionState = {},
  options: RenderFeedsOptions = {},
): { feeds: RenderedFeed[]; state: RevisionState; rendered: RenderedFeeds } {
  const { rendered: _before, refreshSeconds, ...feedOptions } = options;
  const key = JSON.stringify([
    feedOptions.adjustments,
    feedOptions.reportBacks,
    feedOptions.viewerUrl,
    feedOptions.uidDomain,
    refreshSeconds,
  ]);
  const before = options.rendered?.key === key && options.rendered.state === previous ? options.rendered : undefined;
  // The text around each feed's events, made once per name and description and kept for the next build.
  const frames = new Map<string, CalendarFrame>();
  const frameOf = (feed: { name: string; description: string }): CalendarFrame => {
    const calendar: ICalendarOptions = {
      name: feed.name,
      description: feed.description,
      ...(refreshSeconds ? { refreshSeconds } : {}),
    };
    const id = JSON.stringify(calendar);
    let frame = frames.get(id) ?? before?.frames.get(id);
    frame ??= calendarFrame(calendar);
    frames.set(id, frame);
    return frame;
  };
  /** The pieces of a feed around `parts`, or `old` when they are the same. */
  const piecesOf = (
    feed: { name: string; description: string },
    parts: Iterable<YearPart>,
    old: readonly string[] | undefined,
  ): readonly string[] => {
    const frame = frameOf(feed);
    const texts = [...parts].map((p) => p.text);
    const pieces = texts.length === 0 ? [frame.empty] : [frame.head, ...texts, frame.tail];
    return old && sameItems(old, pieces) ? old : pieces;
  };
  const changedAt = archive.modified ?? new Date(0).toISOString();
  const inputsOf = (body: Body): object[] => [
    body,
    ...archive.meetingsOf(body.id),
    ...archive.schedules.filter((s) => s.body === body.id),
  ];
  const changed = changedCases(archive, before);

  let state: RevisionState | undefined; // copied from `previous` at the first body that changed
  const bodies = new Map<string, BodyBuild>();
  for (const body of archive.bodies) {
    const inputs = inputsOf(body);
    const old = before?.bodies.get(body.id);
    const sameInputs = old !== undefined && sameItems(old.inputs, inputs);
    // Report-backs are judged across the archive: a later paragraph of any body in the same case
    // reports one back, so they are judged again when the body changed or a changed record shares a case.
    const judge = !old || !sameInputs || changed === 'all' || overlaps(old.cases, changed);
    const reportBacks = !feedOptions.reportBacks
      ? []
      : judge || !old
        ? reportBackEvents(archive, [body], feedOptions)
        : old.reportBacks;
    const reportBacksKey = reportBacks === old?.reportBacks ? old.reportBacksKey : JSON.stringify(reportBacks);
    if (old && sameInputs && old.reportBacksKey === reportBacksKey) {
      for (const feed of old.feeds) frameOf(feed); // kept for the next build
      bodies.set(body.id, old);
      continue;
    }
    const own = sameInputs && old ? old.own : ownCalendarEvents(archive, body, feedOptions);
    state ??= { ...previous };
    const events = reviseInto([...own, ...reportBacks].sort(compareEvents), previous, state, changedAt);
    const kept = new Map<string, string>();
    const texts = eventTexts(events, {
      get: (k) => kept.get(k) ?? old?.rendered.get(k),
      set(k, text) {
        kept.set(k, text);
        return kept;
      },
    } satisfies RenderedEvents);
    const years = yearParts(events, texts, old?.years);
    const oldFeeds = new Map(old?.feeds.map((f) => [f.path, f]));
    /** The feed, or the old one when its pieces are the same (its text already joined). */
    const feedOf = (description: Omit<FeedDescription, 'events'>, list: readonly RevisedEvent[], parts: YearPart[]) => {
      const known = oldFeeds.get(description.path);
      const pieces = piecesOf(description, parts, known?.pieces);
      return known && pieces === known.pieces ? known : renderedFeed(description, [...list], pieces);
    };
    const feeds = [feedOf(bodyFeed(body), events, [...years.values()])];
    for (const part of years.values()) feeds.push(feedOf(yearFeed(body, part.year), part.events, [part]));
    const cases = sameInputs && old ? old.cases : assignmentCases(inputs);
    bodies.set(body.id, { inputs, own, reportBacks, reportBacksKey, cases, years, rendered: kept, feeds });
  }

  // The feed of all bodies, a year at a time: a year none of whose bodies' parts changed is kept.
  const yearsOfAll = new Set<number>();
  for (const b of bodies.values()) for (const year of b.years.keys()) yearsOfAll.add(year);
  const allYears = new Map<number, AllYear>();
  for (const year of [...yearsOfAll].sort((a, b) => a - b)) {
    const parts: YearPart[] = [];
    for (const b of bodies.values()) {
      const part = b.years.get(year);
      if (part) parts.push(part);
    }
    const known = before?.allYears.get(year);
    if (known && sameItems(known.parts, parts)) allYears.set(year, known);
    else {
      const merged = mergeInOrder(parts);
      allYears.set(year, { year, parts, events: merged.events, texts: merged.texts, text: merged.texts.join('') });
    }
  }
  const description = allFeed(archive);
  const pieces = piecesOf(description, allYears.values(), before?.all.pieces);
  const all =
    before && pieces === before.all.pieces
      ? before.all
      : renderedFeed(
          description,
          [...allYears.values()].flatMap((y) => y.events),
          pieces,
        );
  const feeds: RenderedFeed[] = [all];
  for (const b of bodies.values()) feeds.push(...b.feeds);
  const next = state ?? previous;
  return { feeds, state: next, rendered: { key, state: next, bodies, all, allYears, frames } };
}

/** Options for {@link renderBodyFeed}. */
export interface RenderBodyFeedOptions extends FeedOptions {
  /** How often clients should refresh, in seconds. */
  refreshSeconds?: number;
  /** The year's feed (`/calendars/<body>/<year>.ics`) rather than the body's own. */
  year?: number;
}

/**
 * The events of one body's feeds, in calendar order and not yet revised: what {@link renderBodyFeed}
 * revises. Their `uid`s are the revision state a store must hand it.
 */
export function bodyFeedEvents(archive: Archive, bodyId: string, options: FeedOptions = {}): CalendarEvent[] {
  const body = archive.body(bodyId);
  if (!body) return [];
  const reportBacks = options.reportBacks ? reportBackEvents(archive, [body], options) : [];
  return [...ownCalendarEvents(archive, body, options), ...reportBacks].sort(compareEvents);
}

/**
 * One feed of one body, the body's own or one of its years, as {@link renderFeeds} makes it from the
 * same archive, rendering only that feed: what a server asked for one feed of a large archive does.
 * Every event of the body is revised against `previous` (only the body's events' entries are needed),
 * so `state` holds the body's events whichever feed was asked. Undefined when the archive has no such
 * body, or the body no events that year.
 */
export function renderBodyFeed(
  archive: Archive,
  bodyId: string,
  previous: RevisionState = {},
  options: RenderBodyFeedOptions = {},
): { feed: RenderedFeed; state: RevisionState } | undefined {
  const body = archive.body(bodyId);
  if (!body) return undefined;
  const { refreshSeconds, year, ...feedOptions } = options;
  const state: RevisionState = { ...previous };
  const events = reviseInto(
    bodyFeedEvents(archive, bodyId, feedOptions),
    previous,
    state,
    archive.modified ?? new Date(0).toISOString(),
  );
  const list = year === undefined ? events : events.filter((e) => yearOf(e) === year);
  // A year's feed exists only for a year with events; the body's own feed always does.
  if (year !== undefined && list.length === 0) return undefined;
  const description = year === undefined ? bodyFeed(body) : yearFeed(body, year);
  const frame = calendarFrame({
    name: description.name,
    description: description.description,
    ...(refreshSeconds ? { refreshSeconds } : {}),
  });
  const texts = eventTexts(list, new Map<string, string>());
  // Pieces as renderFeeds cuts them (a year's events to a piece), so the feed hashes alike either way.
  const years = [...yearParts(list, texts, undefined).values()].map((part) => part.text);
  const pieces = years.length === 0 ? [frame.empty] : [frame.head, ...years, frame.tail];
  return { feed: renderedFeed(description, list, pieces), state };
}
