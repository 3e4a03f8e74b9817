/** Types of hostile-files.mjs: hostile documents for the tests and bench/hostile.mjs. */
/** A Word file of about a megabyte whose text part unpacks to `size` bytes; `lie` makes its headers declare 10 KB. */
export function zipBombDocx(size?: number, lie?: boolean): Promise<Buffer>;
/** A small, valid Word file with one paragraph. */
export function smallDocx(text?: string): Buffer;
/** A PDF of `pages` pages (50,000 by default). */
export function manyPagesPdf(pages?: number): Buffer;
/** A one-page PDF whose Type3 font glyphs take pdf.js seconds to interpret. */
export function type3Pdf(glyphs?: number, ops?: number): Buffer;
/** A PDF of about 1 MB whose content streams inflate to about a gigabyte. */
export function compressedPdf(pages?: number, streamBytes?: number): Buffer;
