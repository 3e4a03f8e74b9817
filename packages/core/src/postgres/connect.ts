import pg from 'pg';
import { fault, SammantradeError } from '../errors.js';
import { isDatabaseLocation, redactUrl } from '../node/location.js';
import type { DatabaseWork } from '../text/error-words.js';

export { redactUrl };

/** A pool for the database at `url`, with bounded waits so a dead server gives an error, not a hang. */
export function createPool(url: string, max = 10): pg.Pool {
  if (!isDatabaseLocation(url)) throw fault('INVALID', 'database-url', { url });
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // A connection dropped by the server must not crash the process; the next query reconnects.
    application_name: 'sammantrade',
  });
  pool.on('error', () => {});
  return pool;
}

/**
 * A database failure as a {@link SammantradeError} with one line naming the database: the server's
 * message, never a stack or a password.
 */
export function databaseError(url: string, error: unknown, doing: DatabaseWork): SammantradeError {
  if (error instanceof SammantradeError) return error;
  const e = error as { message?: string; code?: string };
  const message = (e.message ?? String(error)).split('\n')[0];
  const code =
    e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === '3D000' ? 'NOT_FOUND' : ('IO' as const);
  return fault(code, 'database-failed', { url: redactUrl(url), doing, detail: message ?? '' }, { cause: error });
}
