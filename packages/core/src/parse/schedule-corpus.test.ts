import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

/**
 * The schedule checks of the shared corpus (../shared/corpus, beside the repository): the schedule
 * pages' dates, counts, start times, cancellations and the dates that are not meetings. The score
 * must not drop below what the reader reaches today, and no check may be answered wrongly.
 */

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const present = existsSync(`${CORPUS}gold.json`);

interface Check {
  id: string;
  path: string;
  eq?: string;
  match?: string;
  matchJson?: string;
  contains?: string;
  len?: number;
  lenAtLeast?: number;
}

/** The value at a gold path: "schedules", "schedules[year=2021].meetings", "body.name". */
function valueAt(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    const m = /^([^[]+)(?:\[([^=\]]+)=([^\]]*)\])?$/.exec(part);
    if (!m || current == null) return undefined;
    current = (current as Record<string, unknown>)[m[1] as string];
    if (m[2] !== undefined) {
      if (!Array.isArray(current)) return undefined;
      current = current.find((e) => String((e as Record<string, unknown>)[m[2] as string]) === m[3]);
    }
  }
  return current;
}

/** Whether a check passes, and whether the reader gave a value for it at all. */
function run(doc: unknown, check: Check): { pass: boolean; answered: boolean } {
  const v = valueAt(doc, check.path);
  const answered = v != null && !(Array.isArray(v) && v.length === 0);
  const json = JSON.stringify(v) ?? '';
  let pass = false;
  if (v === undefined) pass = false;
  else if (check.eq !== undefined) pass = String(v).trim().toLowerCase() === check.eq.toLowerCase();
  else if (check.match !== undefined) pass = typeof v === 'string' && new RegExp(check.match, 'i').test(v);
  else if (check.matchJson !== undefined) pass = new RegExp(check.matchJson, 'i').test(json);
  else if (check.contains !== undefined) pass = json.toLowerCase().includes(check.contains.toLowerCase());
  else if (check.len !== undefined) pass = Array.isArray(v) && v.length === check.len;
  else if (check.lenAtLeast !== undefined) pass = Array.isArray(v) && v.length >= check.lenAtLeast;
  return { pass, answered };
}

/** The schedule checks, and the body checks of the schedule pages. */
const isOurs = (file: string, check: Check) =>
  check.id.startsWith('schedule') || (/^(?:3[89]|4[0-5])_/.test(file) && check.id === 'body');

describe.skipIf(!present)('the corpus schedule checks', () => {
  it('pass as they do today, and none is answered wrongly', () => {
    const gold = JSON.parse(readFileSync(`${CORPUS}gold.json`, 'utf8')) as { file: string; checks: Check[] }[];
    let total = 0;
    let passed = 0;
    const wrong: string[] = [];
    for (const entry of gold) {
      const checks = entry.checks.filter((c) => isOurs(entry.file, c));
      if (checks.length === 0) continue;
      const doc = JSON.parse(JSON.stringify(parseDocument(readFileSync(`${CORPUS}${entry.file}`, 'utf8'))));
      for (const check of checks) {
        total++;
        const { pass, answered } = run(doc, check);
        if (pass) passed++;
        else if (answered) wrong.push(`${entry.file}: ${check.id}`);
      }
    }
    expect(wrong).toEqual([]);
    // 162 schedule checks and 3 body checks of schedule pages; all pass today.
    expect(total).toBeGreaterThanOrEqual(165);
    expect(passed).toBeGreaterThanOrEqual(165);
  });
});

if (!present) {
  describe('the corpus schedule checks', () => {
    it.skip(`skipped: ${CORPUS}gold.json is missing (the shared corpus is not beside the repository)`, () => {});
  });
}
