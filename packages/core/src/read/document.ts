import { fault } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../limits.js';
import { type Diagnostic, diagnostic, formatDiagnostic } from '../model/diagnostic.js';
import { escapeControlChars } from '../text/control.js';
import { decodeText } from '../text/decode.js';
import { detectFormat } from './detect.js';
import { readDocx } from './docx.js';
import { type ReadLimits, readLimits } from './limits.js';
import { readPdf } from './pdf.js';

/** What a document was read from: the original's format, as a meeting's `source.format` records it. */
export type ReadFormat = 'pdf' | 'docx' | 'text' | 'markdown';

/** A document read from its bytes: text for `parseDocument`, and for a PDF the page of each line. */
export interface ReadDocument {
  text: string;
  format: ReadFormat;
  /** For a PDF: `pages[n]` is the page of line n (1-based, as `ParseOptions.pages` takes it). */
  pages?: number[];
  /** For a PDF: how many pages it has. */
  pageCount?: number;
  /** What reading noticed (pages without text), never errors: those reject. */
  diagnostics: Diagnostic[];
}

/** Options for {@link readDocument}. */
export interface ReadDocumentOptions {
  /** The file's name: used in messages, and its extension to refuse a file that is not what it claims. */
  file?: string;
  /** What reading may cost (pages, time, memory, unpacked size); {@link DEFAULT_READ_LIMITS} for the rest. */
  limits?: Partial<ReadLimits>;
  /**
   * True for a header label whose value a PDF or Word table puts in the next column ("Plats och tid"),
   * so the two are read as label and value. `@sammantrade/core/read` gives the importer's labels.
   */
  isLabel?: (text: string) => boolean;
}

/** The file extensions a folder import picks up (the content still decides how a file is read). */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.pdf', '.docx', '.txt', '.md'];

const extensionOf = (file: string | undefined): string => /\.([^./\\]+)$/u.exec(file ?? '')?.[1]?.toLowerCase() ?? '';

/**
 * Reads a document's bytes whatever their format, chosen by content (magic bytes), not by name:
 * PDF (its text layer in reading order), Word .docx, or UTF-8 text and markdown. Anything that cannot
 * be read (a scan without text, an encrypted, damaged or truncated file, an image, a file whose name
 * claims a PDF or Word document but whose content is not one) rejects with one `SammantradeError`
 * (`PARSE`, or `TOO_LARGE`) whose message is one line naming the file. PDF and Word files are read in
 * a worker thread within `options.limits` (pages, time, memory, unpacked size), and a file over one
 * is refused naming the limit.
 */
export async function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocument> {
  const file = escapeControlChars(options.file ?? 'the file');
  const limits = readLimits(options.limits);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw fault('TOO_LARGE', 'too-large', { file, size: mb(bytes.length), limit: mb(MAX_DOCUMENT_BYTES) });
  }
  if (bytes.length === 0 && ['pdf', 'docx'].includes(extensionOf(options.file)))
    throw fault('PARSE', 'file-empty', { file });
  const { format, kind } = detectFormat(bytes);
  const claimed = extensionOf(options.file);
  if (format === 'pdf') {
    const pdf = await readPdf(bytes, file, limits, options.isLabel);
    const pages: number[] = [0];
    for (const line of pdf.lines) pages.push(line.page);
    const diagnostics: Diagnostic[] = [];
    if (pdf.emptyPages.length > 0)
      diagnostics.push(
        diagnostic(
          'warning',
          'pdf-empty-pages',
          { pages: pdf.emptyPages.join(', '), count: pdf.emptyPages.length },
          { file: options.file || undefined },
        ),
      );
    return {
      text: `${pdf.lines.map((l) => l.text).join('\n')}\n`,
      format: 'pdf',
      pages,
      pageCount: pdf.pageCount,
      diagnostics,
    };
  }
  if (format === 'docx') {
    const docx = await readDocx(bytes, file, limits, options.isLabel);
    return {
      text: docx.text,
      format: 'docx',
      diagnostics: docx.warnings.map((detail) =>
        diagnostic('warning', 'word-warning', { detail }, { file: options.file || undefined }),
      ),
    };
  }
  const named = claimed === 'pdf' || claimed === 'docx' ? claimed : 'document';
  if (format === 'image') throw fault('PARSE', 'is-image', { file, format: kind ?? '', claimed: named });
  if (format === 'zip' || format === 'doc') throw fault('PARSE', format === 'zip' ? 'is-zip' : 'is-doc', { file });
  if (claimed === 'pdf' || claimed === 'docx')
    throw fault('PARSE', 'not-claimed-format', { file, claimed, text: format === 'text' });
  // Other binary data: the text decoder names the first bad line.
  const decoded = decodeText(bytes, options.file);
  if (decoded.error) {
    const line = { sv: formatDiagnostic(decoded.error, 'sv'), en: formatDiagnostic(decoded.error) };
    throw fault('PARSE', 'not-text', { line });
  }
  const markdown = claimed === 'md' || claimed === 'markdown' || /\*\*|^#{1,6}\s/mu.test(decoded.text);
  return { text: decoded.text, format: markdown ? 'markdown' : 'text', diagnostics: [] };
}
