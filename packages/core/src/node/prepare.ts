import { Worker } from 'node:worker_threads';
import type { FromPrepareThread, PrepareThreadData, ToPrepareThread } from './prepare-thread.js';

/** The thread's script: the build's (from the sources, as the tests run them, the built one beside them). */
const THREAD = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/prepare-thread.js' : './prepare-thread.js',
  import.meta.url,
);

/** A prepare thread started by {@link prepareInThread}. */
export interface PreparePass {
  /** How many bodies of the first pass had their parts made and how many found them kept; rejects with why it failed. */
  readonly done: Promise<{ made: number; kept: number }>;
  /**
   * Asks the thread to make these bodies' parts (where not kept as made from their records now), after
   * the first pass; only a thread started with `stay` does.
   */
  make(bodies: readonly string[]): void;
  /** Stops the thread after the body it is at; resolves once it has. */
  stop(): Promise<void>;
}

/** How {@link prepareInThread} runs its pass. */
export interface PrepareOptions {
  /** Scheduling priority of the thread (Linux; elsewhere it runs as the process): 10 by default. */
  nice?: number;
  /**
   * What the pass makes: by default `ArchiveParts.prepare` (what a meeting page needs). Else a module
   * (its URL) exporting `preparePass(parts, bodies, stop, options)`, as the feed's makes its feeds, and
   * the `options` it is handed (copied to the thread, so plain data).
   */
  pass?: { module: URL; options?: unknown };
  /** Whether the thread stays after the first pass and makes what {@link PreparePass.make} names. */
  stay?: boolean;
}

/**
 * Runs a pass over `bodies` of the database at `location` (see {@link PrepareOptions.pass}) in a worker
 * thread of its own, with its own connections, at a lower scheduling priority, and with `stay` then
 * for every body {@link PreparePass.make} names until stopped: what a server of a large database does,
 * so a body's first request finds what it needs kept without holding up the requests answered
 * meanwhile (hand `make` to `ArchiveParts.makeElsewhere`).
 */
export function prepareInThread(
  location: string,
  bodies: readonly string[],
  options: PrepareOptions = {},
): PreparePass {
  const data: PrepareThreadData = {
    location,
    bodies,
    nice: options.nice ?? 10,
    stay: options.stay ?? false,
    ...(options.pass ? { pass: { module: options.pass.module.href, options: options.pass.options } } : {}),
  };
  const thread = new Worker(THREAD, { workerData: data });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  const done = new Promise<{ made: number; kept: number }>((resolve, reject) => {
    thread.on('message', (message: FromPrepareThread) => {
      if (message.type === 'done') resolve({ made: message.made, kept: message.kept });
      else reject(new Error(message.message));
    });
    thread.once('error', reject);
    void exited.then(() => reject(new Error('its thread stopped')));
  });
  done.catch(() => {}); // a caller that never asks is not told of an unhandled rejection
  const send = (message: ToPrepareThread) => {
    try {
      thread.postMessage(message);
    } catch {
      // the thread has stopped: nothing to tell it
    }
  };
  return {
    done,
    make: (names) => send({ type: 'make', bodies: [...names] }),
    stop: () => {
      send({ type: 'stop' });
      return exited;
    },
  };
}
