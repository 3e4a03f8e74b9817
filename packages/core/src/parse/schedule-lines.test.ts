import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFlattened } from './schedule-lines.js';

// The search the sticky scan replaced, kept as the oracle.
const FLAT_BREAK_SEARCH = /(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})|(?<!\s)\s+(?=[•·▪]\s)/gu;

// Pieces that steer the pattern into each branch: sentence ends, capitals, bullets, runs of odd spaces.
const PARTS = [
  'möte.',
  'Mars',
  'år!',
  'tid?',
  '• 4 maj',
  '•',
  '·',
  '▪',
  'ab.',
  'É',
  'é',
  'x',
  '2026.',
  '\u00a0',
  '\t',
  '\n',
  '  ',
  ' ',
  '\u2003',
];
const flattened = fc
  .array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((a) => a.join(''));

describe('splitFlattened', () => {
  it('cuts a flattened page where its sentences and bullets ended', () => {
    expect(splitFlattened('Sammanträden under året. Datum för mötena 2026 • 21 januari • 4 februari')).toEqual([
      'Sammanträden under året.',
      'Datum för mötena 2026',
      '• 21 januari',
      '• 4 februari',
    ]);
    expect(splitFlattened('Kommunfullmäktige0Kommunfullmäktige1')).toEqual(['Kommunfullmäktige0Kommunfullmäktige1']);
    expect(splitFlattened('')).toEqual(['']);
  });

  it('splits as the search of the same pattern splits', () => {
    fc.assert(
      fc.property(flattened, (text) => {
        expect(splitFlattened(text)).toEqual(text.split(FLAT_BREAK_SEARCH));
      }),
      { numRuns: 3000 },
    );
  });
});
