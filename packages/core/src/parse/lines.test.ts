import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blankOut,
  joinAll,
  joinText,
  type Line,
  pageHeaderIndices,
  sentencesOf,
  signatureLabelIndices,
  tocIndices,
  toLines,
} from './lines.js';

const texts = (text: string) => toLines(text).map((l) => [l.no, l.text]);

describe('toLines', () => {
  it('drops a byte-order mark and reads CRLF, CR and LF alike, keeping line numbers', () => {
    expect(texts('\uFEFFa\r\nb\rc\nd')).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('splits bold labels glued to their neighbours, on one line number', () => {
    expect(texts('**Rådet****PROTOKOLL**Förening ek för  \n802000-1234**Tid och plats**')).toEqual([
      [1, 'Rådet'],
      [1, ''],
      [1, 'PROTOKOLL'],
      [1, 'Förening ek för'],
      [2, '802000-1234'],
      [2, 'Tid och plats'],
    ]);
  });

  it('keeps ordinary bold and italics as text, and marks what was italic or a heading', () => {
    const [a, b, c] = toLines('Det är **viktigt**, sa hon.\n*Att nämnden beslutar*\n## §5 Rubrik (B)');
    expect(a?.text).toBe('Det är viktigt, sa hon.');
    expect(b).toMatchObject({ text: 'Att nämnden beslutar', italic: true });
    expect(c).toMatchObject({ text: '§5 Rubrik (B)', heading: 2 });
  });

  it('cleans links, rules, odd spaces and empty bullets', () => {
    expect(texts('Se [sidan](#) här\n---\n-\na\u00A0\u00A0b\u200B')).toEqual([
      [1, 'Se sidan här'],
      [2, ''],
      [3, ''],
      [4, 'a b'],
    ]);
  });
});

describe('layout finders', () => {
  it('finds tables of contents by dot leaders and after "Innehållsförteckning"', () => {
    const lines = toLines(
      '§1 Öppnande .....\t3\nText\nInnehållsförteckning\n\n§ 2 Val\t4\n§ 3 Frågor\t\nBilagor\t9\n\n§ 2 Val\nText',
    );
    expect([...tocIndices(lines)].map((i) => lines[i]?.no)).toEqual([1, 3, 5, 6, 7]);
  });

  it('finds runs of signature labels but keeps a lone "Ordförande" heading', () => {
    const lines = toLines(
      'Ordförande\n\nJusterande\n\nUtdragsbestyrkande\nText\nOrdförande\nAnna Berg (S)\nUtdragsbestyrkande',
    );
    expect([...signatureLabelIndices(lines)].sort()).toEqual([0, 2, 4, 8]);
  });

  it('finds page headers anchored by a layout line, not repeated content', () => {
    const page = 'Rådet\nSAMMANTRÄDESPROTOKOLL\n802000-1234\n';
    const lines = toLines(
      `${page}§ 1 A\nKommunstyrelsen\nEkonomikontoret\n${page}§ 2 B\nKommunstyrelsen\nEkonomikontoret\n${page}§ 3 C\nKommunstyrelsen\nEkonomikontoret`,
    );
    const found = pageHeaderIndices(lines, (l) => l.text.startsWith('§'));
    expect([...found].map((i) => lines[i]?.text)).toEqual(
      Array(3).fill(['Rådet', 'SAMMANTRÄDESPROTOKOLL', '802000-1234']).flat(),
    );
  });
});

describe('joinText and sentences', () => {
  it('joins a sentence broken by removed layout and keeps paragraphs apart', () => {
    const lines = toLines('Besök hos KS och KLG i\n\nSIDHUVUD\n\nkommunerna, viktigt.\n\nNytt stycke.');
    expect(joinText(blankOut(lines, new Set([2])))).toBe('Besök hos KS och KLG i kommunerna, viktigt.\n\nNytt stycke.');
  });

  it('joins block by block, as the text reads', () => {
    // What joinText gives, written the plain way: each block joined, then the blocks.
    const byBlocks = (lines: readonly Line[]) => {
      const blocks: string[][] = [];
      const current: string[] = [];
      let pendingBreak = false;
      for (const { text } of lines) {
        if (text === '') pendingBreak = current.length > 0;
        else if (pendingBreak && !/[.!?:;)\]”"»]$/u.test(current.at(-1) ?? '') && /^\p{Ll}/u.test(text)) {
          current[current.length - 1] = `${current.at(-1)} ${text}`;
          pendingBreak = false;
        } else {
          if (pendingBreak) blocks.push(current.splice(0));
          pendingBreak = false;
          current.push(text);
        }
      }
      if (current.length > 0) blocks.push(current);
      return blocks
        .map((b) => b.join('\n'))
        .join('\n\n')
        .trim();
    };
    const text = fc.constantFrom('', '', 'Ett.', 'två', 'Tre', 'fyra;', ' fem ', '(sex)', 'å', 'Ö!');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const lines = texts.map((t, i) => ({ no: i + 1, text: t, raw: t }));
        expect(joinText(lines)).toBe(byBlocks(lines));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins any number of parts as one join would', () => {
    for (const n of [0, 1, 4095, 4096, 4097, 8192, 10_000]) {
      const parts = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? '' : `del ${i}`));
      for (const separator of ['', '\n', ' ']) expect(joinAll(parts, separator)).toBe(parts.join(separator));
    }
  });

  it('splits sentences but not at abbreviations', () => {
    expect(sentencesOf(toLines('Det kostar ca. 5 kr. Beslut fattades.\n- Punkt två')).map((s) => s.text)).toEqual([
      'Det kostar ca. 5 kr.',
      'Beslut fattades.',
      'Punkt två',
    ]);
  });
});
