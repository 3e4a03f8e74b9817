// @ts-check
/**
 * The thread that reads PDF and Word documents (see thread.ts): pdf.js and mammoth run here, under the
 * memory limit the thread was started with, so a hostile file can exhaust only this thread, which the
 * main thread then ends (it also ends it on a time limit). Plain JavaScript, so it runs as it is from
 * the sources (tests) and from dist/ alike. It only extracts: the layout and every decision about the
 * text stay in the main thread.
 *
 * Messages in: { id, kind: 'pdf', bytes, maxPages } or { id, kind: 'docx', bytes }.
 * Messages out: { id, type: 'page', page, pages } before each PDF page; { id, type: 'done', result };
 * { id, type: 'error', name, message, pages? }.
 */
import { parentPort } from 'node:worker_threads';

if (!parentPort) throw new Error('document-worker.mjs runs as a worker thread');
const port = parentPort;

/**
 * @param {number} id
 * @param {Uint8Array} bytes
 * @param {number} maxPages
 */
async function readPdf(id, bytes, maxPages) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  /** @type {Awaited<typeof task.promise> | undefined} */
  let doc;
  try {
    doc = await task.promise;
    if (doc.numPages > maxPages) {
      port.postMessage({ id, type: 'error', name: 'PageLimit', message: 'too many pages', pages: doc.numPages });
      return;
    }
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      port.postMessage({ id, type: 'page', page: n, pages: doc.numPages });
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      const content = await page.getTextContent();
      const pieces = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 1, b = 0, , , e = 0, f = 0] = /** @type {number[]} */ (item.transform);
        pieces.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, pieces });
      page.cleanup();
    }
    port.postMessage({ id, type: 'done', result: { pages } });
  } finally {
    await (doc ? doc.destroy() : task.destroy()).catch(() => undefined);
  }
}

/**
 * @param {number} id
 * @param {Uint8Array} bytes
 */
async function readDocx(id, bytes) {
  const mammoth = (await import('mammoth')).default;
  const input = { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  const result = await mammoth.convertToHtml(/** @type {any} */ (input), {
    ignoreEmptyParagraphs: true,
    // Images are left out of the text anyway: never unpack them.
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  });
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => m.message.split('\n')[0] ?? '');
  port.postMessage({ id, type: 'done', result: { html: result.value, warnings } });
}

port.on('message', (/** @type {{ id: number, kind: 'pdf' | 'docx', bytes: Uint8Array, maxPages: number }} */ job) => {
  const run = job.kind === 'pdf' ? readPdf(job.id, job.bytes, job.maxPages) : readDocx(job.id, job.bytes);
  run.catch((/** @type {unknown} */ error) => {
    const e = error instanceof Error ? error : new Error(String(error));
    // pdfjs-dist and mammoth are optional: say which is missing, and the main thread says what to install.
    const code = /** @type {{ code?: string }} */ (e).code;
    const missing = job.kind === 'pdf' ? 'pdfjs-dist' : 'mammoth';
    if (code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(`'${missing}`)) {
      port.postMessage({ id: job.id, type: 'error', name: 'MissingPackage', message: missing });
      return;
    }
    port.postMessage({ id: job.id, type: 'error', name: e.name, message: e.message.split('\n')[0] ?? '' });
  });
});
