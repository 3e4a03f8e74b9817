import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { type RecordKind, recordSchemas, toJsonSchema } from '../model/json-schema.js';
import { isIsoDate, isMonthDay, PARTIAL_DATE_FORMAT, timesInOrder } from '../model/primitives.js';
import type { ArchiveScan } from './scan.js';

/**
 * What identifies the version of a file that a cache entry was made from: when any of it changes
 * (an edit, a rename over it, a copy), the file is read again.
 */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** One record file as last read: its identity, kind and the record it held (valid, with defaults). */
export interface CachedFile extends FileIdentity {
  kind: RecordKind;
  record: unknown;
  /** The record as JSON, when the reader has it already; dropped once written. */
  json?: string;
}

/**
 * The cache lives beside the calendar state, in the archive's hidden `.sammantrade/` folder, as
 * {@link SHARDS} files of one entry a line, each file holding the records whose path hashes to it.
 * A load reads every shard (there is no single string to outgrow V8's limit) and rewrites only the
 * shards whose files changed. It only ever saves parsing: the cross-record checks run on every load.
 */
const FOLDER = join('.sammantrade', 'cache');
const SHARDS = 128;
/** The one-file cache of earlier versions, removed when the new one is written. */
const OLD_CACHE = join('.sammantrade', 'archive-cache.json');

/** The shard a record path belongs to (FNV-1a, so it is the same on every machine). */
export function shardOf(rel: string): number {
  let h = 2166136261;
  for (let i = 0; i < rel.length; i++) h = Math.imul(h ^ rel.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARDS;
}

const shardFile = (dir: string, shard: number) => join(dir, FOLDER, `${shard.toString(16).padStart(2, '0')}.jsonl`);

let fingerprint: string | undefined;
/** Changes whenever the model does, so records parsed by an older version are never reused. */
function format(): string {
  if (!fingerprint) {
    const text = JSON.stringify(Object.keys(recordSchemas).map((k) => toJsonSchema(k as RecordKind)));
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    fingerprint = `sammantrade-archive-cache/2/${(h >>> 0).toString(36)}`;
  }
  return fingerprint;
}

let validators: Record<RecordKind, ValidateFunction> | undefined;
/**
 * Validators of what a record looks like after parsing (defaults filled in), compiled once from the
 * model's own schemas: about ten times faster than parsing again, which would cost as much as the
 * JSON itself. Calendar dates are checked as the model checks them. Loaded only when there is a
 * cache to check, so a command on a small archive does not pay for them.
 */
async function loadValidators(): Promise<Record<RecordKind, ValidateFunction>> {
  if (!validators) {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    ajv.addFormat('date', { type: 'string', validate: isIsoDate });
    ajv.addFormat(PARTIAL_DATE_FORMAT, { type: 'string', validate: (v: string) => isIsoDate(v) || isMonthDay(v) });
    const compile = (kind: RecordKind) =>
      ajv.compile(z.toJSONSchema(recordSchemas[kind], { io: 'output', unrepresentable: 'any' }));
    validators = {
      body: compile('body'),
      meeting: compile('meeting'),
      schedule: compile('schedule'),
      programme: compile('programme'),
    };
  }
  return validators;
}

/** The rules of the model that a JSON Schema cannot state: times and § ranges in order. */
function inOrder(kind: RecordKind, record: unknown): boolean {
  if (kind === 'meeting') {
    const m = record as { start?: string; end?: string; paragraphRange?: { from: number; to: number } };
    return timesInOrder(m) && (!m.paragraphRange || m.paragraphRange.from <= m.paragraphRange.to);
  }
  if (kind === 'schedule')
    return (record as { meetings: { start?: string; end?: string }[] }).meetings.every(timesInOrder);
  return true;
}

/** Tells whether `record` is a valid record of `kind` as parsing leaves it: anything else is never trusted. */
type Check = (kind: RecordKind, record: unknown) => boolean;

/** Below this many files the model's own zod schemas check the cache: compiling faster checks costs more. */
const COMPILE_FROM = 2000;

/**
 * The check for a cache of `files` entries.
 * @internal exported for the tests that hold both checks to the model.
 */
export async function checkFor(files: number): Promise<Check> {
  if (files < COMPILE_FROM) return (kind, record) => recordSchemas[kind].safeParse(record).success;
  const valid = await loadValidators();
  return (kind, record) => valid[kind](record) && inOrder(kind, record);
}

const KINDS = new Set<string>(Object.keys(recordSchemas));

/** Non-ASCII characters, written as JSON escapes so a shard is plain ASCII. */
const NON_ASCII = /[\u007f-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * One line of a shard: a checksum of the rest, then the entry as JSON,
 * `[path, size, mtimeMs, ctimeMs, ino, kind, record]`. Shards are ASCII (other characters are
 * escaped), so reading one back needs no UTF-8 decoding, which cost more than the JSON itself.
 */
function entryLine(rel: string, entry: CachedFile): string {
  const record = entry.json ?? JSON.stringify(entry.record);
  entry.json = undefined;
  const json = `${JSON.stringify([rel, entry.size, entry.mtimeMs, entry.ctimeMs, entry.ino, entry.kind]).slice(0, -1)},${record}]`;
  const ascii = json.replace(NON_ASCII, escapeChar);
  return `${crc32(ascii).toString(36)} ${ascii}\n`;
}

/** Reads one line back; undefined for anything truncated, damaged or not what the model allows. */
function readEntry(valid: Check, shard: Buffer, start: number, end: number): [string, CachedFile] | undefined {
  const space = shard.indexOf(32, start);
  if (space < start + 1 || space >= end) return undefined;
  if (crc32(shard.subarray(space + 1, end)).toString(36) !== shard.toString('latin1', start, space)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(shard.toString('latin1', space + 1, end));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 7) return undefined;
  const [rel, size, mtimeMs, ctimeMs, ino, kind, record] = value as unknown[];
  if (typeof rel !== 'string' || typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  if (![size, mtimeMs, ctimeMs, ino].every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  if (!valid(kind as RecordKind, record)) return undefined;
  return [
    rel,
    {
      size: size as number,
      mtimeMs: mtimeMs as number,
      ctimeMs: ctimeMs as number,
      ino: ino as number,
      kind: kind as RecordKind,
      record,
    },
  ];
}

/** True when a cache entry was made from the file as it is now. */
export function sameFile(entry: FileIdentity, info: FileIdentity): boolean {
  return (
    entry.size === info.size &&
    entry.mtimeMs === info.mtimeMs &&
    entry.ctimeMs === info.ctimeMs &&
    entry.ino === info.ino
  );
}

/**
 * The cache of one archive: the entries of the files asked for, read shard by shard, and the
 * changes to write back. Entries are checked line by line: a damaged line costs only its own file.
 */
export class ArchiveCache {
  private readonly dir: string;
  private readonly dirty = new Set<number>();
  private readonly kept = new Map<number, Map<string, CachedFile>>();
  private writable = true;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * Reads the cached entries of `wanted` (path → the file's identity now). Entries of other paths,
   * or made from another version of a file, are dropped, and their shard is written again.
   */
  static async read(dir: string, wanted: ReadonlyMap<string, FileIdentity>): Promise<ArchiveCache> {
    const cache = new ArchiveCache(dir);
    const expected = new Map<number, number>();
    for (const rel of wanted.keys()) {
      const shard = shardOf(rel);
      expected.set(shard, (expected.get(shard) ?? 0) + 1);
    }
    const head = `${format()}\n`;
    let checking: Promise<Check> | undefined;
    const check = () => {
      checking ??= checkFor(wanted.size);
      return checking;
    };
    await Promise.all(
      Array.from({ length: SHARDS }, async (_, shard) => {
        let text: Buffer;
        try {
          text = await readFile(shardFile(dir, shard));
        } catch {
          if (expected.has(shard)) cache.dirty.add(shard);
          return;
        }
        const entries = new Map<string, CachedFile>();
        if (text.toString('latin1', 0, head.length) === head) {
          const valid = await check();
          let at = head.length;
          while (at < text.length) {
            let end = text.indexOf(10, at);
            if (end === -1) end = text.length; // a last line without its newline was cut short
            const entry = end < text.length ? readEntry(valid, text, at, end) : undefined;
            at = end + 1;
            const info = entry && wanted.get(entry[0]);
            if (entry && info && shardOf(entry[0]) === shard && sameFile(entry[1], info) && !entries.has(entry[0]))
              entries.set(entry[0], entry[1]);
          }
        }
        cache.kept.set(shard, entries);
        // Anything dropped (a stale, damaged or foreign line, a file gone) means writing the shard again.
        if (entries.size !== (expected.get(shard) ?? 0) || text.length === 0) cache.dirty.add(shard);
      }),
    );
    return cache;
  }

  /**
   * The entries of `previous` (the cache of the last load in this process) for `wanted`, without
   * reading the shards again: what a live archive uses on each change, so a reload reads and checks
   * only the changed files. Shards that lose or gain entries are written again, as with {@link read}.
   */
  static reuse(previous: ArchiveCache, wanted: ReadonlyMap<string, FileIdentity>): ArchiveCache {
    const cache = new ArchiveCache(previous.dir);
    cache.writable = previous.writable;
    const expected = new Map<number, number>();
    for (const rel of wanted.keys()) {
      const shard = shardOf(rel);
      expected.set(shard, (expected.get(shard) ?? 0) + 1);
    }
    for (const shard of previous.dirty) cache.dirty.add(shard); // not written last time: still to write
    for (const [shard, before] of previous.kept) {
      const entries = new Map<string, CachedFile>();
      for (const [rel, entry] of before) {
        const info = wanted.get(rel);
        if (info && sameFile(entry, info)) entries.set(rel, entry);
      }
      cache.kept.set(shard, entries);
      if (entries.size !== before.size) cache.dirty.add(shard);
    }
    for (const [shard, count] of expected) if ((cache.kept.get(shard)?.size ?? 0) !== count) cache.dirty.add(shard);
    return cache;
  }

  /** The entry of a path, if the cache holds it for the file as it is now. */
  get(rel: string): CachedFile | undefined {
    return this.kept.get(shardOf(rel))?.get(rel);
  }

  /** Records what a file held, to be written by {@link save}. */
  set(rel: string, entry: CachedFile): void {
    const shard = shardOf(rel);
    const entries = this.kept.get(shard) ?? new Map<string, CachedFile>();
    entries.set(rel, entry);
    this.kept.set(shard, entries);
    this.dirty.add(shard);
  }

  /** Forgets a path (a file that could not be cached this time). */
  delete(rel: string): void {
    const shard = shardOf(rel);
    if (this.kept.get(shard)?.delete(rel)) this.dirty.add(shard);
  }

  /**
   * Writes the shards that changed, each atomically (a temporary file, then a rename) so a reader
   * sees the old shard or the new. Not flushed to disk: after a crash a shard may be lost or cut
   * short, and is then read again from the YAML files. A read-only archive simply goes without.
   */
  async save(): Promise<void> {
    if (!this.writable || this.dirty.size === 0) return;
    const folder = join(this.dir, FOLDER);
    try {
      await mkdir(folder, { recursive: true });
    } catch {
      this.writable = false;
      return;
    }
    const head = `${format()}\n`;
    for (const shard of this.dirty) {
      const entries = this.kept.get(shard);
      const path = shardFile(this.dir, shard);
      const temp = join(folder, `.${randomBytes(6).toString('hex')}.tmp`);
      try {
        if (!entries || entries.size === 0) {
          await unlink(path).catch(() => {});
          continue;
        }
        let text = head;
        for (const [rel, entry] of entries) text += entryLine(rel, entry);
        await writeFile(temp, text);
        await rename(temp, path);
      } catch {
        await unlink(temp).catch(() => {});
        this.writable = false;
        break;
      }
    }
    this.dirty.clear();
    await unlink(join(this.dir, OLD_CACHE)).catch(() => {});
  }
}

/**
 * What one load leaves for the next in the same process (see {@link ArchiveCache.reuse}): give the
 * same memory to every load of one folder, as a live archive does.
 */
export class ArchiveMemory {
  /** The cache of the last load. */
  last: ArchiveCache | undefined;
  /** The files of the last load, for a load told which files changed since. */
  scan: ArchiveScan | undefined;
}
