import { fault } from '../errors.js';
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

/** A refusal for a limit, naming the limit. */
function overLimit(file: string, error: ReadLimitError, limits: ReadLimits) {
  const cause = { cause: error };
  switch (error.limit) {
    case 'pages':
      return fault('TOO_LARGE', 'pdf-pages', { file, pages: error.page ?? 0, limit: limits.maxPages }, cause);
    case 'page-time':
      return fault(
        'TOO_LARGE',
        'pdf-page-time',
        { file, page: error.page ?? 0, limit: limits.maxSecondsPerPage },
        cause,
      );
    case 'time':
      return fault('TOO_LARGE', 'read-time', { file, what: 'pdf', limit: limits.maxSeconds }, cause);
    case 'memory':
      return fault('TOO_LARGE', 'read-memory', { file, what: 'pdf', limit: limits.maxMemoryMb }, cause);
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
  if (!hasEndMarker(bytes)) throw fault('PARSE', 'pdf-truncated', { file });
  const declared = declaredPages(bytes);
  if (declared > limits.maxPages) throw overLimit(file, new ReadLimitError('pages', declared), limits);
  let pages: PdfPage[];
  try {
    // The thread takes the copy over; the caller's bytes (the original, saved beside the record) stay.
    const read = await readInThread({ kind: 'pdf', bytes: new Uint8Array(bytes), maxPages: limits.maxPages }, limits);
    pages = 'pages' in read ? read.pages : [];
  } catch (error) {
    if (error instanceof ReadLimitError) throw overLimit(file, error, limits);
    const name = error instanceof Error ? error.name : '';
    if (name === 'MissingPackage') throw missingReader('pdf', file, error);
    if (name === 'PasswordException') throw fault('PARSE', 'pdf-encrypted', { file }, { cause: error });
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw fault('PARSE', 'pdf-damaged', { file, detail: detail ?? '' }, { cause: error });
  }
  const emptyPages = pages.flatMap((p, i) => (p.pieces.length === 0 ? [i + 1] : []));
  if (emptyPages.length === pages.length) throw fault('PARSE', 'pdf-no-text', { file, pages: pages.length });
  return { lines: layoutLines(pages, isLabel), pageCount: pages.length, emptyPages };
}
