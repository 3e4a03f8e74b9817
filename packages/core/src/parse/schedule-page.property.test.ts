import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../model/primitives.js';
import { ParsedDocumentSchema } from './document.js';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';
import { looksLikeSchedulePage, parseSchedulePage } from './schedule-page.js';
import { toRecords } from './to-records.js';

/**
 * Property tests of the schedule-page reader: whatever the text, it returns a valid document with
 * real dates, each in its schedule's year and each day written somewhere in the text, never throws,
 * and takes time in proportion to the text's size.
 */

function check(text: string): void {
  const doc = parseDocument(text, { file: 'plan.txt', kind: 'schedule' });
  const empty = doc.diagnostics.some((d) => d.message === 'the document is empty');
  expect(doc.kind).toBe(empty ? 'unknown' : 'schedule');
  expect(doc.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
  const valid = ParsedDocumentSchema.safeParse(doc);
  if (!valid.success) throw new Error(`invalid result: ${JSON.stringify(valid.error.issues[0])}`);
  for (const s of doc.schedules) {
    const dates = s.meetings.map((m) => m.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const date of dates) {
      expect(isIsoDate(date)).toBe(true);
      expect(date.slice(0, 4)).toBe(String(s.year));
      expect(text).toContain(String(Number(date.slice(8))));
    }
  }
  expect(() => toRecords(doc, { body: { name: 'Provnämnden' } })).not.toThrow();
}

// What steers the reader into its branches, mixed with noise.
const WORDS = [
  'Sammanträdestider 2026',
  'Mötestider 2025',
  'Datum för sammanträden 2024',
  'Direktionens sammanträdesdatum 2023',
  'Kommunstyrelsen',
  'Kommunstyrelsens',
  'arbetsutskott',
  'Barn- och utbildningsnämnden',
  'Januari',
  'Februari',
  'Mars',
  'Jan',
  'Feb',
  'Klockan',
  'Tid',
  '12 januari',
  '3 februari',
  '17-18 november',
  '30 nov - 1 dec',
  '16:e',
  '21:a',
  '19:e-21:a*',
  '8/2',
  '4/1-22',
  '26/2 - 4/3',
  '2026-01-21',
  '2628',
  '31',
  '-',
  '- -',
  '*',
  '*budget',
  '*= inkl bokslut',
  'DR = Delårsrapport',
  'kl. 09.00',
  'kl.16',
  'kl. xx.xx',
  '18.00',
  '(onsdag)',
  '(budget)',
  '(inställt)',
  'månd',
  'torsd',
  'tisdagar kl.14.00',
  'i Salen',
  'är inställt.',
  'flyttas till den 5 maj.',
  'Mötena hålls klockan 13.00.',
  'Sista dag för ärenden',
  'Sammanträde',
  'Uppdaterad',
  'Sportlov',
  'Valnämnden:',
  '•',
  '(',
  ')',
  ':',
  ',',
  '\t',
  '   ',
  '\n',
  '\n\n',
  '\n\n\n',
  ' ',
];
const soup = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 300 })
  .map((w) => w.join(' '));
const lines = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((w) => w.join('\n'));

describe('schedule pages on any input', () => {
  it('survive random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000, unit: 'grapheme' }), check), { numRuns: 150 });
  }, 60_000);

  it('survive soups of the words they look for', () => {
    fc.assert(fc.property(soup, check), { numRuns: 300 });
  }, 60_000);

  it('survive lines of the words they look for', () => {
    fc.assert(fc.property(lines, check), { numRuns: 300 });
  }, 60_000);

  // The same pattern at 10 KB (read 100 times) and at 1 MB (once): in linear time about the same;
  // anything quadratic, 100 times as long. The bound leaves a factor of 10 for a busy machine and its
  // garbage collector; the two are timed in turn, twice, so that a burst of load hits both.
  const MONTHS = ['januari', 'mars', 'maj', 'juli', 'september', 'november'];
  /** The i-th of many different dates, years apart: "3 mars 1907". */
  const distinct = (i: number) =>
    `${1 + (i % 28)} ${MONTHS[Math.floor(i / 28) % 6]} ${1900 + (Math.floor(i / 168) % 300)}\n`;
  /** A unit repeated, or units made one by one. */
  type Unit = string | ((i: number) => string);
  const PATTERNS: [string, Unit][] = [
    ['a list of dates', '12 januari\n3 februari (budget)\n'],
    ['a list of different dates', distinct],
    ['cancellations of different dates', (i) => `Sammanträdet den ${distinct(i).trim()} är inställt.\n${distinct(i)}`],
    ['a one-line d/m list', '8/2 15/3 19/4 '],
    ['a month table', 'Januari\n\nFebruari\n\n16:e kl. 10.00\n\n21*\n\n'],
    ['rows of bodies', 'Kommunstyrelsen\n\n14\n\n4\n27*\n\n08.30\n*budget\n\n'],
    ['bodies side by side', 'Kommunstyrelsen\ntisdagar kl.14.00\ni Salen\n  30 januari   13 februari   -\n'],
    ['open parentheses', '12 januari ((((('],
    ['headings', 'Sammanträdestider 2026\nKommunfullmäktiges sammanträden\n'],
    ['prose', 'Mötena hålls klockan 13.00 om inget annat anges. Sammanträdet den 5 maj är inställt. '],
    ['one line of cells', '- -   23 oktober, konstituerande   '],
    ['stars', '*'],
  ];

  it.each(PATTERNS)(
    'read %s in linear time',
    (_, unit) => {
      const make = (bytes: number) => {
        if (typeof unit === 'string') return `Sammanträdestider 2026\n${unit.repeat(Math.ceil(bytes / unit.length))}`;
        const parts = ['Sammanträdestider 2026\n'];
        for (let i = 0, size = 0; size < bytes; i++) {
          parts.push(unit(i));
          size += (parts[parts.length - 1] as string).length;
        }
        return parts.join('');
      };
      // The schedule reader and its detection, on lines already cleaned (cleaning is the general reader's).
      const time = (text: string) => {
        const lines = toLines(text);
        // Processor time, not wall time: other work on a busy machine does not count against the reader.
        const t0 = process.cpuUsage();
        looksLikeSchedulePage(lines);
        parseSchedulePage(text, []);
        const used = process.cpuUsage(t0);
        return (used.user + used.system) / 1000;
      };
      const small = make(10_000);
      const large = make(1_000_000);
      time(small); // warm up
      // The small text read 100 times is the same amount of work as the large one read once: timed so, a
      // busy machine's slower processor weighs on both sides alike.
      const hundred = () => {
        let sum = 0;
        for (let k = 0; k < 100; k++) sum += time(small);
        return sum;
      };
      let tSmall = Number.POSITIVE_INFINITY;
      let tLarge = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 2; round++) {
        tSmall = Math.min(tSmall, hundred());
        tLarge = Math.min(tLarge, time(large));
      }
      expect(tLarge).toBeLessThan(Math.max(tSmall, 200) * 10);
    },
    120_000,
  );
});
