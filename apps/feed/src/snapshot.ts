import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { FeedBytes, FeedMeta } from './build.js';
import type { Encoding } from './http.js';

const brotliAsync = promisify(brotliCompress);

/** One feed ready to serve: its bytes in every encoding ready so far, the ETags and Last-Modified. */
export interface ServedFeed extends FeedMeta {
  /** Brotli comes later than the others (it is compressed in the background); until then, gzip. */
  bodies: Partial<Record<Encoding, Uint8Array>> & Record<'identity' | 'gzip', Uint8Array>;
  etags: Record<Encoding, string>;
}

/** Every feed of one archive state, served from memory until the archive changes. */
export interface FeedSnapshot {
  feeds: Map<string, ServedFeed>;
  /** The same feeds in the order of the index. */
  list: ServedFeed[];
}

/**
 * The feeds of a new build: those whose bytes changed take the new bytes, the others keep the bytes
 * (and the brotli already made) of the `previous` snapshot.
 */
export function nextSnapshot(
  previous: FeedSnapshot | undefined,
  feeds: readonly FeedMeta[],
  changed: readonly FeedBytes[],
): FeedSnapshot {
  const fresh = new Map(changed.map((bytes) => [bytes.path, bytes]));
  const list = feeds.map((meta): ServedFeed => {
    const bytes = fresh.get(meta.path);
    const old = previous?.feeds.get(meta.path);
    const bodies = bytes ? { identity: bytes.identity, gzip: bytes.gzip } : old?.hash === meta.hash && old?.bodies;
    if (!bodies) throw new Error(`the build thread sent no bytes for ${meta.path}`);
    const { hash } = meta;
    return { ...meta, bodies, etags: { identity: `"${hash}"`, gzip: `"${hash}-gz"`, br: `"${hash}-br"` } };
  });
  return { feeds: new Map(list.map((f) => [f.path, f])), list };
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
