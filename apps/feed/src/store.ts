import { join } from 'node:path';
import { type FeedOptions, formatDiagnostic, isSammantradeError, type RevisionState } from '@sammantrade/core';
import { loadArchive, watchArchive, writeFileAtomic } from '@sammantrade/core/node';
import { buildSnapshot, type FeedSnapshot } from './snapshot.js';
import { readStateFile } from './state.js';

/** Options for {@link FeedStore}. */
export interface FeedStoreOptions extends FeedOptions {
  /** Where SEQUENCE numbers are remembered between runs. Default: `<archive>/.sammantrade/calendar-state.json`. */
  stateFile?: string;
  /** Watch the archive and rebuild on change (default true). */
  watch?: boolean;
  /** Called with one line when a reload fails or state cannot be written; the old feeds stay served. */
  onWarning?: (message: string) => void;
}

/**
 * Holds the feeds of one archive folder in memory, rebuilding them when files change. A reload that
 * fails (a half-saved YAML file) keeps the previous feeds online and reports why.
 */
export class FeedStore {
  readonly dir: string;
  private readonly options: FeedStoreOptions;
  private current: FeedSnapshot | undefined;
  private watcher: { close(): void } | undefined;
  private reloading: Promise<void> = Promise.resolve();
  /** Completed builds, state saved; tests wait for it to move. */
  private generation = 0;

  constructor(dir: string, options: FeedStoreOptions = {}) {
    this.dir = dir;
    this.options = options;
  }

  /** The feeds being served. Throws before {@link open}. */
  get snapshot(): FeedSnapshot {
    if (!this.current) throw new Error('FeedStore.open() has not completed');
    return this.current;
  }

  /** How many times the feeds were built. */
  get builds(): number {
    return this.generation;
  }

  private get stateFile(): string {
    return this.options.stateFile ?? join(this.dir, '.sammantrade', 'calendar-state.json');
  }

  /** Loads the archive and builds the feeds. Throws (SammantradeError) when the archive is invalid. */
  async open(): Promise<this> {
    await this.build();
    if (this.options.watch !== false) this.startWatching();
    return this;
  }

  /** Rebuilds now; concurrent calls share one build. Keeps the old feeds when the archive is invalid. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(() =>
      this.build().catch((error: unknown) => {
        const detail = isSammantradeError(error)
          ? [error.message, ...error.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)].join('; ')
          : String(error);
        this.options.onWarning?.(`reload failed, still serving the previous feeds: ${detail}`);
      }),
    );
    return this.reloading;
  }

  /** Stops watching. */
  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private async build(): Promise<void> {
    const archive = await loadArchive(this.dir);
    const previous = this.current?.state ?? (await this.readState());
    const next = buildSnapshot(archive, previous, this.options);
    this.current = next;
    if (JSON.stringify(next.state) !== JSON.stringify(previous)) await this.writeState(next.state);
    this.generation++;
  }

  private readState(): Promise<RevisionState> {
    return readStateFile(this.stateFile, this.options.onWarning);
  }

  private async writeState(state: RevisionState): Promise<void> {
    try {
      await writeFileAtomic(this.stateFile, `${JSON.stringify(state, null, 1)}\n`, { overwrite: true });
    } catch (error) {
      this.options.onWarning?.(
        `cannot save calendar state (${(error as Error).message}); SEQUENCE is kept in memory only`,
      );
    }
  }

  private startWatching(): void {
    this.watcher = watchArchive(this.dir, () => void this.reload(), {
      ...(this.options.onWarning ? { onWarning: this.options.onWarning } : {}),
    });
  }
}
