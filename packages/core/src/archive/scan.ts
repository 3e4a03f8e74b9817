import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fault } from '../errors.js';
import type { FileIdentity } from './cache.js';
import { kindOfPath, RECORD_FOLDERS } from './layout.js';

const MAX_FILES = 200_000;

/** The error codes of a file or folder that went away (or was replaced) while the archive was read. */
export const GONE = new Set(['ENOENT', 'ENOTDIR']);
/** The `code` of a file-system error, for messages and {@link GONE}. */
export const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

async function listYaml(root: string, folder: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (GONE.has(codeOf(error))) return; // not there, or removed while we looked
    throw fault(
      'IO',
      'folder-unreadable',
      { dir: join(root, folder), reason: String(codeOf(error)) },
      { cause: error },
    );
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    // Symbolic links are not followed: a record must live inside the archive.
    if (entry.isDirectory()) await listYaml(root, rel, out);
    else if (entry.isFile() && kindOfPath(rel)) out.push(rel);
    if (out.length > MAX_FILES) throw fault('TOO_LARGE', 'too-many-files', { dir: root, max: MAX_FILES });
  }
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The record files of an archive as they are now: sorted paths, and each one's identity. */
export interface ArchiveScan {
  /** Paths relative to the archive, `/`-separated, sorted. */
  files: string[];
  /** The identity of each file, or undefined when it went away (or is no longer a file). */
  infos: (FileIdentity | undefined)[];
  /** Files that are there but could not be examined, with the error code. */
  unreadable: [string, string][];
  /** See {@link Archive.version}. */
  version: string;
}

/**
 * Lists the record files of the archive in `dir` and examines each (concurrently: one at a time,
 * ten thousand files cost a noticeable part of a report). Reads no content.
 * @throws {SammantradeError} `IO` or `TOO_LARGE` when a folder cannot be listed or holds too much.
 */
export async function scanArchive(dir: string): Promise<ArchiveScan> {
  const files: string[] = [];
  for (const folder of Object.values(RECORD_FOLDERS)) await listYaml(dir, folder, files);
  files.sort();
  const unreadable: [string, string][] = [];
  const infos = await mapLimit(files, 256, async (rel): Promise<FileIdentity | undefined> => {
    try {
      const s = await stat(join(dir, rel));
      return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino } : undefined;
    } catch (error) {
      if (!GONE.has(codeOf(error))) unreadable.push([rel, codeOf(error)]);
      return undefined;
    }
  });
  return { files, infos, unreadable, version: versionOf(files, infos) };
}

/**
 * {@link scanArchive} after only `paths` (relative, `/`-separated) may have changed, were added or
 * went: those are examined again, every other file keeps its identity from `previous`. For a watcher
 * that says which files it saw change; a change it may have missed calls for a full scan.
 */
export async function rescanArchive(dir: string, previous: ArchiveScan, paths: Iterable<string>): Promise<ArchiveScan> {
  const known = new Map<string, FileIdentity | undefined>();
  previous.files.forEach((rel, i) => {
    known.set(rel, previous.infos[i]);
  });
  const looked = new Set<string>();
  const unreadable: [string, string][] = [];
  for (const rel of paths) {
    if (looked.has(rel)) continue;
    looked.add(rel);
    known.delete(rel);
    if (!kindOfPath(rel) || rel.split('/').some((part) => part.startsWith('.') || part === '')) continue;
    try {
      const s = await lstat(join(dir, rel));
      if (s.isFile()) known.set(rel, { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });
    } catch (error) {
      if (!GONE.has(codeOf(error))) {
        known.set(rel, undefined);
        unreadable.push([rel, codeOf(error)]);
      }
    }
  }
  for (const entry of previous.unreadable) if (!looked.has(entry[0])) unreadable.push(entry);
  if (known.size > MAX_FILES) throw fault('TOO_LARGE', 'too-many-files', { dir, max: MAX_FILES });
  const files = [...known.keys()].sort();
  const infos = files.map((rel) => known.get(rel));
  return { files, infos, unreadable, version: versionOf(files, infos) };
}

/** The same files give the same version; any change to one (or one more, or one less) a new one. */
function versionOf(files: readonly string[], infos: readonly (FileIdentity | undefined)[]): string {
  let h1 = 2166136261;
  let h2 = 5381;
  files.forEach((rel, i) => {
    const info = infos[i];
    if (!info) return;
    const text = `${rel}\0${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}\n`;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2, 33) ^ c;
    }
  });
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
