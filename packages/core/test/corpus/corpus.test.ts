import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tests/shared.js';
import { parseDocument } from '../../src/parse/parse-document.js';

/**
 * The importer on the development corpus (`../shared/corpus`: 47 first pages of other bodies' minutes,
 * agendas, schedules and extracts, with checks written from the text alone). The checks are evaluated here
 * as the corpus's scorer evaluates them, and each group of fields must stay at or above the level the
 * importer has reached, with no more than 3 % of its answers wrong and no fact invented.
 */

const CORPUS = `${sharedPath('corpus')}/`;

interface Check {
  id: string;
  path: string;
  eq?: string | number;
  match?: string;
  matchJson?: string;
  contains?: string;
  len?: number;
  lenAtLeast?: number;
  includes?: string[];
  absent?: boolean;
}

const norm = (v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : v);
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : norm(a) === norm(b);

/** `a.b[key=value].c`: the first element of an array whose `key` equals `value`. */
function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.match(/[^.[\]]+(\[[^\]]*\])?/g) ?? []) {
    if (cur == null) return undefined;
    const m = /^([^[]+)(?:\[([^=\]]+)=([^\]]*)\])?$/.exec(part);
    if (!m?.[1]) return undefined;
    cur = (cur as Record<string, unknown>)[m[1]];
    if (m[2] !== undefined) {
      if (!Array.isArray(cur)) return undefined;
      cur = cur.find((el) => el && same((el as Record<string, unknown>)[m[2] as string], m[3]));
    }
  }
  return cur;
}

function passes(doc: unknown, c: Check): boolean {
  const v = get(doc, c.path);
  if (c.absent) return v == null || (Array.isArray(v) && v.length === 0);
  if (v === undefined) return false;
  if (c.eq !== undefined) return same(v, c.eq);
  if (c.match !== undefined) return typeof v === 'string' && new RegExp(c.match, 'i').test(v);
  if (c.matchJson !== undefined) return new RegExp(c.matchJson, 'i').test(JSON.stringify(v));
  if (c.contains !== undefined) return JSON.stringify(v).toLowerCase().includes(c.contains.toLowerCase());
  if (c.len !== undefined) return Array.isArray(v) && v.length === c.len;
  if (c.lenAtLeast !== undefined) return Array.isArray(v) && v.length >= c.lenAtLeast;
  if (c.includes)
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
      const group = c.id.includes(' ') ? c.id.slice(0, c.id.indexOf(' ')) : (c.path.split(/[.[]/)[0] as string);
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
