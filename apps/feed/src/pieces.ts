import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/** Above this size a piece is deflated at level 6: level 9 costs twice as much for 5 % fewer bytes. */
const DEFLATE_BEST_MAX = 1024 * 1024;

/**
 * What a piece of a feed's text becomes once: its bytes, their SHA-256, and its raw deflate ended by a
 * sync flush (byte-aligned, not final), so the deflates of a feed's pieces joined are one deflate stream.
 * A feed is kept as pieces (see `RenderedFeed.pieces`) and an edit changes a few of them: only those
 * are encoded, hashed and compressed again.
 */
export interface Piece {
  readonly bytes: Uint8Array;
  readonly sha: Uint8Array;
  readonly deflate: Uint8Array;
}

/** Makes the pieces of the feeds of one build, reusing those of the last build. */
export class PieceMaker {
  private last = new Map<string, Piece | Promise<Piece>>();
  private next = new Map<string, Piece | Promise<Piece>>();

  /** The piece of `text`: the last build's when it had it, else made (deflated in zlib's thread pool). */
  piece(text: string): Piece | Promise<Piece> {
    let piece = this.next.get(text) ?? this.last.get(text);
    if (!piece) {
      const bytes = Buffer.from(text, 'utf8');
      const sha = createHash('sha256').update(bytes).digest();
      const level = bytes.byteLength > DEFLATE_BEST_MAX ? 6 : 9;
      piece = deflateRawAsync(bytes, { level, finishFlush: constants.Z_SYNC_FLUSH }).then((deflate) => {
        const made = { bytes, sha, deflate };
        // Kept made, so the next build need not wait on it.
        if (this.next.get(text) === piece) this.next.set(text, made);
        return made;
      });
    }
    this.next.set(text, piece);
    return piece;
  }

  /** Ends a build: pieces no feed of it used are let go. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

/** A gzip member's header: deflate, no name, no time (the same bytes give the same gzip). */
const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
/** An empty final block with fixed codes: ends the deflate stream the pieces' sync-flushed blocks make. */
const FINAL_BLOCK = Uint8Array.from([3, 0]);

/** A feed made of its pieces: its gzip (RFC 1952, one member) and the feed's hash. */
export interface PieceFeed {
  /** The pieces' SHA-256s hashed, base64url, 27 characters: a hash of the bytes, for the ETags. */
  hash: string;
  /** Its gzip, in pieces (joined by {@link joinBytes}). */
  gzip: Uint8Array[];
}

/**
 * A feed from its pieces. The gzip is the pieces' deflates between a header and a trailer with the
 * CRC-32 and size of the whole: what a client unzips is exactly the feed's bytes, while only the pieces
 * that changed were compressed. The hash is taken over the pieces' hashes (in order), so it changes
 * exactly when a piece does, without hashing the unchanged megabytes again.
 */
export function pieceFeed(pieces: readonly Piece[]): PieceFeed {
  const hash = createHash('sha256');
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    hash.update(piece.sha);
    crc = crc32(piece.bytes, crc);
    size += piece.bytes.byteLength;
  }
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc >>> 0, true);
  view.setUint32(4, size >>> 0, true);
  return {
    hash: hash.digest('base64url').slice(0, 27),
    gzip: [GZIP_HEADER, ...pieces.map((p) => p.deflate), FINAL_BLOCK, trailer],
  };
}

/** Byte arrays joined into one that owns its memory, so it can be transferred to another thread. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
