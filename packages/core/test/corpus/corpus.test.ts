import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tests/shared.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { type Check, get, groupOf, passes } from './gold.js';

/**
 * The importer on the development corpus (`../shared/corpus`: 47 first pages of other bodies' minutes,
 * agendas, schedules and extracts, with checks written from the text alone). The checks are evaluated here
 * as the corpus's scorer evaluates them, and each group of fields must stay at or above the level the
 * importer has reached, with no more than 3 % of its answers wrong and no fact invented.
 */

const CORPUS = `${sharedPath('corpus')}/`;

/**
 * The least share of each group's checks that must pass: the level reached, rounded down to a per cent
 * (1 where every check passes). Paragraph, case and decision checks are held by paragraphs.test.ts, the
 * schedule checks by schedule-corpus.test.ts; all checks together by ALL.
 */
const FLOOR: Readonly<Record<string, number>> = {
  kind: 1,
  body: 1,
  date: 1,
  start: 1,
  end: 1,
  location: 1,
  range: 1,
  role: 0.97,
  party: 1,
  substituteFor: 1,
  note: 0.91,
  adjustment: 1,
  municipality: 1,
  participants: 1,
  paragraphs: 1,
  next: 1,
  attachment: 1,
  distribution: 1,
};
const ALL = 0.99;

describeShared('corpus', 'the development corpus', () => {
  const gold = JSON.parse(readFileSync(`${CORPUS}gold.json`, 'utf8')) as { file: string; checks: Check[] }[];
  const groups = new Map<string, { ok: number; total: number }>();
  let answered = 0;
  let wrong = 0;
  let invented = 0;
  for (const entry of gold) {
    const doc = JSON.parse(
      JSON.stringify(parseDocument(readFileSync(`${CORPUS}${entry.file}`, 'utf8'), { file: entry.file })),
    );
    for (const c of entry.checks) {
      const group = groupOf(c);
      const g = groups.get(group) ?? { ok: 0, total: 0 };
      const ok = passes(doc, c);
      const v = get(doc, c.path);
      const given = v != null && !(Array.isArray(v) && v.length === 0);
      if (c.absent && !ok) invented++;
      if (!c.absent && given) {
        answered++;
        if (!ok) wrong++;
      }
      g.total++;
      if (ok) g.ok++;
      groups.set(group, g);
    }
  }

  it('invents nothing and answers wrong at most 3 % of the time', () => {
    expect(invented).toBe(0);
    expect(wrong / answered).toBeLessThanOrEqual(0.03);
  });
  it(`passes at least ${ALL * 100} % of all checks`, () => {
    const all = [...groups.values()].reduce((a, g) => ({ ok: a.ok + g.ok, total: a.total + g.total }), {
      ok: 0,
      total: 0,
    });
    expect(all.ok / all.total).toBeGreaterThanOrEqual(ALL);
  });

  it.each(Object.entries(FLOOR))('%s stays at or above its level', (group, floor) => {
    const g = groups.get(group);
    expect(g, `no checks of ${group}`).toBeDefined();
    expect((g?.ok ?? 0) / (g?.total ?? 1)).toBeGreaterThanOrEqual(floor);
  });
});
