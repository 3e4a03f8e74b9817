import { crc32 } from 'node:zlib';
import type { FeedOptions } from '@sammantrade/core';
import { readRegularFile } from '@sammantrade/core/node';
import type { FeedBytes, FeedMeta } from './build.js';

/** The feeds of a large archive come to some tens of megabytes; a larger file is not ours. */
const MAX_BYTES = 1024 * 1024 * 1024;
const FORMAT = 2;

interface Header {
  format: number;
  options: FeedOptions;
  /** CRC-32 of everything after the header's line: a damaged file is not served. */
  crc: number;
  feeds: (FeedMeta & { size: number; gzipSize: number })[];
}

/** A feed's bytes and gzip, each in pieces. */
export interface SavedBytes {
  identity: readonly Uint8Array[];
  gzip: readonly Uint8Array[];
}

/**
 * The feeds of the last build as one file (the parts to write, in order): a line of JSON (the feeds' descriptions with their hashes,
 * the options they were built with, a CRC-32 of the rest) and then each feed's bytes and gzip. The
 * server starts by serving them as they are (nothing to unzip or hash) while the build thread loads the
 * archive, so it answers within moments of start whatever the archive's size.
 */
export function encodeSavedFeeds(
  options: FeedOptions,
  feeds: readonly FeedMeta[],
  bytesOf: (path: string) => SavedBytes,
): Uint8Array[] {
  const bodies = feeds.map((feed) => bytesOf(feed.path));
  const sum = (parts: readonly Uint8Array[]) => parts.reduce((n, p) => n + p.byteLength, 0);
  const parts = bodies.flatMap((b) => [...b.identity, ...b.gzip]);
  let crc = 0;
  for (const part of parts) crc = crc32(part, crc);
  const header: Header = {
    format: FORMAT,
    options,
    crc,
    feeds: feeds.map((feed, i) => ({
      ...feed,
      size: sum(bodies[i]?.identity ?? []),
      gzipSize: sum(bodies[i]?.gzip ?? []),
    })),
  };
  return [Buffer.from(`${JSON.stringify(header)}\n`), ...parts];
}

/**
 * The feeds saved by the last run, when `file` holds them for the same `options` and its bytes are as
 * they were written (their CRC-32); `undefined` otherwise (no file, another version, damaged or cut
 * short: the server then waits for its first build, as without the file).
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
    if (crc32(bytes.subarray(end + 1)) !== header.crc) return undefined;
    let offset = end + 1;
    const feeds: FeedMeta[] = [];
    const changed: FeedBytes[] = [];
    const take = (size: number) => {
      // A copy of its own: a feed replaced later lets its memory go, whatever became of the others.
      const part = bytes.slice(offset, offset + size);
      offset += size;
      return part;
    };
    for (const { size, gzipSize, ...meta } of header.feeds) {
      const sizes = [size, gzipSize];
      if (!sizes.every((n) => Number.isInteger(n) && n >= 0) || offset + size + gzipSize > bytes.byteLength)
        return undefined;
      if (!isMeta(meta)) return undefined;
      feeds.push(meta);
      changed.push({ path: meta.path, identity: take(size), gzip: take(gzipSize) });
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
