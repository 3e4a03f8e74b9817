import { SammantradeError } from '../errors.js';
import { type ReadLimits, readLimits } from './limits.js';
import { missingReader } from './optional.js';
import { layoutLines, type PageLine, type PdfPage } from './pdf-layout.js';
import { ReadLimitError, readInThread } from './thread.js';

/** What a PDF holds as text: its lines in reading order with their pages, and the pages without text. */
export interface PdfText {
  lines: PageLine[];
  pageCount: number;
  /** Pages with no text layer (scanned), 1-based. */
  emptyPages: number[];
}

const EOF_MARK = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

/** True when a `%%EOF` marker stands in the last 2 KB: a PDF cut short (an interrupted download) has none. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048));
  for (let i = tail.length - EOF_MARK.length; i >= 0; i--) {
    if (EOF_MARK.every((b, k) => tail[i + k] === b)) return true;
  }
  return false;
}

/**
 * The largest page count a page-tree node of the file declares in plain sight (`/Type /Pages … /Count n`),
 * or 0 when none stands outside a compressed object stream. Opening a PDF makes pdf.js walk its page
 * tree, seconds for 50,000 pages: a count plainly over the limit is refused before that. (A count
 * hidden in an object stream is checked by pdf.js itself, within the time limit.)
 */
function declaredPages(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  let most = 0;
  for (const m of text.matchAll(
    /\/Type\s*\/Pages\b[^>]{0,512}?\/Count\s+(\d{1,9})|\/Count\s+(\d{1,9})[^>]{0,512}?\/Type\s*\/Pages\b/g,
  ))
    most = Math.max(most, Number(m[1] ?? m[2]));
  return most;
}

const fail = (file: string, message: string, cause?: unknown) =>
  new SammantradeError('PARSE', `${file}: ${message}`, cause === undefined ? {} : { cause });

/** A refusal for a limit, in words, naming the limit. */
function limitMessage(error: ReadLimitError, limits: ReadLimits): string {
  switch (error.limit) {
    case 'pages':
      return `the PDF has ${error.page} pages; the limit is ${limits.maxPages}`;
    case 'page-time':
      return `reading page ${error.page} of the PDF took over ${limits.maxSecondsPerPage} s; the limit is ${limits.maxSecondsPerPage} s per page`;
    case 'time':
      return `reading the PDF took over ${limits.maxSeconds} s; the limit is ${limits.maxSeconds} s`;
    case 'memory':
      return `reading the PDF needs over ${limits.maxMemoryMb} MB of memory; the limit is ${limits.maxMemoryMb} MB`;
  }
}

/**
 * Reads a PDF's text layer with pdf.js, in the document thread under `limits`, and rebuilds its lines.
 * Rejects with a one-line `PARSE` error for an encrypted, damaged or truncated file and for one with
 * no text at all (a scan that needs OCR first), and `TOO_LARGE` naming the limit it broke.
 */
export async function readPdf(
  bytes: Uint8Array,
  file = 'the file',
  limits: ReadLimits = readLimits(),
  isLabel: (text: string) => boolean = () => false,
): Promise<PdfText> {
  if (!hasEndMarker(bytes)) throw fail(file, 'the PDF is truncated or damaged (it has no end-of-file marker)');
  const declared = declaredPages(bytes);
  if (declared > limits.maxPages)
    throw new SammantradeError('TOO_LARGE', `${file}: ${limitMessage(new ReadLimitError('pages', declared), limits)}`);
  let pages: PdfPage[];
  try {
    // The thread takes the copy over; the caller's bytes (the original, saved beside the record) stay.
    const read = await readInThread({ kind: 'pdf', bytes: new Uint8Array(bytes), maxPages: limits.maxPages }, limits);
    pages = 'pages' in read ? read.pages : [];
  } catch (error) {
    if (error instanceof ReadLimitError)
      throw new SammantradeError('TOO_LARGE', `${file}: ${limitMessage(error, limits)}`, { cause: error });
    const name = error instanceof Error ? error.name : '';
    if (name === 'MissingPackage') throw missingReader('pdf', file, error);
    if (name === 'PasswordException')
      throw fail(file, 'the PDF is encrypted (password-protected); save an unprotected copy and import that', error);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw fail(file, `the PDF is damaged and cannot be read (${detail})`, error);
  }
  const emptyPages = pages.flatMap((p, i) => (p.pieces.length === 0 ? [i + 1] : []));
  if (emptyPages.length === pages.length)
    throw fail(
      file,
      `the PDF has no text layer (${pages.length === 1 ? 'its page is' : `its ${pages.length} pages are`} images, a scan?); run OCR on it first`,
    );
  return { lines: layoutLines(pages, isLabel), pageCount: pages.length, emptyPages };
}
