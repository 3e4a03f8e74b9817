import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSeams } from './furniture.js';

/** The three replacements as they were applied to a whole line before runs were bounded: the oracle. */
const wholeLine = (text: string) =>
  text
    .replace(/(\p{Ll})(\p{Lu}{3,})(?=[\p{Lu}\s\d.,:;)]|$)/gu, '$1 $2')
    .replace(/(\p{Lu}{3,})(?=\p{Lu}\p{Ll}{2})/gu, '$1 ')
    .replace(/(\d)(?=\p{Lu}\p{Ll}{2})/gu, '$1 ');

describe('splitSeams', () => {
  it('puts a space where a conversion glued words', () => {
    expect(splitSeams('NorrådetSAMMANTRÄDESPROTOKOLL Styrelsen')).toBe('Norrådet SAMMANTRÄDESPROTOKOLL Styrelsen');
    expect(splitSeams('556677-1234Tid och plats')).toBe('556677-1234 Tid och plats');
    expect(splitSeams('MonaLisa och KalleAnka')).toBe('MonaLisa och KalleAnka');
  });

  it('leaves a run of more than 1,000 characters without white space whole, and splits the rest of the line', () => {
    const token = 'Kommunfullmäktige1'.repeat(60);
    expect(token.length).toBeGreaterThan(1000);
    expect(splitSeams(`${token} BYGGNADSNÄMNDENProtokoll`)).toBe(`${token} BYGGNADSNÄMNDEN Protokoll`);
    // The same words in a short run are glued words, and are split.
    const short = 'Kommunfullmäktige1'.repeat(3);
    expect(splitSeams(short)).toBe('Kommunfullmäktige1 Kommunfullmäktige1 Kommunfullmäktige1');
  });

  it('splits each run as the whole line was split, when no run is over the bound', () => {
    const piece = fc.constantFrom(
      'a',
      'Ab',
      'ABC',
      'ÅÄÖ',
      'KOMMUN',
      'Protokoll',
      'sen',
      '1',
      '2024',
      ' ',
      '  ',
      '\t',
      '\n',
      '.',
      ',',
      ')',
      'é',
      'É',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(splitSeams(text)).toBe(wholeLine(text));
      }),
      { numRuns: 2000 },
    );
  });
});
