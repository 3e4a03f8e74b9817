import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fault } from '../errors.js';
import type { Body } from '../model/body.js';
import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { RecordKind } from '../model/json-schema.js';
import type { Meeting } from '../model/meeting.js';
import type { Programme } from '../model/programme.js';
import type { Schedule } from '../model/schedule.js';
import { decodeText } from '../text/decode.js';
import { type Archive, createArchive } from './archive.js';
import { ArchiveCache, type ArchiveMemory, type CachedFile, type FileIdentity } from './cache.js';
import type { Locate } from './checks.js';
import { kindOfPath } from './layout.js';
import { codeOf, GONE, mapLimit, rescanArchive, scanArchive } from './scan.js';
import { MAX_RECORD_BYTES, type ParsedRecord, parseRecordYaml } from './yaml.js';

/** What {@link checkArchive} found: the archive when it has no errors, and every diagnostic. */
export interface ArchiveCheck {
  archive?: Archive;
  diagnostics: Diagnostic[];
  /** How many record files were read. */
  files: number;
  /** Changes whenever a record file changes, is added or goes; see {@link Archive.version}. */
  version: string;
}

/** Where a record was read from, and the lines of the places in it a diagnostic was given for. */
interface Origin {
  file: string;
  path: string;
  kind: RecordKind;
  lines: Map<string, number | undefined>;
}
/**
 * Each record's origin, kept with the record object: a reload keeps the objects of unchanged files, so
 * their origins are not made again. Only the file is kept, not the parsed YAML document (a large
 * archive's would fill the heap).
 */
const origins = new WeakMap<object, Origin>();

/** Files read at once: enough to keep the disk busy while the last one is parsed. */
const READ_CONCURRENCY = 32;
/**
 * A file changed this recently may change again within the resolution of its time stamp (two
 * seconds on FAT, one on some network shares) without its identity showing it: it is not cached.
 */
const SETTLE_MS = 3000;

/** What reading one record file gave. */
type FileResult =
  | { kind: RecordKind; record: object; diagnostics: Diagnostic[]; cache?: CachedFile }
  | { diagnostics: Diagnostic[]; record?: undefined };

/**
 * Reads and validates every record of the archive in `dir`. Never throws on content: problems come
 * back as diagnostics with file and line, and `archive` is set only when there are no errors.
 * Files are read concurrently; those unchanged since the last load come from the archive's cache.
 * A file that goes away while the archive is read is simply not in it.
 * Throws a {@link SammantradeError} (`NOT_FOUND`, `IO`, `TOO_LARGE`) when the folder itself cannot be read.
 */
export function checkArchive(dir: string): Promise<ArchiveCheck> {
  return readArchive(dir);
}

/**
 * {@link checkArchive}, reusing what the last load with the same `memory` read: the cache entries of
 * unchanged files are taken from memory instead of the cache's files. With `changed` (the files a
 * watcher saw change since that load) only those files are examined again, not every file's identity.
 * @internal for the live archive.
 */
export async function readArchive(
  dir: string,
  memory?: ArchiveMemory,
  changed?: readonly string[],
): Promise<ArchiveCheck> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    throw fault(GONE.has(codeOf(error)) ? 'NOT_FOUND' : 'IO', 'no-archive-folder', { dir }, { cause: error });
  });
  if (!info.isDirectory()) throw fault('NOT_FOUND', 'not-a-folder', { dir });

  const diagnostics: Diagnostic[] = [];
  const shown = (rel: string) => join(dir, rel).split(sep).join('/');
  // Told which files changed since the last load: only those are examined again.
  const scan = memory?.scan && changed ? await rescanArchive(dir, memory.scan, changed) : await scanArchive(dir);
  const { files, infos } = scan;
  for (const [rel, code] of scan.unreadable)
    diagnostics.push(diagnostic('error', 'file-unreadable', { reason: String(code) }, { file: shown(rel) }));
  const present = new Map<string, FileIdentity>();
  files.forEach((rel, i) => {
    const identity = infos[i];
    if (identity) present.set(rel, identity);
  });
  const cache = memory?.last ? ArchiveCache.reuse(memory.last, present) : await ArchiveCache.read(dir, present);
  const now = Date.now();

  const results = await mapLimit(files, READ_CONCURRENCY, async (rel): Promise<FileResult | undefined> => {
    const identity = present.get(rel);
    if (!identity) return undefined;
    const kind = kindOfPath(rel) as RecordKind;
    const cached = cache.get(rel);
    if (cached && cached.kind === kind)
      return { kind, record: cached.record as object, diagnostics: [], cache: cached };
    const file = shown(rel);
    if (identity.size > MAX_RECORD_BYTES) {
      return {
        diagnostics: [
          diagnostic('error', 'file-too-large', { bytes: identity.size, limit: MAX_RECORD_BYTES }, { file }),
        ],
      };
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, rel));
    } catch (error) {
      if (GONE.has(codeOf(error))) return undefined; // deleted since it was listed: not in the archive
      return { diagnostics: [diagnostic('error', 'file-unreadable', { reason: String(codeOf(error)) }, { file })] };
    }
    if (bytes.byteLength > MAX_RECORD_BYTES) {
      return {
        diagnostics: [
          diagnostic('error', 'file-too-large', { bytes: bytes.byteLength, limit: MAX_RECORD_BYTES }, { file }),
        ],
      };
    }
    const decoded = decodeText(bytes, file);
    if (decoded.error) return { diagnostics: [decoded.error] };
    const parsed = parseRecordYaml(decoded.text, kind, file);
    if (!parsed.record) return { diagnostics: parsed.diagnostics };
    const record = parsed.record as { id?: string; body?: string; year?: number };
    const problems = pathChecks(kind, rel, record, file, parsed.lineOf);
    // The identity was taken before reading: if the file changed since, the next load reads it again.
    const settled = now - identity.mtimeMs > SETTLE_MS;
    // A copy through JSON, as the cache holds it: the parser's strings are slices of the file's text
    // and would keep all of it in memory (a third of the heap on a large archive).
    // The JSON is not kept for the cache's save: it would stay in memory for every file of a cold
    // load until the save, which writes it again from the record.
    const copy = JSON.parse(JSON.stringify(parsed.record)) as object;
    return {
      kind,
      record: copy,
      diagnostics: [...parsed.diagnostics, ...problems],
      ...(problems.length === 0 && settled ? { cache: { ...identity, kind, record: copy } } : {}),
    };
  });

  const records = {
    bodies: [] as Body[],
    meetings: [] as Meeting[],
    schedules: [] as Schedule[],
    programmes: [] as Programme[],
  };
  let newest = 0;
  files.forEach((rel, i) => {
    const result = results[i];
    if (!result) {
      cache.delete(rel);
      return;
    }
    diagnostics.push(...result.diagnostics);
    if (!result.record) {
      cache.delete(rel);
      return;
    }
    const identity = present.get(rel) as FileIdentity;
    if (identity.mtimeMs > newest) newest = identity.mtimeMs;
    if (result.cache) {
      if (result.cache !== cache.get(rel)) cache.set(rel, result.cache);
    } else cache.delete(rel);
    // A record read before keeps its origin (records are immutable, each from one file as it was).
    if (!origins.has(result.record))
      origins.set(result.record, { file: shown(rel), path: join(dir, rel), kind: result.kind, lines: new Map() });
    if (result.kind === 'body') records.bodies.push(result.record as Body);
    if (result.kind === 'meeting') records.meetings.push(result.record as Meeting);
    if (result.kind === 'schedule') records.schedules.push(result.record as Schedule);
    if (result.kind === 'programme') records.programmes.push(result.record as Programme);
  });
  await cache.save();
  if (memory) {
    memory.last = cache;
    memory.scan = scan;
  }

  // Lines for cross-record diagnostics: the file is parsed again, only when something is reported on it.
  const documents = new Map<string, ParsedRecord>();
  const lineIn = (o: Origin, at: readonly (string | number)[]) => {
    // Kept with the record: a reload reports the same problems of unchanged records without parsing again.
    const key = at.join('\u0000');
    if (o.lines.has(key)) return o.lines.get(key);
    let parsed = documents.get(o.path);
    if (!parsed) {
      let text = '';
      try {
        text = decodeText(readFileSync(o.path)).text ?? '';
      } catch {
        // Gone since it was read: the diagnostic keeps its file, without a line.
      }
      parsed = parseRecordYaml(text, o.kind, o.file);
      documents.set(o.path, parsed);
    }
    const line = parsed.lineOf(at);
    o.lines.set(key, line);
    return line;
  };
  const locate: Locate = (record, path = []) => {
    const o = origins.get(record);
    return o ? { file: o.file, line: lineIn(o, path) ?? 1 } : undefined;
  };
  // Whole seconds: HTTP dates carry no more, and the same files must give the same feed bytes.
  const modified = newest > 0 ? new Date(Math.floor(newest / 1000) * 1000).toISOString() : undefined;
  const archive = createArchive(records, { locate, version: scan.version, ...(modified ? { modified } : {}) });
  diagnostics.push(...archive.diagnostics);
  const ok = !diagnostics.some((d) => d.severity === 'error');
  return { ...(ok ? { archive } : {}), diagnostics, files: present.size, version: scan.version };
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
  const at = (field: string) => ({ file, line: lineOf([field]) ?? 1 });
  const idMatches = () => {
    if (name !== record.id)
      problems.push(diagnostic('error', 'id-not-file-name', { id: String(record.id), name: String(name) }, at('id')));
  };
  const inFolder = (folder: 'meeting' | 'schedule') => {
    if (parts.length !== 3 || parts[1] !== record.body)
      problems.push(diagnostic('error', 'wrong-folder', { kind: folder, body: String(record.body) }, at('body')));
  };
  if (kind === 'body' || kind === 'programme') idMatches();
  if (kind === 'meeting') {
    idMatches();
    inFolder('meeting');
  }
  if (kind === 'schedule') {
    inFolder('schedule');
    if (name !== String(record.year))
      problems.push(
        diagnostic('error', 'year-not-file-name', { year: String(record.year), name: String(name) }, at('year')),
      );
  }
  return problems;
}

/**
 * Reads, validates and indexes the archive in `dir`.
 * @throws {SammantradeError} `INVALID` with every problem in `diagnostics` when any file has an error;
 * `NOT_FOUND` or `IO` when the folder cannot be read.
 */
export function loadArchive(dir: string): Promise<Archive> {
  return loadArchiveWith(dir);
}

/**
 * {@link loadArchive} with the `memory` of the last load (see {@link readArchive}).
 * @internal for the live archive.
 */
export async function loadArchiveWith(
  dir: string,
  memory?: ArchiveMemory,
  changed?: readonly string[],
): Promise<Archive> {
  const { archive, diagnostics } = await readArchive(dir, memory, changed);
  if (!archive) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    throw fault('INVALID', 'archive-errors', { dir, count: errors.length }, { diagnostics });
  }
  return archive;
}
