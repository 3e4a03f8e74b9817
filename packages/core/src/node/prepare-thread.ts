// The prepare thread: makes what the servers of a database served per body keep for each body (the
// viewer's follow-up leads, see ArchiveParts.prepare; the feed's feeds, through a pass module of its
// own), in a thread of its own with its own connections and at a lower scheduling priority, so the
// thread answering requests is not held up for the minutes a pass over every body takes. With `stay`,
// it then makes the parts of each body it is told of, as long as the server runs.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArchiveParts } from './live.js';
import { openArchive } from './location.js';
import { lowerThisThread } from './thread-priority.js';

/** A pass over some bodies: what a pass module exports as `preparePass` (see `PrepareOptions.pass`). */
export type PrepareBodies = (
  parts: ArchiveParts,
  bodies: readonly string[],
  stop: () => boolean,
  options: unknown,
) => Promise<{ made: number; kept: number }>;

/** What {@link prepareInThread} gives the thread. */
export interface PrepareThreadData {
  /** The database's URL, with its credentials. */
  readonly location: string;
  /** The bodies of the first pass, in this order. */
  readonly bodies: readonly string[];
  readonly nice: number;
  /** The pass module's URL and the options handed to it; absent: `ArchiveParts.prepare`. */
  readonly pass?: { readonly module: string; readonly options?: unknown };
  /** Whether the thread stays after the first pass for the bodies it is told of. */
  readonly stay: boolean;
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
  const pass: PrepareBodies = data.pass
    ? ((await import(data.pass.module)) as { preparePass: PrepareBodies }).preparePass
    : (parts, bodies, stopped) => parts.prepare(bodies, stopped);
  // A thread that stays follows the database's changes: the bodies and organisations it stamps what it
  // makes with must be those the server reads them with.
  const live = await openArchive(data.location, { perBody: true, watch: data.stay });
  try {
    const parts = live.parts;
    if (!parts) throw new Error('the database is not served per body');
    const { made, kept } = await pass(parts, data.bodies, () => stop, data.pass?.options);
    port.postMessage({ type: 'done', made, kept } satisfies FromPrepareThread);
    while (data.stay && !stop) {
      const next = asked.values().next();
      if (next.done) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      asked.delete(next.value);
      await pass(parts, [next.value], () => stop, data.pass?.options);
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
