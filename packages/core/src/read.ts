/**
 * @sammantrade/core/read: documents from their bytes, whatever their format (PDF, Word .docx, text),
 * as text for `parseDocument`. Kept apart from the main entry: the PDF and Word libraries are large,
 * and are loaded only when a file of their kind comes.
 * @packageDocumentation
 */

export type { DetectedFormat } from './read/detect.js';
export { detectFormat } from './read/detect.js';
export type { ReadDocument, ReadDocumentOptions, ReadFormat } from './read/document.js';
export { DOCUMENT_EXTENSIONS, readDocument } from './read/document.js';
export { htmlToText } from './read/docx.js';
export type { ReadLimits } from './read/limits.js';
export { DEFAULT_READ_LIMITS } from './read/limits.js';
export type { PageLine, PdfPage, PdfPiece } from './read/pdf-layout.js';
export { layoutLines } from './read/pdf-layout.js';
