import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Archive, type FeedOptions, type RevisionState, renderFeeds } from '@sammantrade/core';
import type { Encoding } from './http.js';

/** One feed ready to serve: its bytes in every encoding, the ETags and Last-Modified. */
export interface ServedFeed {
  id: string;
  bodyId?: string;
  year?: number;
  name: string;
  path: string;
  events: number;
  bodies: Record<Encoding, Uint8Array>;
  etags: Record<Encoding, string>;
  /** Epoch milliseconds, whole seconds, from the data (never the clock). */
  lastModified: number;
}

/** Every feed of one archive state, built once and served from memory until the archive changes. */
export interface FeedSnapshot {
  feeds: Map<string, ServedFeed>;
  /** The same feeds in the order of the index. */
  list: ServedFeed[];
  archive: Archive;
  state: RevisionState;
}

/** Feeds refresh at most every few hours in most clients; six hours is what Outlook honours well. */
const REFRESH_SECONDS = 6 * 60 * 60;

/**
 * Renders every feed of `archive` with the revision `state` of the previous build, so SEQUENCE rises
 * only for events that changed. Compression happens here, once, not per request.
 */
export function buildSnapshot(archive: Archive, previous: RevisionState, options: FeedOptions = {}): FeedSnapshot {
  const { feeds, state } = renderFeeds(archive, previous, { ...options, refreshSeconds: REFRESH_SECONDS });
  // The archive's own change time: it moves whenever any event appears, changes or goes.
  const lastModified = Math.floor(Date.parse(archive.modified ?? new Date(0).toISOString()) / 1000) * 1000;
  const list = feeds.map((feed): ServedFeed => {
    const identity = Buffer.from(feed.text, 'utf8');
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
    return {
      id: feed.id,
      ...(feed.bodyId ? { bodyId: feed.bodyId } : {}),
      ...(feed.year ? { year: feed.year } : {}),
      name: feed.name,
      path: feed.path,
      events: feed.events.length,
      bodies: {
        identity,
        gzip: gzipSync(identity, { level: 9 }),
        br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      },
      etags: { identity: `"${hash}"`, gzip: `"${hash}-gz"`, br: `"${hash}-br"` },
      lastModified,
    };
  });
  return { feeds: new Map(list.map((f) => [f.path, f])), list, archive, state };
}
