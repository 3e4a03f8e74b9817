// The prepare thread: makes what the pages of a database served per body need kept (see
// ArchiveParts.prepare), in a thread of its own with its own connections and at a lower scheduling
// priority, so the thread answering requests is not held up: first for every body after start, then
// for each body a page finds without it (after a change) as long as the server runs.
import { parentPort, workerData } from 'node:worker_threads';
import { openArchive } from './location.js';
import { lowerThisThread } from './thread-priority.js';

/** What {@link prepareInThread} gives the thread. */
export interface PrepareThreadData {
  /** The database's URL, with its credentials. */
  readonly location: string;
  /** The bodies of the first pass, in this order. */
  readonly bodies: readonly string[];
  readonly nice: number;
}

/** What the thread is told: make these bodies' parts (after the first pass), or stop. */
export type ToPrepareThread = { type: 'make'; bodies: readonly string[] } | { type: 'stop' };

/** What the thread says: the first pass's count, or why it failed (then it stops). */
export type FromPrepareThread = { type: 'done'; made: number; kept: number } | { type: 'failed'; message: string };

if (!parentPort) throw new Error('the prepare thread runs as a worker thread');
const port = parentPort;
const data = workerData as PrepareThreadData;

lowerThisThread(data.nice);

let stop = false;
/** Bodies asked for after the first pass, in the order asked (each once). */
const asked = new Set<string>();
let wake: (() => void) | undefined;
port.on('message', (message: ToPrepareThread) => {
  if (message.type === 'stop') stop = true;
  else for (const body of message.bodies) asked.add(body);
  wake?.();
});

try {
  const live = await openArchive(data.location, { perBody: true, watch: false });
  try {
    const parts = live.parts;
    if (!parts) throw new Error('the database is not served per body');
    const { made, kept } = await parts.prepare(data.bodies, () => stop);
    port.postMessage({ type: 'done', made, kept } satisfies FromPrepareThread);
    while (!stop) {
      const next = asked.values().next();
      if (next.done) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      asked.delete(next.value);
      await parts.prepare([next.value], () => stop);
    }
  } finally {
    await live.close();
  }
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies FromPrepareThread);
}
port.close();
