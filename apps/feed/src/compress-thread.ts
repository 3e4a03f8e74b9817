// The feed's compress thread: makes the brotli bytes of the feeds clients ask brotli for, at the
// lowest scheduling priority, so it uses only processor time nothing else wants. Brotli is a
// hundred times the work of gzip; made in zlib's thread pool at the normal priority, the first
// one after start took a core from the build thread and the requests while an edit was built.
import { parentPort } from 'node:worker_threads';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';
import { lowerThisThread } from '@sammantrade/core/node';
import type { FromCompressThread, ToCompressThread } from './compress.js';

if (!parentPort) throw new Error('the feed compress thread runs as a worker thread');
const port = parentPort;

lowerThisThread(19);

/** Above this size a feed gets brotli at quality 9: quality 11 costs about two seconds a megabyte. */
const BROTLI_BEST_MAX = 1024 * 1024;

port.on('message', ({ id, gzip }: ToCompressThread) => {
  let reply: FromCompressThread;
  try {
    // Synchronously, in this thread: the asynchronous zlib calls would run in the pool at normal priority.
    const identity = gunzipSync(gzip);
    const size = identity.byteLength;
    const br = brotliCompressSync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: size > BROTLI_BEST_MAX ? 9 : 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    });
    // A copy that owns its buffer, so it can be transferred (zlib's result may share a pooled one).
    const bytes = new Uint8Array(br);
    reply = { id, br: bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
});
