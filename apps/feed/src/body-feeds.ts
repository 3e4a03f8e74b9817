import { type Archive, bodyFeedEvents, type FeedOptions, feedPath, renderBodyFeed } from '@sammantrade/core';
import type { ArchiveParts } from '@sammantrade/core/node';
import { feedHash, feedMeta, gzipFeed, modifiedAt, REFRESH_SECONDS } from './build.js';
import { type ServedFeed, servedFeed } from './snapshot.js';

/** `/calendars/<body>.ics` or `/calendars/<body>/<year>.ics`, as `feedPath` writes them. */
const BODY_FEED = /^\/calendars\/([^/]+?)(?:\/(\d{4}))?\.ics$/;

/**
 * The feeds of an archive served per body (a large database): a feed is rendered when first asked
 * for, alone (not the body's other feeds), its SEQUENCE numbers taken and saved under the lock every
 * server of the database shares, and kept with the body's archive until a change names the body. So
 * a feed costs one render per change, not per request, and memory holds the bodies asked for lately.
 */
export class BodyFeeds {
  constructor(
    private readonly parts: ArchiveParts,
    private readonly options: FeedOptions,
  ) {}

  /** The feed at `path`; undefined when no body or year of the archive has one there. */
  async feed(path: string): Promise<ServedFeed | undefined> {
    const m = BODY_FEED.exec(path);
    if (!m) return undefined;
    const bodyId = m[1] as string;
    const year = m[2] === undefined ? undefined : Number(m[2]);
    if (feedPath(bodyId, year) !== path) return undefined;
    // Report-back events are judged across bodies; without them the body's own records are enough.
    return this.parts.derived(bodyId, `feed:${year ?? ''}`, (archive) => this.render(archive, bodyId, year), {
      related: this.options.reportBacks === true,
    });
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
    const identity = Buffer.from(feed.text, 'utf8');
    const gzip = await gzipFeed(identity);
    return servedFeed(feedMeta(feed, modifiedAt(archive), feedHash(identity)), { identity, gzip });
  }
}
