import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { minutesText } from '../../scripts/make-fixtures.mjs';
import { isSammantradeError, type ParsedDocument, parseDocument } from '../../src/index.js';
import { detectFormat, htmlToText, readDocument } from '../../src/read.js';

const dir = fileURLToPath(new URL('../fixtures/read/', import.meta.url));
const bytes = (name: string) => new Uint8Array(readFileSync(`${dir}${name}`));

async function parsed(name: string): Promise<{ text: string; doc: ParsedDocument }> {
  const read = await readDocument(bytes(name), { file: name });
  return {
    text: read.text,
    doc: parseDocument(read.text, { file: name, ...(read.pages ? { pages: read.pages } : {}) }),
  };
}

/** The facts of a parse, without the raw text and the source's line numbers and pages. */
function facts(doc: ParsedDocument) {
  return {
    kind: doc.kind,
    body: doc.body,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    location: doc.location,
    paragraphRange: doc.paragraphRange,
    participants: doc.participants,
    paragraphs: doc.paragraphs.map((p) => ({
      number: p.number,
      title: p.title,
      types: p.types,
      decisions: p.decisions,
      assignments: p.assignments,
    })),
    schedules: doc.schedules,
    nextMeeting: doc.nextMeeting,
    adjustment: doc.adjustment,
    errors: doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message),
  };
}

async function rejection(name: string, data = bytes(name)): Promise<string> {
  try {
    await readDocument(data, { file: name });
  } catch (error) {
    expect(isSammantradeError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}

describe('detectFormat', () => {
  it('tells formats by their first bytes, not their names', () => {
    expect(detectFormat(bytes('ljusnan-protokoll.pdf')).format).toBe('pdf');
    expect(detectFormat(bytes('ljusnan-protokoll.docx')).format).toBe('docx');
    expect(detectFormat(bytes('ljusnan-protokoll.txt')).format).toBe('text');
    expect(detectFormat(bytes('image-named.pdf'))).toEqual({ format: 'image', kind: 'PNG' });
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).format).toBe('zip');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).format).toBe('doc');
  });
});

describe('the fixtures', () => {
  it('are what scripts/make-fixtures.mjs writes (the text reference)', () => {
    expect(readFileSync(`${dir}ljusnan-protokoll.txt`, 'utf8')).toBe(minutesText());
  });
});

describe('readDocument: PDF', () => {
  it('gives the same facts as the text version', async () => {
    const text = await parsed('ljusnan-protokoll.txt');
    const pdf = await parsed('ljusnan-protokoll.pdf');
    expect(facts(pdf.doc)).toEqual(facts(text.doc));
    // The reference is no empty parse.
    expect(text.doc.participants).toHaveLength(7);
    expect(text.doc.paragraphs.map((p) => p.number)).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
    expect(text.doc.schedules[0]?.meetings).toHaveLength(4);
    expect(text.doc.paragraphs[4]?.assignments[0]).toMatchObject({ assignee: 'Kommuncheferna', due: '2025-05-14' });
  }, 120_000); // the first test of a file starts the reader's worker thread; a busy machine is slow at that

  it('takes out repeated page headers, page numbers and signature labels, keeping the first page head', async () => {
    const { text } = await parsed('ljusnan-protokoll.pdf');
    expect(text).not.toMatch(/Sida \d/);
    expect(text).not.toMatch(/Utdragsbestyrkande|Justerande/);
    expect(text.match(/SAMMANTRÄDESPROTOKOLL/g)).toHaveLength(1);
    expect(text.match(/769699-0123/g)).toHaveLength(1);
    expect(text.startsWith('Ljusnanrådet\nSAMMANTRÄDESPROTOKOLL\n')).toBe(true);
  });

  it('turns the two-column header into label and value lines, and a table into tab-separated rows', async () => {
    const { text } = await parsed('ljusnan-protokoll.pdf');
    expect(text).toContain('Plats och tid\nForsbacka gård, Järvsö, onsdag den 12 mars 2025 kl 09:00-15:30\n');
    expect(text).toContain('Beslutande\nÅsa Öberg (S), Ljusdals kommun\nGöran Älvdal (C), Ovanåkers kommun\n');
    expect(text).toContain('Utvecklingsområde\tAktivitet\tAnsv\tKlart\tAnmärkning');
    expect(text).toContain('Digitalisering\tE-arkiv\tKanslichef\tAvvaktar\tVäntar på avtal');
  });

  it('joins wrapped lines and words hyphenated at a line end', async () => {
    const { text } = await parsed('ljusnan-protokoll.pdf');
    expect(text).toContain('Flera av aktiviteterna har kommit längre än väntat');
    expect(text).not.toMatch(/\p{Ll}-\n/u);
    expect(text).toContain(
      'Beslut: Förslaget bifalls. Kommuncheferna får i uppdrag att ta fram en tidplan till den 14 maj.',
    );
  });

  it('records the page each paragraph starts on', async () => {
    const { doc } = await parsed('ljusnan-protokoll.pdf');
    expect(doc.paragraphs.map((p) => [p.number, p.page])).toEqual([
      [101, 1],
      [102, 1],
      [103, 1],
      [104, 1],
      [105, 2],
      [106, 2],
      [107, 2],
      [108, 2],
    ]);
    const text = await parsed('ljusnan-protokoll.txt');
    expect(text.doc.paragraphs.every((p) => p.page === undefined)).toBe(true);
  });
});

describe('readDocument: Word', () => {
  it('gives the same facts as the text version', async () => {
    const text = await parsed('ljusnan-protokoll.txt');
    const docx = await parsed('ljusnan-protokoll.docx');
    expect(docx.text).toContain('Utvecklingsområde\tAktivitet\tAnsv\tKlart\tAnmärkning');
    expect(docx.text).toContain('\n\n§ 104 Uppföljning av handlingsprogrammet (U)\n\n');
    expect(facts(docx.doc)).toEqual(facts(text.doc));
    expect((await readDocument(bytes('ljusnan-protokoll.docx'))).format).toBe('docx');
  }, 120_000); // the first test of a file starts the reader's worker thread; a busy machine is slow at that

  it('reads headings, header tables and tables out of mammoth HTML', () => {
    expect(
      htmlToText(
        '<h1>Rådet</h1><table><tr><td><p>Beslutande</p></td><td><p>A (S)</p><p>B &amp; C</p></td></tr></table><h2>§ 1 Öppnande</h2><p>Text</p><table><tr><td>a</td><td>b</td><td>c</td></tr></table>',
      ),
    ).toBe('Rådet\n\nBeslutande\nA (S)\nB & C\n\n§ 1 Öppnande\n\nText\n\na\tb\tc\n');
  });
});

describe('readDocument: refusals', () => {
  it('a scan without a text layer needs OCR', async () => {
    expect(await rejection('scanned.pdf')).toBe(
      'scanned.pdf: the PDF has no text layer (its page is images, a scan?); run OCR on it first',
    );
  });
  it('an encrypted PDF', async () => {
    expect(await rejection('encrypted.pdf')).toMatch(/^encrypted\.pdf: the PDF is encrypted \(password-protected\)/);
  });
  it('a truncated PDF', async () => {
    expect(await rejection('truncated.pdf')).toMatch(/^truncated\.pdf: the PDF is truncated or damaged/);
  });
  it('files that only claim to be PDFs', async () => {
    expect(await rejection('image-named.pdf')).toBe('image-named.pdf: is a PNG image, not a PDF; run OCR on it first');
    expect(await rejection('text-named.pdf')).toMatch(/^text-named\.pdf: is not a PDF \(it holds plain text\)/);
  });
  it('a ZIP that is no Word document, a damaged Word document, Latin-1 text', async () => {
    expect(await rejection('a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toBe(
      'a.docx: is a ZIP archive, not a Word document',
    );
    const docx = bytes('ljusnan-protokoll.docx');
    expect(await rejection('cut.docx', docx.subarray(0, docx.length >> 1))).toMatch(
      /^cut\.docx: the Word document is damaged/,
    );
    expect(await rejection('latin1.txt', new Uint8Array([0x68, 0xe4, 0x72]))).toMatch(
      /^latin1\.txt:1: error: not UTF-8/,
    );
  });
  it('each message is one line', async () => {
    for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'image-named.pdf', 'text-named.pdf'])
      expect(await rejection(name)).not.toContain('\n');
  });
});

describe('readDocument: property', () => {
  const pdf = bytes('ljusnan-protokoll.pdf');
  const settle = async (data: Uint8Array, file: string) => {
    try {
      const read = await readDocument(data, { file });
      expect(typeof read.text).toBe('string');
    } catch (error) {
      expect(isSammantradeError(error)).toBe(true);
    }
  };
  it('random bytes resolve or reject with a SammantradeError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.pdf', 'x.docx', 'x.txt'), settle),
      { numRuns: 60 },
    );
  });
  it('a PDF with bytes changed or cut resolves or rejects with a SammantradeError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(pdf.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.option(fc.nat(pdf.length), { nil: undefined }),
        async (changes, cut) => {
          const data = pdf.slice(0, cut);
          for (const [at, value] of changes) if (at < data.length) data[at] = value;
          await settle(data, 'mutated.pdf');
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('a programme written in Word', () => {
  it('keeps its areas, and a bulleted cell as separate activities', async () => {
    const { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (lines: string[]) =>
      new TableCell({
        children: lines.map((text) => new Paragraph({ text, ...(lines.length > 1 ? { bullet: { level: 0 } } : {}) })),
      });
    const rows = [
      ['Utvecklingsområde', 'Aktivitet', 'Ansv', 'Klart', 'Anmärkning/Uppföljning'],
      ['Vuxenutbildning', ['Samverkan mellan skolorna', 'Lärcentrum i Järvsö'], 'Ljusdal', 'Pågår', 'Följs upp i maj'],
      ['Gemensam växel', ['Upphandling'], 'Bollnäs', 'Klart', ''],
    ];
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Utvecklingsprogram Ljusnanrådet 2025-01-15', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Delområde Utbildning', heading: HeadingLevel.HEADING_2 }),
            new Table({
              rows: rows.map((r) => new TableRow({ children: r.map((c) => cell(Array.isArray(c) ? c : [c])) })),
            }),
          ],
        },
      ],
    });
    const read = await readDocument(new Uint8Array(await Packer.toBuffer(doc)), { file: 'program.docx' });
    const parsed = parseDocument(read.text, { file: 'program.docx' });
    expect(parsed).toMatchObject({ kind: 'programme', title: 'Utvecklingsprogram Ljusnanrådet', date: '2025-01-15' });
    expect(parsed.areas).toEqual([
      {
        name: 'Utbildning',
        items: [
          {
            name: 'Vuxenutbildning',
            activities: ['Samverkan mellan skolorna', 'Lärcentrum i Järvsö'],
            responsible: 'Ljusdal',
            status: 'ongoing',
            notes: 'Följs upp i maj',
          },
          { name: 'Gemensam växel', activities: ['Upphandling'], responsible: 'Bollnäs', status: 'done' },
        ],
      },
    ]);
  });
});
