import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { recordPath, schemaPathFor } from '../archive/layout.js';
import { writeSchemas } from '../archive/write.js';
import { parseRecordYaml, stringifyRecordYaml } from '../archive/yaml.js';
import { isSammantradeError, SammantradeError } from '../errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RecordKind } from '../model/json-schema.js';
import type { Meeting } from '../model/meeting.js';
import type { Schedule } from '../model/schedule.js';
import { parseDocument } from '../parse/parse-document.js';
import { type ImportRecords, toRecords } from '../parse/to-records.js';
import { DOCUMENT_EXTENSIONS, type ReadFormat } from '../read/document.js';
import type { ReadLimits } from '../read/limits.js';
import { escapeControlChars } from '../text/control.js';
import { isDatabaseLocation } from './location.js';
import { withArchiveLock } from './lock.js';
import { mergeBody } from './merge-body.js';
import { type DocumentFile, readDocumentFile } from './read-file.js';
import { commitFiles, type FileWrite, recoverLocked } from './transaction.js';

/** Options for {@link importDocuments}. */
export interface ImportOptions {
  /** The archive folder to import into, made when missing; or a `postgres://` URL of a migrated database. */
  into: string;
  /** The meeting's date, for documents that do not state it (`YYYY-MM-DD`). */
  date?: string;
  /** The body's name, for documents that do not name it, or name it otherwise. */
  body?: string;
  /**
   * Replace the meeting record a document would otherwise be refused for: one at the same place that
   * records another document, or one written by hand for the same §§. Only that meeting: the body's
   * file is merged, never replaced.
   */
  force?: boolean;
  /** Told of each document's result as it is done (a progress bar, a log line). */
  onResult?: (result: ImportResult, done: number, total: number) => void;
  /** How long to wait for another import into the same archive to finish (default two minutes). */
  lockTimeoutMs?: number;
  /** What reading one PDF or Word document may cost (pages, time, memory, unpacked size); defaults for the rest. */
  limits?: Partial<ReadLimits>;
}

/** What importing one document did. */
export interface ImportResult {
  /** The document's path as given. */
  file: string;
  /** The records made from it; absent when the document could not be read. */
  records?: ImportRecords;
  /** Files written, relative to the archive: records, and the original beside its record. */
  written: string[];
  /** Files removed: the record (and its original) of an earlier import of the same document, now replaced. */
  removed: string[];
  /** Records the import left as they were: the body's file when it adds nothing to it, a schedule kept. */
  kept: string[];
  /** Warnings from reading, parsing and merging (file and line where known). */
  diagnostics: Diagnostic[];
  /** Why nothing was imported: a one-line error naming the file. Absent on success. */
  error?: SammantradeError;
}

/**
 * The documents to import: files as given, and for a folder the documents in it and its subfolders
 * (PDF, Word, text and markdown files, sorted; hidden files and folders left out).
 */
export async function listDocuments(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(path);
    }
  };
  for (const path of paths) {
    const isDir = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir) await walk(path);
    else files.push(path);
  }
  return files;
}

/**
 * Imports documents into an archive (a folder, or a `postgres://` database): reads each (PDF, Word, text), parses it, and writes its records
 * (body, meeting, schedules, programme) with the original beside its record. Each document is all or
 * nothing, even after a crash (`kill -9`, a full disk): its files are written together or not at all,
 * and the next import finishes or removes what a crash left. Imports into one archive run one at a time.
 *
 * Nothing the archive had is lost: the body's file is merged (fields the document does not speak of,
 * and comments, stay as they were; only what it lacks is added); a record is replaced only when it holds
 * an earlier import of the same document (the same bytes, or the same body and §§), which also gives an
 * undated record its date, or with `force`. A schedule decided in minutes replaces a proposed one.
 *
 * Never throws for one document's problem: each result says what happened. Throws a
 * {@link SammantradeError} only when the archive itself cannot be used (the lock cannot be had).
 */
export async function importDocuments(paths: readonly string[], options: ImportOptions): Promise<ImportResult[]> {
  if (isDatabaseLocation(options.into)) {
    // A database: the same reading and rules, each document written in one transaction.
    const { openDatabase } = await import('../postgres.js');
    const { into, lockTimeoutMs: _, ...rest } = options;
    const database = openDatabase(into, { maxConnections: 2 });
    try {
      return await database.importDocuments(paths, rest);
    } finally {
      await database.close();
    }
  }
  const files = await listDocuments(paths);
  const results: ImportResult[] = [];
  let schemasWritten = false;
  for (const [index, file] of files.entries()) {
    const result = await importOne(file, options);
    if (!result.error && !schemasWritten && result.written.length > 0) {
      // The JSON Schemas editors use; derived data, refreshed once a run.
      await writeSchemas(options.into).catch(() => {});
      schemasWritten = true;
    }
    results.push(result);
    options.onResult?.(result, index + 1, files.length);
  }
  return results;
}

const EXTENSION: Readonly<Record<ReadFormat, string>> = { pdf: '.pdf', docx: '.docx', text: '.txt', markdown: '.md' };

/** The original's extension in the archive: its own for text, else the one its format has. */
function extensionFor(file: string, format: ReadFormat): string {
  const given = extname(file).toLowerCase();
  if (format === 'text' || format === 'markdown') return ['.txt', '.md'].includes(given) ? given : '.txt';
  return EXTENSION[format];
}

async function importOne(file: string, options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { file, written: [], removed: [], kept: [], diagnostics: [] };
  const fail = (error: unknown) => {
    if (!isSammantradeError(error)) throw error;
    result.error = error;
    return result;
  };
  let read: DocumentFile;
  try {
    read = await readDocumentFile(file, options.limits ? { limits: options.limits } : {});
  } catch (error) {
    return fail(error);
  }
  const doc = parseDocument(read.text, {
    file,
    ...(options.date ? { date: options.date } : {}),
    ...(read.pages ? { pages: read.pages } : {}),
  });
  doc.diagnostics.unshift(...read.diagnostics);
  const records = toRecords(doc, {
    ...(options.body ? { body: { name: options.body } } : {}),
    format: read.format,
    sourceFile: basename(file),
  });
  result.records = records;
  const all = [...doc.diagnostics, ...records.diagnostics.map((d) => ({ ...d, file: d.file ?? file }))];
  result.diagnostics = all.filter((d) => d.severity !== 'error');
  const error = all.find((d) => d.severity === 'error');
  const nothing = !records.meeting && !records.programme && records.schedules.length === 0;
  if (error || !records.body || nothing) {
    // What would have let it through: a body's name, or a date for a record with nothing else to name it by.
    const wants = !records.body
      ? 'body'
      : !records.meeting && !records.programme && !doc.date && !doc.paragraphRange
        ? 'date'
        : undefined;
    const message = `${escapeControlChars(file)}: not imported: ${error?.message ?? 'nothing to import'}`;
    return fail(new SammantradeError('INVALID', message, wants ? { wants } : {}));
  }
  const sha256 = createHash('sha256').update(read.bytes).digest('hex');
  try {
    await withArchiveLock(
      options.into,
      async () => {
        await recoverLocked(options.into);
        const plan = await planImport(options.into, records, read, sha256, file, options.force === true);
        result.diagnostics.push(...plan.warnings);
        result.kept.push(...plan.kept);
        await commitFiles(options.into, plan.writes, plan.removes);
        result.written.push(...plan.writes.map((w) => w.path));
        result.removed.push(...plan.removes);
      },
      options.lockTimeoutMs,
    );
  } catch (error) {
    return fail(error);
  }
  return result;
}

interface Plan {
  writes: FileWrite[];
  removes: string[];
  kept: string[];
  warnings: Diagnostic[];
}

const recordText = (kind: RecordKind, record: unknown, rel: string) =>
  stringifyRecordYaml(record, schemaPathFor(kind, rel));

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SammantradeError('IO', `${path}: cannot read (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The meetings of one body in the archive, as their files hold them; files with errors are skipped. */
async function meetingsOf(dir: string, body: string): Promise<{ rel: string; meeting: Meeting }[]> {
  const folder = `meetings/${body}`;
  const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
  const out: { rel: string; meeting: Meeting }[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || !/\.ya?ml$/i.test(name)) continue;
    const rel = `${folder}/${name}`;
    const text = await readText(join(dir, rel));
    const meeting = text === undefined ? undefined : parseRecordYaml(text, 'meeting', rel).record;
    if (meeting) out.push({ rel, meeting });
  }
  return out;
}

const sameRange = (a: Meeting, b: Meeting) =>
  a.kind === b.kind &&
  a.paragraphRange !== undefined &&
  b.paragraphRange !== undefined &&
  a.paragraphRange.from === b.paragraphRange.from &&
  a.paragraphRange.to === b.paragraphRange.to;

/** An original a record names, when it is a file of the archive's record folders (never outside it). */
const originalOf = (m: Meeting): string | undefined => {
  const f = m.source?.file;
  return f && /^meetings\/[a-z0-9-]+\/[^/\\]+$/.test(f) && !f.includes('..') ? f : undefined;
};

/** Decides, under the lock, what importing one document writes and removes. */
async function planImport(
  dir: string,
  records: ImportRecords,
  read: DocumentFile,
  sha256: string,
  file: string,
  force: boolean,
): Promise<Plan> {
  const plan: Plan = { writes: [], removes: [], kept: [], warnings: [] };
  // A schedule page may name several bodies; every other document has one.
  for (const body of records.bodies ?? [records.body as NonNullable<ImportRecords['body']>]) {
    const bodyRel = recordPath('body', body);
    const bodyText = await readText(join(dir, bodyRel));
    if (bodyText === undefined) plan.writes.push({ path: bodyRel, data: recordText('body', body, bodyRel) });
    else {
      const merged = mergeBody(bodyText, bodyRel, body);
      plan.warnings.push(...merged.warnings);
      if (merged.text !== undefined) plan.writes.push({ path: bodyRel, data: merged.text });
      else plan.kept.push(bodyRel);
    }
  }
  const ext = extensionFor(file, read.format);
  if (records.meeting) await planMeeting(dir, records, records.meeting, read, sha256, ext, force, plan);
  else if (!records.programme && records.schedules.length > 0)
    await planSchedulePage(dir, records.schedules, read, sha256, ext, force, plan);
  if (records.programme) {
    const rel = recordPath('programme', records.programme);
    const original = `programmes/${records.programme.id}${ext}`;
    const earlier = await readFile(join(dir, original)).catch(() => undefined);
    const sameDocument = earlier !== undefined && createHash('sha256').update(earlier).digest('hex') === sha256;
    if ((await exists(join(dir, rel))) && !sameDocument && !force)
      throw new SammantradeError(
        'EXISTS',
        `${escapeControlChars(file)}: not imported: ${rel} already holds another programme`,
        {
          wants: 'force',
        },
      );
    plan.writes.push({ path: rel, data: recordText('programme', records.programme, rel) });
    plan.writes.push({ path: original, data: read.bytes });
  }
  return plan;
}

async function planMeeting(
  dir: string,
  records: ImportRecords,
  imported: Meeting,
  read: DocumentFile,
  sha256: string,
  ext: string,
  force: boolean,
  plan: Plan,
): Promise<void> {
  let meeting = imported;
  const existing = await meetingsOf(dir, meeting.body);
  // The earlier import of the same document: the same bytes, or the same kind and §§.
  const earlier =
    existing.find((e) => e.meeting.source?.sha256 === sha256) ?? existing.find((e) => sameRange(e.meeting, meeting));
  if (earlier && !earlier.meeting.source?.sha256 && !earlier.meeting.source?.file && !force)
    throw new SammantradeError(
      'EXISTS',
      `${escapeControlChars(read.file)}: not imported: ${earlier.rel} records the same §§ and was written by hand`,
      { wants: 'force' },
    );
  // Another meeting of the body on the same day, at another time: the second gets the time in its id.
  const atPlace = existing.find((e) => e.meeting.id === meeting.id && e !== earlier);
  if (atPlace && meeting.start && atPlace.meeting.start && atPlace.meeting.start !== meeting.start) {
    const id = meeting.id.replace(/^(\d{4}-\d{2}-\d{2})/, `$1-${meeting.start.replace(':', '')}`);
    meeting = { ...meeting, id };
    for (const s of records.schedules) if (s.decidedBy?.meeting === imported.id) s.decidedBy.meeting = id;
  } else if (atPlace && !force) {
    throw new SammantradeError(
      'EXISTS',
      `${escapeControlChars(read.file)}: not imported: ${atPlace.rel} already records another document`,
      { wants: 'force' },
    );
  }
  const rel = recordPath('meeting', meeting);
  const original = `meetings/${meeting.body}/${meeting.id}${ext}`;
  const replaced = [earlier, meeting.id === atPlace?.meeting.id ? atPlace : undefined].filter(
    (e): e is NonNullable<typeof e> => e !== undefined,
  );
  if (!force && !replaced.some((e) => e.rel === rel) && (await exists(join(dir, rel))))
    throw new SammantradeError('EXISTS', `${escapeControlChars(read.file)}: not imported: ${rel} already exists`, {
      wants: 'force',
    });
  // An original already at the place, not the record's being replaced, is someone's file: keep it.
  if ((await exists(join(dir, original))) && !replaced.some((e) => originalOf(e.meeting) === original) && !force)
    throw new SammantradeError('EXISTS', `${escapeControlChars(read.file)}: not imported: ${original} already exists`, {
      wants: 'force',
    });
  for (const e of replaced) {
    if (e.rel !== rel) plan.removes.push(e.rel);
    const old = originalOf(e.meeting);
    if (old && old !== original) plan.removes.push(old);
  }
  meeting = {
    ...meeting,
    source: {
      ...meeting.source,
      file: original,
      format: meeting.source?.format ?? 'text',
      sha256,
      diagnostics: meeting.source?.diagnostics ?? [],
    },
  };
  records.meeting = meeting;
  plan.writes.push({ path: rel, data: recordText('meeting', meeting, rel) });
  plan.writes.push({ path: original, data: read.bytes });
  // Schedules this document's earlier import wrote may be replaced; a hand-written one is kept.
  const importedIds = replaced
    .filter((e) => e.meeting.source?.sha256 || e.meeting.source?.file)
    .map((e) => e.meeting.id);
  for (const schedule of records.schedules) await planSchedule(dir, schedule, importedIds, plan);
}

/**
 * A schedule page: one published schedule per body and year, with the page kept beside the first. A year
 * the archive already holds is replaced only by the same page again (by its content), or with `force`: a
 * decided or hand-written schedule is never overwritten by what a web page says.
 */
async function planSchedulePage(
  dir: string,
  schedules: Schedule[],
  read: DocumentFile,
  sha256: string,
  ext: string,
  force: boolean,
  plan: Plan,
): Promise<void> {
  const first = schedules[0] as Schedule;
  const original = `schedules/${first.body}/${first.year}${ext}`;
  for (const [i, imported] of schedules.entries()) {
    const schedule: Schedule = {
      ...imported,
      source: {
        ...imported.source,
        file: original,
        format: imported.source?.format ?? 'text',
        sha256,
        diagnostics: imported.source?.diagnostics ?? [],
      },
    };
    schedules[i] = schedule;
    const rel = recordPath('schedule', schedule);
    const text = await readText(join(dir, rel));
    const current = text === undefined ? undefined : parseRecordYaml(text, 'schedule', rel).record;
    if (text !== undefined && current?.source?.sha256 !== sha256 && !force)
      throw new SammantradeError('EXISTS', `${escapeControlChars(read.file)}: not imported: ${rel} already exists`, {
        wants: 'force',
      });
    plan.writes.push({ path: rel, data: recordText('schedule', schedule, rel) });
  }
  if ((await exists(join(dir, original))) && !force) {
    const earlier = await readFile(join(dir, original)).catch(() => undefined);
    if (earlier === undefined || createHash('sha256').update(earlier).digest('hex') !== sha256)
      throw new SammantradeError(
        'EXISTS',
        `${escapeControlChars(read.file)}: not imported: ${original} already exists`,
        {
          wants: 'force',
        },
      );
  }
  plan.writes.push({ path: original, data: read.bytes });
}

/**
 * A schedule replaces the archive's for that year when it comes from the same meeting (a re-import),
 * or decides what the archive's only proposed; otherwise the archive's is kept, with a warning.
 */
async function planSchedule(
  dir: string,
  schedule: Schedule,
  sameMeeting: readonly string[],
  plan: Plan,
): Promise<void> {
  const rel = recordPath('schedule', schedule);
  const text = await readText(join(dir, rel));
  const current = text === undefined ? undefined : parseRecordYaml(text, 'schedule', rel).record;
  const replace =
    text === undefined ||
    (current !== undefined &&
      ((current.decidedBy?.meeting !== undefined && sameMeeting.includes(current.decidedBy.meeting)) ||
        (current.status === 'proposed' && schedule.status === 'decided')));
  if (replace) {
    plan.writes.push({ path: rel, data: recordText('schedule', schedule, rel) });
    return;
  }
  plan.kept.push(rel);
  if (JSON.stringify(current) !== JSON.stringify(schedule))
    plan.warnings.push({
      severity: 'warning',
      file: rel,
      message: `the archive already has a ${current?.status ?? 'schedule'} schedule for ${schedule.year}; it is kept, the document's ${schedule.status} one is not written`,
    });
}
