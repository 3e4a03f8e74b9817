import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import type { Archive } from '../archive/archive.js';
import { recordPath } from '../archive/layout.js';
import { loadArchive } from '../archive/load.js';
import type { RecordKind } from '../model/json-schema.js';
import type { StoredRecord } from './rows.js';
import { inTransaction, writeChanges } from './write.js';

/** What {@link syncArchive} changed in the database. */
export interface SyncResult {
  added: string[];
  changed: string[];
  deleted: string[];
  unchanged: number;
}

/** One sync at a time per database: two would each delete what the other adds. */
const SYNC_LOCK = 7_155_002;

/** SHA-256 of a record's JSON, which is canonical: records are parsed through the model's schemas. */
export function recordHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

/** Every record of an archive with its path and hash; `modified` from `mtime(path)`. */
export async function storedRecords(
  archive: Archive,
  mtime: (path: string) => Promise<string>,
): Promise<StoredRecord[]> {
  const all: [RecordKind, StoredRecord['record']][] = [
    ...archive.bodies.map((r) => ['body', r] as [RecordKind, StoredRecord['record']]),
    ...archive.meetings.map((r) => ['meeting', r] as [RecordKind, StoredRecord['record']]),
    ...archive.schedules.map((r) => ['schedule', r] as [RecordKind, StoredRecord['record']]),
    ...archive.programmes.map((r) => ['programme', r] as [RecordKind, StoredRecord['record']]),
  ];
  const out: StoredRecord[] = [];
  for (let i = 0; i < all.length; i += 256) {
    const batch = all.slice(i, i + 256);
    out.push(
      ...(await Promise.all(
        batch.map(async ([kind, record]) => {
          const path = recordPath(kind, record);
          return { path, kind, record, sha256: recordHash(record), modified: await mtime(path) };
        }),
      )),
    );
  }
  return out;
}

/** A file's change time in whole seconds, as the YAML archive counts it; `.yml` as well as `.yaml`. */
function fileTime(dir: string): (path: string) => Promise<string> {
  return async (path) => {
    const info = await stat(join(dir, path)).catch(() => stat(join(dir, path.replace(/\.yaml$/, '.yml'))));
    return new Date(Math.floor(info.mtimeMs / 1000) * 1000).toISOString();
  };
}

/**
 * Brings the YAML archive in `dir` into the database: records that are new or changed are written,
 * records whose files are gone are deleted, the rest is left alone; all in one transaction, announced
 * with NOTIFY. The archive must load without errors: a broken file is reported, never published.
 * @throws {SammantradeError} `INVALID` with diagnostics when the archive has errors.
 */
export async function syncArchive(pool: pg.Pool, dir: string): Promise<SyncResult> {
  const archive = await loadArchive(dir);
  const records = await storedRecords(archive, fileTime(dir));
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [SYNC_LOCK]);
    const { rows } = await client.query<{ path: string; sha256: string; modified: Date }>(
      'select path, sha256, modified from sources',
    );
    const held = new Map(rows.map((r) => [r.path, r]));
    const result: SyncResult = { added: [], changed: [], deleted: [], unchanged: 0 };
    const put: StoredRecord[] = [];
    for (const r of records) {
      const old = held.get(r.path);
      held.delete(r.path);
      if (!old) result.added.push(r.path);
      else if (old.sha256 !== r.sha256 || old.modified.toISOString() !== r.modified) result.changed.push(r.path);
      else {
        result.unchanged++;
        continue;
      }
      put.push(r);
    }
    result.deleted = [...held.keys()].sort();
    await writeChanges(client, {
      put,
      delete: result.deleted,
    });
    return result;
  });
}
