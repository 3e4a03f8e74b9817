/**
 * @sammantrade/core/read: documents from their bytes, whatever their format (PDF, Word .docx, text),
 * as text for `parseDocument`. Kept apart from the main entry: the PDF and Word libraries are large,
 * and are loaded only when a file of their kind comes.
 * @packageDocumentation
 */

import { matchLabel } from './parse/header.js';
import { type ReadDocument, type ReadDocumentOptions, readDocument as readWithLabels } from './read/document.js';
import { htmlToText as htmlWithLabels } from './read/docx.js';

export type { DetectedFormat } from './read/detect.js';
export { detectFormat } from './read/detect.js';
export type { ReadDocument, ReadDocumentOptions, ReadFormat } from './read/document.js';
export { DOCUMENT_EXTENSIONS } from './read/document.js';
export type { ReadLimits } from './read/limits.js';
export { DEFAULT_READ_LIMITS } from './read/limits.js';

/** The importer's header labels ("Plats och tid", "Beslutande"), which the readers keep beside their values. */
const isLabel = (text: string) => matchLabel(text) !== undefined;

/**
 * Reads a document's bytes (PDF, Word .docx, UTF-8 text) as text for `parseDocument`, with the
 * importer's header labels (see `ReadDocumentOptions.isLabel`). Rejects with one `SammantradeError`.
 */
export function readDocument(bytes: Uint8Array, options: ReadDocumentOptions = {}): Promise<ReadDocument> {
  return readWithLabels(bytes, { isLabel, ...options });
}

/** A Word document's HTML (as mammoth gives it) as text, header tables as label and value lines. */
export function htmlToText(html: string): string {
  return htmlWithLabels(html, isLabel);
}
