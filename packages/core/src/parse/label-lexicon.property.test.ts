import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENITIVE_RE, LABEL_START, LABELS } from './label-lexicon.js';

/**
 * The label search's patterns were rewritten to match what they consume first and look behind after (the
 * engine runs a leading look-behind at every position). Each is held equal to the pattern it replaced, kept
 * here as the oracle, on random text made of what decides them: the labels' first letters and their case
 * variants (K and the Kelvin sign, s and the long s, å and the Ångström sign), letters, digits, §, white
 * space, characters that make the text two bytes a character, astral letters and lone surrogates.
 */

const firstLetters = [...new Set(LABELS.flatMap((d) => d.words.map((w) => w.slice(0, 1))))];
const classOf = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');
const ORIGINAL_LABEL_START = new RegExp(`(?<![\\p{L}\\p{N}§])[${firstLetters.map(classOf).join('')}]`, 'giu');
const ORIGINAL_GENITIVE =
  /(?<![\p{L}\p{N}])(?:direktionens|nämndens|styrelsens|utskottets|fullmäktiges|förbundets|rådets|beredningens|kommitténs)\s+(?:ledamöter|ersättare)(?![\p{L}])/giu;

const PIECES = [
  'a',
  'K',
  'k',
  '\u212a',
  's',
  'ſ',
  'å',
  'Å',
  '\u212b',
  'ö',
  'Ö',
  'x',
  'é',
  'É',
  '1',
  '٣',
  '²',
  '§',
  ' ',
  '  ',
  '\n',
  '\t',
  '-',
  '’',
  '–',
  '(',
  ':',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  'Tid',
  'plats',
  'Beslutande',
  'direktionens',
  'Nämndens',
  'KOMMITTÉNS',
  'kommitténs',
  'rådets',
  'förbundets',
  'ledamöter',
  'Ersättare',
  'ersättare',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

/** Every match of a global pattern from `from` on: where, and what. */
function matches(re: RegExp, s: string, from: number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

describe('label search patterns', () => {
  it('LABEL_START finds what the look-behind-first pattern found, from any position', () => {
    fc.assert(
      fc.property(text, fc.nat(), (s, n) => {
        const from = s.length === 0 ? 0 : n % (s.length + 1);
        expect(matches(LABEL_START, s, from)).toEqual(matches(ORIGINAL_LABEL_START, s, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('GENITIVE_RE finds what the look-behind-first pattern found', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(matches(GENITIVE_RE, s, 0)).toEqual(matches(ORIGINAL_GENITIVE, s, 0));
      }),
      { numRuns: 3000 },
    );
  });

  it('the examples the patterns are for', () => {
    expect(matches(LABEL_START, 'Tid och plats: 7Tid §plats –ärende', 0).map(([i]) => i)).toEqual([0, 4, 8, 28]);
    expect(matches(GENITIVE_RE, 'Direktionens ledamöter, xnämndens ersättare, Nämndens  ersättare:', 0)).toEqual([
      [0, 'Direktionens ledamöter'],
      [45, 'Nämndens  ersättare'],
    ]);
  });
});
