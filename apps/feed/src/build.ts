import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import {
  type Archive,
  type Diagnostic,
  type FeedOptions,
  type RenderedFeed,
  type RenderedFeeds,
  type RevisionState,
  renderFeeds,
  type SammantradeErrorCode,
} from '@sammantrade/core';
import type { LiveArchiveOptions } from '@sammantrade/core/node';

const gzipAsync = promisify(gzip);

/** Above this size a feed is gzipped at level 6 (see FeedBuilder.build). */
const GZIP_BEST_MAX = 1024 * 1024;

/** Feeds refresh at most every few hours in most clients; six hours is what Outlook honours well. */
export const REFRESH_SECONDS = 6 * 60 * 60;

/** What is served about a feed besides its bytes. */
export interface FeedMeta {
  id: string;
  bodyId?: string;
  year?: number;
  name: string;
  path: string;
  events: number;
  /** Epoch milliseconds, whole seconds, from the data (never the clock). */
  lastModified: number;
  /** The start of the SHA-256 of the iCalendar bytes: the ETags are made from it. */
  hash: string;
}

/** A feed's new bytes. Each array owns its buffer, so it can be transferred to another thread. */
export interface FeedBytes {
  path: string;
  identity: Uint8Array;
  gzip: Uint8Array;
}

/** One build: every feed's description, in the order of the index, and the bytes of those that changed. */
export interface FeedBuild {
  feeds: FeedMeta[];
  changed: FeedBytes[];
  state: RevisionState;
}

/** Two revision states alike, whatever the order of their keys (a database returns them sorted). */
function sameState(a: RevisionState, b: RevisionState): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((uid) => {
    const x = a[uid];
    const y = b[uid];
    return (
      x !== undefined &&
      y !== undefined &&
      x.fingerprint === y.fingerprint &&
      x.sequence === y.sequence &&
      x.lastModified === y.lastModified
    );
  });
}

/** The start of the SHA-256 of a feed's bytes: its ETags are made from it. */
export const feedHash = (identity: Uint8Array): string =>
  createHash('sha256').update(identity).digest('base64url').slice(0, 27);

/** A feed's gzip bytes, in zlib's thread pool. Level 9 costs twice level 6 for 5 % fewer bytes: worth it on a small feed, not on megabytes. */
export const gzipFeed = (identity: Uint8Array): Promise<Buffer> =>
  gzipAsync(identity, { level: identity.byteLength > GZIP_BEST_MAX ? 6 : 9 });

/** An archive's change time in epoch milliseconds, whole seconds: a feed's Last-Modified. */
export const modifiedAt = (archive: Archive): number =>
  Math.floor(Date.parse(archive.modified ?? new Date(0).toISOString()) / 1000) * 1000;

/** What is served about a rendered feed besides its bytes. */
export function feedMeta(feed: RenderedFeed, lastModified: number, hash: string): FeedMeta {
  return {
    id: feed.id,
    ...(feed.bodyId ? { bodyId: feed.bodyId } : {}),
    ...(feed.year ? { year: feed.year } : {}),
    name: feed.name,
    path: feed.path,
    events: feed.events.length,
    lastModified,
    hash,
  };
}

/** A copy that owns its memory (zlib and `Buffer.from` may hand out a slice of a shared pool). */
const own = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes);

/**
 * Builds the feeds of one archive after another, keeping what the next build can reuse: each event's
 * iCalendar text (only changed events are rendered again), each feed's text (only feeds whose text
 * changed are hashed and compressed again) and the revision state (SEQUENCE rises only for changed
 * events). Runs in the feed's build thread, so requests never wait for it.
 */
export class FeedBuilder {
  private rendered: RenderedFeeds | undefined;
  /** Each feed's text, the hash of its bytes and its gzip bytes, as last built. */
  private built = new Map<string, { text: string; hash: string; gzip?: Uint8Array }>();

  constructor(
    private state: RevisionState,
    private readonly options: FeedOptions = {},
  ) {}

  /**
   * Builds the feeds of `archive`. `stored` is the revision state as the store keeps it (a database,
   * shared by every server): when another server has moved it since this builder's last build, the
   * builder starts from it and renders every event again (its rendered events carry the old numbers).
   */
  async build(archive: Archive, stored?: RevisionState): Promise<FeedBuild> {
    if (stored && !sameState(stored, this.state)) {
      this.state = stored;
      this.rendered = undefined;
    }
    const { feeds, state, rendered } = renderFeeds(archive, this.state, {
      ...this.options,
      refreshSeconds: REFRESH_SECONDS,
      ...(this.rendered ? { rendered: this.rendered } : {}),
    });
    // The archive's own change time: it moves whenever any event appears, changes or goes.
    const lastModified = modifiedAt(archive);
    const built = new Map<string, { text: string; hash: string; gzip?: Uint8Array }>();
    const fresh: { path: string; identity: Buffer }[] = [];
    const metas = feeds.map((feed): FeedMeta => {
      let known = this.built.get(feed.path);
      if (known?.text !== feed.text) {
        const identity = Buffer.from(feed.text, 'utf8');
        known = { text: feed.text, hash: feedHash(identity) };
        fresh.push({ path: feed.path, identity });
      }
      built.set(feed.path, known);
      return feedMeta(feed, lastModified, known.hash);
    });
    // gzip in zlib's thread pool, the changed feeds at once.
    const changed = await Promise.all(
      fresh.map(async ({ path, identity }): Promise<FeedBytes> => {
        const gzip = await gzipFeed(identity);
        const entry = built.get(path);
        if (entry) entry.gzip = gzip;
        return { path, identity: own(identity), gzip: own(gzip) };
      }),
    );
    this.rendered = rendered;
    this.state = state;
    this.built = built;
    return { feeds: metas, changed, state };
  }

  /** The gzip bytes of a feed of the last build (kept for {@link encodeSavedFeeds}). */
  gzipOf(path: string): Uint8Array {
    return this.built.get(path)?.gzip ?? new Uint8Array();
  }
}

/** What the build thread is started with. */
export interface BuildThreadData {
  /** The archive: a folder or a `postgres://` URL (with its credentials). */
  location: string;
  /** Where a folder's revision state is kept (a database keeps its own). */
  stateFile: string;
  /** Where the feeds of each build are saved for a fast start (see `encodeSavedFeeds`); none for a database. */
  feedsFile?: string;
  options: FeedOptions;
  /** The thread's own watch of the folder (ignored when `follow`). */
  watch: LiveArchiveOptions['watch'];
  /** The process already follows the archive: the thread loads when it is told to (`reload`). */
  follow: boolean;
}

/** Messages to the build thread. */
export type ToBuildThread = { type: 'reload'; id?: number } | { type: 'close' };

/** Messages from the build thread. */
export type FromBuildThread =
  | { type: 'built'; feeds: FeedMeta[]; changed: FeedBytes[] }
  | { type: 'reloaded'; id: number }
  | { type: 'warning'; message: string }
  | { type: 'failed'; error: { code?: SammantradeErrorCode; message: string; diagnostics?: readonly Diagnostic[] } }
  | { type: 'closed' };
