import { join } from 'node:path';
import type { Archive, FeedOptions, RevisionState } from '@sammantrade/core';
import { formatError, type LiveArchive, openLiveArchive, writeFileAtomic } from '@sammantrade/core/node';
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
  private live: LiveArchive | undefined;
  private building: Promise<void> = Promise.resolve();
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
    // The archive follows its folder (core's live archive); each good state is built into feeds.
    this.live = await openLiveArchive(this.dir, {
      watch: this.options.watch !== false,
      onChange: (archive) => void this.rebuild(archive),
      onError: (error) =>
        this.options.onWarning?.(`reload failed, still serving the previous feeds: ${formatError(error).join('; ')}`),
      ...(this.options.onWarning ? { onWarning: this.options.onWarning } : {}),
    });
    await this.build(this.live.current);
    return this;
  }

  /** Reloads the archive now and rebuilds; keeps the old feeds when the archive is invalid. */
  async reload(): Promise<void> {
    await this.live?.reload();
    await this.building;
  }

  /** Stops watching. */
  close(): void {
    this.live?.close();
    this.live = undefined;
  }

  /** Builds one archive state after another, never two at once. */
  private rebuild(archive: Archive): Promise<void> {
    this.building = this.building.then(() =>
      this.build(archive).catch((error: unknown) => {
        this.options.onWarning?.(
          `cannot build the feeds, still serving the previous ones: ${formatError(error).join('; ')}`,
        );
      }),
    );
    return this.building;
  }

  private async build(archive: Archive): Promise<void> {
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
}
