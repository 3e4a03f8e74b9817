import { readFileSync, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { SammantradeError } from '../errors.js';
import type { Body } from '../model/body.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RecordKind } from '../model/json-schema.js';
import type { Meeting } from '../model/meeting.js';
import type { Programme } from '../model/programme.js';
import type { Schedule } from '../model/schedule.js';
import { decodeText } from '../text/decode.js';
import { type Archive, createArchive } from './archive.js';
import { type CachedFile, readCache, writeCache } from './cache.js';
import type { Locate } from './checks.js';
import { kindOfPath, RECORD_FOLDERS } from './layout.js';
import { MAX_RECORD_BYTES, type ParsedRecord, parseRecordYaml } from './yaml.js';

/** What {@link checkArchive} found: the archive when it has no errors, and every diagnostic. */
export interface ArchiveCheck {
  archive?: Archive;
  diagnostics: Diagnostic[];
  /** How many record files were read. */
  files: number;
}

const MAX_FILES = 200_000;

async function listYaml(root: string, folder: string, out: string[]): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new SammantradeError('IO', `${join(root, folder)}: cannot read the folder`, { cause: error });
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const rel = folder ? `${folder}/${entry.name}` : entry.name;
    // Symbolic links are not followed: a record must live inside the archive.
    if (entry.isDirectory()) await listYaml(root, rel, out);
    else if (entry.isFile() && kindOfPath(rel)) out.push(rel);
    if (out.length > MAX_FILES) throw new SammantradeError('TOO_LARGE', `${root}: more than ${MAX_FILES} record files`);
  }
}

/**
 * Reads and validates every record of the archive in `dir`. Never throws on content: problems come
 * back as diagnostics with file and line, and `archive` is set only when there are no errors.
 * Throws a {@link SammantradeError} (`NOT_FOUND`, `IO`) when the folder itself cannot be read.
 */
export async function checkArchive(dir: string): Promise<ArchiveCheck> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    throw new SammantradeError(error.code === 'ENOENT' ? 'NOT_FOUND' : 'IO', `${dir}: no such archive folder`, {
      cause: error,
    });
  });
  if (!info.isDirectory()) throw new SammantradeError('NOT_FOUND', `${dir}: not a folder`);

  const files: string[] = [];
  for (const folder of Object.values(RECORD_FOLDERS)) await listYaml(dir, folder, files);
  files.sort();

  const diagnostics: Diagnostic[] = [];
  const records = {
    bodies: [] as Body[],
    meetings: [] as Meeting[],
    schedules: [] as Schedule[],
    programmes: [] as Programme[],
  };
  // Only the file of each record is kept: parsed YAML documents of a large archive would fill the heap.
  const origin = new WeakMap<object, { file: string; path: string }>();
  const shown = (rel: string) => join(dir, rel).split(sep).join('/');
  const cache = await readCache(dir);
  const fresh = new Map<string, CachedFile>();
  const add = (kind: RecordKind, record: unknown) => {
    if (kind === 'body') records.bodies.push(record as Body);
    if (kind === 'meeting') records.meetings.push(record as Meeting);
    if (kind === 'schedule') records.schedules.push(record as Schedule);
    if (kind === 'programme') records.programmes.push(record as Programme);
  };

  // Stat in parallel batches: one at a time, ten thousand files cost a noticeable part of a report.
  const infos: Stats[] = [];
  for (let i = 0; i < files.length; i += 256) {
    infos.push(...(await Promise.all(files.slice(i, i + 256).map((rel) => stat(join(dir, rel))))));
  }
  let newest = 0;
  for (const [i, rel] of files.entries()) {
    const file = shown(rel);
    const path = join(dir, rel);
    const kind = kindOfPath(rel) as RecordKind;
    const info = infos[i] as Stats;
    if (info.mtimeMs > newest) newest = info.mtimeMs;
    const cached = cache.get(rel);
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs && cached.kind === kind) {
      fresh.set(rel, cached);
      origin.set(cached.record as object, { file, path });
      add(kind, cached.record);
      continue;
    }
    if (info.size > MAX_RECORD_BYTES) {
      diagnostics.push({
        severity: 'error',
        file,
        message: `the file is ${info.size} bytes; the limit is ${MAX_RECORD_BYTES}`,
      });
      continue;
    }
    const decoded = decodeText(await readFile(path), file);
    if (decoded.error) {
      diagnostics.push(decoded.error);
      continue;
    }
    const parsed = parseRecordYaml(decoded.text, kind, file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.record) continue;
    const problems = pathChecks(
      kind,
      rel,
      parsed.record as { id?: string; body?: string; year?: number },
      file,
      parsed.lineOf,
    );
    diagnostics.push(...problems);
    origin.set(parsed.record, { file, path });
    add(kind, parsed.record);
    if (problems.length === 0) fresh.set(rel, { size: info.size, mtimeMs: info.mtimeMs, kind, record: parsed.record });
  }
  if (fresh.size !== cache.size || [...fresh].some(([rel, entry]) => cache.get(rel) !== entry))
    await writeCache(dir, fresh);

  // Lines for cross-record diagnostics: the file is parsed again, only when something is reported on it.
  const documents = new Map<string, ParsedRecord>();
  const lineIn = (o: { file: string; path: string }, kind: RecordKind, at: readonly (string | number)[]) => {
    let parsed = documents.get(o.path);
    if (!parsed) {
      parsed = parseRecordYaml(decodeText(readFileSync(o.path)).text ?? '', kind, o.file);
      documents.set(o.path, parsed);
    }
    return parsed.lineOf(at);
  };
  const kindOf = (record: object): RecordKind =>
    records.bodies.includes(record as Body)
      ? 'body'
      : records.schedules.includes(record as Schedule)
        ? 'schedule'
        : records.programmes.includes(record as Programme)
          ? 'programme'
          : 'meeting';

  const locate: Locate = (record, path = []) => {
    const o = origin.get(record);
    return o ? { file: o.file, line: lineIn(o, kindOf(record), path) ?? 1 } : undefined;
  };
  // Whole seconds: HTTP dates carry no more, and the same files must give the same feed bytes.
  const modified = newest > 0 ? new Date(Math.floor(newest / 1000) * 1000).toISOString() : undefined;
  const archive = createArchive(records, { locate, ...(modified ? { modified } : {}) });
  diagnostics.push(...archive.diagnostics);
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ...(ok ? { archive } : {}), diagnostics, files: files.length };
}

/** A record's file name must match its id, so links and lookups by path find it. */
function pathChecks(
  kind: RecordKind,
  rel: string,
  record: { id?: string; body?: string; year?: number },
  file: string,
  lineOf: (p: readonly (string | number)[]) => number | undefined,
): Diagnostic[] {
  const parts = rel.replace(/\.ya?ml$/i, '').split('/');
  const name = parts.at(-1);
  const problems: Diagnostic[] = [];
  const expect = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ severity: 'error', file, line: lineOf([field]) ?? 1, message });
  };
  if (kind === 'body' || kind === 'programme')
    expect(name === record.id, 'id', `id "${record.id}" does not match the file name "${name}"`);
  if (kind === 'meeting') {
    expect(name === record.id, 'id', `id "${record.id}" does not match the file name "${name}"`);
    expect(
      parts.length === 3 && parts[1] === record.body,
      'body',
      `a meeting of "${record.body}" belongs in meetings/${record.body}/`,
    );
  }
  if (kind === 'schedule') {
    expect(
      parts.length === 3 && parts[1] === record.body,
      'body',
      `a schedule of "${record.body}" belongs in schedules/${record.body}/`,
    );
    expect(name === String(record.year), 'year', `year ${record.year} does not match the file name "${name}"`);
  }
  return problems;
}

/**
 * Reads, validates and indexes the archive in `dir`.
 * @throws {SammantradeError} `INVALID` with every problem in `diagnostics` when any file has an error;
 * `NOT_FOUND` or `IO` when the folder cannot be read.
 */
export async function loadArchive(dir: string): Promise<Archive> {
  const { archive, diagnostics } = await checkArchive(dir);
  if (!archive) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw new SammantradeError(
      'INVALID',
      `${dir}: the archive has ${errors.length} error${errors.length === 1 ? '' : 's'}`,
      {
        diagnostics,
      },
    );
  }
  return archive;
}
