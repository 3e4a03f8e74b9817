import { crc32 } from 'node:zlib';
import type { FeedOptions } from '@sammantrade/core';
import { readRegularFile } from '@sammantrade/core/node';
import type { FeedBytes, FeedMeta } from './build.js';

/** The feeds of a large archive gzip to some megabytes; a larger file is not ours. */
const MAX_BYTES = 512 * 1024 * 1024;
const FORMAT = 2;

interface Header {
  format: number;
  options: FeedOptions;
  /** CRC-32 of everything after the header's line: a damaged file is not served. */
  crc: number;
  feeds: (FeedMeta & { size: number })[];
}

/**
 * The feeds of the last build as one file (the parts to write, in order): a line of JSON (the feeds'
 * descriptions with their hashes, the options they were built with, a CRC-32 of the rest) and then each
 * feed's gzip. The server starts by serving them as they are (nothing to unzip or hash, a few megabytes
 * to read) while the build thread loads the archive, so it answers within moments of start whatever the
 * archive's size.
 */
export function encodeSavedFeeds(
  options: FeedOptions,
  feeds: readonly FeedMeta[],
  gzipOf: (path: string) => readonly Uint8Array[],
): Uint8Array[] {
  const bodies = feeds.map((feed) => gzipOf(feed.path));
  let crc = 0;
  for (const part of bodies.flat()) crc = crc32(part, crc);
  const header: Header = {
    format: FORMAT,
    options,
    crc,
    feeds: feeds.map((feed, i) => ({ ...feed, size: (bodies[i] ?? []).reduce((n, p) => n + p.byteLength, 0) })),
  };
  return [Buffer.from(`${JSON.stringify(header)}\n`), ...bodies.flat()];
}

/**
 * The feeds saved by the last run, when `file` holds them for the same `options` and its bytes are as
 * they were written (their CRC-32); `undefined` otherwise (no file, another version, damaged or cut
 * short: the server then waits for its first build, as without the file). Only their gzip is read: the
 * bytes of a feed are unzipped when a client first needs them (see `identityOf`).
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
    for (const { size, ...meta } of header.feeds) {
      if (!Number.isInteger(size) || size < 0 || offset + size > bytes.byteLength || !isMeta(meta)) return undefined;
      // Views of the file's bytes, not copies: the first build replaces every feed and lets them go.
      feeds.push(meta);
      changed.push({ path: meta.path, gzip: bytes.subarray(offset, offset + size) });
      offset += size;
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
