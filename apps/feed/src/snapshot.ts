import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { type Archive, type FeedOptions, type RevisionState, renderFeeds } from '@sammantrade/core';
import type { Encoding } from './http.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** One feed ready to serve: its bytes in every encoding ready so far, the ETags and Last-Modified. */
export interface ServedFeed {
  id: string;
  bodyId?: string;
  year?: number;
  name: string;
  path: string;
  events: number;
  /** Brotli comes later than the others (it is compressed in the background); until then, gzip. */
  bodies: Partial<Record<Encoding, Uint8Array>> & Record<'identity' | 'gzip', Uint8Array>;
  etags: Record<Encoding, string>;
  /** Epoch milliseconds, whole seconds, from the data (never the clock). */
  lastModified: number;
  /** The text the bytes were made from, to tell whether the next build changed the feed. */
  text: string;
}

/** Every feed of one archive state, built once and served from memory until the archive changes. */
export interface FeedSnapshot {
  feeds: Map<string, ServedFeed>;
  /** The same feeds in the order of the index. */
  list: ServedFeed[];
  archive: Archive;
  state: RevisionState;
  /** Each event's iCalendar text, for the next build to reuse. */
  rendered: ReadonlyMap<string, string>;
}

/** Feeds refresh at most every few hours in most clients; six hours is what Outlook honours well. */
const REFRESH_SECONDS = 6 * 60 * 60;

/**
 * Renders every feed of `archive` with the revision state of the `previous` build, so SEQUENCE rises
 * only for events that changed. Only the events that changed are rendered again, and only the feeds
 * whose text changed are compressed again, with gzip, off the main thread (zlib's thread pool); a
 * feed that did not change keeps its bytes and ETags. Brotli is left to {@link compressBrotli}.
 */
export async function buildSnapshot(
  archive: Archive,
  previous: FeedSnapshot | { state: RevisionState } | undefined,
  options: FeedOptions = {},
): Promise<FeedSnapshot> {
  const before = previous && 'feeds' in previous ? previous : undefined;
  const { feeds, state, rendered } = renderFeeds(archive, previous?.state ?? {}, {
    ...options,
    refreshSeconds: REFRESH_SECONDS,
    ...(before ? { rendered: before.rendered } : {}),
  });
  // The archive's own change time: it moves whenever any event appears, changes or goes.
  const lastModified = Math.floor(Date.parse(archive.modified ?? new Date(0).toISOString()) / 1000) * 1000;
  const list = await Promise.all(
    feeds.map(async (feed): Promise<ServedFeed> => {
      const old = before?.feeds.get(feed.path);
      const meta = {
        id: feed.id,
        ...(feed.bodyId ? { bodyId: feed.bodyId } : {}),
        ...(feed.year ? { year: feed.year } : {}),
        name: feed.name,
        path: feed.path,
        events: feed.events.length,
        lastModified,
      };
      if (old && old.text === feed.text) return { ...old, ...meta };
      const identity = Buffer.from(feed.text, 'utf8');
      const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
      return {
        ...meta,
        bodies: { identity, gzip: await gzipAsync(identity, { level: 9 }) },
        etags: { identity: `"${hash}"`, gzip: `"${hash}-gz"`, br: `"${hash}-br"` },
        text: feed.text,
      };
    }),
  );
  return { feeds: new Map(list.map((f) => [f.path, f])), list, archive, state, rendered };
}

/**
 * Adds brotli to the feeds that lack it, one at a time in zlib's thread pool: at its best quality it
 * is about fifty times slower than gzip for a sixth fewer bytes, so requests never wait for it.
 * Stops when `current()` no longer returns `snapshot` (a newer build took over).
 */
export async function compressBrotli(snapshot: FeedSnapshot, current: () => FeedSnapshot | undefined): Promise<void> {
  for (const feed of snapshot.list) {
    if (current() !== snapshot) return;
    if (feed.bodies.br) continue;
    feed.bodies.br = await brotliAsync(feed.bodies.identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: feed.bodies.identity.byteLength,
      },
    });
  }
}
