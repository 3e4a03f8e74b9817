import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from './document.js';
import { parseDocument } from './parse-document.js';

/**
 * The reader stays linear in its input: for each pattern, 1 MB takes at most a bounded multiple of
 * 100 times what 10 KB takes, in processor time, measured side by side in one run (no absolute
 * times: the machine may be busy). A quadratic step makes the ratio 10,000 or more (decisions compared with a whole proposal
 * normalised again for each: 1,800 already at 300 KB); the bound allows 20 times linear, for the
 * garbage collector's share on a large heap and a busy machine. One pattern is a single 9 MB line,
 * compared with 90 KB of it, which must also not overflow a regular expression's stack.
 */

/** Text of `size` characters or more: a pattern of units, or a function of the size. */
type Pattern = (size: number) => string;

/** Text of at least `size` characters made of `unit(i)`, i = 0, 1, 2 … */
function fill(unit: (i: number) => string, size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('');
}

const units =
  (unit: (i: number) => string): Pattern =>
  (size) =>
    fill(unit, size);

const PATTERNS: Record<string, Pattern> = {
  // Page-lines of a document site's transcript, each with a heading, a decision and a distribution note.
  'flattened pages': units(
    (i) =>
      `${i + 1} Nämnden ${i + 1} (99) ${i + 100} Ändring av regler Nämnden beslutar att godkänna förslaget. Exp: Kansliet BN/2024:${i}\n\n`,
  ),
  // A transcript flattened onto one line: page after page "N N av M", a viewer's chrome at its top.
  'a flattened transcript': (size) =>
    `Nämnden Storlek: px Starta visningen från sidan: Download "Nämnden" Transkript ${fill(
      (i) => `${i + 1} ${i + 1} av 99 Ändring av regler Nämnden beslutar att godkänna förslaget. (1) `,
      size,
    )}`,
  // A schedule page flattened onto one line: sentences, bullets, and runs of spaces before them.
  'a flattened schedule page': (size) =>
    `Mötesdagar ${fill((i) => `Mötena hålls i salen. Datum 2025 • ${(i % 28) + 1} mars${' '.repeat(i % 40)} `, size)}`,
  // One line of headings, sections and decisions.
  'headings on one line': units(
    (i) => `${i + 1} Ärende nummer ${i} Beslut Styrelsen beslutar att godkänna förslaget. Bakgrund Text om ärendet. `,
  ),
  // A table of contents that never ends.
  'table of contents': units((i) => (i === 0 ? 'Innehåll ' : `${i} Rubrik för ärende ${i} `)),
  // One paragraph: a long proposal, then as many numbered decisions, each compared with the proposal.
  'decisions against a proposal': (size) =>
    `§ 1 Budget\n\nFörslag till beslut\n\n${fill((i) => `Nämnden godkänner del ${i} av planen.\n`, size / 2)}\nBeslut\n\n${fill((i) => `${(i % 90) + 1}. Nämnden godkänner del ${i} av planen.\n`, size / 2)}`,
  // The same heading, sections and decision again and again: the numbers repeat, and only rising ones are
  // headings, so after the first fifty the rest is one paragraph of a megabyte, read by every step of a
  // paragraph at once (its text, sections, proposals compared with each decision).
  'one paragraph of repeated headings': units(
    (i) =>
      `§ ${(i % 50) + 1} Val av justerare\n\nBeslut\n\nBeslut\n\n${(i % 9) + 1}. Ärende\n${(i % 9) + 1}.${(i % 9) + 1} Ärende\n` +
      `Förslag till beslut\nNämnden beslutar att godkänna ${['förslaget', 'rapporten', 'planen'][i % 3]}.\n\n`,
  ),
  // An agenda's items.
  items: units((i) => `${i + 1}. Titel på punkt ${i}\nFörslag: Anna Berg (S)\n`),
  // Numbers before names, as attendance lists write per-person notes.
  'notes before names': units((i) => `Anna Berg ${i % 300} Bo Ek, ${i % 7} `),
  // Every label of a front page, over and over, on one line.
  'labels on one line': units(
    (i) =>
      `Tid och plats: Rådhuset den ${(i % 28) + 1} mars 2024 kl 13.00 Beslutande: Anna Berg (S) Ersättare: Bo Ek (M) ` +
      `Utses att justera: Cia Lind Justeringens plats och tid: Kansliet Paragrafer: ${i}-${i + 9} Sekreterare Dan Holm `,
  ),
  // One attendance list of thousands of people, every fifth a substitute.
  'a list of thousands': (size) =>
    `Protokoll\nKommunstyrelsen\n\nBeslutande\n${fill(
      (i) =>
        i % 5 === 4
          ? `Person${i} Berg (S) tjänstgörande ersättare för Person${i - 1} Ek (M)\n`
          : `Person${i} Lind (C), ${i % 7 === 0 ? 'ordförande' : 'ledamot'}\n`,
      size,
    )}`,
  // An attendance table of thousands of rows, with section rows, and heads of tables repeated row after row.
  'an attendance table of thousands': (size) =>
    `Protokoll\nKommunstyrelsen\n\nNamn\tParti\tFunktion\tNärvaro\n${fill(
      (i) =>
        i % 50 === 0
          ? 'Ersättare\n'
          : i % 7 === 0
            ? 'Namn\tParti\tFunktion\tNärvaro\n'
            : `Person${i} Berg\t${i % 2 ? 'S' : 'M'}\t${i % 3 ? 'Ledamot' : 'Ersättare'}\tx\n`,
      size,
    )}`,
  // The same flattened: heads and rows on one line.
  'attendance tables on one line': units(
    (i) => `Beslutande | Parti | Roll | Närvaro | Person${i} Berg | S | Ordförande | x | Per Ek M Ledamot `,
  ),
  // Paragraph signs in every shape, on lines and within them.
  '§ storm': units((i) => ['§', '§§ ', `§ ${i} `, `§§ ${i}-${i * 7} `, `§${i}\n`, '§\n', ' §§§§ '][i % 7] ?? ''),
  // Dates, times and weekdays without end.
  'a run of dates': units(
    (i) =>
      [
        `2024-0${(i % 9) + 1}-1${i % 10} `,
        `måndag den ${(i % 28) + 1} maj 2024 kl 13.00-15.30, `,
        `${(i % 28) + 1}/3 `,
      ][i % 3] ?? '',
  ),
};

/** Processor time of one parse, in ms: other work on a busy machine does not count, as the clock's would. */
function time(text: string): number {
  const started = process.cpuUsage();
  const doc = parseDocument(text);
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  expect(doc.diagnostics.filter((d) => d.message.startsWith('internal error'))).toEqual([]);
  expect(ParsedDocumentSchema.safeParse(doc).success).toBe(true);
  return elapsed;
}

/** The best of a few runs of a small input (the first runs pay for compiling). */
function best(text: string, runs = 5): number {
  let min = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) min = Math.min(min, time(text));
  return Math.max(min, 0.5);
}

const BOUND = 100 * 20;

describe('time in proportion to size', () => {
  it.each(Object.entries(PATTERNS))(
    '%s: 1 MB against 10 KB',
    (_, pattern) => {
      const small = pattern(10_000);
      const big = pattern(1_000_000);
      const ratio = time(big) / best(small);
      expect(ratio).toBeLessThan(BOUND);
    },
    180_000,
  );

  it('one 9 MB line against 90 KB of it', () => {
    const unit = (i: number) => `${i + 1} Ärende ${i} Beslut Nämnden beslutar att godkänna förslaget. Bakgrund Text. `;
    const small = fill(unit, 90_000);
    const big = fill(unit, 9_000_000);
    const ratio = time(big) / best(small, 3);
    expect(ratio).toBeLessThan(BOUND);
  }, 300_000);
});
