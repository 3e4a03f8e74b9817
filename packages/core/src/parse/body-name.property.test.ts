import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IN_TEXT } from './body-name.js';

/**
 * `bodyInText` skips a pattern when the head lacks what the pattern's `needs` says it must hold. That is only
 * right if every text a pattern matches also holds its `needs`: held here on random heads made of the words
 * the patterns look for, names, capitals, breadcrumbs and white space.
 */

const PIECES = [
  'Kommunstyrelsen',
  'Tekniska nämnden',
  'Socialnämndens',
  'BARN- OCH UTBILDNINGSNÄMNDEN',
  's',
  ' ',
  '  ',
  '\n',
  '.',
  '>',
  ' > ',
  'sammanträde',
  'Sammanträde',
  ' med ',
  '2024-03-04',
  '2024-',
  'protokoll',
  'Protokoll',
  'protokollet',
  'Sammanträdesprotokoll',
  'kallelse',
  'Kallelse',
  'Dagordning',
  'föredragningslista',
  ' är justerat',
  'är',
  'justerat',
  'kallas',
  ' härmed ',
  'till',
  'och',
  'den',
  'tisdagen',
  '7',
  'x',
  'É',
  '–',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('bodyInText patterns', () => {
  it('a text each pattern matches holds what it needs', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const { re, needs } of IN_TEXT) if (needs && re.test(s)) expect(needs.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('the examples the patterns are for', () => {
    const found = (s: string) => IN_TEXT.filter(({ re }) => re.test(s)).length;
    for (const s of [
      'Start > Socialnämnden > Sammanträde 2011-11-24',
      'Kommunfullmäktiges protokoll är justerat',
      'Socialnämnden kallas till sammanträde',
      'Direktionen Sammanträdesprotokoll',
    ]) {
      expect(found(s)).toBeGreaterThan(0);
      const m = IN_TEXT.find(({ re }) => re.test(s));
      expect(m?.needs?.test(s) ?? true).toBe(true);
    }
  });
});
