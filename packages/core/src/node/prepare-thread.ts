// The prepare thread: makes what the pages of a database served per body need kept (see
// ArchiveParts.prepare), in a thread of its own with its own connections and at a lower scheduling
// priority, so the thread answering requests is not held up for the minutes a pass over every body takes.
import { parentPort, workerData } from 'node:worker_threads';
import { openArchive } from './location.js';
import { lowerThisThread } from './thread-priority.js';

/** What {@link prepareInThread} gives the thread. */
export interface PrepareThreadData {
  /** The database's URL, with its credentials. */
  readonly location: string;
  /** The bodies, in this order. */
  readonly bodies: readonly string[];
  readonly nice: number;
}

/** The thread's one answer, when it has stopped. */
export type FromPrepareThread = { type: 'done'; made: number; kept: number } | { type: 'failed'; message: string };

if (!parentPort) throw new Error('the prepare thread runs as a worker thread');
const port = parentPort;
const data = workerData as PrepareThreadData;

lowerThisThread(data.nice);

let stop = false;
port.on('message', (message: { type: 'stop' }) => {
  if (message.type === 'stop') stop = true;
});

let answer: FromPrepareThread;
try {
  const live = await openArchive(data.location, { perBody: true, watch: false });
  try {
    if (!live.parts) throw new Error('the database is not served per body');
    const { made, kept } = await live.parts.prepare(data.bodies, () => stop);
    answer = { type: 'done', made, kept };
  } finally {
    await live.close();
  }
} catch (error) {
  answer = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
port.postMessage(answer);
port.close();
