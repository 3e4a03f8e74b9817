import type { Archive } from '../archive/archive.js';
import { loadArchive } from '../archive/load.js';
import { type WatchOptions, watchArchive } from '../archive/watch.js';
import { isSammantradeError, SammantradeError } from '../errors.js';

/** Options for {@link openLiveArchive}. */
export interface LiveArchiveOptions extends Pick<WatchOptions, 'debounceMs'> {
  /** Told of each new good state of the archive, after a change. */
  onChange?: (archive: Archive) => void;
  /**
   * Told when a change leaves the archive unreadable (a file saved half-way): the last good state stays.
   * The error is a {@link SammantradeError} with the problems as diagnostics; see `formatError`.
   */
  onError?: (error: SammantradeError) => void;
  /** Told when watching fails or stops, with one line. */
  onWarning?: (message: string) => void;
  /** Watch the folder for changes (default true). */
  watch?: boolean;
}

/** An archive that follows its folder: always the last state that loaded without errors. */
export interface LiveArchive {
  /** The last good state. */
  readonly current: Archive;
  /** Loads the folder again now; a failure keeps the last good state and goes to `onError`. */
  reload(): Promise<Archive>;
  /** Stops watching. */
  close(): void;
}

/**
 * Opens the archive in `dir` and keeps it up to date as its files change (the viewer and the feed serve
 * from it). A change that breaks the archive leaves the last good state in place. Reloads never overlap.
 * @throws {SammantradeError} when the archive cannot be loaded at first (`INVALID` with diagnostics,
 * `NOT_FOUND`, `IO`).
 */
export async function openLiveArchive(dir: string, options: LiveArchiveOptions = {}): Promise<LiveArchive> {
  let current = await loadArchive(dir);
  let pending: Promise<Archive> = Promise.resolve(current);
  const reload = (): Promise<Archive> => {
    pending = pending.then(async () => {
      try {
        current = await loadArchive(dir);
        options.onChange?.(current);
      } catch (error) {
        const problem = isSammantradeError(error)
          ? error
          : new SammantradeError('IO', `${dir}: ${error instanceof Error ? error.message : String(error)}`, {
              cause: error,
            });
        options.onError?.(problem);
      }
      return current;
    });
    return pending;
  };
  const watcher =
    options.watch === false
      ? undefined
      : watchArchive(dir, () => void reload(), {
          ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
          ...(options.onWarning ? { onWarning: options.onWarning } : {}),
        });
  return {
    get current() {
      return current;
    },
    reload,
    close: () => watcher?.close(),
  };
}
