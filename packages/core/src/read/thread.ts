import { Worker } from 'node:worker_threads';
import type { ReadLimits } from './limits.js';
import type { PdfPage } from './pdf-layout.js';

/**
 * Runs pdf.js and mammoth in a worker thread (document-worker.mjs) under limits the main thread
 * enforces: the thread's heap is capped (`resourceLimits`), the memory of the whole process may grow
 * by at most the same amount while a document is read (watched, since the buffers pdf.js inflates
 * lie outside any heap), and a document or a PDF page taking too much processor time ends the thread.
 * The thread is kept for the next document and started again after it was ended. One document at a time.
 */

/** What the thread read. */
export type ThreadResult = { pages: PdfPage[] } | { html: string; warnings: string[] };

/** A job for the thread: a copy of the bytes, which it takes over. */
export type ThreadJob = { kind: 'pdf'; bytes: Uint8Array; maxPages: number } | { kind: 'docx'; bytes: Uint8Array };

/** Why the thread gave up, for the caller to put in words with the file's name. */
export class ReadLimitError extends Error {
  override readonly name = 'ReadLimitError';
  constructor(
    readonly limit: 'pages' | 'time' | 'page-time' | 'memory',
    /** The page that was being read, or for `pages` how many the PDF has. */
    readonly page?: number,
  ) {
    super(limit);
  }
}

/** An error the thread reported (pdf.js's `PasswordException`, a damaged file…). */
export class ThreadError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

type Message =
  | { id: number; type: 'page'; page: number }
  | { id: number; type: 'done'; result: ThreadResult }
  | { id: number; type: 'error'; name: string; message: string; pages?: number };

const WORKER_URL = new URL('./document-worker.mjs', import.meta.url);
const MB = 1024 * 1024;
/** How often memory and time are looked at while a document is read. */
const WATCH_MS = 20;

let current: { worker: Worker; memoryMb: number } | undefined;
let sequence = 0;
let tail: Promise<unknown> = Promise.resolve();

function threadFor(memoryMb: number): Worker {
  if (current && current.memoryMb === memoryMb) return current.worker;
  if (current) void current.worker.terminate();
  // Its output is not captured: captured streams would keep the process alive after the last document
  // (pdf.js prints nothing at verbosity 0).
  const worker = new Worker(WORKER_URL, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(32, memoryMb / 4) },
  });
  worker.unref();
  const started = { worker, memoryMb };
  worker.once('exit', () => {
    if (current === started) current = undefined;
  });
  current = started;
  return worker;
}

/** CPU seconds this process has used: while the main thread waits, they are the reading thread's. */
const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function run(job: ThreadJob, limits: ReadLimits): Promise<ThreadResult> {
  const worker = threadFor(limits.maxMemoryMb);
  const id = ++sequence;
  const baseline = process.memoryUsage.rss();
  const started = cpuSeconds();
  return new Promise<ThreadResult>((resolve, reject) => {
    let page: number | undefined;
    let pageStarted = started;
    const finish = () => {
      clearInterval(watch);
      clearTimeout(backstop);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.unref();
    };
    const end = (failure: Error) => {
      finish();
      if (current?.worker === worker) current = undefined;
      void worker.terminate();
      reject(failure);
    };
    const onMessage = (message: Message) => {
      if (message.id !== id) return;
      if (message.type === 'page') {
        page = message.page;
        pageStarted = cpuSeconds();
      } else if (message.type === 'done') {
        finish();
        resolve(message.result);
      } else {
        finish();
        reject(
          message.name === 'PageLimit'
            ? new ReadLimitError('pages', message.pages)
            : new ThreadError(message.name, message.message),
        );
      }
    };
    const onError = (error: Error & { code?: string }) =>
      end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ReadLimitError('memory', page) : error);
    const onExit = (code: number) => end(new Error(`the reading thread stopped (exit code ${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.ref();
    // Time is counted in processor seconds, so a machine busy with other work does not make a real
    // document look slow; the clock only backs that up, at four times the limit.
    const watch = setInterval(() => {
      const now = cpuSeconds();
      if (process.memoryUsage.rss() - baseline > limits.maxMemoryMb * MB) end(new ReadLimitError('memory', page));
      else if (page !== undefined && now - pageStarted > limits.maxSecondsPerPage)
        end(new ReadLimitError('page-time', page));
      else if (now - started > limits.maxSeconds) end(new ReadLimitError('time', page));
    }, WATCH_MS);
    const backstop = setTimeout(() => end(new ReadLimitError('time', page)), 4 * limits.maxSeconds * 1000);
    worker.postMessage({ id, ...job }, [job.bytes.buffer as ArrayBuffer]);
  });
}

/** Reads `job` in the document thread, after any document before it, within `limits`. */
export function readInThread(job: ThreadJob, limits: ReadLimits): Promise<ThreadResult> {
  const next = tail.then(
    () => run(job, limits),
    () => run(job, limits),
  );
  tail = next.catch(() => undefined);
  return next;
}
