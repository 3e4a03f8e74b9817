import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from './document.js';
import { readRange } from './header.js';
import { parseDocument } from './parse-document.js';
import { toRecords } from './to-records.js';

/** Numbers that cannot be right are left out with a warning; one bad part never refuses a document. */
describe('plausibility', () => {
  it('reads no range from "§§ 612-626626", and says so', () => {
    expect(readRange('§§ 612-626626')).toBeUndefined();
    expect(readRange('§§ 612-626')).toEqual({ from: 612, to: 626 });
    expect(readRange('§§ 12-9999')).toBeUndefined();
    const doc = parseDocument('Paragrafer\n\n§§ 612-626626\n\n§ 612 Öppnande\n\nText.');
    expect(doc.paragraphRange).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.message)).toContainEqual(expect.stringMatching(/612-626626.*cannot be right/));
    expect(doc.paragraphs.map((p) => p.number)).toEqual([612]);
  });

  it('keeps a document whose decision is numbered "0."', () => {
    const text = 'PROTOKOLL\n\n§ 3 Budget\n\nBeslut\n\n0. Budgeten fastställs.\n1. Ärendet avslutas.';
    const doc = ParsedDocumentSchema.parse(parseDocument(text));
    expect(doc.paragraphs[0]?.decisions.map((d) => [d.point ?? null, d.text])).toEqual([
      [null, '0. Budgeten fastställs.'],
      [1, 'Ärendet avslutas.'],
    ]);
  });

  it('imports numbered, titled paragraphs and leaves out, with a warning, one whose title is not known', () => {
    const text = [
      'PROTOKOLL',
      '',
      'Sammanträdesdatum 2025-02-03',
      '',
      '§ 4 Budget',
      '',
      'Text.',
      '',
      '§ 5 Remiss Anna Holms förslag om en lekplats vid Eken Nämnden har fått remissen. Nämnden beslutar att avstyrka.',
    ].join('\n');
    const doc = parseDocument(text, { date: '2025-02-03' });
    expect(doc.paragraphs.map((p) => [p.number, p.title ?? null])).toEqual([
      [4, 'Budget'],
      [5, null],
    ]);
    const records = toRecords(doc, { body: { name: 'Byggnämnden' } });
    expect(records.meeting?.paragraphs.map((p) => p.number)).toEqual([4]);
    expect(records.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/§ 5 is left out of the archive/),
    );
  });
});
