import { Worker } from 'node:worker_threads';
import type { FromPrepareThread, PrepareThreadData } from './prepare-thread.js';

/** The thread's script: the build's (from the sources, as the tests run them, the built one beside them). */
const THREAD = new URL(
  import.meta.url.endsWith('.ts') ? '../../dist/prepare-thread.js' : './prepare-thread.js',
  import.meta.url,
);

/** A pass started by {@link prepareInThread}. */
export interface PreparePass {
  /** How many bodies had their parts made and how many found them kept; rejects with why the pass failed. */
  readonly done: Promise<{ made: number; kept: number }>;
  /** Asks the pass to stop after the body it is at (`done` then resolves with what it did). */
  stop(): void;
}

/**
 * Runs {@link ArchiveParts.prepare} over `bodies` of the database at `location` in a worker thread of
 * its own, with its own connections, at scheduling priority `nice` (Linux; elsewhere as the process):
 * what a server of a large database does after start, so a body's first page finds what it needs kept
 * without holding up the requests answered meanwhile.
 */
export function prepareInThread(location: string, bodies: readonly string[], nice = 10): PreparePass {
  const data: PrepareThreadData = { location, bodies, nice };
  const thread = new Worker(THREAD, { workerData: data });
  const done = new Promise<{ made: number; kept: number }>((resolve, reject) => {
    let answered = false;
    thread.on('message', (message: FromPrepareThread) => {
      answered = true;
      if (message.type === 'done') resolve({ made: message.made, kept: message.kept });
      else reject(new Error(message.message));
    });
    thread.on('error', (error) => {
      if (!answered) reject(error);
      answered = true;
    });
    thread.on('exit', () => {
      if (!answered) reject(new Error('its thread stopped'));
      answered = true;
    });
  });
  return { done, stop: () => thread.postMessage({ type: 'stop' }) };
}
