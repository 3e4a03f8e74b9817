/**
 * @sammantrade/core/postgres: the archive in PostgreSQL, for a region's or the nation's records.
 * The database holds the same records as a YAML archive and gives back the same {@link Archive}, so
 * every query, report, page and feed is made by the same code from either; it adds what a folder
 * cannot: Swedish full-text search, incremental sync, change notices (LISTEN/NOTIFY) that several
 * feed and viewer processes follow, and shared calendar state.
 *
 * Node only (it opens sockets); the apps reach it through `openArchive` in `@sammantrade/core/node`
 * and the CLI's `db`, `import --into` and `sync` commands.
 * @packageDocumentation
 */

import type pg from 'pg';
import type { Archive } from './archive/archive.js';
import type { RevisionState } from './calendar/revisions.js';
import type { ImportResult } from './node/import.js';
import { createPool, databaseError, redactUrl } from './postgres/connect.js';
import { type DatabaseImportOptions, importIntoDatabase } from './postgres/import.js';
import { type MigrateResult, migrate, requireSchema } from './postgres/migrate.js';
import { type ReadScope, readArchive } from './postgres/read.js';
import { updateRevisions } from './postgres/revisions.js';
import { searchDatabase } from './postgres/search.js';
import { type SyncResult, syncArchive } from './postgres/sync.js';
import { inTransaction, type RecordChanges, writeChanges } from './postgres/write.js';
import type { SearchOptions, SearchResult } from './query/search.js';
import type { DatabaseWork } from './text/error-words.js';

export { redactUrl } from './postgres/connect.js';
export type { DatabaseImportOptions } from './postgres/import.js';
export type { MigrateResult } from './postgres/migrate.js';
export type { Migration } from './postgres/migrations.js';
export { MIGRATIONS } from './postgres/migrations.js';
export type { ReadScope } from './postgres/read.js';
export type { StoredRecord } from './postgres/rows.js';
export type { SyncResult } from './postgres/sync.js';
export { recordHash } from './postgres/sync.js';
export type { ChangeNotice, RecordChanges } from './postgres/write.js';
export { CHANGE_CHANNEL } from './postgres/write.js';

/** An open connection pool to one Sammanträde database. */
export interface Database {
  /** The URL it was opened with. */
  readonly url: string;
  /** Applies the migrations this program has and the database lacks. */
  migrate(): Promise<MigrateResult>;
  /** Brings a YAML archive folder into the database, incrementally (see `syncArchive`). */
  sync(dir: string): Promise<SyncResult>;
  /** Imports documents (PDF, Word, text), each in one transaction. */
  importDocuments(paths: readonly string[], options?: DatabaseImportOptions): Promise<ImportResult[]>;
  /** Writes records and deletions in one transaction (COPY), announced with NOTIFY. */
  write(changes: RecordChanges): Promise<void>;
  /** The archive, or the part of it of some bodies, as the same indexed {@link Archive} a folder gives. */
  archive(scope?: ReadScope): Promise<Archive>;
  /** Swedish full-text search over every paragraph. */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Updates calendar revision state under a lock shared by every process. */
  updateRevisions(next: (previous: RevisionState) => RevisionState | Promise<RevisionState>): Promise<RevisionState>;
  /** The pool, for what this interface does not cover (benchmarks, administration). */
  readonly pool: pg.Pool;
  /** Closes every connection. */
  close(): Promise<void>;
}

/**
 * Opens a pool to the database at `url` (`postgres://user@host:port/db`). Nothing is asked of the
 * server until the first call; each call but `migrate` first checks that the schema is current.
 * Failures are a `SammantradeError` with one line naming the database (never its password).
 */
export function openDatabase(url: string, options: { maxConnections?: number } = {}): Database {
  const pool = createPool(url, options.maxConnections);
  let checked: Promise<void> | undefined;
  const ready = () => {
    checked ??= requireSchema(pool, redactUrl(url)).catch((error: unknown) => {
      checked = undefined;
      throw error;
    });
    return checked;
  };
  const run = async <T>(doing: DatabaseWork, work: () => Promise<T>): Promise<T> => {
    try {
      await ready();
      return await work();
    } catch (error) {
      throw databaseError(url, error, doing);
    }
  };
  return {
    url,
    pool,
    migrate: () =>
      migrate(pool, redactUrl(url)).catch((error: unknown) => Promise.reject(databaseError(url, error, 'migrate'))),
    sync: (dir) => run('sync', () => syncArchive(pool, dir)),
    importDocuments: (paths, importOptions) => run('import', () => importIntoDatabase(pool, paths, importOptions)),
    write: (changes) => run('write', () => inTransaction(pool, (client) => writeChanges(client, changes))),
    archive: (scope) => run('read', () => readArchive(pool, scope)),
    search: (query, searchOptions) => run('search', () => searchDatabase(pool, query, searchOptions)),
    updateRevisions: (next) => run('revisions', () => updateRevisions(pool, next)),
    close: () => pool.end(),
  };
}
