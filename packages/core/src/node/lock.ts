import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fault } from '../errors.js';

/** Where an archive's import lock lives: beside its cache, in the hidden `.sammantrade/` folder. */
export const LOCK_FILE = join('.sammantrade', 'import.lock');

/** A lock left by a process that died is taken over; one this old is taken over whatever it says. */
const STALE_MS = 10 * 60_000;

interface Holder {
  pid: number;
  host: string;
  since: number;
}

/** True when the process that wrote `holder` is gone (on this machine), or the lock is very old. */
async function isStale(path: string): Promise<boolean> {
  let holder: Partial<Holder>;
  try {
    holder = JSON.parse(await readFile(path, 'utf8')) as Partial<Holder>;
  } catch {
    // Unreadable: being written this instant, or damaged. Only its age can tell.
    const info = await stat(path).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 5_000;
  }
  if (typeof holder.since === 'number' && Date.now() - holder.since > STALE_MS) return true;
  if (holder.host !== hostname() || typeof holder.pid !== 'number') return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock. Breakers take turns through a second lock and look again before removing, so a
 * lock another process has just taken in its place is never removed by mistake.
 */
async function breakStale(path: string): Promise<boolean> {
  const breaker = `${path}.break`;
  try {
    await (await open(breaker, 'wx')).close();
  } catch {
    // Another process is breaking it; a breaker that died leaves its file, which goes when it is old.
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 5_000) await unlink(breaker).catch(() => {});
    return false;
  }
  try {
    if (await isStale(path)) await unlink(path).catch(() => {});
    return true;
  } finally {
    await unlink(breaker).catch(() => {});
  }
}

/**
 * Runs `fn` holding the archive's import lock, so imports into one archive run one at a time: each
 * waits its turn (up to `timeoutMs`) instead of failing. A lock whose process died (`kill -9`) is taken
 * over, and `fn` then finds what that import left behind (see `recoverImport`).
 * @throws {SammantradeError} `IO` when the lock cannot be had in time.
 */
export async function withArchiveLock<T>(dir: string, fn: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const path = join(dir, LOCK_FILE);
  await mkdir(join(dir, '.sammantrade'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let wait = 10;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        const holder: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
        await handle.writeFile(JSON.stringify(holder));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw fault(
          'IO',
          'lock-failed',
          { file: path, reason: String((error as NodeJS.ErrnoException).code) },
          { cause: error },
        );
    }
    if ((await isStale(path)) && (await breakStale(path))) continue;
    if (Date.now() > deadline) throw fault('IO', 'import-running', { dir, lock: path });
    await sleep(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, 250);
  }
  try {
    return await fn();
  } finally {
    await unlink(path).catch(() => {});
  }
}
