import { findBodyName } from './body-name.js';
import { findDates, findDayMonthSlashes, monthFromName } from './dates.js';
import { normaliseText } from './lines.js';
import { bodyName, GENERIC } from './schedule-bodies.js';

/**
 * The lines of a schedule page and what each can be: a heading with a year ("Sammanträdestider
 * 2017", "Direktionens sammanträdesdatum 2021"), a body, a month column header, a footnote
 * ("*budget", "*= inkl bokslutsdag"), a legend ("DR = Delårsrapport"), a time cell ("18.00").
 * Schedules keep what the general line cleaning drops: a lone "-" is an empty cell, "*" marks a
 * footnote, and runs of spaces separate columns.
 */

/** One line of a schedule page. */
export interface PageLine {
  /** 1-based line number in the text. */
  no: number;
  /** Trimmed, one space between words, without a leading bullet. */
  text: string;
  /** The cells of a row whose columns are runs of spaces or tabs; "- -" is two empty cells. */
  cells: string[];
}

const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
/**
 * A bullet before an item; a dash only when text follows it ("- 14 januari"), since "-" alone is an empty cell.
 * "* " before a word is kept: it may be a footnote ("* Gemensamt med …"); the reader takes it as a bullet
 * when no date before it has the mark.
 */
const BULLET = /^(?:[•·▪◦●‣∙■□➢►]\s*|[-–]\s+(?=[^\s\-–*=])|\*\s+(?=[^\s\-–*=\p{L}]))/u;
/** "* " before a word: a footnote's mark or a bullet. */
export const STAR_BEFORE_WORD = /^\*\s+(?=\p{L})/u;

/** The page as lines, numbered as in `text`; a page flattened onto one line is cut into its lines. */
export function pageLines(text: string): PageLine[] {
  const raws = normaliseText(text).split('\n');
  const flat = flattenedPage(raws);
  const at = flat ? raws.findIndex((r) => r.trim() !== '') : 0;
  return (flat ?? raws).flatMap((raw, k) => {
    const i = flat ? at : k;
    const spaced = raw
      .replace(ODD_SPACES, ' ')
      .replace(INVISIBLE, '')
      .replace(/\*\*/g, '')
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .trim()
      .replace(BULLET, '');
    const pieces = flattenedSchedulePieces(spaced);
    const lines = pieces
      ? pieces.map((piece) => ({ no: i + 1, text: piece, cells: [piece] }))
      : [{ no: i + 1, text: spaced.replace(/\s+/g, ' '), cells: cellsOf(spaced) }];
    return lines.flatMap((line) => {
      const labelled = flat ? labelledBodyAt(line.text) : undefined;
      if (labelled !== undefined) {
        const rest = line.text.slice(labelled).trim();
        const name = line.text.slice(0, labelled).trim();
        return [
          { no: line.no, text: name, cells: [name] },
          { no: line.no, text: rest, cells: [rest] },
        ];
      }
      if (line.text.length < 40 || line.text.length > MAX_TABLE_LINE) return [line];
      const cut = monthTablePieces(line.text);
      if (cut) return cut.map((piece) => ({ no: line.no, text: piece, cells: [piece] }));
      return monthRowLines(line.text)?.map((row) => ({ no: line.no, ...row })) ?? [line];
    });
  });
}

/** The longest line read as a flattened month table: a schedule page is a few thousand characters. */
export const MAX_TABLE_LINE = 100_000;

/**
 * Where a label of a body's people starts after the body's name, in a page flattened onto one line
 * ("Kommunfullmäktige Ordförande: Eja Holm"): the name is a line of its own, as on the page.
 */
function labelledBodyAt(text: string): number | undefined {
  const m =
    /^(.{4,70}?)\s+(?=(?:ordförande|vice ordförande|sekreterare|nämndsekreterare|kontakt|kontaktperson)\s*:\s)/iu.exec(
      text,
    );
  return m?.[1] && bodyName(m[1])?.name === m[1].trim() ? m[0].length : undefined;
}

/**
 * A table of bodies side by side, a row per month, flattened onto one line ("Månad Arbetsutskott
 * Kommunstyrelsen Januari 14 28 Februari 11 25 …"), cut back into its header and rows with their cells, as
 * the table reader reads them written out. Undefined unless every month has one cell per body: flattened, a
 * cell that held two dates cannot be told from two cells.
 */
export function monthRowLines(text: string): { text: string; cells: string[] }[] | undefined {
  const words = text.split(' ');
  const at = words.findIndex((w) => /^månad:?$/iu.test(w));
  if (at < 0) return undefined;
  // The column heads: bodies' names or the page's abbreviations ("KS", "Ks au"), up to the first month.
  const heads: string[] = [];
  let p = at + 1;
  while (p < words.length && monthHeader(words[p] as string) === undefined) {
    const found = findBodyName(words.slice(p, p + 8).join(' '));
    const length =
      found?.index === 0 ? found.name.split(' ').length : /^\p{Lu}[\p{L}]{0,5}$/u.test(words[p] as string) ? 1 : 0;
    if (length === 0 || heads.length >= 8) return undefined;
    heads.push(words.slice(p, p + length).join(' '));
    p += length;
  }
  if (heads.length < 2) return undefined;
  const rows: { text: string; cells: string[] }[] = [];
  let last = 0;
  while (p < words.length) {
    const month = monthHeader(words[p] as string);
    if (month === undefined || month <= last) break;
    const cells: string[] = [];
    let q = p + 1;
    for (; q < words.length; q++) {
      const w = words[q] as string;
      if (/^\*{1,3}$/u.test(w) && cells.length > 0) cells[cells.length - 1] += w;
      else if (DAY_CELL.test(w) || /^[-–—]$/u.test(w)) cells.push(w);
      else break;
    }
    if (cells.length !== heads.length) return undefined;
    rows.push({ text: [words[p], ...cells].join(' '), cells: [words[p] as string, ...cells] });
    last = month;
    p = q;
  }
  if (rows.length < 3) return undefined;
  const before = at > 0 ? headingApart(words.slice(0, at)).map((piece) => ({ text: piece, cells: [piece] })) : [];
  const after = p < words.length ? [words.slice(p).join(' ')].map((piece) => ({ text: piece, cells: [piece] })) : [];
  const header = ['Månad', ...heads];
  return [...before, { text: header.join(' '), cells: header }, ...rows, ...after];
}

/**
 * The words before a flattened table, with the schedule's heading a piece of its own: at their start
 * ("Mötestider 2021 Sammanträdeskalendern visar …") or at their end ("… Kommunfullmäktige Sammanträdestider 2017").
 */
function headingApart(words: readonly string[]): string[] {
  const text = words.join(' ');
  if (/^(?:19|20)\d{2}$/u.test(words[words.length - 1] ?? ''))
    for (let k = 1; k <= 8 && k < words.length; k++) {
      const tail = words.slice(words.length - k).join(' ');
      if (/^\p{Lu}/u.test(tail) && scheduleHeading(tail)) return [words.slice(0, words.length - k).join(' '), tail];
    }
  const head = FLAT_HEAD.exec(text);
  if (head?.[1] && scheduleHeading(head[1]) && head[0].length < text.length)
    return [head[1], text.slice(head[0].length)];
  return [text];
}

/** How many months in a row make a flattened table's header ("Januari Februari Mars …", "Jan Feb Mar …"). */
const MONTH_RUN = 3;
/** A day in a table's cell: "25", "16:e", "21:a", "21*". */
const DAY_CELL = /^(?:[1-9]|[12]\d|3[01])(?::[ae])?\*{0,3}$/u;

/**
 * A month table flattened onto one line, cut back into the lines a table written one cell a line has
 * ("Sammanträdestider 2017 Januari Februari … Juni - 16* kl. 08.30 16:e kl. 10.00 …", or "Jan … Jun Klockan
 * Kommunfullmäktige 25 22 29 26 24 21* 18.00 *budget Kommunstyrelsen …"): the words before the months, each
 * month, the time column's label, then each cell ("-", a day with its time), row time, footnote and body of
 * the rows, so the table reader sees them as it sees that table. Undefined unless the months are followed by
 * at least as many cells. Which cell is whose is the table reader's to judge: a row with more days than months
 * (a cell that held two dates) is left out there, with its diagnostic.
 */
export function monthTablePieces(text: string): string[] | undefined {
  const words = text.split(' ');
  let out: string[] | undefined;
  let from = 0;
  let start = 0;
  while (start < words.length) {
    const run = monthRunAt(words, start);
    if (run === 0) {
      start++;
      continue;
    }
    let p = start + run;
    const head: string[] = words.slice(start, p);
    if (p < words.length && TIME_LABEL.test(words[p] as string)) head.push(words[p++] as string);
    const body: string[] = [];
    // The days of each row: the section's own row, then one per body ("Kommunfullmäktige 25 22 …").
    const rows: number[] = [0];
    while (p < words.length) {
      const read = tableWordAt(words, p);
      if (!read) break;
      if (read.body) rows.push(0);
      else if (read.day) rows[rows.length - 1] = (rows[rows.length - 1] as number) + 1;
      body.push(read.piece);
      p += read.length;
    }
    const days = rows.reduce((a, b) => a + b, 0);
    if (days < run) {
      start += run;
      continue;
    }
    // Flattened, a cell that held two dates ("6 27*") cannot be told from two cells: a row with other than one
    // day a month leaves the whole page as it was (no date is better than a date in the wrong month, and a
    // page read in part would look whole).
    const own = rows[0] as number;
    if (rows.length === 1 ? own !== run : own !== 0 || rows.slice(1).some((n) => n !== run)) return undefined;
    out ??= [];
    if (start > from) out.push(...headingApart(words.slice(from, start)));
    out.push(...head, ...body);
    from = p;
    start = p;
  }
  if (!out) return undefined;
  if (from < words.length) out.push(words.slice(from).join(' '));
  return out;
}

/** How many month names in calendar order start at `i` (0 when fewer than {@link MONTH_RUN}). */
function monthRunAt(words: readonly string[], i: number): number {
  let n = 0;
  let last: number | undefined;
  for (let j = i; j < words.length; j++) {
    const m = monthHeader(words[j] as string);
    if (m === undefined || (last !== undefined && m !== last + 1)) break;
    last = m;
    n++;
  }
  return n >= MONTH_RUN ? n : 0;
}

/** One piece of a flattened table's rows at `i`: a cell, a row's time, a footnote or a row's body. */
function tableWordAt(
  words: readonly string[],
  i: number,
): { piece: string; length: number; day?: boolean; body?: boolean } | undefined {
  const w = words[i] as string;
  if (/^[-–]$/u.test(w)) return { piece: w, length: 1, day: true };
  // "4/1-22": a date with its own month in a cell (the year's first meeting of the next year).
  if (/^\d{1,2}\/\d{1,2}(?:-\d{2}(?:\d{2})?)?\*{0,3}$/u.test(w)) return { piece: w, length: 1, day: true };
  if (DAY_CELL.test(w)) {
    // "16:e kl. 10.00", "8* kl. xx.xx": the day and its time are one cell.
    const kl = words[i + 1] ?? '';
    const time = words[i + 2] ?? '';
    if (/^kl\.?$/iu.test(kl) && timeCell(time) !== undefined)
      return { piece: `${w} ${kl} ${time}`, length: 3, day: true };
    return { piece: w, length: 1, day: true };
  }
  if (timeCell(w) !== undefined) return { piece: w, length: 1 };
  // "*budget", "*= inkl bokslutsdag (dagsammanträde)": a footnote, up to the next capitalised word.
  if (/^\*{1,3}(?:=|\p{Ll})/u.test(w)) {
    let j = i + 1;
    if (/^\*{1,3}=?$/u.test(w) || /^\*{1,3}=/u.test(w))
      while (j < words.length && j < i + 12 && !/^\p{Lu}|^\d/u.test(words[j] as string)) j++;
    return { piece: words.slice(i, j).join(' '), length: j - i };
  }
  // A row's body ("Kommunfullmäktige", "Arbetsmarknads- och socialnämndens utskott"), perhaps with a note in
  // parentheses ("(sammanträder vid behov)"), followed by the row's first cell.
  const rest = words.slice(i, i + 8).join(' ');
  const found = findBodyName(rest);
  if (found && found.index === 0) {
    let j = i + found.name.split(' ').length;
    if (/^\(/u.test(words[j] ?? ''))
      for (let k = j; k < words.length && k < j + 6; k++)
        if (/\)$/u.test(words[k] as string)) {
          j = k + 1;
          break;
        }
    const next = words[j] ?? '';
    if (/^[-–]$/u.test(next) || DAY_CELL.test(next))
      return { piece: words.slice(i, j).join(' '), length: j - i, body: true };
  }
  return undefined;
}

/**
 * Where a flattened page's lines ended: after a sentence, or before a bullet. Sticky: it is tried only where
 * a run of white space starts (found by BREAK_NEAR), since as a search its look-behind ran at every character of the
 * line. Both alternatives take a whole run (one after a full stop, one after no space), so the breaks are
 * those the search would find.
 */
const FLAT_BREAK = /(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})|(?<!\s)\s+(?=[•·▪]\s)/uy;
/**
 * Where FLAT_BREAK may match: white space after a full stop, or before a bullet. Only the runs of white space
 * these touch are tried, not every run (every word of a flattened page). A match takes its run's first or last
 * character, never a full stop, so no run FLAT_BREAK takes is passed over.
 */
const BREAK_NEAR = /[.!?]\s|\s[•·▪]/g;
const SPACE = /\s/;

/** `line.split(FLAT_BREAK)` as a search would split it. */
export function splitFlattened(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  let tried = -1;
  BREAK_NEAR.lastIndex = 0;
  for (let m = BREAK_NEAR.exec(line); m !== null; m = BREAK_NEAR.exec(line)) {
    // The start of the run of white space, where FLAT_BREAK is tried.
    let at = SPACE.test(line[m.index] as string) ? m.index : m.index + 1;
    while (at > 0 && SPACE.test(line[at - 1] as string)) at--;
    if (at <= tried) continue;
    tried = at;
    FLAT_BREAK.lastIndex = at;
    if (!FLAT_BREAK.test(line)) continue;
    pieces.push(line.slice(from, at));
    from = FLAT_BREAK.lastIndex;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/**
 * A page flattened onto one line (its only line, of 120 characters or more) cut where its lines surely ended: after
 * each sentence and before each bullet ("… anges. Datum för sammanträden 2021 • 21 januari • 4 februari").
 * Undefined for a page that kept its line breaks.
 */
export function flattenedPage(raws: readonly string[]): string[] | undefined {
  let only: string | undefined;
  for (const raw of raws) {
    if (raw.trim() === '') continue;
    if (only !== undefined) return undefined;
    only = raw;
  }
  if (only === undefined || only.length < 120) return undefined;
  const table = flattenedColumnTable(only.trim());
  if (table) return table;
  // A page that opens with its heading is cut body by body (flattenedSchedulePieces), not here.
  if (flattenedSchedulePieces(only.trim()) !== undefined) return undefined;
  const pieces: string[] = [];
  for (const whole of splitFlattened(only)) {
    if (whole.trim() === '') continue;
    // A web page's schedule under its text ("… Nämndplan för nämnden Nämndens sammanträdestider 2019 9 januari
    // …"): the words before its heading are a piece of their own.
    const inner = innerScheduleHeading(whole);
    if (inner !== undefined) pieces.push(whole.slice(0, inner).trim());
    const piece = inner === undefined ? whole : whole.slice(inner);
    // A heading with its dates after it ("Direktionens sammanträdesdatum 2021 8/2 15/3 …"): the heading,
    // then the dates.
    const head = FLAT_HEAD.exec(piece);
    const dates = head?.[1] && scheduleHeading(head[1]) ? piece.slice(head[0].length) : undefined;
    if (head?.[1] && dates !== undefined && DATES_START.test(dates.slice(0, 40))) {
      pieces.push(head[1]);
      for (const part of dates.split(PAGE_AFTER_DATES)) if (part.trim() !== '') pieces.push(part);
    } else if (!/^[•·▪]/u.test(piece)) pieces.push(piece);
    // The last item of a list runs on into the next heading ("• 21 december Följ mötena Du kan …").
    else for (const part of piece.split(PROSE_AFTER_DATE)) if (part.trim() !== '') pieces.push(part);
  }
  return pieces.length >= 3 ? pieces : undefined;
}

/** A table's column heads flattened after the page's heading: "Datum | Dag | Tid | Plats" (or cut by tabs), "Datum" first. */
const COLUMN_HEAD = /(?<![\p{L}\d])Datum(?:\s*\|\s*|\t+)(?=\p{L})/iu;
/** A row's first cell, a date, where a flattened row opens: after a space, a "|" or a tab, before the next cell's "|" or tab. */
const ROW_DATE =
  /(?<=^|\s)(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\s*\d{4})?|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?)(?=\s*\||\t)/giu;
const CELL_SEPARATOR = /\s*\|\s*|\t+/u;
const cellCount = (row: string) => row.split(CELL_SEPARATOR).filter((c) => c.trim() !== '').length;

/**
 * A schedule's table flattened onto one line with its heading ("Hamnnämnden Sammanträdesplan 2027 Datum | Dag | Tid |
 * Plats 2027-01-19 | tisdag | 13.00 | Hamnkontoret | 2027-02-16 | …"): the heading, the column heads, then a row
 * at each date in the first column (a date with a cell after it). Undefined unless every row has no more cells
 * than the heads: else a row's end is unsure.
 */
function flattenedColumnTable(line: string): string[] | undefined {
  const head = COLUMN_HEAD.exec(line);
  if (!head) return undefined;
  const heading = line.slice(0, head.index).trim();
  if (!heading || !scheduleHeading(heading)) return undefined;
  const rest = line.slice(head.index);
  // Rows open with dates written alike: a date written otherwise ("Flyttad från 9/2 | …" under ISO dates) is in a cell.
  const form = (date: string) => (date.includes('-') ? 'iso' : date.includes('/') ? 'slash' : 'named');
  const found = [...rest.matchAll(ROW_DATE)];
  const first = found[0]?.[0];
  const starts = found.filter((m) => first && form(m[0]) === form(first)).map((m) => m.index ?? 0);
  if (starts.length < 2) return undefined;
  const pieces = [rest.slice(0, starts[0]).trim()];
  const columns = cellCount(pieces[0] as string);
  for (let k = 0; k < starts.length; k++) {
    const row = rest.slice(starts[k], starts[k + 1]).trim();
    if (cellCount(row) > columns) return undefined;
    pieces.push(row);
  }
  return [heading, ...pieces];
}

// The look-behind comes after the digits, so that the search skips to a "19" or "20" (a piece may be a whole page).
const YEAR = /(?:19|20)\d{2}(?<![\d\p{L}]\d{4})(?!\d)/gu;
/** How many words before a year a heading may have ("Barn- och utbildningsnämndens sammanträdestider 2019"). */
const HEADING_WORDS = 8;

/**
 * Where a schedule's heading starts inside a flattened piece of text, when its dates follow it
 * ("Om nämnden … Barn- och utbildningsnämndens sammanträdestider 2019 9 januari 13 februari …"): the
 * fewest words before a year, starting with a capital, that make a heading naming a body (else the
 * fewest that make a heading). Undefined when the piece opens with its heading, or no heading has dates after it.
 */
function innerScheduleHeading(piece: string): number | undefined {
  YEAR.lastIndex = 0;
  for (let y = YEAR.exec(piece); y !== null; y = YEAR.exec(piece)) {
    const end = y.index + y[0].length;
    if (!DATES_START.test(piece.slice(end, end + 40))) continue;
    const before = piece.slice(Math.max(0, y.index - 200), y.index);
    const starts = [...before.matchAll(/(?<=^|\s)\S/gu)].map((m) => (m.index ?? 0) + y.index - before.length);
    let plain: number | undefined;
    for (let k = 1; k <= HEADING_WORDS && k <= starts.length; k++) {
      const at = starts[starts.length - k] as number;
      if (!/^\p{Lu}/u.test(piece.slice(at, at + 1))) continue;
      const heading = scheduleHeading(piece.slice(at, end));
      if (!heading) continue;
      if (heading.body) return at > 0 ? at : undefined;
      plain ??= at;
    }
    if (plain !== undefined) return plain > 0 ? plain : undefined;
  }
  return undefined;
}

/** A schedule's heading at the start of a long line: its words up to the year ("Sammanträdesdagar 2022"). */
const FLAT_HEAD = /^(.{3,90}?(?<!\d)(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?)(?!\d)\s*:?\s+/u;
/** What starts a body's dates: a weekday or a day ("Kommunstyrelsen: 1/2, …", "Kommunfullmäktige 14 februari"). */
const DATES_START =
  /^\s*:?\s*(?:(?:vecka\s+datum\s+)?(?:vecka|v\.?)\s*\d{1,2},?\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)\p{L}*\s+)?(?:den\s+)?\d{1,2}(?::[ae])?(?:\s*\/\s*\d{1,2}|\s+\p{L})/iu;
/** The end of a date, before the next body's name ("12/3,", "23 april", "7 april 2026"). */
const DATE_END =
  /(?:\d{1,2}\s*\/\s*\d{1,2}|\d{1,2}(?::[ae])?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\s+\d{4})?)[.,;]?\s*$/iu;
/** The end of a sentence before a body's name ("… sammanträdestider under 2026. Kommunstyrelsen 12 januari"). */
const SENTENCE_END = /(?:\p{Ll}{2,}|(?<!\d)\d{4})[.!]\s+$/u;
/** The gap after a date ("31/5 ", "23 april 2026, "), before what follows it. */
const AFTER_DATE =
  '(?<=\\d{1,2}\\s*\\/\\s*\\d{1,2}|\\d{1,2}(?::[ae])?\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\\s+\\d{4})?)[.,]?\\s+';
/** A sentence after the last date ("… 31/5 Alla sammanträden börjar kl. 18.00."): a capital, then a word in lower case. */
const PROSE_AFTER_DATE = new RegExp(`${AFTER_DATE}(?=\\p{Lu}\\p{Ll}+\\s+\\p{Ll})`, 'gu');
/**
 * The same after the dates under one body's heading, where no other body's name can follow: also a heading
 * of the page before its sentence ("… 11 december Sammansättning Nämnden har nio ledamöter").
 */
const PAGE_AFTER_DATES = new RegExp(`${AFTER_DATE}(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+\\p{Ll})`, 'gu');

/**
 * A schedule page flattened onto one line ("Sammanträdesdagar 2022 Kommunfullmäktige: 14/2, 14/3
 * Kommunstyrelsen: 1/2, 1/3 Alla sammanträden börjar kl. 18.00."): its heading, each body's name with
 * its dates, and the sentences after them, as the lines they were. Undefined for any other line.
 */
export function flattenedSchedulePieces(line: string): string[] | undefined {
  if (line.length < 40) return undefined;
  const head = FLAT_HEAD.exec(line);
  if (!head?.[1] || !scheduleHeading(head[1])) return undefined;
  const rest = line.slice(head[0].length);
  const cuts = new Set<number>();
  for (let at = 0; at < rest.length; ) {
    const found = findBodyName(rest.slice(at));
    if (!found) break;
    const pos = at + found.index;
    const end = pos + found.name.length;
    // A body's name opens the rest, follows the dates before it ("… 23/4 Servicenämnden: 3/2") or a
    // sentence ("… under 2026. Kommunstyrelsen 12 januari"), never a word ("för Kommunstyrelsen" belongs
    // to the heading).
    const before = rest.slice(Math.max(0, pos - 30), pos);
    const opens = pos === 0 || DATE_END.test(before) || SENTENCE_END.test(before);
    if (opens && DATES_START.test(rest.slice(end, end + 40))) cuts.add(pos);
    at = end;
  }
  // "Sammanträdestider för Socialnämnden 2025 Tisdag 21 januari …": a heading that names its body in full
  // ("Nämndens sammanträden" leaves the page to say which), its dates right after it.
  const own = cuts.size === 0 ? scheduleHeading(head[1])?.body : undefined;
  if (own && !GENERIC.test(own) && DATES_START.test(rest)) cuts.add(0);
  if (cuts.size === 0) return undefined;
  PROSE_AFTER_DATE.lastIndex = 0;
  for (let m = PROSE_AFTER_DATE.exec(rest); m !== null; m = PROSE_AFTER_DATE.exec(rest))
    cuts.add(m.index + m[0].length);
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), rest.length];
  const pieces = [head[1].trim()];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const piece = rest
      .slice(sorted[k], sorted[k + 1])
      .replace(/\s+/g, ' ')
      .trim();
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/**
 * The cells of a row whose columns are runs of spaces, tabs or "|"; "- -" is two empty cells. A day
 * and the month's name after it are one cell however many spaces stand between them ("6  mars", as
 * PDF text laid out by position gives): split there, the month's dates went to the next column's body.
 */
export function cellsOf(text: string): string[] {
  const cells = text
    .trim()
    .split(/\t+|\s{2,}|\s*\|\s*/)
    .flatMap((c) => (/^[-–](?:\s[-–])+$/.test(c) ? c.split(' ') : [c]))
    .filter((c) => c !== '');
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    const next = cells[i + 1];
    const day = /^(\d{1,2})(?::[ae])?$/u.exec(cell);
    if (
      day &&
      next !== undefined &&
      Number(day[1]) >= 1 &&
      Number(day[1]) <= 31 &&
      monthFromName(/^\p{L}+/u.exec(next)?.[0] ?? '')
    ) {
      out.push(`${cell} ${next}`);
      i++;
    } else out.push(cell);
  }
  return out;
}

/** A month column header: the line is a month's name and nothing else ("Januari", "Jan", "Sept."). */
export function monthHeader(text: string): number | undefined {
  return text.length <= 10 ? monthFromName(text.replace(/:$/, '')) : undefined;
}

/** The label of a table's time column ("Klockan", "Tid"). */
export const TIME_LABEL = /^(?:klockan|kl\.?|tid|tider|starttid|mötestid)$/iu;

/** A cell that is a time and nothing else ("18.00", "kl. 08.30", "10:00"); `null` for "xx.xx" (not yet set). */
export function timeCell(text: string): string | null | undefined {
  if (/^(?:kl(?:ockan)?\.?\s*)?x{1,2}[.:]x{1,2}$/iu.test(text)) return null;
  const m = /^(?:kl(?:ockan)?\.?\s*)?([01]?\d|2[0-3])[.:]([0-5]\d)$/iu.exec(text);
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : undefined;
}

/** A footnote: "*budget", "*= inkl bokslutsdag (dagsammanträde)", "** = extra". */
export function footnote(text: string): { marks: number; text: string } | undefined {
  const m = /^(\*{1,3})\s*=?\s*(\S.{0,150})$/u.exec(text);
  if (!m || /^\d/.test(m[2] ?? '')) return undefined;
  return { marks: (m[1] ?? '').length, text: (m[2] ?? '').trim() };
}

const LEGEND = /^(\p{Lu}{1,4})\s*=\s*(\S.{0,80})$/u;

/** The codes a line explains ("DR = Delårsrapport", "B = Budget"), one per cell. */
export function legendEntries(line: PageLine): [string, string][] {
  const out: [string, string][] = [];
  for (const cell of line.cells) {
    const m = LEGEND.exec(cell);
    if (m) out.push([m[1] as string, (m[2] as string).trim()]);
  }
  return out;
}

/** The words that name a page or section of meeting dates. */
const SCHEDULE_WORD =
  /(?<![\p{L}])(?:sammanträdes(?:tider|dagar|datum|plan(?:en)?|kalendern?|schema|lista)|mötes(?:tider|datum|dagar|plan(?:en)?|kalendern?|schema)|datum för (?:sammanträden|sammanträdena|möten|mötena)|sammanträden|möten|sammanträder|möts|(?:följande )?datum)(?![\p{L}])/iu;

/**
 * The years a heading states: "2021", "2017-2018", "2021/2022", "2021/22", "hösten 2021 och våren
 * 2022". Not the year of an ISO date.
 */
export function yearsIn(text: string): number[] | undefined {
  const re =
    /(?<![\d\p{L}-])((?:19|20)\d{2})(?:\s*(?:[-–/]|\s(?:och|till)(?:\s+(?:våren|hösten|vt|ht))?\s)\s*((?:19|20)?\d{2}))?(?![\d\p{L}]|-\d)/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const first = Number(m[1]);
    if (!m[2]) return [first];
    const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second === first + 1) return [first, second];
  }
  return undefined;
}

/** A heading of dates: its years, and the body it names ("Direktionens sammanträdesdatum 2021"). */
export interface ScheduleHeading {
  years: number[];
  body?: string;
  /** What follows a colon on the same line ("Sammanträdesdatum 2021: 8/2, 15/3"). */
  rest?: string;
}

/**
 * A heading that opens a list or table of meeting dates: a schedule word and a year, short, not a
 * sentence ("Sammanträdestider 2017", "Datum för sammanträden 2021", "Barn- och utbildningsnämndens
 * sammanträdestider 2019", "Sammanträdesdagar för kommunstyrelsen 2022"), or a year alone ("2021",
 * "Hösten 2021", "Januari 2024").
 */
export function scheduleHeading(text: string): ScheduleHeading | undefined {
  const bare =
    /^(?:(?:år|våren|hösten|vt|ht|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+)?((?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?)\s*:?$/iu.exec(
      text,
    );
  if (bare) {
    const years = yearsIn(bare[1] ?? '');
    return years ? { years } : undefined;
  }
  const colon = text.indexOf(':');
  const head = colon > 0 ? text.slice(0, colon) : text;
  const rest = colon > 0 ? text.slice(colon + 1).trim() : '';
  if (head.length > 90 || /[.!?]$/.test(head) || head.split(' ').length > 9) return undefined;
  const word = SCHEDULE_WORD.exec(head);
  // "Datum 12 mars 2021" is a record's date, not a heading of dates.
  if (!word || findDates(head).length > 0 || findDayMonthSlashes(head).length > 0) return undefined;
  const years = yearsIn(head);
  if (!years) return undefined;
  const heading: ScheduleHeading = { years };
  if (rest) heading.rest = rest;
  // The body before the word, in the genitive ("Direktionens"), or after it ("för kommunstyrelsen").
  // "Kommunfullmäktige – sammanträden 2026": a dash between the name and the word.
  const before = head
    .slice(0, word.index)
    .trim()
    .replace(/\s*[-–—]$/u, '');
  const after = head
    .slice(word.index + word[0].length)
    .replace(/(?<![\d\p{L}])(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?(?![\d\p{L}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const named =
    (before ? bodyName(before, true) : undefined) ??
    (/^(?:för|i)\s/iu.test(after)
      ? bodyName(capitalise(after.replace(/^(?:för|i)\s+|\s+(?:under|år)$/giu, '')))
      : undefined) ??
    (after ? bodyName(after.replace(/^[-–:]\s*/u, '')) : undefined);
  if (named) heading.body = named.name;
  return heading;
}

const capitalise = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/**
 * The body a line (or, for a name broken over two lines, "Kommunstyrelsens" / "arbetsutskott", the
 * line and the next) names as a heading, and the index after it.
 */
export function bodyAt(lines: readonly PageLine[], i: number): { name: string; next: number } | undefined {
  const line = lines[i];
  if (!line?.text) return undefined;
  const next = lines[i + 1];
  if (next?.text && !line.text.includes(' ') && /s$/u.test(line.text) && /^\p{Ll}/u.test(next.text)) {
    const joined = bodyName(`${line.text} ${next.text}`);
    if (joined) return { name: joined.name, next: i + 2 };
  }
  const named = bodyName(line.text);
  return named ? { name: named.name, next: i + 1 } : undefined;
}

/**
 * A section heading that names a body without a year: "Kommunstyrelsen", "Kommunstyrelsens
 * sammanträden", "Sammanträdesdagar för byggnadsnämnden".
 */
export function sectionBody(text: string): string | undefined {
  const own = bodyName(text);
  if (own) return own.name;
  const genitive =
    /^(.{4,70}?)\s+(?:sammanträden|sammanträdestider|sammanträdesdagar|sammanträdesdatum|sammanträdesplan|möten|mötestider|mötesdatum)\s*:?$/iu.exec(
      text,
    );
  if (genitive?.[1]) return bodyName(genitive[1], true)?.name;
  const after =
    /^(?:sammanträden|sammanträdestider|sammanträdesdagar|sammanträdesdatum|sammanträdesplan|möten|mötestider|mötesdatum)\s+för\s+(.{4,70}?)\s*:?$/iu.exec(
      text,
    );
  return after?.[1] ? bodyName(capitalise(after[1]))?.name : undefined;
}

/**
 * A short line that speaks of a body without being a heading this reader knows ("Kommunstyrelsen,
 * kl 13", "Kontaktkort – Byggnadsnämnden"): after it, whose dates follow is no longer certain.
 */
export function mentionsBody(text: string): boolean {
  if (text.length > 70 || /[.!?]$/.test(text) || text.split(' ').length > 8) return false;
  return (
    /(?:^|[\s–-])\p{Lu}[\p{L}-]*(?:fullmäktige|styrelse|nämnd|utskott|direktion|beredning|presidi)/u.test(text) ||
    /^(?:fullmäktige|styrelse|nämnd|utskott|direktion|beredning)/iu.test(text)
  );
}

/** A column header or heading of deadlines rather than meetings ("Sista dag för ärenden", "Utskick"). */
export const DEADLINE =
  /(?<![\p{L}])(?:sista dag|senast|inlämning|inlämnade|inlämnas|utskick|deadline|ärendeberedning|beredning av ärenden|ärenden till|handlingar till|kallelse skickas|justering)(?![\p{L}])/iu;

/** A column that holds the meetings ("Sammanträde", "Datum", "Möte"), when a header names its columns. */
export const MEETING_COLUMN =
  /^(?:sammanträde(?:n|t|sdatum|sdag)?|möte(?:n|t|sdatum)?|datum|dag)(?:\s+(?:19|20)\d{2})?$/iu;

/** A line under a body's heading that says when and where it meets: "tisdagar kl.14.00", "i Prologen". */
export function bodyDetail(text: string): { start?: string; location?: string } | undefined {
  const time =
    /^(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:ar|en)?,?\s+)?(?:kl(?:ockan)?\.?\s*)(\d{1,2})(?:[.:](\d{2}))?$/iu.exec(
      text,
    );
  if (time) {
    const h = Number(time[1]);
    const m = time[2] ? Number(time[2]) : 0;
    if (h <= 23 && m <= 59) return { start: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` };
    return undefined;
  }
  const place = /^i\s+(\p{Lu}[\p{L}\s-]{1,40})$/u.exec(text);
  if (place) return { location: (place[1] ?? '').trim() };
  if (/^(?:måndag|tisdag|onsdag|torsdag|fredag)ar$/iu.test(text) || /^\([^()]{1,60}\)$/u.test(text)) return {};
  return undefined;
}

/** Abbreviations every Swedish municipality uses for its assembly and executive board. */
const COMMON_ABBREVIATIONS: Readonly<Record<string, string>> = {
  kf: 'Kommunfullmäktige',
  ks: 'Kommunstyrelsen',
  ksau: 'Kommunstyrelsens arbetsutskott',
};

/** A key for an abbreviation: "Ks au", "KSAU" and "KS-AU" are one. */
export const abbreviationKey = (text: string): string => text.toLowerCase().replace(/[\s.-]/gu, '');

/**
 * The abbreviations a page defines ("Kommunstyrelsens arbetsutskott (Ks au)", "Byggnadsnämnden (BN)")
 * and the common ones (KF, KS, KSAU), keyed by {@link abbreviationKey}.
 */
export function abbreviations(lines: readonly PageLine[]): Map<string, string> {
  const found = new Map<string, string>(Object.entries(COMMON_ABBREVIATIONS));
  const re = /(\p{L}[\p{L}\- ,]{2,80}?)\s\((\p{Lu}\p{L}{0,5}(?:\s\p{L}{1,3})?)\)/gu;
  for (const line of lines) {
    if (!line.text.includes('(')) continue;
    for (const m of line.text.matchAll(re)) {
      const words = (m[1] ?? '').replace(/,/g, ' ').trim().split(/\s+/u);
      for (let k = Math.min(6, words.length); k >= 1; k--) {
        const named = bodyName(capitalise(words.slice(-k).join(' ')));
        if (named) {
          found.set(abbreviationKey(m[2] ?? ''), named.name);
          break;
        }
      }
    }
  }
  return found;
}
