import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Meeting } from '../model/meeting.js';
import { applyCounts, type CountDeltas, countMeeting, uncountStored } from './counts.js';
import { addRecordRows, COLUMNS, copyLine, emptyRows, type StoredRecord } from './rows.js';
import { countChanges } from './versions.js';

/** The channel changes are announced on; the payload is {@link ChangeNotice} as JSON. */
export const CHANGE_CHANNEL = 'sammantrade_changes';

/** What a NOTIFY on {@link CHANGE_CHANNEL} says: the bodies whose records changed, or all. */
export interface ChangeNotice {
  /** Absent when the change touched too many to list. */
  bodies?: string[];
  /**
   * False when no body or programme record changed (only meetings and schedules): a reader that holds
   * only those (a database served per body) need not read them again. Absent: they may have changed.
   */
  directory?: false;
}

/** A set of changes to write together. */
export interface RecordChanges {
  /** Records to write, each replacing what the database held at its path. */
  readonly put: readonly StoredRecord[];
  /** Paths of records to delete. */
  readonly delete: readonly string[];
}

/** The body a record path belongs to, or undefined for a programme (which may name none). */
export function bodyOfPath(path: string): string | undefined {
  const m = /^(?:bodies\/([^/]+)\.ya?ml|(?:meetings|schedules)\/([^/]+)\/)/.exec(path);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * Writes `changes` inside the open transaction of `client`: deletes the rows of every path touched,
 * then loads the new rows with COPY (fast for one record and for a million), and announces the
 * change with NOTIFY, which PostgreSQL delivers when the transaction commits.
 */
export async function writeChanges(client: pg.PoolClient, changes: RecordChanges): Promise<void> {
  const paths = [...new Set([...changes.delete, ...changes.put.map((r) => r.path)])];
  if (paths.length === 0) return;
  await client.query('set constraints all deferred');
  const counts: CountDeltas = new Map();
  for (let i = 0; i < paths.length; i += 10_000) {
    const some = paths.slice(i, i + 10_000);
    await uncountStored(client, counts, some);
    await client.query('delete from sources where path = any($1::text[])', [some]);
  }

  // Rows are made and sent in batches, so a million meetings never sit in memory at once.
  const tables = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  const BATCH = 5_000;
  for (let i = 0; i < changes.put.length; i += BATCH) {
    const rows = emptyRows();
    const lexicon = new Set<string>();
    for (const r of changes.put.slice(i, i + BATCH)) {
      addRecordRows(rows, r, lexicon);
      if (r.kind === 'meeting') countMeeting(counts, r.record as Meeting);
    }
    if (lexicon.size > 0)
      await client.query('insert into search_lexicon (term) select unnest($1::text[]) on conflict do nothing', [
        [...lexicon].sort(), // one order, so two writers never wait on each other in a circle
      ]);
    for (const table of tables) {
      const list = rows[table];
      if (list.length === 0) continue;
      const stream = client.query(copyFrom(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`));
      await pipeline(
        (function* () {
          let chunk = '';
          for (const row of list) {
            chunk += copyLine(row);
            if (chunk.length > 1 << 16) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        })(),
        stream,
      );
    }
  }

  const bodies = new Set<string>();
  let all = false;
  for (const p of paths) {
    const b = bodyOfPath(p);
    if (b) bodies.add(b);
    else all = true;
  }
  const list = [...bodies].sort();
  await applyCounts(client, counts);
  await countChanges(client, list, all);
  const directory = paths.some((p) => !/^(?:meetings|schedules)\//.test(p));
  const notice: ChangeNotice = {
    ...(all || JSON.stringify(list).length > 7_000 ? {} : { bodies: list }),
    ...(directory ? {} : { directory: false as const }),
  };
  await client.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(notice)]);
}

/** Runs `work` in one transaction on a client of `pool`: all of it is written, or none. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
