import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tests/shared.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { type Check, get, groupOf, passes } from './gold.js';

/**
 * The paragraphs and agenda items of the shared corpus (`../shared/corpus`: real documents of other
 * bodies, with verified checks in gold.json): the groups this reader answers (para, case, decision,
 * distribution, paragraphs, attachment) may not drop below what they reach, and no answer in them may
 * be wrong. Skipped, with one line saying so, where the corpus is not beside the repository.
 */

/** The least each group reaches (of 107, 18, 19, 1, 7 and 1 checks). */
const FLOORS: Record<string, number> = {
  para: 105,
  case: 18,
  decision: 19,
  distribution: 1,
  paragraphs: 7,
  attachment: 1,
};

describeShared('corpus', 'paragraphs and items of the shared corpus', () => {
  const gold: { file: string; checks: Check[] }[] = JSON.parse(readFileSync(sharedPath('corpus', 'gold.json'), 'utf8'));
  const passed = new Map<string, number>();
  const wrong: string[] = [];
  for (const entry of gold) {
    const checks = entry.checks.filter((c) => groupOf(c) in FLOORS);
    if (checks.length === 0) continue;
    const doc = JSON.parse(
      JSON.stringify(parseDocument(readFileSync(sharedPath('corpus', entry.file), 'utf8'), { file: entry.file })),
    );
    for (const c of checks) {
      if (passes(doc, c)) passed.set(groupOf(c), (passed.get(groupOf(c)) ?? 0) + 1);
      else {
        const v = get(doc, c.path);
        if (v != null && !(Array.isArray(v) && v.length === 0))
          wrong.push(`${entry.file}: ${c.id} -> ${JSON.stringify(v).slice(0, 80)}`);
      }
    }
  }

  it.each(Object.entries(FLOORS))('%s passes at least %i checks', (group, floor) => {
    expect(passed.get(group) ?? 0).toBeGreaterThanOrEqual(floor);
  });

  it('answers none of them wrong', () => {
    expect(wrong).toEqual([]);
  });
});
