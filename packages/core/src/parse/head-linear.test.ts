import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

/**
 * The head's reader stays linear in the size of its input: the same pattern at 10 KB and at 1 MB takes
 * about a hundred times as long, never its square. Measured as a ratio of two runs in one process, with a
 * wide margin for a busy machine (a quadratic reader is 10,000 times slower, not 4).
 */

const PATTERNS: [string, string][] = [
  ['a flattened head', 'Plats och tid Rådhuset, 3 maj 2021 kl 9-12 Beslutande Anna Berg (S), ordförande Per Ek (M) '],
  ['labels only', 'Tid och plats Beslutande Ledamöter Tjänstgörande ersättare Övriga närvarande Justerare '],
  ['names run together', 'Anna Berg Per Ek Eva Lund Ola Sten '],
  ['names with parties and roles', 'Anna Berg (S) tjg ers för Per Ek Eva Lund (M), 1:e vice ordförande '],
  ['a signature block', 'Underskrifter Sekreterare Ordförande Justerande Anna Berg Per Ek '],
  ['a notice block', 'ANSLAG/BEVIS Organ Kommunstyrelsen Datum för anslags uppsättande 2020-01-02 '],
  ['sentences', 'Justering äger rum på kansliet. Protokollet, som justerats den 7 mars 2014, finns här. '],
  ['title-case words', 'Kommunstyrelsens Arbetsutskott Rådhuset Sessionssalen Kultur- och Fritidsnämnden '],
  ['parentheses and commas', '(S), (M) (-), (?) , , '],
];

/** The least CPU time (µs) of a few parses: the least is the one the machine's other work disturbed least. */
function cpu(text: string, runs: number): number {
  parseDocument(text); // warm up the code paths at this size
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = process.cpuUsage();
    parseDocument(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return Math.max(1, best);
}

const grow = (pattern: string, bytes: number) => pattern.repeat(Math.ceil(bytes / pattern.length)).slice(0, bytes);

describe('the head is read in linear time', () => {
  it.each(PATTERNS)(
    '%s: 1 MB costs about 100 × 10 KB',
    (_, pattern) => {
      // One flattened line and one line per repetition: both shapes real documents come in.
      for (const joiner of ['', '\n']) {
        const unit = `${pattern}${joiner}`;
        const small = cpu(grow(unit, 10_000), 9);
        const large = cpu(grow(unit, 1_000_000), 2);
        expect(large / small, `${joiner ? 'lined' : 'one line'}: ${large} µs against ${small} µs`).toBeLessThan(400);
      }
    },
    120_000,
  );
});
