import { relative, sep } from 'node:path';
import type { FSWatcher } from 'chokidar';
import { RECORD_FOLDERS } from './layout.js';
import { scanArchive } from './scan.js';

/** Options for {@link watchArchive}. */
export interface WatchOptions {
  /** Changes within this many milliseconds are reported once (an editor saves in several writes). */
  debounceMs?: number;
  /**
   * Poll the files instead of asking the operating system to tell (network shares, some containers
   * and virtual machines do not tell); a number is the interval in milliseconds. Default: no polling,
   * unless the `CHOKIDAR_USEPOLLING` environment variable says so.
   */
  poll?: boolean | number;
  /**
   * Every this many milliseconds the whole archive is examined (names, sizes, times) and a change
   * the watcher missed is reported. Default 60 000; 0 turns it off.
   */
  fullCheckMs?: number;
  /** Told when watching fails or stops, with one line. */
  onWarning?: (message: string) => void;
}

/** A running watch; {@link ArchiveWatcher.close} stops it. */
export interface ArchiveWatcher {
  /** Resolves once the watcher has seen every folder and is reporting changes. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const FOLDERS = new Set<string>(Object.values(RECORD_FOLDERS));

/**
 * Calls `onChange` after record files of the archive in `dir` change, are added or go, debounced,
 * with the paths of the files seen to change (relative, `/`-separated), or none when anything may
 * have changed (a folder came or went, the full check found a difference).
 * Only the record folders are watched; hidden files and folders (`.sammantrade/`, editors' swap
 * files) are ignored, so Sammanträde's own cache and state never trigger a change. A file replaced
 * by a rename (what editors, `git checkout` and Sammanträde's own atomic writes do) stays watched,
 * and a periodic full check catches anything the operating system did not report.
 */
export function watchArchive(
  dir: string,
  onChange: (paths?: readonly string[]) => void,
  options: WatchOptions = {},
): ArchiveWatcher {
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  // The files the watcher saw change since the last call; undefined once anything else may have.
  let paths: Set<string> | undefined = new Set();
  const changed = (path?: string) => {
    if (closed) return;
    if (path === undefined) paths = undefined;
    else paths?.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const seen = paths;
      paths = new Set();
      onChange(seen ? [...seen] : undefined);
    }, options.debounceMs ?? 150);
  };
  // Asked for every entry each time a folder is read again (chokidar reads a folder of 2,000 meetings
  // on each change in it): the path below the archive by its prefix, without resolving it.
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  const ignored = (path: string, stats?: { isFile(): boolean }) => {
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : relative(dir, path);
    if (rel === '') return false;
    const parts = rel.split(sep);
    if (!FOLDERS.has(parts[0] ?? '') || parts.some((part) => part.startsWith('.'))) return true;
    return stats?.isFile() === true && !/\.ya?ml$/i.test(rel);
  };
  const poll = options.poll;
  // Loaded on first use: commands that only read an archive never pay for the watcher.
  const started: Promise<FSWatcher> = import('chokidar').then(({ watch }) => {
    const watcher = watch(dir, {
      ignored,
      ignoreInitial: true,
      followSymlinks: false,
      ...(poll !== undefined ? { usePolling: poll !== false } : {}),
      ...(typeof poll === 'number' ? { interval: poll, binaryInterval: poll } : {}),
    });
    watcher.on('all', (event, path) => {
      // A file's own event names it; a folder that came or went may have taken files with it.
      const rel = relative(dir, path).split(sep).join('/');
      changed(event === 'add' || event === 'change' || event === 'unlink' ? rel : undefined);
    });
    watcher.on('error', (error) =>
      options.onWarning?.(`watching the archive: ${error instanceof Error ? error.message : String(error)}`),
    );
    return watcher;
  });
  const ready = started.then((watcher) => new Promise<void>((resolve) => watcher.once('ready', () => resolve())));

  // The safety net: what the watcher missed (a full inotify table, a share that stopped telling).
  let known: string | undefined;
  let checking = false;
  const check = async () => {
    if (checking || closed) return;
    checking = true;
    try {
      const { version } = await scanArchive(dir);
      if (known !== undefined && version !== known) changed(undefined);
      known = version;
    } catch (error) {
      options.onWarning?.(`checking the archive: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      checking = false;
    }
  };
  const every = options.fullCheckMs ?? 60_000;
  const interval = every > 0 ? setInterval(() => void check(), every) : undefined;
  interval?.unref();
  if (interval) void ready.then(check);

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      if (interval) clearInterval(interval);
      await (await started).close();
    },
  };
}
