import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FeedBytes, FeedMeta } from './build.js';
import type { Encoding } from './http.js';

const gunzipAsync = promisify(gunzip);

/** One feed ready to serve: its bytes in every encoding ready so far, the ETags and Last-Modified. */
export interface ServedFeed extends FeedMeta {
  /**
   * Gzip is always there. The bytes themselves are there once built, or unzipped when first needed
   * (the saved feeds served at start have only gzip; see {@link identityOf}). Brotli is made when first
   * asked for (see BrotliMaker); until then, gzip.
   */
  bodies: Partial<Record<Encoding, Uint8Array>> & Record<'gzip', Uint8Array>;
  etags: Record<Encoding, string>;
}

/** Every feed of one archive state, served from memory until the archive changes. */
export interface FeedSnapshot {
  feeds: Map<string, ServedFeed>;
  /** The same feeds in the order of the index. */
  list: ServedFeed[];
}

/** A feed ready to serve from its description and bytes, with an ETag per encoding. */
export function servedFeed(meta: FeedMeta, bodies: ServedFeed['bodies']): ServedFeed {
  const { hash } = meta;
  return { ...meta, bodies, etags: { identity: `"${hash}"`, gzip: `"${hash}-gz"`, br: `"${hash}-br"` } };
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
    const bodies = bytes
      ? { gzip: bytes.gzip, ...(bytes.identity ? { identity: bytes.identity } : {}) }
      : old?.hash === meta.hash && old?.bodies;
    if (!bodies) throw new Error(`the build thread sent no bytes for ${meta.path}`);
    return servedFeed(meta, bodies);
  });
  return { feeds: new Map(list.map((f) => [f.path, f])), list };
}

const unzipping = new WeakMap<ServedFeed['bodies'], Promise<Uint8Array>>();

/** A feed's bytes, unzipped from its gzip in zlib's thread pool the first time they are needed. */
export function identityOf(bodies: ServedFeed['bodies']): Uint8Array | Promise<Uint8Array> {
  if (bodies.identity) return bodies.identity;
  let pending = unzipping.get(bodies);
  if (!pending) {
    pending = gunzipAsync(bodies.gzip).then((bytes) => {
      bodies.identity = bytes;
      unzipping.delete(bodies);
      return bytes;
    });
    unzipping.set(bodies, pending);
  }
  return pending;
}
