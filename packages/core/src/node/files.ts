import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { access, lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SammantradeError } from '../errors.js';
import { escapeControlChars } from '../text/control.js';

/**
 * Regular files only, in and out. Reading a FIFO blocks forever and "writing" a device or replacing
 * a link by a file destroys what the user had (`--out /dev/full --force` as root turned the device
 * into a file), so what is not a regular file is refused with one line naming it.
 */

/** What a file-system entry is, in words for a message. */
export function kindOfEntry(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const ioError = (path: string, message: string, cause?: unknown) =>
  new SammantradeError('IO', `${escapeControlChars(path)}: ${message}`, cause === undefined ? {} : { cause });

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
      throw new SammantradeError('NOT_FOUND', `${escapeControlChars(path)}: no such file`, { cause: error });
    if (code === 'EISDIR') throw ioError(path, 'is a folder, not a document', error);
    if (code === 'ENXIO') throw ioError(path, 'is a socket or device, not a regular file', error);
    throw ioError(path, `cannot read (${code ?? String(error)})`, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw ioError(path, 'is a folder, not a document');
    if (!info.isFile()) throw ioError(path, `is ${kindOfEntry(info)}, not a regular file; only regular files are read`);
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
    throw ioError(path, `cannot read (${codeOf(error) ?? String(error)})`, error);
  } finally {
    await handle.close();
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (path: string, size: string, limit: number) =>
  new SammantradeError('TOO_LARGE', `${escapeControlChars(path)}: too large (${size}; the limit is ${mb(limit)})`);

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
    throw ioError(path, `cannot write (${codeOf(error) ?? String(error)})`, error);
  }
  const exists = () =>
    new SammantradeError('EXISTS', `${escapeControlChars(path)}: already exists`, { wants: 'force' });
  if (entry.isFile()) {
    if (!overwrite) throw exists();
    return path;
  }
  if (!entry.isSymbolicLink())
    throw ioError(path, `is ${kindOfEntry(entry)}, not a regular file; only regular files are written`);
  let target: Stats;
  try {
    target = await stat(path);
  } catch (error) {
    throw ioError(path, 'is a symbolic link to nothing; only regular files are written', error);
  }
  if (!target.isFile())
    throw ioError(path, `is a symbolic link to ${kindOfEntry(target)}; only regular files are written`);
  if (!overwrite) throw exists();
  const real = await realpath(path);
  try {
    await access(dirname(real), constants.W_OK);
  } catch (error) {
    throw ioError(
      path,
      `is a symbolic link to ${escapeControlChars(real)}, in a folder that cannot be written (${codeOf(error) ?? String(error)})`,
      error,
    );
  }
  return real;
}
