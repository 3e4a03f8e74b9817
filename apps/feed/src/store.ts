import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type FeedOptions, SammantradeError } from '@sammantrade/core';
import {
  formatError,
  isDatabaseLocation,
  type LiveArchive,
  type LiveArchiveOptions,
  openArchive,
  type PreparePass,
  prepareInThread,
} from '@sammantrade/core/node';
import { BodyFeeds } from './body-feeds.js';
import type { BuildThreadData, FromBuildThread, ToBuildThread } from './build.js';
import { BrotliMaker } from './compress.js';
import { readSavedFeeds } from './saved-feeds.js';
import { type FeedSnapshot, nextSnapshot, type ServedFeed } from './snapshot.js';

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
  /**
   * A database served per body: after start, make in the background each body's feed the database
   * does not keep as made from its records now, one at a time (default true), so a body's first
   * subscriber finds it ready. Several servers of one database share what each made.
   */
  prepare?: boolean;
}

/**
 * The build thread's script. Built beside the bundle; the tests, which run this file from its
 * TypeScript source, use the built one (`pnpm test` builds first).
 */
const THREAD = new URL(
  import.meta.url.endsWith('.ts') ? '../dist/build-thread.js' : './build-thread.js',
  import.meta.url,
);
/** The pass core's prepare thread runs for the feed (see `FeedStoreOptions.prepare`), beside the build thread's script. */
const PREPARE_PASS = new URL(
  import.meta.url.endsWith('.ts') ? '../dist/prepare-pass.js' : './prepare-pass.js',
  import.meta.url,
);
/** A build thread that stops unexpectedly is started again after this long. */
const RESTART_MS = 1000;
/** How often a server serving saved feeds tries again to load an archive that did not load. */
const RETRY_MS = 5000;

/**
 * Holds the feeds of one archive in memory and serves them while a thread of their own loads the
 * archive, follows its changes and builds the feeds: the thread answering requests only swaps in the
 * bytes of the feeds that changed, so a load or a build never holds up a request. Only the events
 * that changed are rendered again and only the feeds that changed compressed; until the new feeds are
 * ready the previous ones are served. A reload that fails (a half-saved YAML file) keeps the previous
 * feeds online and reports why. The archive is a folder (watched by the build thread), a `postgres://`
 * database (the build thread reads it and follows it through LISTEN/NOTIFY) or a {@link LiveArchive}
 * the process already follows (the thread loads when it changes).
 */
export class FeedStore {
  readonly dir: string;
  /** Where the build thread opens the archive: the folder, or the database URL with its credentials. */
  private readonly location: string;
  private readonly options: FeedStoreOptions;
  private readonly source: string | LiveArchive;
  /** The archive this process follows: the one given, or a database opened here (and closed with the store). */
  private live: LiveArchive | undefined;
  private ownsLive = false;
  /** A database served per body: feeds made when asked for, no build thread. */
  private perBody: BodyFeeds | undefined;
  /** Served per body: the pass making every body's feed after start (see `FeedStoreOptions.prepare`). */
  preparing: Promise<{ made: number; kept: number }> | undefined;
  private thread: Worker | undefined;
  private preparePass: PreparePass | undefined;
  private current: FeedSnapshot | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly brotli = new BrotliMaker((error) =>
    this.options.onWarning?.(`brotli failed, serving gzip: ${String(error)}`),
  );
  private closing = false;
  private requests = 0;
  private readonly waiting = new Map<number, () => void>();
  /** Completed builds, state saved; tests wait for it to move. */
  private generation = 0;

  constructor(archive: string | LiveArchive, options: FeedStoreOptions = {}) {
    this.source = archive;
    this.dir = typeof archive === 'string' ? archive : archive.dir;
    this.location = typeof archive === 'string' ? archive : (archive.location ?? archive.dir);
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

  /**
   * Loads the archive and builds the feeds. Throws (SammantradeError) when the archive is invalid. When
   * the last run saved its feeds (for the same options), resolves at once and serves them while the
   * build thread loads the archive; a first load that fails then leaves them served, with a warning,
   * and is tried again.
   */
  async open(): Promise<this> {
    if (typeof this.source !== 'string') this.live = this.source;
    else if (isDatabaseLocation(this.location)) {
      // Opened here to learn whether it is served per body; a small one is then followed by the build thread.
      this.live = await openArchive(this.location, {
        watch: this.options.watch !== false,
        ...(this.options.onWarning ? { onWarning: this.options.onWarning } : {}),
      });
      this.ownsLive = true;
    }
    if (this.live?.parts) {
      this.perBody = new BodyFeeds(this.live.parts, this.feedOptions);
      if (this.options.prepare !== false) this.preparing = this.prepare(this.live);
      this.current = { feeds: new Map(), list: [] };
      return this;
    }
    const saved = this.feedsFile && (await readSavedFeeds(this.feedsFile, this.feedOptions));
    if (saved) {
      this.current = nextSnapshot(undefined, saved.feeds, saved.changed);
      void this.startUntilLoaded();
    } else {
      await this.start();
    }
    if (this.live) {
      this.unsubscribe = this.live.subscribe(() => this.send({ type: 'reload' }));
    }
    return this;
  }

  /**
   * The pass after start over every body of a database served per body, in a thread of its own with
   * its own connections (on this thread only when the database's URL is not known). A pass that fails
   * is reported as a warning: the feeds are then made when first asked for.
   */
  private prepare(live: LiveArchive): Promise<{ made: number; kept: number }> {
    const bodies = live.current.bodies.map((b) => b.id);
    const location = live.location;
    if (!location || !isDatabaseLocation(location)) {
      return (this.perBody as BodyFeeds).prepare(bodies, () => this.closing);
    }
    const pass = prepareInThread(location, bodies, { pass: { module: PREPARE_PASS, options: this.feedOptions } });
    this.preparePass = pass;
    return pass.done.catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.options.onWarning?.(`the feeds were not made after start (${message}); each is made when first asked for`);
      return { made: 0, kept: 0 };
    });
  }

  /** Whether the feeds are made per body when asked for (a large database), not built all at once. */
  get servedPerBody(): boolean {
    return this.perBody !== undefined;
  }

  /** The bodies of the archive (served per body: the feeds' index lists one feed per body). */
  get bodies(): readonly { id: string; name: string }[] {
    return this.live?.current.bodies ?? [];
  }

  /** How many bodies' feeds are in memory (served per body). */
  get cachedBodies(): number {
    return this.live?.parts?.cached ?? 0;
  }

  /** The feed at `path`, from the snapshot or (served per body) made now or kept since the body last changed. */
  async feed(path: string): Promise<ServedFeed | undefined> {
    return this.perBody ? this.perBody.feed(path) : this.snapshot.feeds.get(path);
  }

  /** Loads the archive again now and rebuilds; keeps the old feeds when the archive is invalid. */
  async reload(): Promise<void> {
    if (this.perBody) {
      await this.live?.reload();
      return;
    }
    if (!this.thread) return; // not started yet (saved feeds served): its first load reads the folder as it is
    const id = ++this.requests;
    await new Promise<void>((resolve) => {
      this.waiting.set(id, resolve);
      this.send({ type: 'reload', id });
    });
  }

  /** Asks for the brotli bytes of a feed a client would take brotli for (made in the background). */
  wantBrotli(feed: ServedFeed): void {
    // Built whole, a feed an edit replaced before its turn is skipped; made per body, it is whatever was asked.
    const served = this.perBody ? undefined : () => this.current?.feeds.get(feed.path)?.bodies === feed.bodies;
    this.brotli.want(feed.bodies, served);
  }

  /** Resolves when the brotli asked for so far is made. */
  async settled(): Promise<void> {
    await this.brotli.settled();
  }

  /** Stops following the archive and ends the build thread (after the build it is writing state for). */
  async close(): Promise<void> {
    this.closing = true;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.brotli.close();
    await this.preparePass?.stop(); // stops after the body it is making
    await this.preparing;
    const thread = this.thread;
    this.thread = undefined;
    if (this.ownsLive) await this.live?.close();
    if (!thread) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      thread.once('exit', () => resolve());
      thread.on('message', (message: FromBuildThread) => {
        if (message.type === 'closed') void thread.terminate();
      });
      thread.postMessage({ type: 'close' } satisfies ToBuildThread);
      timer.unref();
    });
    await thread.terminate();
    for (const resolve of this.waiting.values()) resolve();
    this.waiting.clear();
  }

  private send(message: ToBuildThread): void {
    this.thread?.postMessage(message);
  }

  private get stateFile(): string {
    return this.options.stateFile ?? join(this.dir, '.sammantrade', 'calendar-state.json');
  }

  /**
   * Where the feeds are saved for a fast start: beside a folder's records. Not for a database: the
   * feeds must follow the SEQUENCE state every server of the database shares, which a file cannot.
   */
  private get feedsFile(): string | undefined {
    return isDatabaseLocation(this.location) ? undefined : join(this.dir, '.sammantrade', 'calendar-feeds.bin');
  }

  /** What the feeds are built with: the options that can cross to the build thread. */
  private get feedOptions(): FeedOptions {
    const o = this.options;
    return {
      ...(o.adjustments !== undefined ? { adjustments: o.adjustments } : {}),
      ...(o.reportBacks !== undefined ? { reportBacks: o.reportBacks } : {}),
      ...(o.viewerUrl !== undefined ? { viewerUrl: o.viewerUrl } : {}),
      ...(o.uidDomain !== undefined ? { uidDomain: o.uidDomain } : {}),
    };
  }

  /** Serving saved feeds: starts the build thread, and again every few seconds while the archive cannot be loaded. */
  private async startUntilLoaded(): Promise<void> {
    let told = false;
    while (!this.closing) {
      try {
        await this.start();
        return;
      } catch (error) {
        if (this.closing) return;
        if (!told)
          this.options.onWarning?.(
            `cannot load the archive, serving the feeds of the last run and trying again: ${formatError(error).join('; ')}`,
          );
        told = true;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  /** Starts the build thread; resolves with its first build, rejects when it cannot load the archive. */
  private start(): Promise<void> {
    const data: BuildThreadData = {
      location: this.location,
      stateFile: this.stateFile,
      ...(this.feedsFile ? { feedsFile: this.feedsFile } : {}),
      options: this.feedOptions,
      watch: this.options.watch ?? true,
      follow: this.live !== undefined,
    };
    const thread = new Worker(THREAD, { workerData: data });
    this.thread = thread;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      thread.on('message', (message: FromBuildThread) => {
        if (message.type === 'built') {
          this.current = nextSnapshot(this.current, message.feeds, message.changed);
        } else if (message.type === 'saved') {
          this.generation++;
          started = true;
          resolve();
        } else if (message.type === 'reloaded') {
          this.waiting.get(message.id)?.();
          this.waiting.delete(message.id);
        } else if (message.type === 'warning') {
          this.options.onWarning?.(message.message);
        } else if (message.type === 'failed') {
          const { code, message: text, diagnostics } = message.error;
          reject(code ? new SammantradeError(code, text, { diagnostics: diagnostics ?? [] }) : new Error(text));
          void thread.terminate();
        }
      });
      thread.on('error', (error) => {
        if (!started) reject(error);
        else this.options.onWarning?.(`the feed build thread failed (${error.message}); still serving the last feeds`);
      });
      thread.on('exit', () => {
        if (!started) reject(new Error('the feed build thread stopped before its first build'));
        if (this.closing || this.thread !== thread || !started) return;
        // Something killed the thread (memory): the feeds served stay, and a new thread takes over.
        this.options.onWarning?.('the feed build thread stopped; starting it again');
        setTimeout(() => {
          if (!this.closing && this.thread === thread) void this.start().catch(() => undefined);
        }, RESTART_MS).unref();
      });
    });
  }
}
