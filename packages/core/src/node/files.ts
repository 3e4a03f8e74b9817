import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fault, SammantradeError } from '../errors.js';
import { escapeControlChars } from '../text/control.js';
import { ENTRY_KIND, type EntryKind, type ErrorArgs } from '../text/error-words.js';

/**
 * Regular files only, in and out. Reading a FIFO blocks forever and "writing" a device or replacing
 * a link by a file destroys what the user had (`--out /dev/full --force` as root turned the device
 * into a file), so what is not a regular file is refused with one line naming it.
 */

/** What a file-system entry is. */
function entryKind(stats: Stats): EntryKind {
  if (stats.isFile()) return 'file';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isSocket()) return 'socket';
  if (stats.isSymbolicLink()) return 'link';
  return 'other';
}

/** What a file-system entry is, in English words for a message ("a FIFO (named pipe)"). */
export function kindOfEntry(stats: Stats): string {
  return ENTRY_KIND[entryKind(stats)].en;
}

type IoReason = 'is-folder' | 'is-device' | 'cannot-read' | 'not-regular-read' | 'cannot-write' | 'not-regular-write';
type IoReasonWith = 'dangling-link' | 'link-to-special' | 'link-unwritable';
/** An `IO` error about `path`, its name escaped for the terminal. */
const ioError = <R extends IoReason | IoReasonWith>(
  path: string,
  reason: R,
  args: Omit<ErrorArgs<R>, 'file'>,
  cause?: unknown,
) =>
  fault(
    'IO',
    reason,
    { ...args, file: escapeControlChars(path) } as ErrorArgs<R>,
    cause === undefined ? {} : { cause },
  );

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Reads a regular file of at most `maxBytes`. The file is opened without blocking and checked on the
 * open handle, so a FIFO, a device or a socket is refused at once (and one swapped in meanwhile too).
 * @throws {SammantradeError} `NOT_FOUND` for a missing file, `TOO_LARGE` over `maxBytes`, `IO` for a
 * folder, a special file or a read error; each message one line naming the file.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw fault('NOT_FOUND', 'no-such-file', { file: escapeControlChars(path) }, { cause: error });
    if (code === 'EISDIR') throw ioError(path, 'is-folder', {}, error);
    if (code === 'ENXIO') throw ioError(path, 'is-device', {}, error);
    throw ioError(path, 'cannot-read', { reason: code ?? String(error) }, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw ioError(path, 'is-folder', {});
    if (!info.isFile()) throw ioError(path, 'not-regular-read', { kind: entryKind(info) });
    if (info.size > maxBytes) throw tooLarge(path, mb(info.size), maxBytes);
    // Read to the end, but never past the limit: the file may have grown since.
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.max(64 * 1024, Math.min(info.size, maxBytes) + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(path, `over ${mb(maxBytes)}`, maxBytes);
    }
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof SammantradeError) throw error;
    throw ioError(path, 'cannot-read', { reason: codeOf(error) ?? String(error) }, error);
  } finally {
    await handle.close();
  }
}

/** Bytes as megabytes with one decimal, as the size limits are written. */
export const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
/** `TOO_LARGE`, naming the file, its size and the limit. */
export const tooLarge = (path: string, size: string, limit: number) =>
  fault('TOO_LARGE', 'too-large', { file: escapeControlChars(path), size, limit: mb(limit) });

/**
 * Where a write to `path` goes, after checking that it may: `path` itself when nothing is there or a
 * regular file is (and `overwrite` is set); for a symbolic link to a regular file in a folder that can
 * be written, that file (the link stays, the file is replaced). A folder, a FIFO, a device, a socket,
 * a link to any of them or to nothing is refused, whatever `overwrite` says.
 * @throws {SammantradeError} `EXISTS` for a file there without `overwrite`; `IO` for what may not be written.
 */
export async function outputTarget(path: string, overwrite: boolean): Promise<string> {
  let entry: Stats;
  try {
    entry = await lstat(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return path;
    throw ioError(path, 'cannot-write', { reason: codeOf(error) ?? String(error) }, error);
  }
  const exists = () => fault('EXISTS', 'already-exists', { file: escapeControlChars(path) }, { wants: 'force' });
  if (entry.isFile()) {
    if (!overwrite) throw exists();
    return path;
  }
  if (!entry.isSymbolicLink()) throw ioError(path, 'not-regular-write', { kind: entryKind(entry) });
  let target: Stats;
  try {
    target = await stat(path);
  } catch (error) {
    throw ioError(path, 'dangling-link', {}, error);
  }
  if (!target.isFile()) throw ioError(path, 'link-to-special', { kind: entryKind(target) });
  if (!overwrite) throw exists();
  const real = await realpath(path);
  try {
    await access(dirname(real), constants.W_OK);
  } catch (error) {
    throw ioError(
      path,
      'link-unwritable',
      { target: escapeControlChars(real), reason: codeOf(error) ?? String(error) },
      error,
    );
  }
  return real;
}
