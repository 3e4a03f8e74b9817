import { describe, expect, it } from 'vitest';
import { compressedPdf, manyPagesPdf, smallDocx, type3Pdf, zipBombDocx } from '../../../../bench/hostile-files.mjs';
import { isSammantradeError } from '../../src/errors.js';
import { readDocument } from '../../src/read/document.js';

/** The one-line refusal of `bytes` read as `file`. */
async function refusal(bytes: Uint8Array, file: string): Promise<string> {
  try {
    await readDocument(bytes, { file });
  } catch (error) {
    if (!isSammantradeError(error)) throw error;
    expect(error.message).not.toContain('\n');
    return `${error.code}: ${error.message}`;
  }
  throw new Error(`${file} was read`);
}

// Each of these once brought the importer down: 4.5 GB for the Word file, minutes for the pages,
// seconds growing quadratically for the Type3 font, 2.2 GB for the compressed PDF.
describe('hostile documents are refused with one line naming the file and the limit', () => {
  it('a Word file unpacking to 300 MB', async () => {
    expect(await refusal(await zipBombDocx(), 'bomb.docx')).toBe(
      'TOO_LARGE: bomb.docx: word/document.xml in the Word document unpacks to 300.0 MB; the limit is 64.0 MB per part',
    );
  }, 60_000);

  it('a Word file whose headers lie about what it unpacks to', async () => {
    expect(await refusal(await zipBombDocx(300 * 1024 * 1024, true), 'liar.docx')).toBe(
      'TOO_LARGE: liar.docx: word/document.xml in the Word document unpacks to more than it declares (a zip bomb?)',
    );
  }, 60_000);

  it('a PDF of 50,000 pages', async () => {
    expect(await refusal(manyPagesPdf(), 'pages.pdf')).toBe(
      'TOO_LARGE: pages.pdf: the PDF has 50000 pages; the limit is 2000',
    );
  }, 60_000);

  it('a PDF whose Type3 font takes seconds a page', async () => {
    expect(await refusal(type3Pdf(), 'type3.pdf')).toMatch(
      /^TOO_LARGE: type3\.pdf: (reading page 1 of the PDF took over 3 s; the limit is 3 s per page|reading the PDF needs over 256 MB of memory; the limit is 256 MB)$/,
    );
  }, 60_000);

  it('a 1 MB PDF whose streams inflate to a gigabyte', async () => {
    const bytes = compressedPdf();
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    // Whichever comes first on this machine: the memory the inflated streams take, or the time.
    expect(await refusal(bytes, 'compressed.pdf')).toMatch(
      /^TOO_LARGE: compressed\.pdf: (reading the PDF needs over 256 MB of memory; the limit is 256 MB|reading page 1 of the PDF took over 3 s; the limit is 3 s per page)$/,
    );
  }, 60_000);

  it('and the limits are the caller’s to set', async () => {
    await expect(readDocument(manyPagesPdf(30), { file: 'thirty.pdf', limits: { maxPages: 10 } })).rejects.toThrow(
      'thirty.pdf: the PDF has 30 pages; the limit is 10',
    );
    const read = await readDocument(manyPagesPdf(30), { file: 'thirty.pdf' });
    expect(read.pageCount).toBe(30);
    expect((await readDocument(smallDocx(), { file: 'small.docx' })).text).toBe(
      'Kommunstyrelsen beslutar att godkänna rapporten.\n',
    );
  }, 60_000);
});
