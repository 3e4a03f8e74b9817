import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControlChars, stripControlChars } from './control.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

describe('control characters', () => {
  it('are left out of text, tabs and line breaks kept', () => {
    expect(stripControlChars('Budget\u0000 2024\u001b[2J\u0085\u009b31m')).toBe('Budget 2024[2J31m');
    expect(stripControlChars('a\tb\nc\r\nd\re')).toBe('a\tb\nc\r\nde');
    expect(stripControlChars('Sjöräddning – §§ 1–3 ✓')).toBe('Sjöräddning – §§ 1–3 ✓');
  });

  it('are shown as escapes in file names', () => {
    expect(escapeControlChars('protokoll\u001b[31m.pdf')).toBe('protokoll\\x1b[31m.pdf');
    expect(escapeControlChars('a\nb\tc\rd\u0000\u009b')).toBe('a\\nb\\tc\\rd\\x00\\u009b');
    expect(escapeControlChars('möte 2024-05-06.txt')).toBe('möte 2024-05-06.txt');
  });

  it('never survive, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const stripped = stripControlChars(s);
        expect(stripped).not.toMatch(CONTROL);
        expect(stripped).not.toMatch(/\r(?!\n)/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
        expect(escapeControlChars(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/u);
      }),
      { numRuns: 500 },
    );
  });
});
