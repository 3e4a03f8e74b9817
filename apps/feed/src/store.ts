import { join } from 'node:path';
import type { Archive, FeedOptions, RevisionState } from '@sammantrade/core';
import {
  formatError,
  type LiveArchive,
  type LiveArchiveOptions,
  openArchive,
  writeFileAtomic,
} from '@sammantrade/core/node';
import { buildSnapshot, compressBrotli, type FeedSnapshot } from './snapshot.js';
import { readStateFile } from './state.js';

/** Options for {@link FeedStore}. */
export interface FeedStoreOptions extends FeedOptions {
  /**
   * Where SEQUENCE numbers are remembered between runs, for a folder. Default:
   * `<archive>/.sammantrade/calendar-state.json`. A database keeps them itself, shared by every process.
   */
  stateFile?: string;
  /** Watch the archive and rebuild on change (default true), with these watcher options. */
  watch?: LiveArchiveOptions['watch'];
  /** Called with one line when a reload fails or state cannot be written; the old feeds stay served. */
  onWarning?: (message: string) => void;
}

/**
 * Holds the feeds of one archive in memory, rebuilding them when it changes: only the events that
 * changed are rendered and only the feeds that changed compressed, and requests are answered from
 * the previous feeds until the new ones are ready. A reload that fails (a half-saved YAML file)
 * keeps the previous feeds online and reports why. The archive is a folder (watched by the store), a
 * `postgres://` database (followed through LISTEN/NOTIFY), or a {@link LiveArchive} shared with other
 * servers of the process.
 */
export class FeedStore {
  readonly dir: string;
  private readonly options: FeedStoreOptions;
  private readonly source: string | LiveArchive;
  private live: LiveArchive | undefined;
  private current: FeedSnapshot | undefined;
  private unsubscribe: (() => void) | undefined;
  private building: Promise<void> = Promise.resolve();
  private compressing: Promise<void> = Promise.resolve();
  /** Completed builds, state saved; tests wait for it to move. */
  private generation = 0;

  constructor(archive: string | LiveArchive, options: FeedStoreOptions = {}) {
    this.source = archive;
    this.dir = typeof archive === 'string' ? archive : archive.dir;
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
    const warn = this.options.onWarning;
    this.live =
      typeof this.source === 'string'
        ? await openArchive(this.source, {
            watch: this.options.watch ?? true,
            ...(warn ? { onWarning: warn } : {}),
            onError: (error) =>
              warn?.(`reload failed, still serving the previous feeds: ${formatError(error).join('; ')}`),
          })
        : this.source;
    // Listening before the first build ends: a change meanwhile is built right after it.
    this.building = this.build(this.live.current);
    this.unsubscribe = this.live.subscribe((archive) => void this.rebuild(archive));
    await this.building;
    return this;
  }

  /** Loads the archive again now and rebuilds; keeps the old feeds when the archive is invalid. */
  async reload(): Promise<void> {
    await this.live?.reload();
    await this.building;
  }

  /** Stops watching (when the store opened the folder itself). */
  async close(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (typeof this.source === 'string') await this.live?.close();
  }

  /** Builds the feeds of a new version of the archive, after any build still running. */
  private rebuild(archive: Archive): Promise<void> {
    this.building = this.building.then(() =>
      this.build(archive).catch((error: unknown) =>
        this.options.onWarning?.(
          `cannot build the feeds, still serving the previous ones: ${formatError(error).join('; ')}`,
        ),
      ),
    );
    return this.building;
  }

  private async build(archive: Archive): Promise<void> {
    const shared = this.live?.revisions;
    let next: FeedSnapshot | undefined;
    if (shared) {
      // The database keeps the state: read, build and save as one step, so the processes serving one
      // database never give one change two SEQUENCE numbers. The last build's rendered events are
      // reused only when no other process has moved the state since.
      await shared.update(async (state) => {
        const same = this.current && JSON.stringify(this.current.state) === JSON.stringify(state);
        next = await buildSnapshot(archive, same ? this.current : { state }, this.options);
        return next.state;
      });
    } else {
      const previous = this.current ?? { state: await this.readState() };
      next = await buildSnapshot(archive, previous, this.options);
      if (JSON.stringify(next.state) !== JSON.stringify(previous.state)) await this.writeState(next.state);
    }
    if (!next) return;
    this.current = next;
    this.generation++;
    const built = next;
    this.compressing = compressBrotli(built, () => this.current).catch((error: unknown) =>
      this.options.onWarning?.(`brotli failed, serving gzip: ${String(error)}`),
    );
  }

  /** Resolves when the running build and the background brotli of its feeds are done. */
  async settled(): Promise<void> {
    await this.building;
    await this.compressing;
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
