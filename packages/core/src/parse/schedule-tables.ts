import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { monthName } from './dates.js';
import { type ItemDate, readItem } from './schedule-cells.js';
import {
  bodyAt,
  bodyDetail,
  footnote,
  monthHeader,
  type PageLine,
  scheduleHeading,
  TIME_LABEL,
  timeCell,
} from './schedule-lines.js';

/**
 * The tables of a schedule page, as text extraction leaves them:
 * - month tables: month headers ("Januari" … "Juni", maybe "Klockan") and then either one row of
 *   cells for the body of the section ("-", "16:e kl. 10.00", …) or rows that each start with a body
 *   ("Kommunfullmäktige", "25", "22", …, "18.00", "*budget"). A cell may hold two dates, one per line.
 * - column tables: bodies side by side ("Ks au | Ks | Kf", each with its weekday, time and room),
 *   then rows of dates separated by runs of spaces.
 * A row whose number of cells does not match its columns cannot say which date is whose: it is left
 * out (month tables) or kept without its body (column tables), with a diagnostic naming the line.
 */

/** A date found on the page, with what its place on the page adds. */
export interface FoundDate {
  date: ItemDate;
  /** The body, when the page says whose date it is. */
  body?: string;
  /** The year of the heading above it, when the date does not state one. */
  year?: number;
  /** The years the heading spans ("2021/2022"): a list may run into the second. */
  years?: number[];
  no: number;
  /** Dates of one list, in page order, for the check that they run forward in time. */
  list?: string;
  /** The row's time ("Klockan 18.00"), or the column's ("tisdagar kl.14.00"). */
  start?: string;
  location?: string;
}

/** Where the readers put what they find. */
export interface PageSink {
  add(found: FoundDate): void;
  /** A footnote line ("*budget"): says what the marked dates before it mean. */
  footnote(marks: number, text: string): void;
  /** Whether dates with this many marks wait for their footnote. */
  waiting(marks: number): boolean;
  diagnostics: Diagnostic[];
}

/** What the section above a table says: its body and year. */
export interface Section {
  body?: string;
  year?: number;
  years?: number[];
}

/** Cells of a row written on one line: a day ("25", "16:e", "21*"), "-", "4/1-22", a time. */
const CELL_VALUE =
  /^(?:\d{1,2}(?::[ae])?\*{0,3}|[-–]|\d{1,2}\/\d{1,2}(?:-\d{2}|-\d{4})?\*{0,3}|\d{1,2}[.:]\d{2}|x{1,2}[.:]x{1,2})$/iu;

/** The months of a header written on one line ("Nämnd Jan Feb Mar Apr Maj Jun Tid"), and whether it ends in a time column. */
export function monthRow(line: PageLine): { months: number[]; timeColumn: boolean } | undefined {
  if (line.text.length > 200) return undefined;
  const words = line.cells.length >= 3 ? line.cells : line.text.split(' ');
  if (words.length < 3 || words.length > 16) return undefined;
  let k = monthHeader(words[0] as string) === undefined ? 1 : 0; // a label column: "Nämnd", "Organ"
  const months: number[] = [];
  for (; k < words.length; k++) {
    const m = monthHeader(words[k] as string);
    // Months rise, one after another or over one month without meetings ("Jun Aug": no meeting in July).
    const last = months[months.length - 1];
    if (m === undefined || (last !== undefined && (m <= last || m > last + 2))) break;
    months.push(m);
  }
  const timeColumn = k < words.length && TIME_LABEL.test(words[k] as string);
  if (months.length < 3 || k + (timeColumn ? 1 : 0) !== words.length) return undefined;
  return { months, timeColumn };
}

/**
 * A month table whose header and rows are each one line: "Organ Jan Feb Mar … Tid", then
 * "Kommunstyrelsen 14 4 4 12 6 3 08.30" (or cells separated by tabs). Returns the index after it.
 */
export function readMonthRows(
  lines: readonly PageLine[],
  i: number,
  header: { months: number[]; timeColumn: boolean },
  section: Section,
  sink: PageSink,
): number {
  const { months, timeColumn } = header;
  let j = i + 1;
  for (; j < lines.length; j++) {
    const line = lines[j] as PageLine;
    if (!line.text) continue;
    const tabbed = line.cells.length >= months.length;
    const words = tabbed ? line.cells : line.text.split(' ');
    let k = 0;
    while (
      k < words.length &&
      !CELL_VALUE.test(words[k] as string) &&
      !(tabbed && cellKind(words[k] as string) === 'dates')
    )
      k++;
    const label = words.slice(0, k).join(' ');
    const values = words.slice(k);
    if (values.length === 0 || !values.every((v) => CELL_VALUE.test(v) || (tabbed && cellKind(v) === 'dates'))) break;
    const body = label ? bodyAt([{ ...line, text: label }], 0)?.name : section.body;
    if (label && !body) break;
    let start: string | undefined;
    const last = values[values.length - 1] as string;
    if (timeColumn && values.length === months.length + 1 && timeCell(last) !== undefined) {
      start = timeCell(last) ?? undefined;
      values.pop();
    }
    const cells = values.map((v) => [{ ...line, text: v }]);
    const where = { ...section, ...(body ? { body } : {}), no: line.no, what: body ? { row: body } : {} };
    placeRow(cells, months, where, start, sink);
  }
  return j;
}

const monthWord = (m: number) => monthName(m) ?? String(m);

type CellKind = 'empty' | 'dates' | 'garbled' | 'time' | 'footnote' | 'other';
/** The cells under a month: dates, a dash for none, or digits run together. */
const DAY_CELLS: ReadonlySet<CellKind> = new Set(['dates', 'empty', 'garbled']);

/**
 * What a cell holds, remembered for short texts: a table's reader asks it of the same line several
 * times (where a row stops, which cells it has, which of them are dates).
 */
function cellKind(text: string): CellKind {
  if (text.length > 200) return readCellKind(text);
  let kind = CELL_KINDS.get(text);
  if (kind === undefined) {
    kind = readCellKind(text);
    if (CELL_KINDS.size >= 2048) CELL_KINDS.clear();
    CELL_KINDS.set(text, kind);
  }
  return kind;
}
const CELL_KINDS = new Map<string, CellKind>();

function readCellKind(text: string): CellKind {
  if (timeCell(text) !== undefined) return 'time';
  if (footnote(text)) return 'footnote';
  const item = readItem(text, true);
  if (item.empty) return 'empty';
  if (item.dates.length > 0 && item.startsWithDate && item.words <= 2 && !item.notMeetings && !item.garbled.length)
    return 'dates';
  if (item.dates.length === 0 && item.garbled.length > 0 && item.words === 0) return 'garbled';
  return 'other';
}

/** The cells after a header: runs of lines between blank lines, or single lines when the header had no blanks. */
function units(
  lines: readonly PageLine[],
  from: number,
  grouped: boolean,
  stop: (line: PageLine, index: number) => boolean,
): { units: PageLine[][]; next: number } {
  const out: PageLine[][] = [];
  let current: PageLine[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as PageLine;
    if (!line.text) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (stop(line, i)) break;
    if (!grouped && current.length) {
      out.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) out.push(current);
  return { units: out, next: i };
}

/** The month headers starting at `i`, in calendar order, and whether blank lines separate them. */
function monthRun(lines: readonly PageLine[], i: number): { months: number[]; grouped: boolean; next: number } {
  const months: number[] = [];
  let grouped = false;
  let last = i - 1;
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j] as PageLine;
    if (!line.text) continue;
    const m = monthHeader(line.text);
    if (m === undefined || (months.length > 0 && m !== (months[months.length - 1] as number) + 1)) break;
    if (months.length > 0 && j > last + 1) grouped = true;
    months.push(m);
    last = j;
  }
  return { months, grouped, next: last + 1 };
}

const nextText = (lines: readonly PageLine[], i: number): number => {
  let j = i;
  while (j < lines.length && !(lines[j] as PageLine).text) j++;
  return j;
};

const isStop = (line: PageLine) =>
  monthHeader(line.text) !== undefined || scheduleHeading(line.text) !== undefined || TIME_LABEL.test(line.text);

/**
 * Reads a month table whose headers start at `i`; returns the index after it, or `undefined` when
 * the month names there are no table header (fewer than two in order).
 */
export function readMonthTable(
  lines: readonly PageLine[],
  i: number,
  section: Section,
  sink: PageSink,
): number | undefined {
  const { months, grouped, next } = monthRun(lines, i);
  if (months.length < 2) return undefined;
  let j = nextText(lines, next);
  let timeColumn = false;
  if (j < lines.length && TIME_LABEL.test((lines[j] as PageLine).text)) {
    timeColumn = true;
    j = nextText(lines, j + 1);
  }
  const header = lines[i] as PageLine;
  if (j < lines.length && bodyAt(lines, j)) return readBodyRows(lines, j, months, grouped, timeColumn, section, sink);
  // One row for the section's body.
  const row = units(
    lines,
    j,
    grouped,
    (line, k) => isStop(line) || bodyAt(lines, k) !== undefined || !DAY_CELLS.has(cellKind(line.text)),
  );
  placeRow(row.units, months, { ...section, no: header.no, what: { table: true } }, undefined, sink);
  return row.next;
}

/** Rows that each start with a body: "Kommunfullmäktige" / "25" / … / "18.00" / "*budget". */
function readBodyRows(
  lines: readonly PageLine[],
  from: number,
  months: readonly number[],
  grouped: boolean,
  timeColumn: boolean,
  section: Section,
  sink: PageSink,
): number {
  let i = from;
  for (;;) {
    i = nextText(lines, i);
    const body = bodyAt(lines, i);
    if (!body) return i;
    const no = (lines[i] as PageLine).no;
    i = body.next;
    // "(sammanträder vid behov)" belongs to the name; what text extraction glued after it is a cell.
    const glued: PageLine[] = [];
    while (i < lines.length && /^\(/.test((lines[i] as PageLine).text)) {
      const line = lines[i] as PageLine;
      const after = line.text.replace(/^\([^()]*\)\s*/u, '');
      if (after && after !== line.text) glued.push({ ...line, text: after });
      i++;
    }
    const row = units(
      lines,
      i,
      grouped,
      (line, k) => isStop(line) || bodyAt(lines, k) !== undefined || cellKind(line.text) === 'other',
    );
    if (glued.length) row.units.unshift(glued);
    const cells: PageLine[][] = [];
    let start: string | undefined;
    const notes: { marks: number; text: string }[] = [];
    for (const unit of row.units) {
      const first = unit[0] as PageLine;
      const kind = cellKind(first.text);
      if (kind === 'time' || kind === 'footnote') {
        for (const line of unit) {
          const t = timeCell(line.text);
          if (t) start ??= t;
          const f = footnote(line.text);
          if (f) notes.push(f);
        }
      } else cells.push(unit);
    }
    if (timeColumn && start === undefined && cells.length === months.length + 1) {
      // The time column held something that is not a time: not a row we can read.
      cells.length = 0;
    }
    placeRow(cells, months, { ...section, body: body.name, no, what: { row: body.name } }, start, sink);
    for (const f of notes) sink.footnote(f.marks, f.text);
    i = row.next;
  }
}

/** Puts a row's cells under their months, or leaves the row out when the counts differ. */
function placeRow(
  cells: readonly PageLine[][],
  months: readonly number[],
  where: Section & { no: number; what: { row?: string; table?: boolean } },
  start: string | undefined,
  sink: PageSink,
): void {
  const filled = cells.filter((c) => !(c.length === 1 && cellKind((c[0] as PageLine).text) === 'empty'));
  if (filled.length === 0) return;
  if (cells.length !== months.length) {
    const args = {
      ...where.what,
      cells: cells.length,
      months: months.length,
      first: monthWord(months[0] as number),
      last: monthWord(months[months.length - 1] as number),
    };
    const line = (cells[0]?.[0] as PageLine | undefined)?.no ?? where.no;
    sink.diagnostics.push(diagnostic('warning', 'table-cells-under-months', args, { line }));
    return;
  }
  cells.forEach((cell, c) => {
    const month = months[c] as number;
    for (const line of cell) {
      const kind = cellKind(line.text);
      if (kind === 'garbled') {
        sink.diagnostics.push(
          diagnostic('warning', 'table-not-a-day', { text: line.text, month: monthWord(month) }, { line: line.no }),
        );
        continue;
      }
      if (kind !== 'dates') continue;
      for (const date of readItem(line.text, true).dates) {
        if (date.month === undefined) {
          date.month = month;
          if (date.last && date.last.month === undefined) date.last.month = month;
        }
        sink.add({
          date,
          ...(where.body ? { body: where.body } : {}),
          ...(where.year !== undefined ? { year: where.year } : {}),
          ...(start ? { start } : {}),
          no: line.no,
        });
      }
    }
  });
}

/** A body heading with the lines under it that say when and where it meets. */
interface Column {
  name: string;
  no: number;
  start?: string;
  location?: string;
}

/** The bodies of a column table, side by side, starting at `i`: at least two, with nothing but details between. */
export function columnHeads(lines: readonly PageLine[], i: number): { columns: Column[]; next: number } | undefined {
  const columns: Column[] = [];
  let j = i;
  for (;;) {
    j = nextText(lines, j);
    const body = bodyAt(lines, j);
    if (!body) break;
    const column: Column = { name: body.name, no: (lines[j] as PageLine).no };
    j = body.next;
    for (;;) {
      j = nextText(lines, j);
      const detail = j < lines.length ? bodyDetail((lines[j] as PageLine).text) : undefined;
      if (!detail) break;
      if (detail.start) column.start ??= detail.start;
      if (detail.location) column.location ??= detail.location;
      j++;
    }
    columns.push(column);
  }
  const first = lines[j];
  if (columns.length < 2 || !first || first.cells.length !== columns.length || !isDateRow(first)) return undefined;
  return { columns, next: j };
}

/**
 * Column heads written on one row, a body a cell ("Kommunstyrelsen    Arbetsutskottet"), over rows of dates
 * with a cell for each: the columns, and where their rows start. `names` are the row's cells read as bodies.
 */
export function rowColumnHeads(
  lines: readonly PageLine[],
  i: number,
  names: readonly string[],
): { columns: Column[]; next: number } | undefined {
  const j = nextText(lines, i + 1);
  const first = lines[j];
  if (names.length < 2 || !first || first.cells.length !== names.length || !isDateRow(first)) return undefined;
  const no = (lines[i] as PageLine).no;
  return { columns: names.map((name) => ({ name, no })), next: j };
}

/** A row of a column table: dates, dashes for empty cells, and their notes. */
function isDateRow(line: PageLine): boolean {
  const item = readItem(line.text);
  const dashes = line.cells.every((c) => /^[-–]$/.test(c));
  return (
    dashes ||
    (item.dates.length > 0 && item.startsWithDate && !item.notMeetings && item.words <= 3 * item.dates.length + 1)
  );
}

/**
 * Reads the rows of a column table. Once a row has another number of cells than there are columns,
 * the flattening has lost which column is which: that row and the rest keep their dates without a body.
 */
export function readColumnRows(
  lines: readonly PageLine[],
  from: number,
  columns: readonly Column[],
  section: Section,
  sink: PageSink,
): number {
  let broken = false;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as PageLine;
    if (!line.text) continue;
    if (!isDateRow(line)) break;
    if (!broken && line.cells.length !== columns.length) {
      broken = true;
      const args = { cells: line.cells.length, columns: columns.length, names: columns.map((c) => c.name).join(', ') };
      sink.diagnostics.push(diagnostic('warning', 'table-cells-under-columns', args, { line: line.no }));
    }
    if (broken) {
      for (const date of readItem(line.text).dates)
        sink.add({ date, ...(section.year !== undefined ? { year: section.year } : {}), no: line.no });
      continue;
    }
    line.cells.forEach((cell, c) => {
      const column = columns[c] as Column;
      for (const date of readItem(cell).dates) {
        sink.add({
          date,
          body: column.name,
          ...(section.year !== undefined ? { year: section.year } : {}),
          ...(section.years ? { years: section.years } : {}),
          ...(column.start ? { start: column.start } : {}),
          ...(column.location ? { location: column.location } : {}),
          no: line.no,
          list: `columns:${from}:${c}`,
        });
      }
    });
  }
  return i;
}

/**
 * A table of bodies side by side whose header is one line ("Månad   KS   KF") and whose rows start
 * with the month ("Januari   24   30", "Februari   21   -"). Returns the index after it.
 */
export function readMonthColumnRows(
  lines: readonly PageLine[],
  from: number,
  bodies: readonly string[],
  section: Section,
  sink: PageSink,
): number {
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as PageLine;
    if (!line.text) continue;
    const month = monthHeader(line.cells[0] ?? '');
    const cells = line.cells.slice(1);
    if (month === undefined || cells.length === 0 || !cells.every((c) => DAY_CELLS.has(cellKind(c)))) break;
    if (cells.length !== bodies.length) {
      const args = { month: monthWord(month), cells: cells.length, bodies: bodies.length, names: bodies.join(', ') };
      sink.diagnostics.push(diagnostic('warning', 'table-cells-under-bodies', args, { line: line.no }));
      continue;
    }
    cells.forEach((cell, c) => {
      placeRow(
        [[{ ...line, text: cell }]],
        [month],
        { ...section, body: bodies[c] as string, no: line.no, what: { row: monthWord(month) } },
        undefined,
        sink,
      );
    });
  }
  return i;
}
