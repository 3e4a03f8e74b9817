import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type pg from 'pg';
import { kindOfPath, recordPath, schemaPathFor } from '../archive/layout.js';
import { parseRecordYaml, stringifyRecordYaml } from '../archive/yaml.js';
import { fault, SammantradeError } from '../errors.js';
import type { RecordKind } from '../model/json-schema.js';
import { type ImportOptions, type ImportResult, importDocuments, listDocuments } from '../node/import.js';
import type { StoredRecord } from './rows.js';
import { recordHash } from './sync.js';
import { inTransaction, writeChanges } from './write.js';

/** Options for {@link importIntoDatabase}: those of `importDocuments`, without the folder. */
export type DatabaseImportOptions = Omit<ImportOptions, 'into' | 'lockTimeoutMs'>;

/** Imports into one database run one at a time, as into one folder. */
const IMPORT_LOCK = 7_155_004;

/** Writes what the database holds that importing a document of `body` (or programme `programme`) reads. */
async function stage(client: pg.PoolClient, dir: string, body: string | undefined, programme: string | undefined) {
  const put = async (rel: string, data: string | Uint8Array) => {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), data);
  };
  const yaml = (kind: RecordKind, record: unknown) => {
    const rel = recordPath(kind, record as { id?: string; body?: string; year?: number });
    return put(rel, stringifyRecordYaml(record, schemaPathFor(kind, rel)));
  };
  // One query at a time: a client runs its queries in order anyway.
  const bodies = await client.query<{ record: unknown }>('select record from bodies where id = $1', [body]);
  const meetings = await client.query<{ record: unknown }>('select record from meetings where body = $1', [body]);
  const schedules = await client.query<{ record: unknown }>('select record from schedules where body = $1', [body]);
  const programmes = await client.query<{ record: unknown }>('select record from programmes where id = $1', [
    programme,
  ]);
  const like = (text: string | undefined) => (text ?? '').replace(/[\\%_]/g, '\\$&');
  const documents = await client.query<{ path: string; bytes: Buffer }>(
    `select path, bytes from documents where path like $1 escape '\\' or path like $2 escape '\\'`,
    [`meetings/${like(body)}/%`, `programmes/${like(programme)}.%`],
  );
  for (const r of bodies.rows) await yaml('body', r.record);
  for (const r of meetings.rows) await yaml('meeting', r.record);
  for (const r of schedules.rows) await yaml('schedule', r.record);
  for (const r of programmes.rows) await yaml('programme', r.record);
  for (const d of documents.rows) await put(d.path, d.bytes);
  return (
    bodies.rows.length + meetings.rows.length + schedules.rows.length + programmes.rows.length + documents.rows.length
  );
}

/**
 * Imports documents into the database: each document is read and parsed as `importDocuments` does it
 * for a folder, with the same rules for what it may replace (the database's records of that body are
 * what it decides against), and its records and original are written in one transaction: all of a
 * document, or nothing. Never throws for one document's problem; each result says what happened.
 */
export async function importIntoDatabase(
  pool: pg.Pool,
  paths: readonly string[],
  options: DatabaseImportOptions = {},
): Promise<ImportResult[]> {
  const files = await listDocuments(paths);
  const results: ImportResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await importOne(pool, file, options);
    results.push(result);
    options.onResult?.(result, index + 1, files.length);
  }
  return results;
}

async function importOne(pool: pg.Pool, file: string, options: DatabaseImportOptions): Promise<ImportResult> {
  const { onResult: _, ...rest } = options;
  const work = await mkdtemp(join(tmpdir(), 'sammantrade-import-'));
  try {
    // First into an empty folder: what the document holds, and which body it belongs to.
    const first = join(work, 'first');
    const [probe] = await importDocuments([file], { ...rest, into: first });
    if (!probe || probe.error || !probe.records)
      return probe ?? { file, written: [], removed: [], kept: [], diagnostics: [] };
    const body = probe.records.body?.id;
    const programme = probe.records.programme?.id;
    try {
      return await inTransaction(pool, async (client) => {
        await client.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
        // Then, when the database already holds records of that body, again over them, so the same
        // rules decide what is kept, merged or replaced.
        const second = join(work, 'second');
        await mkdir(second);
        const held = await stage(client, second, body, programme);
        let dir = first;
        let result = probe;
        if (held > 0) {
          dir = second;
          [result] = (await importDocuments([file], { ...rest, into: second })) as [ImportResult];
          if (result.error) return result;
        }
        await apply(client, dir, result);
        return result;
      });
    } catch (error) {
      if (error instanceof SammantradeError) return { ...probe, written: [], removed: [], kept: [], error };
      throw error;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes what an import into the staging folder wrote and removed, in the open transaction. */
async function apply(client: pg.PoolClient, dir: string, result: ImportResult): Promise<void> {
  const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const put: StoredRecord[] = [];
  const remove: string[] = [];
  for (const rel of result.written) {
    const kind = kindOfPath(rel);
    const bytes = await readFile(join(dir, rel));
    if (!kind) {
      const { createHash } = await import('node:crypto');
      await client.query(
        `insert into documents (path, sha256, bytes) values ($1, $2, $3)
         on conflict (path) do update set sha256 = excluded.sha256, bytes = excluded.bytes`,
        [rel, createHash('sha256').update(bytes).digest('hex'), bytes],
      );
      continue;
    }
    const parsed = parseRecordYaml(bytes.toString('utf8'), kind, rel);
    if (!parsed.record) throw fault('INVALID', 'import-read-back', { file: rel });
    put.push({
      path: rel,
      kind,
      sha256: recordHash(parsed.record),
      modified: now,
      record: parsed.record as StoredRecord['record'],
    });
  }
  for (const rel of result.removed) {
    if (kindOfPath(rel)) remove.push(rel);
    else await client.query('delete from documents where path = $1', [rel]);
  }
  await writeChanges(client, { put, delete: remove });
}
