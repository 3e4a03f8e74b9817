import { type FSWatcher, watch } from 'node:fs';

/** Options for {@link watchArchive}. */
export interface WatchOptions {
  /** Changes within this many milliseconds are reported once (an editor saves in several writes). */
  debounceMs?: number;
  /** Told when watching fails or stops, with one line. */
  onWarning?: (message: string) => void;
}

/**
 * Calls `onChange` after files of the archive in `dir` change, debounced. Hidden files and folders
 * (`.sammantrade/`, editors' swap files) are ignored: Sammanträde's own cache and state live there.
 * Recursive watching works on Linux, macOS and Windows from Node 20.
 */
export function watchArchive(dir: string, onChange: () => void, options: WatchOptions = {}): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (
        name &&
        String(name)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.'))
      )
        return;
      clearTimeout(timer);
      timer = setTimeout(onChange, options.debounceMs ?? 150);
    });
    watcher.on('error', (error) => options.onWarning?.(`stopped watching the archive: ${error.message}`));
  } catch (error) {
    options.onWarning?.(`cannot watch the archive (${(error as Error).message}); restart to pick up changes`);
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
