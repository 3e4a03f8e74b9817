import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FeedOptions } from '@sammantrade/core';
import { readRegularFile } from '@sammantrade/core/node';
import type { FeedBytes, FeedMeta } from './build.js';

const gunzipAsync = promisify(gunzip);

/** The feeds of a large archive gzip to a few megabytes; a larger file is not ours. */
const MAX_BYTES = 512 * 1024 * 1024;
const FORMAT = 1;

interface Header {
  format: number;
  options: FeedOptions;
  feeds: (FeedMeta & { size: number })[];
}

/**
 * The feeds of the last build as one file: a line of JSON (the feeds' descriptions, the options they
 * were built with) and then each feed's gzip bytes. The server starts by serving them while the build
 * thread loads the archive, so it answers within a second or two of start whatever the archive's size.
 */
export function encodeSavedFeeds(
  options: FeedOptions,
  feeds: readonly FeedMeta[],
  gzipOf: (path: string) => Uint8Array,
): Buffer {
  const bodies = feeds.map((feed) => gzipOf(feed.path));
  const header: Header = {
    format: FORMAT,
    options,
    feeds: feeds.map((feed, i) => ({ ...feed, size: bodies[i]?.byteLength ?? 0 })),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...bodies]);
}

/**
 * The feeds saved by the last run, when `file` holds them for the same `options` and every feed's
 * bytes still have the hash they were saved with; `undefined` otherwise (no file, another version,
 * damaged or cut short: the server then waits for its first build, as without the file).
 */
export async function readSavedFeeds(
  file: string,
  options: FeedOptions,
): Promise<{ feeds: FeedMeta[]; changed: FeedBytes[] } | undefined> {
  try {
    const bytes = await readRegularFile(file, MAX_BYTES);
    const end = bytes.indexOf(10);
    if (end < 0) return undefined;
    const header = JSON.parse(Buffer.from(bytes.subarray(0, end)).toString('utf8')) as Header;
    if (header.format !== FORMAT || JSON.stringify(header.options) !== JSON.stringify(options)) return undefined;
    let offset = end + 1;
    const feeds: FeedMeta[] = [];
    const changed: FeedBytes[] = [];
    for (const { size, ...meta } of header.feeds) {
      if (!Number.isInteger(size) || size < 0 || offset + size > bytes.byteLength || !isMeta(meta)) return undefined;
      const gzip = bytes.slice(offset, offset + size);
      offset += size;
      const identity = new Uint8Array(await gunzipAsync(gzip));
      const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
      if (hash !== meta.hash) return undefined;
      feeds.push(meta);
      changed.push({ path: meta.path, identity, gzip });
    }
    return offset === bytes.byteLength ? { feeds, changed } : undefined;
  } catch {
    return undefined; // a missing or unreadable file only means a slower start
  }
}

/** The shape of a feed's description, checked before it is served. */
function isMeta(meta: FeedMeta): boolean {
  return (
    typeof meta.id === 'string' &&
    typeof meta.name === 'string' &&
    typeof meta.path === 'string' &&
    /^\/calendars\/[\w/.-]+\.ics$/.test(meta.path) &&
    typeof meta.hash === 'string' &&
    Number.isInteger(meta.events) &&
    Number.isInteger(meta.lastModified) &&
    (meta.bodyId === undefined || typeof meta.bodyId === 'string') &&
    (meta.year === undefined || Number.isInteger(meta.year))
  );
}
