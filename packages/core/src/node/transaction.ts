import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RECORD_FOLDERS } from '../archive/layout.js';
import { writeFileAtomic } from '../archive/write.js';
import { fault, SammantradeError } from '../errors.js';
import { withArchiveLock } from './lock.js';

/**
 * All-or-nothing writes of several files of an archive (a record, the original beside it, the body, a
 * schedule). Every file is first written in full to a hidden temporary beside its target; then a
 * journal listing the renames is written (the commit point); then the renames happen. A crash before
 * the journal leaves only hidden temporaries, which {@link recoverImport} removes; a crash after it
 * leaves the journal, which it plays to the end. Callers hold the archive's import lock.
 */

/** The journal of the commit in progress, beside the lock. */
export const JOURNAL = join('.sammantrade', 'import-journal.json');
const TEMP = /^\..+\.sammantrade-import\.tmp$/;

/** One file to write, relative to the archive. */
export interface FileWrite {
  path: string;
  data: string | Uint8Array;
}

interface Journal {
  renames: { from: string; to: string }[];
  removes: readonly string[];
}

const isErrno = (error: unknown, code: string) => (error as NodeJS.ErrnoException).code === code;

/** Flushes a folder, so the renames in it survive a power cut. */
async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close();
}

function ioError(path: string, error: unknown): SammantradeError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC' ? 'disk-full' : code === 'EACCES' || code === 'EPERM' ? 'permission' : (code ?? String(error));
  return fault('IO', 'import-write-failed', { file: path, reason }, { cause: error });
}

const FOLDERS = new Set(Object.values(RECORD_FOLDERS));

/** A path a journal may name: inside a record folder of the archive, never outside it. */
const safe = (path: unknown): path is string =>
  typeof path === 'string' &&
  FOLDERS.has(path.split('/')[0] ?? '') &&
  !path.split('/').some((part) => part === '..' || part === '' || part.includes('\\') || part.includes('\0'));

/** Plays a journal to its end: the renames not done yet, then the removals. */
async function play(dir: string, journal: Journal): Promise<void> {
  if (!journal.renames.every((r) => safe(r.from) && safe(r.to)) || !journal.removes.every(safe))
    throw fault('INVALID', 'journal-outside', { file: join(dir, JOURNAL) });
  for (const { from, to } of journal.renames) {
    try {
      await rename(join(dir, from), join(dir, to));
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error; // already renamed before the crash
    }
  }
  for (const path of journal.removes) await unlink(join(dir, path)).catch(() => {});
  for (const folder of new Set(journal.renames.map((r) => dirname(join(dir, r.to))))) await syncDir(folder);
}

/**
 * Writes `writes` and removes `removes` (paths relative to `dir`) as one change: after a crash at any
 * point, and {@link recoverImport}, either all of it is there or none.
 * @throws {SammantradeError} `IO` (the disk full, no permission): nothing was changed.
 */
export async function commitFiles(
  dir: string,
  writes: readonly FileWrite[],
  removes: readonly string[] = [],
): Promise<void> {
  const renames: Journal['renames'] = [];
  try {
    for (const w of writes) {
      const target = join(dir, w.path);
      const name = w.path.split('/').pop() ?? 'file';
      const temp = join(dirname(w.path), `.${name}.${randomBytes(6).toString('hex')}.sammantrade-import.tmp`);
      await mkdir(dirname(target), { recursive: true });
      const handle = await open(join(dir, temp), 'wx', 0o644);
      try {
        await handle.writeFile(w.data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      renames.push({ from: temp, to: w.path });
    }
    await writeFileAtomic(join(dir, JOURNAL), JSON.stringify({ renames, removes } satisfies Journal), {
      overwrite: true,
    });
  } catch (error) {
    for (const r of renames) await unlink(join(dir, r.from)).catch(() => {});
    throw error instanceof SammantradeError ? error : ioError(dir, error);
  }
  await play(dir, { renames, removes: [...removes] });
  await unlink(join(dir, JOURNAL)).catch(() => {});
}

/** Hidden temporaries of imports under the record folders. */
async function temporaries(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string, depth: number) => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const path = `${rel}/${e.name}`;
      if (e.isDirectory() && depth < 3 && !e.name.startsWith('.')) await walk(path, depth + 1);
      else if (e.isFile() && TEMP.test(e.name)) out.push(path);
    }
  };
  for (const folder of Object.values(RECORD_FOLDERS)) await walk(folder, 0);
  return out;
}

/**
 * Finishes or undoes an import a crash interrupted: a committed one is played to its end, an
 * uncommitted one's temporaries are removed. Every import does this first; call it to tidy an archive
 * without importing. Returns whether a committed import was finished and how many temporaries went.
 */
export function recoverImport(dir: string): Promise<{ finished: boolean; removed: number }> {
  return withArchiveLock(dir, () => recoverLocked(dir));
}

/** {@link recoverImport} for a caller that holds the lock. */
export async function recoverLocked(dir: string): Promise<{ finished: boolean; removed: number }> {
  let finished = false;
  try {
    const journal = JSON.parse(await readFile(join(dir, JOURNAL), 'utf8')) as Journal;
    if (Array.isArray(journal.renames) && Array.isArray(journal.removes)) {
      await play(dir, journal);
      finished = true;
    }
  } catch (error) {
    // No journal: nothing was committed. A journal cut short cannot be: it is written atomically.
    if (error instanceof SammantradeError) throw error;
    if (!isErrno(error, 'ENOENT') && !(error instanceof SyntaxError)) throw ioError(dir, error);
  }
  await unlink(join(dir, JOURNAL)).catch(() => {});
  const stray = await temporaries(dir);
  for (const path of stray) await unlink(join(dir, path)).catch(() => {});
  return { finished, removed: stray.length };
}
