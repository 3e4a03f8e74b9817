import { fault, SammantradeError } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../limits.js';
import { matchLabel } from '../parse/header.js';
import { type ReadDocument, readDocument } from '../read/document.js';
import type { ReadLimits } from '../read/limits.js';
import { escapeControlChars } from '../text/control.js';
import { readRegularFile } from './files.js';

/** A document file read as text, with its original bytes (saved beside the record an import makes). */
export interface DocumentFile extends ReadDocument {
  /** The path as given. */
  file: string;
  bytes: Uint8Array;
}

/** Options for {@link readDocumentFile}. */
export interface ReadDocumentFileOptions {
  /** What reading may cost (pages, time, memory, unpacked size); the defaults for the rest. */
  limits?: Partial<ReadLimits>;
}

/**
 * Reads a document file (PDF, Word .docx, UTF-8 text) as text for `parseDocument`: refuses folders,
 * special files (a FIFO would block forever) and files over {@link MAX_DOCUMENT_BYTES} before reading
 * them, then lets the content decide how it is read, PDF and Word within `options.limits`.
 * @throws {SammantradeError} one line naming the file: `NOT_FOUND`, `TOO_LARGE`, `PARSE` or `IO`.
 */
export async function readDocumentFile(file: string, options: ReadDocumentFileOptions = {}): Promise<DocumentFile> {
  const bytes = await readRegularFile(file, MAX_DOCUMENT_BYTES);
  try {
    const read = await readDocument(bytes, {
      file,
      isLabel: (text) => matchLabel(text) !== undefined,
      ...(options.limits ? { limits: options.limits } : {}),
    });
    return { file, bytes, ...read };
  } catch (error) {
    if (error instanceof SammantradeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.split('\n')[0] ?? '';
    throw fault('PARSE', 'cannot-be-read', { file: escapeControlChars(file), reason }, { cause: error });
  }
}
