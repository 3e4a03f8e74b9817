// The feed's prepare thread: after start, makes every body's feed of a database served per body that
// the database does not keep as made from its records now, and keeps it there (see BodyFeeds.prepare).
// In its own thread, with its own connections, at a lower scheduling priority: made on the thread that
// answers requests, each feed (some 80 ms of processor time on a national archive) held up every
// request that came meanwhile, for the minutes the pass takes. A request for a body finds the feed
// kept in the database once this thread has made it, as a second server would.
import { parentPort, workerData } from 'node:worker_threads';
import type { FeedOptions } from '@sammantrade/core';
import { lowerThisThread, openArchive } from '@sammantrade/core/node';
import { BodyFeeds } from './body-feeds.js';

/** What the store gives the prepare thread. */
export interface PrepareThreadData {
  /** The database's URL, with its credentials. */
  readonly location: string;
  readonly options: FeedOptions;
  /** The bodies to make feeds for, in this order. */
  readonly bodies: readonly string[];
}

/** The prepare thread's one answer, when it has stopped. */
export type FromPrepareThread = { type: 'done'; made: number; kept: number } | { type: 'failed'; message: string };

if (!parentPort) throw new Error('the feed prepare thread runs as a worker thread');
const port = parentPort;
const data = workerData as PrepareThreadData;

lowerThisThread(10);

let stop = false;
port.on('message', (message: { type: 'stop' }) => {
  if (message.type === 'stop') stop = true;
});

let answer: FromPrepareThread;
try {
  const live = await openArchive(data.location, { perBody: true, watch: false });
  try {
    if (!live.parts) throw new Error('the database is not served per body');
    const { made, kept } = await new BodyFeeds(live.parts, data.options).prepare(data.bodies, () => stop);
    answer = { type: 'done', made, kept };
  } finally {
    await live.close();
  }
} catch (error) {
  answer = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
}
port.postMessage(answer);
port.close();
