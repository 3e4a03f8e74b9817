import { Worker } from 'node:worker_threads';
import type { ServedFeed } from './snapshot.js';

/** A feed's gzip to make brotli of. */
export interface ToCompressThread {
  id: number;
  gzip: Uint8Array;
}

/** The brotli bytes of one feed (the buffer transferred), or why there are none. */
export type FromCompressThread = { id: number; br: Uint8Array } | { id: number; error: string };

/** The compress thread's script; beside the bundle, or the built one for the tests (see the store's THREAD). */
const THREAD = new URL(
  import.meta.url.endsWith('.ts') ? '../dist/compress-thread.js' : './compress-thread.js',
  import.meta.url,
);

/**
 * Makes the brotli bytes of the feeds clients ask brotli for, one at a time, in a thread of its own at
 * the lowest scheduling priority (see compress-thread.ts): until they are ready those clients get
 * gzip. Only feeds asked for are compressed (at its best quality brotli is about a hundred times
 * slower than gzip for a sixth fewer bytes), so an edit of the archive costs no brotli of feeds nobody
 * fetches with it; a feed no longer served by the time its turn comes is skipped; and a feed's bytes are
 * compressed once (unchanged feeds keep their bytes, brotli included, from build to build). The thread
 * starts with the first feed asked for.
 */
export class BrotliMaker {
  private readonly queue = new Map<ServedFeed['bodies'], () => boolean>();
  private running: Promise<void> | undefined;
  private thread: Worker | undefined;
  private readonly replies = new Map<number, (reply: FromCompressThread) => void>();
  private next = 0;
  private closed = false;

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  /**
   * Asks for brotli of a feed's bytes, once; the request that asks is served gzip meanwhile.
   * `served` says whether the feed is still served when its turn comes (else it is skipped).
   */
  want(bodies: ServedFeed['bodies'], served: () => boolean = () => true): void {
    if (this.closed || bodies.br || this.queue.has(bodies)) return;
    this.queue.set(bodies, served);
    this.kick();
  }

  /** Resolves when every brotli asked for so far is made. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Ends the thread; feeds asked for meanwhile stay gzip. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    const thread = this.thread;
    this.thread = undefined;
    await thread?.terminate();
  }

  /** Works through the queue; a feed asked for as a run ends (it may end without waiting) starts the next one. */
  private kick(): void {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      if (this.queue.size > 0 && !this.closed) this.kick();
    });
  }

  private async run(): Promise<void> {
    for (const [bodies, served] of this.queue) {
      try {
        if (!bodies.br && served()) {
          const reply = await this.compress(bodies.gzip);
          if ('error' in reply) throw new Error(reply.error);
          bodies.br = reply.br;
        }
      } catch (error) {
        if (!this.closed) this.onError(error);
      }
      this.queue.delete(bodies);
    }
  }

  /** The thread's answer for one feed's gzip (sent as a copy: the feed is served from it meanwhile). */
  private compress(gzip: Uint8Array): Promise<FromCompressThread> {
    const thread = this.start();
    const id = ++this.next;
    return new Promise((resolve) => {
      this.replies.set(id, resolve);
      thread.postMessage({ id, gzip } satisfies ToCompressThread);
    });
  }

  private start(): Worker {
    if (this.thread) return this.thread;
    const thread = new Worker(THREAD);
    // Brotli waiting to be made does not keep a process alive.
    thread.unref();
    thread.on('message', (reply: FromCompressThread) => {
      this.replies.get(reply.id)?.(reply);
      this.replies.delete(reply.id);
    });
    // A thread that fails or is stopped (memory) answers what it owed with an error; the next feed starts another.
    const fail = (message: string) => {
      if (this.thread === thread) this.thread = undefined;
      for (const [id, resolve] of this.replies) resolve({ id, error: message });
      this.replies.clear();
    };
    thread.on('error', (error) => fail(error.message));
    thread.on('exit', () => fail('the compress thread stopped'));
    this.thread = thread;
    return thread;
  }
}
