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
  /** Asks the thread to make these bodies' parts (where not kept as made from their records now), after the first pass. */
  make(bodies: readonly string[]): void;
  /** Stops the thread after the body it is at; resolves once it has. */
  stop(): Promise<void>;
}

/**
 * Runs {@link ArchiveParts.prepare} over `bodies` of the database at `location` in a worker thread of
 * its own, with its own connections, at scheduling priority `nice` (Linux; elsewhere as the process),
 * and then for every body {@link PreparePass.make} names until stopped: what a server of a large
 * database does, so a body's pages find what they need kept without holding up the requests answered
 * meanwhile (hand it `make` with `ArchiveParts.makeElsewhere`).
 */
export function prepareInThread(location: string, bodies: readonly string[], nice = 10): PreparePass {
  const data: PrepareThreadData = { location, bodies, nice };
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
