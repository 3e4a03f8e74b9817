import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneSpaced } from './words.js';

describe('oneSpaced', () => {
  it('gives what replacing every run of white space with one space gives', () => {
    const piece = fc.constantFrom(
      'a',
      'Ö',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(oneSpaced(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns a text with single spaces as it is', () => {
    const text = 'Justering sker på kansliet den 4 mars.';
    expect(oneSpaced(text)).toBe(text);
  });
});
