import { describe, expect, it } from 'vitest';
import { layoutLines, type PdfPage } from './pdf-layout.js';

/** One page of left-aligned lines, 14 units apart, in an 11-point font. */
function page(lines: string[]): PdfPage {
  return {
    width: 595,
    height: 842,
    pieces: lines.map((text, i) => ({ text, x: 72, y: 760 - 14 * i, width: text.length * 5.5, size: 11 })),
  };
}

describe('layoutLines: a line ending in a hyphen', () => {
  it('makes a word split at the line end whole', () => {
    const text = layoutLines([page(['Nämnden beslutar att godkänna verksamhets-', 'planen för år 2027.'])])
      .map((l) => l.text)
      .join('\n');
    expect(text).toBe('Nämnden beslutar att godkänna verksamhetsplanen för år 2027.');
  });

  it('keeps the hyphen and the space of a compound that shares its end ("Barn- och …")', () => {
    for (const [end, next, whole] of [
      ['Plats: Sal 2, Barn-', 'och utbildningsförvaltningen', 'Plats: Sal 2, Barn- och utbildningsförvaltningen'],
      ['Kultur-', 'eller fritidsnämnden', 'Kultur- eller fritidsnämnden'],
      ['Miljö-', 'samt byggnämnden', 'Miljö- samt byggnämnden'],
    ] as const) {
      const text = layoutLines([page([end, next])])
        .map((l) => l.text)
        .join('\n');
      expect(text).toBe(whole);
    }
  });
});
