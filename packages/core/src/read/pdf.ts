import { SammantradeError } from '../errors.js';
import { layoutLines, type PageLine, type PdfPage, type PdfPiece } from './pdf-layout.js';

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

const fail = (file: string, message: string, cause?: unknown) =>
  new SammantradeError('PARSE', `${file}: ${message}`, cause === undefined ? {} : { cause });

/**
 * Reads a PDF's text layer with pdf.js (loaded only when a PDF comes) and rebuilds its lines.
 * Rejects with a one-line `PARSE` error for an encrypted, damaged or truncated file, and for one
 * with no text at all (a scan that needs OCR first).
 */
export async function readPdf(
  bytes: Uint8Array,
  file = 'the file',
  isLabel: (text: string) => boolean = () => false,
): Promise<PdfText> {
  if (!hasEndMarker(bytes)) throw fail(file, 'the PDF is truncated or damaged (it has no end-of-file marker)');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over; give it a copy so the caller's bytes (the original, saved beside the record) stay.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise> | undefined;
  try {
    doc = await task.promise;
    const pages: PdfPage[] = [];
    const emptyPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      const content = await page.getTextContent();
      const pieces: PdfPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 1, b = 0, , , e = 0, f = 0] = item.transform as number[];
        pieces.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      if (pieces.length === 0) emptyPages.push(n);
      pages.push({ width: x1 - x0, height: y1 - y0, pieces });
      page.cleanup();
    }
    if (emptyPages.length === pages.length)
      throw fail(
        file,
        `the PDF has no text layer (${pages.length === 1 ? 'its page is' : `its ${pages.length} pages are`} images, a scan?); run OCR on it first`,
      );
    return { lines: layoutLines(pages, isLabel), pageCount: pages.length, emptyPages };
  } catch (error) {
    if (error instanceof SammantradeError) throw error;
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      throw fail(file, 'the PDF is encrypted (password-protected); save an unprotected copy and import that', error);
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw fail(file, `the PDF is damaged and cannot be read (${detail})`, error);
  } finally {
    await (doc ? doc.destroy() : task.destroy()).catch(() => undefined);
  }
}
