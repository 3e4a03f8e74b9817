/**
 * The corpus's gold checks evaluated as `../shared/corpus/score.mjs` evaluates them, for the tests that
 * hold the importer at the level it has reached.
 */

/** One gold check: a path into the parsed document and what it must hold. */
export interface Check {
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
export function get(obj: unknown, path: string): unknown {
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

/** Whether the parsed document meets the check. */
export function passes(doc: unknown, c: Check): boolean {
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

/** A check's field group: the part of its id before the first space ("role Anna Berg" → "role"). */
export const groupOf = (c: Check): string =>
  c.id.includes(' ') ? c.id.slice(0, c.id.indexOf(' ')) : (c.path.split(/[.[]/)[0] ?? '');
