import type { Archive } from '../archive/archive.js';
import { loadArchive } from '../archive/load.js';
import { type LiveArchive, type LiveArchiveOptions, openLiveArchive } from './live.js';

/** True when `location` names a PostgreSQL database (`postgres://…`, `postgresql://…`) rather than a folder. */
export const isDatabaseLocation = (location: string): boolean => /^postgres(?:ql)?:\/\//i.test(location);

/** A location fit to show: a database URL without its password; a folder as it is. */
export function redactUrl(location: string): string {
  if (!isDatabaseLocation(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Reads the archive at `location`, a folder or a `postgres://` URL, once: what a report or a check
 * needs, the same {@link Archive} from either.
 * @throws {SammantradeError} when it cannot be read (`INVALID` with diagnostics, `NOT_FOUND`, `IO`).
 */
export async function loadArchiveAt(location: string): Promise<Archive> {
  if (!isDatabaseLocation(location)) return loadArchive(location);
  // Loaded only for a database, so reading a folder never loads the driver.
  const { openDatabase } = await import('../postgres.js');
  const db = openDatabase(location, { maxConnections: 4 });
  try {
    return await db.archive();
  } finally {
    await db.close();
  }
}

/**
 * Opens the archive at `location`, a folder or a `postgres://` URL, and keeps it up to date: a folder
 * is watched, a database announces its changes (LISTEN/NOTIFY). The viewer and the feed serve from it
 * and never need to know which it is.
 * @throws {SammantradeError} when the archive cannot be loaded at first.
 */
export async function openArchive(location: string, options: LiveArchiveOptions = {}): Promise<LiveArchive> {
  if (!isDatabaseLocation(location)) return openLiveArchive(location, options);
  const { openLiveDatabase } = await import('../postgres/live.js');
  return openLiveDatabase(location, options);
}
