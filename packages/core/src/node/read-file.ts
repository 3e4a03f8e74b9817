import { readFile, stat } from 'node:fs/promises';
import { SammantradeError } from '../errors.js';
import { MAX_DOCUMENT_BYTES } from '../limits.js';
import { matchLabel } from '../parse/header.js';
import { type ReadDocument, readDocument } from '../read/document.js';

/** A document file read as text, with its original bytes (saved beside the record an import makes). */
export interface DocumentFile extends ReadDocument {
  /** The path as given. */
  file: string;
  bytes: Uint8Array;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a document file (PDF, Word .docx, UTF-8 text) as text for `parseDocument`: refuses folders and
 * files over {@link MAX_DOCUMENT_BYTES} before reading them, then lets the content decide how it is read.
 * @throws {SammantradeError} one line naming the file: `NOT_FOUND`, `TOO_LARGE`, `PARSE` or `IO`.
 */
export async function readDocumentFile(file: string): Promise<DocumentFile> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new SammantradeError('PARSE', `${file}: is a folder, not a document`);
    size = info.size;
  } catch (error) {
    if (error instanceof SammantradeError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SammantradeError('NOT_FOUND', `${file}: no such file`, { cause: error });
    throw new SammantradeError('IO', `${file}: cannot read (${code ?? String(error)})`, { cause: error });
  }
  if (size > MAX_DOCUMENT_BYTES)
    throw new SammantradeError('TOO_LARGE', `${file}: too large (${mb(size)}; the limit is ${mb(MAX_DOCUMENT_BYTES)})`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SammantradeError('IO', `${file}: cannot read (${code ?? String(error)})`, { cause: error });
  }
  try {
    const read = await readDocument(bytes, { file, isLabel: (text) => matchLabel(text) !== undefined });
    return { file, bytes, ...read };
  } catch (error) {
    if (error instanceof SammantradeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SammantradeError('PARSE', `${file}: cannot be read (${message.split('\n')[0]})`, { cause: error });
  }
}
