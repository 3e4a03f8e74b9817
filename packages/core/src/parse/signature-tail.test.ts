import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line } from './lines.js';
import { parseDocument } from './parse-document.js';
import { withoutSignatureTail } from './signature-tail.js';

/**
 * The signatures that close minutes or an extract, after the last paragraph: on fixtures written for these
 * tests (an invented body and names), the block is no part of the decision it follows, whether its lines
 * are kept or the page is flattened onto one line; prose that merely uses its words stays.
 */

const HEAD = ['PROTOKOLL', 'Gatunämnden', 'Sammanträdesdatum 2024-10-08', ''];
const PARAGRAPH = ['§ 31 Dnr GN 2024/77', 'Avgift för markupplåtelse', 'Beslut', 'Gatunämnden fastställer avgiften.'];

// Each text ends with a line break, as a file does (a text cut inside a word is another matter: cut-end.ts).
const lastParagraph = (text: string) => {
  const doc = parseDocument(`${text}\n`, { file: 'protokoll.txt' });
  return doc.paragraphs[doc.paragraphs.length - 1];
};
const decisionAfter = (tail: readonly string[], flat = false) => {
  const text = [...HEAD, ...PARAGRAPH, ...tail].join('\n');
  return lastParagraph(flat ? text.replace(/\s+/g, ' ') : text)?.decisions.map((d) => d.text);
};

const BLOCKS: Record<string, string[]> = {
  'Vid protokollet … Justeras …': [
    '',
    'Vid protokollet',
    '',
    'Ylva Strand',
    '',
    'Justeras',
    '',
    'Ture Nyqvist\t\tMaja Öst',
  ],
  'Underskrifter with fill': [
    '',
    'Underskrifter',
    'Sekreterare\t.......................',
    '\tYlva Strand',
    'Ordförande\t.......................',
    '\tTure Nyqvist',
  ],
  "a page's sign boxes": ['', 'Justerandes sign\tUtdragsbestyrkande'],
  'names over their roles': ['', 'Ture Nyqvist\tYlva Strand', 'Ordförande\tSekreterare'],
  'the extract certified': ['', 'Justeras', 'Maja Öst', '', 'Rätt utdraget intygar', 'Ylva Strand 2024-10-10'],
  'certified with "betygar"': ['', 'Rätt utdraget betygar:', 'Ylva Strand'],
  'certified with "Utdraget bestyrkes"': ['', 'Utdraget bestyrkes', 'Ylva Strand, nämndsekreterare'],
  // Labels alone on their lines, which page furniture takes out, over the certifier's name.
  'sign boxes over the certifier': ['', 'Justerandes signatur', 'Utdragsbestyrkande', 'Ylva Strand'],
  'sign boxes over the certifier and her title': [
    '',
    'Justerandes sign',
    'Utdragsbestyrkande',
    'Ylva Strand, nämndsekreterare',
  ],
};

describe('a closing signature block', () => {
  it.each(Object.entries(BLOCKS))('is left out of the decision it follows: %s', (_name, block) => {
    expect(decisionAfter(block)).toEqual(['Gatunämnden fastställer avgiften.']);
  });

  it.each(Object.entries(BLOCKS))('is left out when the page is flattened onto one line: %s', (_name, block) => {
    expect(decisionAfter(block, true)).toEqual(['Gatunämnden fastställer avgiften.']);
  });

  it('is left out flattened when the signer has a title and a date ("Ylva Strand, nämndsekreterare, 2024-10-10")', () => {
    const block = ['', 'Utdragsbestyrkande', 'Ylva Strand, nämndsekreterare, 2024-10-10'];
    expect(decisionAfter(block, true)).toEqual(['Gatunämnden fastställer avgiften.']);
  });

  it("keeps the paragraph's text up to the block, and the heading's case number", () => {
    const paragraph = lastParagraph(
      [...HEAD, ...PARAGRAPH, ...(BLOCKS['Vid protokollet … Justeras …'] ?? [])].join('\n'),
    );
    expect(paragraph?.text).toBe('Beslut\nGatunämnden fastställer avgiften.');
    expect(paragraph?.caseNumber).toBe('GN 2024/77');
  });

  it.each([
    ['a note the minutes record', ['Vid protokollet antecknas att Maja Öst inte deltog.']],
    ['a sentence that names the chair', ['Ordförande Ture Nyqvist förklarade sammanträdet avslutat.']],
    ['names without a word of a signature', ['Till ombud utses', 'Ture Nyqvist', 'Maja Öst']],
  ])('keeps prose that only uses its words: %s', (_name, tail) => {
    const text = [...HEAD, ...PARAGRAPH.slice(0, 3), ...tail].join('\n');
    expect(lastParagraph(text)?.decisions.map((d) => d.text)).toEqual([tail.join('\n')]);
  });

  it('keeps a distribution list that ends with a role', () => {
    const text = [...HEAD, ...PARAGRAPH, '', 'Expedieras till', 'Ekonomichef', 'Ordförande'].join('\n');
    expect(lastParagraph(text)?.distribution).toEqual(['Ekonomichef', 'Ordförande']);
  });

  it("leaves out the chair's and secretary's names under an agenda's last item, and keeps its title", () => {
    const text = [
      'KALLELSE',
      'Gatunämnden',
      'Tid: Tisdagen den 8 oktober 2024, kl. 13.00',
      'Plats: Gatukontoret, sal Ljungen',
      '',
      '1. Val av justerare',
      '2. Avgift för markupplåtelse',
      '',
      'Ture Nyqvist',
      'Ordförande',
      '',
      'Ylva Strand',
      'Sekreterare',
    ].join('\n');
    const item = lastParagraph(text);
    expect([item?.number, item?.title, item?.text]).toEqual([2, 'Avgift för markupplåtelse', undefined]);
  });

  it('keeps a lone role word after a title: nothing says it signs', () => {
    const text = [...HEAD, '§ 32', 'Övriga frågor', '', 'Ordförande'].join('\n');
    expect(lastParagraph(text)?.text).toBe('Ordförande');
  });

  it('looks only at the end of a long flattened paragraph, in one pass', () => {
    // A line of a megabyte made of a block's words, with a sentence at its very end: nothing is cut, and
    // each stretch is read once (a reader that tried every opener to the end would take minutes).
    const words = 'Ordförande Ture Nyqvist Justeras Maja Öst '.repeat(25_000);
    const text = [...HEAD, ...PARAGRAPH.slice(0, 3), `${words}som beslutade.`].join('\n');
    expect(lastParagraph(text)?.text?.endsWith('som beslutade.')).toBe(true);
  });

  const line = (text: string, no: number): Line => ({ no, text, raw: text });
  const prose = fc.array(
    fc.array(fc.constantFrom('Nämnden', 'beslutar', 'att', 'Anna', 'Berg', 'avgiften', '2024-10-08', '§', '12', '…'), {
      minLength: 1,
      maxLength: 8,
    }),
    { minLength: 1, maxLength: 6 },
  );

  it('never changes lines that hold no word of a signature (property)', () => {
    fc.assert(
      fc.property(prose, (words) => {
        const lines = words.map((w, i) => line(w.join(' '), i + 1));
        expect(withoutSignatureTail(lines)).toBe(lines);
      }),
      { numRuns: 300 },
    );
  });

  it('takes off any block after a finished sentence, on its own lines or on the same one (property)', () => {
    const piece = fc.constantFrom(
      'Vid protokollet',
      'Justeras',
      'Ordförande',
      'Sekreterare',
      'Ture Nyqvist',
      'Maja Öst (S)',
      '..........',
      '2024-10-10',
      '§§ 31-33',
      'Justerandes sign',
      'Utdragsbestyrkande',
    );
    const block = fc.tuple(
      fc.constantFrom('Vid protokollet', 'Justeras', 'Utdragsbestyrkande'),
      fc.array(piece, { maxLength: 8 }),
    );
    fc.assert(
      fc.property(prose, block, fc.boolean(), (words, [opener, rest], sameLine) => {
        const text = [...words.map((w) => w.join(' ')), ''].join('\n').replace(/\n$/, '.');
        const sign = [opener, ...rest];
        const all = sameLine ? `${text} ${sign.join(' ')}` : `${text}\n${sign.join('\n')}`;
        const lines = all.split('\n').map((t, i) => line(t, i + 1));
        expect(
          withoutSignatureTail(lines)
            .map((l) => l.text)
            .join('\n'),
        ).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
