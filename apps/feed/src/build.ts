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
import { joinBytes, type Piece, PieceMaker, pieceFeed } from './pieces.js';

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
  /** A hash of the iCalendar bytes (of their pieces' SHA-256s, see `pieceFeed`): the ETags are made from it. */
  hash: string;
}

/**
 * A feed's new bytes. Each array owns its buffer, so it can be transferred to another thread. Builds
 * and the saved feeds of the last run give only the gzip: the bytes are unzipped when first needed.
 */
export interface FeedBytes {
  path: string;
  identity?: Uint8Array;
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

/** What the builder keeps of a feed: its pieces (compared by reference), their hash and gzip. */
interface BuiltFeed {
  pieces: readonly string[];
  hash: string;
  gzip: readonly Uint8Array[];
}

/**
 * Builds the feeds of one archive after another, keeping what the next build can reuse: each event's
 * iCalendar text (only changed events are rendered again), each piece of each feed's text (a body's
 * year; see `RenderedFeed.pieces`) as bytes, hash and deflate, so only the pieces that changed are
 * encoded, hashed and compressed again, and the revision state (SEQUENCE rises only for changed
 * events). Runs in the feed's build thread, so requests never wait for it.
 */
export class FeedBuilder {
  private rendered: RenderedFeeds | undefined;
  private readonly pieces = new PieceMaker();
  private built = new Map<string, BuiltFeed>();

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
    // Every piece of every feed is asked for (so the next build keeps it); only new ones are made.
    const made = feeds.map((feed) => feed.pieces.map((text) => this.pieces.piece(text)));
    this.pieces.done();
    const built = new Map<string, BuiltFeed>();
    const changed: FeedBytes[] = [];
    const metas: FeedMeta[] = [];
    for (const [i, feed] of feeds.entries()) {
      let known = this.built.get(feed.path);
      if (known?.pieces !== feed.pieces) {
        const bytes = pieceFeed(await Promise.all(made[i] as (Piece | Promise<Piece>)[]));
        known = { pieces: feed.pieces, hash: bytes.hash, gzip: bytes.gzip };
        if (this.built.get(feed.path)?.hash !== bytes.hash)
          // Only the gzip crosses (calendar clients take gzip): the bytes of a changed feed are megabytes
          // where its gzip is a tenth, and the serving thread unzips them if a client wants them.
          changed.push({ path: feed.path, gzip: joinBytes(bytes.gzip) });
      }
      built.set(feed.path, known);
      metas.push(feedMeta(feed, lastModified, known.hash));
    }
    this.rendered = rendered;
    this.state = state;
    this.built = built;
    return { feeds: metas, changed, state };
  }

  /**
   * Takes `archive` (the last build's) through what an edit of one meeting costs the build, keeping
   * nothing: the first body's first meeting as a copy of itself, so that body's events are made,
   * revised and keyed again and its feeds' pieces compared, all giving what is served already. Run once
   * after the first build, it compiles that code before a real edit needs it (the first edit after a
   * start otherwise did up to half as much work again as later ones). Not with report-back events: an
   * edit judges them again across every body sharing a case, which would cost a whole edit's time.
   */
  warmUp(archive: Archive): void {
    const body = archive.bodies[0];
    if (!this.rendered || !body || this.options.reportBacks) return;
    const meetings = archive.meetingsOf(body.id).map((meeting, i) => (i === 0 ? { ...meeting } : meeting));
    const edited: Archive = Object.create(archive, {
      meetingsOf: { value: (id: string) => (id === body.id ? meetings : archive.meetingsOf(id)) },
    });
    renderFeeds(edited, this.state, { ...this.options, refreshSeconds: REFRESH_SECONDS, rendered: this.rendered });
  }

  /** The gzip of a feed of the last build, in pieces (for `encodeSavedFeeds`). */
  gzipOf(path: string): readonly Uint8Array[] {
    return this.built.get(path)?.gzip ?? [];
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
  /** The state of the last build is saved (after its feeds were posted). */
  | { type: 'saved' }
  | { type: 'reloaded'; id: number }
  | { type: 'warning'; message: string }
  | { type: 'failed'; error: { code?: SammantradeErrorCode; message: string; diagnostics?: readonly Diagnostic[] } }
  | { type: 'closed' };
