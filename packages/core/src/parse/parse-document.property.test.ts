import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasShared, itShared, sharedPath } from '../../../../tests/shared.js';
import { ParsedDocumentSchema } from './document.js';
import { parseDocument } from './parse-document.js';
import { toRecords } from './to-records.js';

/**
 * Property tests: whatever the input, parseDocument returns a valid result, never throws, never hits
 * its internal-error guard, and takes time in proportion to the input's size (a catastrophic regular
 * expression would blow any such bound up by orders of magnitude).
 */

const SEEDS = hasShared('seeds')
  ? readdirSync(sharedPath('seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(sharedPath('seeds', f), 'utf8'))
  : [];

/**
 * A bound only a catastrophic regular expression breaks (minutes, not milliseconds): a busy 2-core machine
 * makes anything tighter fail at random. Proportionality is tested by ratios (head-linear.test.ts, and
 * "takes time in proportion to size" below).
 */
const budget = (chars: number) => 10_000 + (chars / 1024) * 250;

function check(text: string): void {
  const started = performance.now();
  const doc = parseDocument(text, { file: 'x.txt' });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(budget(text.length));
  expect(doc.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
  const valid = ParsedDocumentSchema.safeParse(doc);
  if (!valid.success) throw new Error(`invalid result: ${JSON.stringify(valid.error.issues[0])}`);
  expect(() => toRecords(doc, { body: { name: 'Testrådet' } })).not.toThrow();
}

// Words that steer the parser into its branches, mixed with noise.
const WORDS = [
  '§',
  '§§',
  '§ 12',
  '1.',
  '2)',
  'a)',
  '-',
  '•',
  '**',
  '*',
  '##',
  '(',
  ')',
  '(S)',
  '(?)',
  ',',
  ':',
  '\t',
  '.....',
  'Beslut',
  'Beslut:',
  'Förslag till beslut',
  'Tid och plats',
  'Paragrafer',
  'Beslutande',
  'Ordförande',
  'Justerande',
  'Utdragsbestyrkande',
  'Ersättare',
  'Deltagare:',
  'Nästa möte:',
  'Justeras av:',
  'Bilagor',
  'Delområde',
  'Utvecklingsprogram',
  'SAMMANTRÄDESPROTOKOLL',
  'KALLELSE',
  '769602-5290',
  'den 11 oktober 2023',
  'måndag',
  '19 januari',
  'kl 09:00-15:30',
  'klockan 14',
  'får i uppdrag att',
  'uppdrar till',
  'bifalles',
  'bordläggs',
  'till handlingarna',
  'ersättare för',
  'kommun',
  'Region',
  'Anna Berg',
  'Östersund',
  'GNS/10/2020',
  '2020-05-29',
  '<ul><li>',
  '</li>',
  'senast en vecka efter',
  'nästa möte är',
  'värd',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
];
const wordSoup = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 400 })
  .map((w) => w.join(' '));

/** A seed with lines deleted, duplicated, swapped or scrambled. */
const mutatedSeed = fc
  .record({
    seed: fc.integer({ min: 0, max: Math.max(0, SEEDS.length - 1) }),
    ops: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'duplicate', 'swap', 'scramble', 'truncate'),
        at: fc.nat(),
        to: fc.nat(),
        noise: fc.string({ maxLength: 20 }),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ seed, ops }) => {
    const lines = (SEEDS[seed] ?? '').split('\n');
    for (const op of ops) {
      if (lines.length === 0) break;
      const i = op.at % lines.length;
      const j = op.to % lines.length;
      if (op.kind === 'delete') lines.splice(i, 1);
      else if (op.kind === 'duplicate') lines.splice(j, 0, lines[i] ?? '');
      else if (op.kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      else if (op.kind === 'scramble') {
        const line = lines[i] ?? '';
        const k = op.to % (line.length + 1);
        lines[i] = line.slice(0, k) + op.noise + line.slice(k);
      } else lines.splice(i);
    }
    return lines.join('\n');
  });

// Hundreds of generated documents a test: minutes, not the default half-minute, on a busy 2-core machine.
describe('parseDocument on any input', { timeout: 240_000 }, () => {
  it('survives random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000, unit: 'grapheme' }), check), { numRuns: 150 });
  });

  it('survives random binary-ish text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000, unit: 'binary' }), check), { numRuns: 100 });
  });

  it('survives soups of the words it looks for', () => {
    fc.assert(fc.property(wordSoup, check), { numRuns: 300 });
  });

  itShared('seeds', 'survives mutated seeds', () => {
    fc.assert(fc.property(mutatedSeed, check), { numRuns: 120 });
  });

  it.each([
    ['one long line', 'a'.repeat(300_000)],
    ['spaces', ' '.repeat(300_000)],
    ['section signs', '§'.repeat(100_000)],
    ['section signs and digits', '§ 1 '.repeat(40_000)],
    ['bold markers', '**'.repeat(100_000)],
    ['glued bold', 'a**b'.repeat(60_000)],
    ['asterisks and letters', '*a'.repeat(100_000)],
    ['parentheses', '('.repeat(100_000)],
    ['commas and names', 'Anna Berg, '.repeat(20_000)],
    ['run-together places', 'Anna Berg, Åre '.repeat(20_000)],
    ['dates', 'den 1 januari '.repeat(20_000)],
    ['weekdays', 'måndag '.repeat(40_000)],
    ['clock words', 'kl kl 1 '.repeat(40_000)],
    ['numbered lines', '1. a\n'.repeat(50_000)],
    ['§ lines', Array.from({ length: 30_000 }, (_, i) => `§ ${i} Rubrik`).join('\n')],
    ['blank lines', '\n'.repeat(200_000)],
    ['tabs', 'a\t'.repeat(100_000)],
    ['dot leaders', '.'.repeat(200_000)],
    ['one huge participant line', `Deltagare:\t${'Anna Berg, Östersund '.repeat(10_000)}`],
    ['assignment words', `${'X får '.repeat(30_000)}i uppdrag att`],
    ['decision words', 'lades '.repeat(40_000)],
    ['html', '<li>'.repeat(50_000)],
  ])('returns in time for %s', (_, text) => {
    check(text);
  });

  itShared('seeds', 'takes time in proportion to size', () => {
    const seed = SEEDS.join('\n');
    // Processor time: other work on a busy machine does not count against the reader.
    const time = (text: string) => {
      const t0 = process.cpuUsage();
      for (let i = 0; i < 3; i++) parseDocument(text);
      const used = process.cpuUsage(t0);
      return (used.user + used.system) / 3000;
    };
    time(seed); // warm up
    const one = time(seed);
    const eight = time(Array(8).fill(seed).join('\n'));
    expect(eight).toBeLessThan(one * 8 * 4 + 50);
  });
});
