import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/participant.js';
import { type ListedPerson, readPeopleList } from './people-list.js';

/**
 * Lists of people printed side by side under their labels, a column each:
 *
 *   Ledamöter                  Ersättare              Övriga närvarande
 *   Anna Berg (S), ordförande  Bo Ek (S)              Lisa Nord, sekreterare
 *   Carl Dahl (M)              Dora Fisk (M) för …
 *   Eva Gran (C)
 *
 * When the labels stand on one line apart from each other (a tab, or a run of two or more spaces, between
 * them) and the rows under them are split the same way, each cell belongs to the label of its column: by
 * the cells' order when a row has one cell per label, else by where the cell starts (its indent). A cell
 * whose column cannot be told belongs to no label. Read row by row as one list instead, the right column's
 * people would take the left column's roles.
 */

/** A cell of a row under labels printed as columns: its text, its row and its column. */
export interface ColumnCell {
  text: string;
  /** The row (0 for the first line under the labels). */
  row: number;
  /** The label's index in the labels' order; undefined when the cell's column cannot be told. */
  column?: number;
}

/** The width of a tab stop, for the column a character stands in. */
const TAB = 8;

/** The column (tabs expanded) of `offset` in `line`. */
function columnAt(line: string, offset: number): number {
  let col = 0;
  for (let i = 0; i < offset; i++) col = line[i] === '\t' ? (Math.floor(col / TAB) + 1) * TAB : col + 1;
  return col;
}

/** A cell: words with single spaces between them; a tab or two spaces or more end it. */
const CELL = /[^\s](?:[^\s]| (?! ))*/gu;
/** Spaces other than the plain one (a no-break space from a PDF). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;
/** What stands between two labels heading columns: a tab, or two spaces or more. */
const APART = /^[ \t]*(?:\t| {2})[ \t]*$/u;

/**
 * The cells of `rows` (the lines under the labels, as the source wrote them) with the column each belongs
 * to, when the labels (their words, in order) stand as column heads on the line `header`: alone on it, a
 * tab or two spaces or more apart. Undefined when they do not, or when no row is split into cells: then the
 * list is one column, or flattened.
 */
export function columnCells(
  headerLine: string,
  labels: readonly string[],
  rowLines: readonly string[],
): ColumnCell[] | undefined {
  if (labels.length < 2) return undefined;
  // A no-break or other odd space is a space (one for one: the columns stay where they were).
  const header = headerLine.replace(ODD_SPACE, ' ');
  const rows = rowLines.map((l) => l.replace(ODD_SPACE, ' '));
  const at: [number, number][] = [];
  let from = 0;
  for (const label of labels) {
    const words = label
      .trim()
      .split(/\s+/u)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    const m = new RegExp(words.join('\\s+'), 'giu');
    m.lastIndex = from;
    const hit = m.exec(header);
    if (!hit) return undefined;
    at.push([hit.index, hit.index + hit[0].length]);
    from = hit.index + hit[0].length;
  }
  // The labels alone on their line, apart from each other.
  if (header.slice(0, (at[0] as [number, number])[0]).trim() !== '') return undefined;
  if (!/^[\s:]*$/u.test(header.slice(from))) return undefined;
  for (let i = 1; i < at.length; i++) {
    const gap = header.slice((at[i - 1] as [number, number])[1], (at[i] as [number, number])[0]).replace(/:/gu, '');
    if (!APART.test(gap)) return undefined;
  }
  const heads = at.map(([start]) => columnAt(header, start));
  const cells: ColumnCell[] = [];
  let split = false;
  rows.forEach((line, row) => {
    const found: { text: string; col: number }[] = [];
    for (const m of line.matchAll(CELL)) {
      // Words in lower case go on with the cell before ("Anna Berg (S)<TAB>ordförande", "<TAB>för Bo Ek (M)").
      const prev = found[found.length - 1];
      if (prev && /^[\p{Ll}(,]/u.test(m[0])) prev.text = `${prev.text} ${m[0]}`;
      else found.push({ text: m[0], col: columnAt(line, m.index ?? 0) });
    }
    if (found.length > 1) split = true;
    if (found.length === labels.length) {
      // One cell per label: the cells' order says their columns (a tab's width may not).
      found.forEach((c, column) => {
        cells.push({ text: c.text, row, column });
      });
      return;
    }
    // Fewer or more cells: where each starts says its column; cells of one column in a row are one cell.
    let prev: ColumnCell | undefined;
    for (const c of found) {
      const column = nearestHead(heads, c.col);
      if (prev && prev.column !== undefined && prev.column === column) {
        prev.text = `${prev.text} ${c.text}`;
        continue;
      }
      prev = { text: c.text, row, ...(column !== undefined ? { column } : {}) };
      cells.push(prev);
    }
  });
  return split ? cells : undefined;
}

/** The head a cell starting at column `col` stands under; undefined when two heads are as near. */
function nearestHead(heads: readonly number[], col: number): number | undefined {
  const by = heads.map((h, i) => ({ i, d: Math.abs(h - col) })).sort((a, b) => a.d - b.d);
  const [best, next] = by;
  if (!best) return undefined;
  if (next && next.d - best.d < 2) return undefined;
  return best.i;
}

/**
 * The people of a list printed as columns ({@link columnCells}), each with their column's roles and their
 * own words' ("ordförande", "tjg ers för Eva Ny"), in the order of the rows. A person whose column cannot
 * be told gets only the roles every column gives, with a warning (with none, they are left out of the
 * participants: see finishParticipants).
 */
export function readColumns(
  cells: readonly (ColumnCell & { no: number })[],
  groups: readonly (readonly Role[])[],
  diagnostics: Diagnostic[],
): ListedPerson[] {
  const out: { p: ListedPerson; row: number; column: number }[] = [];
  const shared = (groups[0] ?? []).filter((r) => groups.every((g) => g.includes(r)));
  const unknown: string[] = [];
  // A row without a cell in every column may have lost the space between two cells ("Anna Berg (S), ordf Bo
  // Ek (S)"): a second person in one of its cells may stand in the next column.
  // (Labels on lines above the columns' own, "Beslutande" over them, have no column.)
  const first = Math.min(...cells.map((c) => c.column ?? groups.length));
  const full = new Set(
    [...new Set(cells.map((c) => c.row))].filter(
      (row) =>
        new Set(cells.filter((c) => c.row === row && c.column !== undefined).map((c) => c.column)).size ===
        groups.length - first,
    ),
  );
  groups.forEach((roles, column) => {
    const mine = cells.filter((c) => c.column === column);
    if (mine.length === 0) return;
    // A column's cells as one list, a line each: a cell that goes on below ("ordförande") stays its person's.
    const starts: number[] = [];
    let text = '';
    for (const c of mine) {
      starts.push(text.length);
      text += `${c.text}\n`;
    }
    let lastCell = -1;
    for (const p of readPeopleList(text, roles, diagnostics, mine[0]?.no).people) {
      let k = 0;
      while (k + 1 < starts.length && (starts[k + 1] as number) <= p.start) k++;
      const cell = mine[k] as (typeof mine)[number];
      if (p.line !== undefined) p.line = cell.no;
      if (k === lastCell && !p.vacant && !full.has(cell.row)) {
        p.roles = p.roles.filter((r) => !roles.includes(r) || shared.includes(r));
        unknown.push(p.name);
      }
      if (!p.vacant) lastCell = k;
      out.push({ p, row: cell.row, column });
    }
  });
  for (const c of cells) {
    if (c.column !== undefined) continue;
    for (const p of readPeopleList(c.text, shared, diagnostics, c.no).people) {
      if (!p.vacant) unknown.push(p.name);
      out.push({ p, row: c.row, column: groups.length });
    }
  }
  if (unknown.length > 0) {
    const no = cells.find((c) => c.column === undefined)?.no ?? cells[0]?.no;
    diagnostics.push(
      diagnostic('warning', 'participant-column-unknown', { names: unknown.join(', ') }, no ? { line: no } : {}),
    );
  }
  out.sort((a, b) => a.row - b.row || a.column - b.column);
  return out.map((x) => x.p);
}
