import type pg from 'pg';
import { fault } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

/** What {@link migrate} did. */
export interface MigrateResult {
  /** The versions applied now, oldest first; empty when the database was up to date. */
  applied: number[];
  /** The database's version afterwards. */
  version: number;
}

/** Serialises migrations across processes: two `db migrate` at once apply each version once. */
const MIGRATION_LOCK = 7_155_001;

/**
 * Brings the database's schema to the newest version, each migration in its own transaction, recorded
 * in `sammantrade_migrations`. Safe to run again and from several processes at once.
 * @throws {SammantradeError} `INVALID` when the database is newer than this program knows.
 */
export async function migrate(pool: pg.Pool, where = 'the database'): Promise<MigrateResult> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`create table if not exists sammantrade_migrations (
      version int primary key, name text not null, applied_at timestamptz not null default now())`);
    const { rows } = await client.query<{ version: number }>('select version from sammantrade_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known) throw fault('INVALID', 'database-schema-new', { url: where, version: newest, known });
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('begin');
      try {
        await client.query(m.sql);
        await client.query('insert into sammantrade_migrations (version, name) values ($1, $2)', [m.version, m.name]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      applied.push(m.version);
    }
    return { applied, version: Math.max(newest, ...applied) };
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/**
 * Fails with one line unless the database has the schema this program reads and writes, so a missing
 * `db migrate` is said plainly rather than as a missing table.
 */
export async function requireSchema(pool: pg.Pool, where = 'the database'): Promise<void> {
  const table = await pool.query<{ t: string | null }>(`select to_regclass('sammantrade_migrations')::text as t`);
  const version = table.rows[0]?.t
    ? ((await pool.query<{ v: number | null }>('select max(version) as v from sammantrade_migrations')).rows[0]?.v ?? 0)
    : 0;
  const known = MIGRATIONS.at(-1)?.version ?? 0;
  if (version < known) throw fault('INVALID', 'database-schema-old', { url: where, version, needs: known });
  if (version > known) throw fault('INVALID', 'database-schema-new', { url: where, version, known });
}
