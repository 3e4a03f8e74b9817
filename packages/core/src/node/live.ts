import type { Archive } from '../archive/archive.js';
import { ArchiveMemory } from '../archive/cache.js';
import { loadArchiveWith } from '../archive/load.js';
import { scanArchive } from '../archive/scan.js';
import { type ArchiveWatcher, type WatchOptions, watchArchive } from '../archive/watch.js';
import type { RevisionState } from '../calendar/revisions.js';
import { isSammantradeError, SammantradeError } from '../errors.js';
import type { SearchOptions, SearchResult } from '../query/search.js';
import type { BodySummary } from '../query/summary.js';
import type { Timeline } from '../query/timeline.js';

/** Options for {@link openLiveArchive}. */
export interface LiveArchiveOptions extends Pick<WatchOptions, 'debounceMs'> {
  /** Told of each new good state of the archive, after a change (as {@link LiveArchive.subscribe}). */
  onChange?: (archive: Archive) => void;
  /**
   * Told when a change leaves the archive unreadable (a file saved half-way): the last good state stays.
   * The error is a {@link SammantradeError} with the problems as diagnostics; see `formatError`.
   */
  onError?: (error: SammantradeError) => void;
  /** Told when watching fails or stops, with one line. */
  onWarning?: (message: string) => void;
  /** Watch the folder for changes (default true); an object is the watcher's options (polling, full check). */
  watch?: boolean | Omit<WatchOptions, 'onWarning'>;
  /**
   * A database only: serve it per body ({@link LiveArchive.parts}) rather than read whole into memory.
   * Default: when it holds more than 20,000 meetings.
   */
  perBody?: boolean;
  /** Per body: how many bodies' archives (and what was made from them) are kept in memory. Default 256. */
  cachedBodies?: number;
}

/** An archive served per body at a glance: what the start page shows, from summary queries. */
export interface ArchiveOverview {
  /** Every body's meetings per year (schedules and programmes left empty: not counted here). */
  readonly bodies: readonly BodySummary[];
  readonly meetings: number;
  readonly paragraphs: number;
  readonly decisions: number;
  /** The meetings around the day asked, from the records and schedules nearest to it. */
  readonly timeline: Timeline;
}

/** Which records of a body {@link ArchiveParts} reads. */
export interface PartOptions {
  /**
   * Also the other bodies' meetings in the cases where the body gave assignments, within its
   * organisation (default true): what judging its assignments takes.
   */
  readonly related?: boolean;
  /**
   * Keep the body's records and what is made in memory (default true). False for a pass over every
   * body in the background: what is made is kept in the store alone, and the bodies in memory (those
   * asked for lately) stay.
   */
  readonly remember?: boolean;
}

/** What {@link ArchiveParts.kept} keeps: bytes, and what describes them (JSON). */
export interface KeptPart {
  readonly meta: unknown;
  readonly bytes: Uint8Array;
}

/**
 * A large archive read a body at a time: each body's records (with the other bodies' meetings in the
 * cases its assignments are in, so follow-ups are judged as from the whole archive) are read when first
 * asked for and kept, least recently used first out, until a change names the body. What is made from a
 * body's archive (a rendered feed) is kept with it, so it costs one make per change, not per request.
 */
export interface ArchiveParts {
  /**
   * One body's archive; undefined for a body the archive does not hold. With `related: false`, the
   * body's own records only (enough for its calendar without report-back events), kept apart.
   */
  body(id: string, options?: PartOptions): Promise<Archive | undefined>;
  /**
   * `make(archive)` for one body, kept with the body's archive under `key` until a change names the
   * body (or the body is pushed out of memory); undefined for an unknown body.
   */
  derived<T>(
    id: string,
    key: string,
    make: (archive: Archive) => T | Promise<T>,
    options?: PartOptions,
  ): Promise<T | undefined>;
  /**
   * What a page about one meeting needs: the body's archive as {@link ArchiveParts.body} gives it when
   * it is in memory; else, read now, the meeting alone with its body (what the page shows), and, when it gave an assignment its record does not settle, the meetings its follow-up
   * leads name, with those leads: the later paragraphs that judging it can answer with, found in the
   * body's every record and the other bodies' meetings in its cases, and kept in the store (made when
   * first needed after a change, or by {@link ArchiveParts.prepare}). Undefined for a body the archive
   * does not hold.
   */
  meeting(bodyId: string, meetingId: string): Promise<Archive | undefined>;
  /**
   * Makes what a meeting page of each of `bodies` needs kept in the store (its follow-up leads) where
   * the store does not keep it as made from its records now, one body at a time, without pushing the
   * bodies asked for lately out of memory. Stops when `stop()` says so. Resolves to how many bodies had
   * it made and how many had it kept.
   */
  prepare(bodies: readonly string[], stop: () => boolean): Promise<{ made: number; kept: number }>;
  /**
   * Hands the making of what a page found not kept (see {@link ArchiveParts.prepare}) to `make`, such
   * as a prepare thread's (`prepareInThread`), and after each change, the making again of what the
   * change made out of date; without it, this thread makes what a page found not kept after its
   * requests.
   */
  makeElsewhere(make: (bodies: readonly string[]) => void): void;
  /**
   * As {@link ArchiveParts.derived}, for bytes worth keeping across processes and restarts (a rendered
   * feed): what is made is also kept in the store, with a stamp of the records it was made from, and
   * taken from there (without reading the body's records) while those records are unchanged. `key`
   * names what is made and how: a maker whose output changes (another version, other options) must use
   * another key. Undefined for an unknown body, or when `make` gives nothing.
   */
  kept(
    id: string,
    key: string,
    make: (archive: Archive) => Promise<KeptPart | undefined>,
    options?: PartOptions,
  ): Promise<KeptPart | undefined>;
  /**
   * The bodies that handled a case (named by its number or `caseSlug`), each read whole as by
   * {@link ArchiveParts.body}, as one archive; empty when no paragraph has the case.
   */
  case(slugOrNumber: string): Promise<Archive>;
  /** The whole archive at a glance as of `today` (kept until the next change). */
  overview(today: string): Promise<ArchiveOverview>;
  /** Calendar revision state of some events only (one body's), as {@link RevisionStore.update} for them. */
  updateRevisions(
    uids: readonly string[],
    next: (previous: RevisionState) => RevisionState | Promise<RevisionState>,
  ): Promise<RevisionState>;
  /** How many bodies' archives are in memory now. */
  readonly cached: number;
}

/**
 * An archive that follows its folder: always the last state that loaded without errors. One serves all
 * the servers of a process, so the folder is watched once and each change loaded once.
 */
export interface LiveArchive {
  /** The archive's folder (for a database, its URL without the password, fit to show). */
  readonly dir: string;
  /**
   * Where another thread opens the archive again: the database URL with its credentials, which `dir`
   * leaves out. Absent for a folder: `dir` is enough.
   */
  readonly location?: string;
  /** The last good state. */
  readonly current: Archive;
  /** Calls `listener` with each new good state; returns a function that stops it. */
  subscribe(listener: (archive: Archive) => void): () => void;
  /**
   * Loads the folder again now (calls made meanwhile share the next load) and resolves to the current
   * state; a failure keeps the last good state and goes to `onError`. With `paths` (files below the
   * folder, `/`-separated) only those are examined again, as when the watcher saw them change; an empty
   * list examines none, so the load takes every record from the last one and only builds the archive
   * and runs its checks again (announcing nothing, as nothing changed). A database ignores `paths`.
   */
  reload(paths?: readonly string[]): Promise<Archive>;
  /** Stops watching (and, for a database, closes its connections). */
  close(): Promise<void>;
  /**
   * Where calendar revision state (SEQUENCE numbers) is kept when the store keeps it itself (a database,
   * shared by every process serving it); absent for a folder, where the feed keeps a state file.
   */
  readonly revisions?: RevisionStore;
  /**
   * The store's own search, when it has one (PostgreSQL's Swedish full-text search); absent when the
   * embedded index over `current` answers.
   */
  readonly search?: (query: string, options?: SearchOptions) => Promise<SearchResult>;
  /**
   * A database served per body (see {@link LiveArchiveOptions.perBody}): then `current` holds only the
   * bodies and programmes, and everything about meetings is asked of these parts.
   */
  readonly parts?: ArchiveParts;
}

/** Calendar revision state kept by the store. */
export interface RevisionStore {
  /** Reads the state, gives it to `next` and saves what it returns, as one step across processes. */
  update(next: (previous: RevisionState) => RevisionState | Promise<RevisionState>): Promise<RevisionState>;
}

/**
 * Opens the archive in `dir` and keeps it up to date as its files change (the viewer and the feed serve
 * from it). The folder is watched with chokidar (a file replaced by a rename stays watched; polling on
 * network shares), with a periodic full check as the safety net; a change is loaded through the cache, so
 * only the changed files are read. A state with the same files as the current one is not announced. A
 * change that breaks the archive leaves the last good state in place. Loads never overlap.
 * @throws {SammantradeError} when the archive cannot be loaded at first (`INVALID` with diagnostics,
 * `NOT_FOUND`, `IO`).
 */
export async function openLiveArchive(dir: string, options: LiveArchiveOptions = {}): Promise<LiveArchive> {
  // Each reload takes the unchanged files' records from the last one, reading only what changed.
  const memory = new ArchiveMemory();
  let current = await loadArchiveWith(dir, memory);
  const listeners = new Set<(archive: Archive) => void>();
  if (options.onChange) listeners.add(options.onChange);
  let running: Promise<Archive> | undefined;
  let again = false;
  // What the next load need look at: the files a watcher saw change, or everything (undefined).
  let pending: Set<string> | undefined = new Set();

  const load = async (): Promise<Archive> => {
    do {
      again = false;
      const paths = pending;
      pending = new Set();
      try {
        const next = await loadArchiveWith(dir, memory, paths && [...paths]);
        if (next.version === undefined || next.version !== current.version) {
          current = next;
          for (const listener of listeners) listener(next);
        }
      } catch (error) {
        options.onError?.(
          isSammantradeError(error)
            ? error
            : new SammantradeError('IO', `${dir}: ${error instanceof Error ? error.message : String(error)}`, {
                cause: error,
              }),
        );
      }
    } while (again);
    return current;
  };
  const reload = (paths?: readonly string[]): Promise<Archive> => {
    if (paths === undefined) pending = undefined;
    else for (const path of paths) pending?.add(path);
    if (running) {
      again = true; // a change during a load: load once more when it ends
      return running;
    }
    running = load().finally(() => {
      running = undefined;
    });
    return running;
  };

  let watcher: ArchiveWatcher | undefined;
  if (options.watch !== false) {
    watcher = watchArchive(dir, (paths) => void reload(paths), {
      ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
      ...(typeof options.watch === 'object' ? options.watch : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
    await watcher.ready;
    // A change between the first load and the watcher being ready is not lost.
    if ((await scanArchive(dir)).version !== current.version) void reload();
  }
  return {
    dir,
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reload: (paths) => reload(paths),
    async close() {
      await watcher?.close();
    },
  };
}
