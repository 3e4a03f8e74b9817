import pg from 'pg';
import type { Archive } from '../archive/archive.js';
import { isSammantradeError } from '../errors.js';
import type { LiveArchive, LiveArchiveOptions } from '../node/live.js';
import { createPool, databaseError, redactUrl } from './connect.js';
import { requireSchema } from './migrate.js';
import { BodyArchives } from './parts.js';
import { readArchive } from './read.js';
import { updateRevisions } from './revisions.js';
import { searchDatabase } from './search.js';
import { CHANGE_CHANNEL, type ChangeNotice } from './write.js';

/** How long to wait before listening again after the connection to the server was lost. */
const RECONNECT_MS = [250, 1000, 5000];
/** Above this many meetings a database is served per body unless told otherwise (see `perBody`). */
const WHOLE_MAX = 20_000;

/** A change notice as sent (see `ChangeNotice`); a payload of another shape names nothing. */
function readNotice(payload: string | undefined): ChangeNotice {
  try {
    const notice = JSON.parse(payload ?? '{}') as ChangeNotice;
    return {
      ...(Array.isArray(notice.bodies) ? { bodies: notice.bodies.filter((b) => typeof b === 'string') } : {}),
      ...(notice.directory === false ? { directory: false as const } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * Opens the archive in the database at `url` and keeps it up to date: every committed change is
 * announced with NOTIFY (see `writeChanges`), and the archive is read again, no polling. A lost
 * connection is re-established and the archive re-read, since changes may have been missed meanwhile.
 * Several processes can do this on one database. A large database (or with `perBody`) is served per
 * body: `current` holds its bodies and programmes, and {@link LiveArchive.parts} reads the rest a body
 * at a time, keeping each until a change names it.
 * @throws {SammantradeError} when the database cannot be reached or has no schema (`db migrate`).
 */
export async function openLiveDatabase(url: string, options: LiveArchiveOptions = {}): Promise<LiveArchive> {
  const pool = createPool(url);
  let current: Archive;
  let perBody: boolean;
  try {
    await requireSchema(pool, redactUrl(url));
    perBody = options.perBody ?? (await meetingsAbove(pool, WHOLE_MAX));
    current = await readArchive(pool, perBody ? { kinds: ['body', 'programme'] } : {});
  } catch (error) {
    await pool.end().catch(() => {});
    throw databaseError(url, error, 'read');
  }
  const parts = perBody ? new BodyArchives(pool, () => current, options.cachedBodies) : undefined;
  const listeners = new Set<(archive: Archive) => void>();
  if (options.onChange) listeners.add(options.onChange);
  let pending: Promise<Archive> = Promise.resolve(current);
  let queued = false;
  const reload = (): Promise<Archive> => {
    // Notifications that arrive while a read runs become one more read, not one each.
    if (queued) return pending;
    queued = true;
    pending = pending.then(async () => {
      queued = false;
      try {
        current = await readArchive(pool, perBody ? { kinds: ['body', 'programme'] } : {});
        for (const listener of listeners) listener(current);
      } catch (error) {
        options.onError?.(isSammantradeError(error) ? error : databaseError(url, error, 'read-again'));
      }
      return current;
    });
    return pending;
  };

  const announce = (): Promise<Archive> => {
    pending = pending.then(() => {
      for (const listener of listeners) listener(current);
      return current;
    });
    return pending;
  };

  let closed = false;
  let listener: pg.Client | undefined;
  let attempt = 0;
  const listen = async (): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 10_000,
      application_name: 'sammantrade-listen',
    });
    const retry = (message: string) => {
      if (closed || listener !== client) return;
      listener = undefined;
      client.removeAllListeners();
      client.on('error', () => {});
      void client.end().catch(() => {});
      options.onWarning?.(`${redactUrl(url)}: ${message}; listening again`);
      const wait = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
      setTimeout(() => void listen(), wait).unref();
    };
    listener = client;
    client.on('error', (error) => retry(`lost the connection (${error.message.split('\n')[0]})`));
    client.on('end', () => retry('the connection ended'));
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const notice = readNotice(message.payload);
      parts?.changed(notice.bodies);
      // Served per body, `current` holds the bodies and programmes alone: a change of meetings and
      // schedules only is told to the listeners without reading the directory of a national archive again.
      if (parts && notice.directory === false) void announce();
      else void reload();
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANGE_CHANNEL}`);
      if (attempt > 0) {
        parts?.changed();
        void reload();
      }
      attempt = 0;
    } catch (error) {
      retry(`cannot listen for changes (${(error as Error).message.split('\n')[0]})`);
    }
  };
  if (options.watch !== false) await listen();

  return {
    dir: redactUrl(url),
    location: url,
    get current() {
      return current;
    },
    subscribe(next) {
      listeners.add(next);
      return () => listeners.delete(next);
    },
    reload: () => {
      parts?.changed(); // asked to read again: what is kept of the bodies may be out of date too
      return reload();
    },
    async close() {
      closed = true;
      const client = listener;
      listener = undefined;
      client?.removeAllListeners();
      client?.on('error', () => {});
      await client?.end().catch(() => {});
      await pool.end().catch(() => {});
    },
    revisions: { update: (next) => updateRevisions(pool, next) },
    search: (query, searchOptions) => searchDatabase(pool, query, searchOptions),
    ...(parts ? { parts } : {}),
  };
}

/** Whether the database holds more than `max` meetings (without counting them all). */
async function meetingsAbove(pool: pg.Pool, max: number): Promise<boolean> {
  const { rows } = await pool.query<{ n: string }>('select count(*) as n from (select 1 from meetings limit $1) m', [
    max + 1,
  ]);
  return Number(rows[0]?.n ?? 0) > max;
}
