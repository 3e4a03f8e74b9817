import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { FeedBytes, FeedMeta } from './build.js';
import type { Encoding } from './http.js';

const brotliAsync = promisify(brotliCompress);

/** One feed ready to serve: its bytes in every encoding ready so far, the ETags and Last-Modified. */
export interface ServedFeed extends FeedMeta {
  /** Brotli comes later than the others (made when first asked for, see BrotliMaker); until then, gzip. */
  bodies: Partial<Record<Encoding, Uint8Array>> & Record<'identity' | 'gzip', Uint8Array>;
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
    const bodies = bytes ? { identity: bytes.identity, gzip: bytes.gzip } : old?.hash === meta.hash && old?.bodies;
    if (!bodies) throw new Error(`the build thread sent no bytes for ${meta.path}`);
    return servedFeed(meta, bodies);
  });
  return { feeds: new Map(list.map((f) => [f.path, f])), list };
}

/** Above this size a feed gets brotli at quality 9: quality 11 costs about two seconds a megabyte. */
const BROTLI_BEST_MAX = 1024 * 1024;

/**
 * Makes the brotli bytes of the feeds clients ask brotli for, one at a time in zlib's thread pool:
 * until they are ready those clients get gzip. Only feeds asked for are compressed (at its best
 * quality brotli is about a hundred times slower than gzip for a sixth fewer bytes), so an edit of the
 * archive costs no brotli of feeds nobody fetches with it, and a feed's bytes are compressed once
 * (unchanged feeds keep their bytes, brotli included, from build to build).
 */
export class BrotliMaker {
  private readonly queue = new Set<ServedFeed['bodies']>();
  private running: Promise<void> | undefined;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  /** Asks for brotli of a feed's bytes, once; the request that asks is served gzip meanwhile. */
  want(bodies: ServedFeed['bodies']): void {
    if (bodies.br || this.queue.has(bodies)) return;
    this.queue.add(bodies);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every brotli asked for so far is made. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    for (const bodies of this.queue) {
      const size = bodies.identity.byteLength;
      try {
        bodies.br = await brotliAsync(bodies.identity, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: size > BROTLI_BEST_MAX ? 9 : 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
          },
        });
      } catch (error) {
        this.onError(error);
      }
      this.queue.delete(bodies);
    }
  }
}
