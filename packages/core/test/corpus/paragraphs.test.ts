import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tests/shared.js';
import { parseDocument } from '../../src/parse/parse-document.js';

/**
 * The paragraphs and agenda items of the shared corpus (`../shared/corpus`: real documents of other
 * bodies, with verified checks in gold.json): the groups this reader answers (para, case, decision,
 * distribution, paragraphs, attachment) may not drop below what they reach, and no answer in them may
 * be wrong. Skipped, with one line saying so, where the corpus is not beside the repository.
 */

interface Check {
  id: string;
  path: string;
  eq?: string | number;
  match?: string;
  matchJson?: string;
  contains?: string;
  includes?: string[];
  len?: number;
  lenAtLeast?: number;
  absent?: boolean;
}

/** The least each group reaches (of 107, 18, 19, 1, 7 and 1 checks). */
const FLOORS: Record<string, number> = {
  para: 105,
  case: 18,
  decision: 19,
  distribution: 1,
  paragraphs: 7,
  attachment: 1,
};

const norm = (v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : v);
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : norm(a) === norm(b);

/** `a.b[key=value].c`, as gold.json writes paths. */
function get(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.match(/[^.[\]]+(\[[^\]]*\])?/g) ?? []) {
    if (current == null) return undefined;
    const m = /^([^[]+)(?:\[([^=\]]+)=([^\]]*)\])?$/.exec(part);
    if (!m?.[1]) return undefined;
    current = (current as Record<string, unknown>)[m[1]];
    if (m[2] !== undefined) {
      if (!Array.isArray(current)) return undefined;
      current = current.find((el) => el && same((el as Record<string, unknown>)[m[2] as string], m[3]));
    }
  }
  return current;
}

function passes(doc: unknown, c: Check): boolean {
  const v = get(doc, c.path);
  if ('absent' in c) return v == null || (Array.isArray(v) && v.length === 0);
  if (v === undefined) return false;
  if (c.eq !== undefined) return same(v, c.eq);
  if (c.match !== undefined) return typeof v === 'string' && new RegExp(c.match, 'i').test(v);
  if (c.matchJson !== undefined) return new RegExp(c.matchJson, 'i').test(JSON.stringify(v));
  if (c.contains !== undefined) return JSON.stringify(v).toLowerCase().includes(c.contains.toLowerCase());
  if (c.len !== undefined) return Array.isArray(v) && v.length === c.len;
  if (c.lenAtLeast !== undefined) return Array.isArray(v) && v.length >= c.lenAtLeast;
  if (c.includes !== undefined)
    return (
      Array.isArray(v) &&
      c.includes.every((x) =>
        v.some(
          (y) => same(y, x) || (typeof y === 'object' && JSON.stringify(y).toLowerCase().includes(x.toLowerCase())),
        ),
      )
    );
  return false;
}

const groupOf = (c: Check) => (c.id.includes(' ') ? c.id.slice(0, c.id.indexOf(' ')) : (c.path.split(/[.[]/)[0] ?? ''));

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
