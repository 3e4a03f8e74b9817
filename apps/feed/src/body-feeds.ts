import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { type Archive, bodyFeedEvents, type FeedOptions, feedPath, renderBodyFeed } from '@sammantrade/core';
import type { ArchiveParts, KeptPart } from '@sammantrade/core/node';
import { type FeedMeta, feedMeta, modifiedAt, REFRESH_SECONDS } from './build.js';
import { joinBytes, PieceMaker, pieceFeed } from './pieces.js';
import { type ServedFeed, servedFeed } from './snapshot.js';

/**
 * What a kept feed was made by: core's version (the calendar is rendered there; a release that changes
 * it has a new version) and the way the bytes are kept here.
 */
const MAKER = `${(createRequire(import.meta.url)('@sammantrade/core/package.json') as { version: string }).version}/gzip-1`;

/** `/calendars/<body>.ics` or `/calendars/<body>/<year>.ics`, as `feedPath` writes them. */
const BODY_FEED = /^\/calendars\/([^/]+?)(?:\/(\d{4}))?\.ics$/;

/**
 * The feeds of an archive served per body (a large database): a feed is rendered when first asked
 * for, alone (not the body's other feeds), its SEQUENCE numbers taken and saved under the lock every
 * server of the database shares, and kept (see `ArchiveParts.kept`) in memory and in the database with
 * the stamp of the records it was made from. So a feed costs one render per change of its records, for
 * every process serving the database, and memory holds the bodies asked for lately.
 */
export class BodyFeeds {
  /** The feed made of each kept part, so brotli and unzipped bytes are made once per part. */
  private readonly served = new WeakMap<KeptPart, ServedFeed>();
  /** Names what these options and this version make (see `ArchiveParts.kept`). */
  private readonly maker: string;

  constructor(
    private readonly parts: ArchiveParts,
    private readonly options: FeedOptions,
  ) {
    this.maker = createHash('sha256')
      .update(`${MAKER}\n${JSON.stringify(options)}\n${REFRESH_SECONDS}`)
      .digest('base64url')
      .slice(0, 16);
  }

  /**
   * Makes each body's feed (all its years in one; a year's own feed is made when asked for) that the
   * database does not keep as made from its records now, one body at a time, without pushing the bodies asked for lately out of memory: after a bulk
   * load, a body's first subscriber finds its feed ready. Stops when `stop()` says so; a body that
   * fails is left for its first request. Resolves to how many were made and how many were kept.
   */
  async prepare(bodies: readonly string[], stop: () => boolean): Promise<{ made: number; kept: number }> {
    let made = 0;
    let kept = 0;
    for (const id of bodies) {
      if (stop()) break;
      let fresh = false;
      await this.parts
        .kept(
          id,
          this.key(undefined),
          async (archive) => {
            fresh = true;
            return this.part(archive, id, undefined);
          },
          { related: this.options.reportBacks === true, remember: false },
        )
        .then(
          () => (fresh ? made++ : kept++),
          () => {},
        );
      await new Promise((resolve) => setImmediate(resolve)); // requests go first
    }
    return { made, kept };
  }

  /** The feed at `path`; undefined when no body or year of the archive has one there. */
  async feed(path: string): Promise<ServedFeed | undefined> {
    const m = BODY_FEED.exec(path);
    if (!m) return undefined;
    const bodyId = m[1] as string;
    const year = m[2] === undefined ? undefined : Number(m[2]);
    if (feedPath(bodyId, year) !== path) return undefined;
    // Made once per change of the body's records, and kept in the database for every process serving
    // it and the next start. Report-back events are judged across bodies; without them the body's own
    // records are enough.
    const part = await this.parts.kept(bodyId, this.key(year), (archive) => this.part(archive, bodyId, year), {
      related: this.options.reportBacks === true,
    });
    if (!part) return undefined;
    let feed = this.served.get(part);
    if (!feed) {
      feed = servedFeed(part.meta as FeedMeta, { gzip: part.bytes });
      this.served.set(part, feed);
    }
    return feed;
  }

  /** Where a feed is kept (see `ArchiveParts.kept`): the body's feed of all years, or of one. */
  private key(year: number | undefined): string {
    return `feed/${year ?? 'all'}/${this.maker}`;
  }

  /** A feed made as a part to keep, its bytes gzipped. */
  private async part(archive: Archive, bodyId: string, year: number | undefined): Promise<KeptPart | undefined> {
    const feed = await this.render(archive, bodyId, year);
    if (!feed) return undefined;
    const { bodies: _bodies, etags: _etags, ...meta } = feed;
    const part: KeptPart = { meta, bytes: feed.bodies.gzip };
    this.served.set(part, feed);
    return part;
  }

  private async render(archive: Archive, bodyId: string, year: number | undefined): Promise<ServedFeed | undefined> {
    const uids = bodyFeedEvents(archive, bodyId, this.options).map((e) => e.uid);
    const out: { made?: ReturnType<typeof renderBodyFeed> } = {};
    await this.parts.updateRevisions(uids, (previous) => {
      out.made = renderBodyFeed(archive, bodyId, previous, {
        ...this.options,
        refreshSeconds: REFRESH_SECONDS,
        ...(year !== undefined ? { year } : {}),
      });
      return out.made?.state ?? previous;
    });
    if (!out.made) return undefined;
    const { feed } = out.made;
    // Hashed and compressed in pieces as the build thread does a folder's feeds: the same ETag either way.
    const maker = new PieceMaker();
    const made = pieceFeed(await Promise.all(feed.pieces.map((text) => maker.piece(text))));
    const identity = Buffer.from(feed.text, 'utf8');
    return servedFeed(feedMeta(feed, modifiedAt(archive), made.hash), { identity, gzip: joinBytes(made.gzip) });
  }
}
