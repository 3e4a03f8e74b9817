import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { CASE_WORD } from './case-numbers.js';
import { headingTail, markerAt, titleText } from './headings.js';
import { type Line, lineKey } from './lines.js';
import { type Heading, parseTitle } from './paragraphs.js';
import { tokensOf } from './words.js';

/**
 * Tables of contents (Innehållsförteckning, Ärendelista, "Behandlade ärenden", dot leaders) and lists of
 * items before the paragraphs, as weaker evidence than the headings themselves: a number and title from
 * them only where no heading gives one, never a number the headings contradict, and never a title the
 * table cannot bound ("120 Övergripande infrastrukturstrategi Fastställande av befolkningsprognos …
 * 124": §§ 121-123 lost their numbers, so 120's title is not known).
 */

/** One entry of a table of contents. */
export interface TocEntry {
  /** Index of its line. */
  index: number;
  no: number;
  number: number;
  title?: string;
  caseNumber?: string;
}

const DOT_LEADER = /\s*(?:\.{3,}|…+)\s*\d{0,4}\s*$/u;
const TAB_PAGE = /\t+\s*\d{0,4}\s*$/u;
/** "11 O Presentation …": a number whose last digit an OCR read as a letter. */
const OCR_DIGIT = /^[OoIl]$/u;

interface Raw {
  index: number;
  no: number;
  number?: number;
  words: string[];
  /** The entry ended where the next began on the same source line (a flattened table). */
  cut: boolean;
  /** It was split out of a longer line. */
  flat: boolean;
}

/**
 * The entries of the tables of contents in `lines`: pieces the heading pre-pass marked, and the lines
 * `toc` holds (dot leaders, tab-separated page numbers after "Innehållsförteckning").
 */
export function tocEntries(lines: readonly Line[], toc: ReadonlySet<number>, diagnostics: Diagnostic[]): TocEntry[] {
  const out: TocEntry[] = [];
  let run: Raw[] = [];
  let lastNumber: number | undefined;
  let gap = 0;
  const flush = () => {
    if (run.length > 0) out.push(...finish(run, diagnostics));
    run = [];
    lastNumber = undefined;
  };
  // Only the table's lines are looked at; a run ends where more than two lines of text stand between.
  const indices = [...toc];
  lines.forEach((line, i) => {
    if (line.mark === 'toc' && !toc.has(i)) indices.push(i);
  });
  indices.sort((a, b) => a - b);
  let previous = -1;
  for (const i of indices) {
    const line = lines[i] as Line;
    if (line.mark === 'page' || line.text === '') continue;
    gap = 0;
    for (let j = previous + 1; j < i && gap <= 2 && previous >= 0; j++) {
      const between = lines[j] as Line;
      if (between.text !== '' && between.mark !== 'page') gap++;
    }
    if (gap > 2) flush();
    previous = i;
    const text = line.mark === 'toc' ? line.text : line.raw.replace(DOT_LEADER, '').replace(TAB_PAGE, '').trim();
    const words = tokensOf(text);
    const marker = markerAt(words, 0);
    const last = run[run.length - 1];
    const rises = (n: number) => lastNumber === undefined || (n > lastNumber && n <= lastNumber + 3);
    // An entry split out of a longer line (a flattened table) is bounded only by its neighbours.
    const flat = (lines[i - 1]?.no === line.no && lines[i - 1]?.text !== '') || lines[i + 1]?.no === line.no;
    if (marker && marker.form !== 'item' && rises(marker.number)) {
      if (last) last.cut = last.cut || last.no === line.no || (flat && last.flat);
      run.push({ index: i, no: line.no, number: marker.number, words: words.slice(marker.next), cut: false, flat });
      lastNumber = marker.number;
    } else if (marker && marker.form === 'bare' && OCR_DIGIT.test(words[1] ?? '') && lastNumber !== undefined) {
      // Not a number we can read: it ends the entry before, and starts one we leave out.
      const text = words.slice(0, 2).join(' ');
      diagnostics.push(diagnostic('warning', 'toc-unreadable-number', { text }, { line: line.no }));
      if (last) last.cut = last.cut || last.no === line.no || (flat && last.flat);
      run.push({ index: i, no: line.no, words: [], cut: false, flat });
    } else if (last && line.mark === 'toc') {
      last.words.push(...words);
    } else if (line.mark !== 'toc') {
      // A table line without a number ("Bokslut och årsredovisning …4"): nothing to attach it to.
      if (last) last.cut = true;
      run.push({ index: i, no: line.no, words: [], cut: false, flat });
    }
  }
  flush();
  return out;
}

/** Titles and case numbers of a run's entries; page numbers at their ends dropped when all have them. */
function finish(run: Raw[], diagnostics: Diagnostic[]): TocEntry[] {
  const numbered = run.filter((r) => r.number !== undefined && r.words.length > 0);
  const pages = numbered
    .map((r) => r.words[r.words.length - 1] ?? '')
    .map((w) => (/^\d{1,3}$/u.test(w) ? Number(w) : -1));
  const withPage = pages.filter((p) => p >= 0);
  const rising = withPage.every((p, k) => k === 0 || p >= (withPage[k - 1] as number));
  const pageNumbers = numbered.length >= 2 && withPage.length >= (2 * numbered.length) / 3 && rising;
  const out: TocEntry[] = [];
  run.forEach((r, k) => {
    if (r.number === undefined) return;
    const next = run[k + 1];
    let words = r.words;
    if (pageNumbers && /^\d{1,3}$/u.test(words[words.length - 1] ?? '')) words = words.slice(0, -1);
    const tail = headingTail(words, 0);
    let end = words.length;
    for (let j = tail.title + 1; j < words.length; j++) {
      // "Dnr 2014/00003 Anmälan …" after a title starts an entry whose number was lost.
      if (CASE_WORD.test(words[j] as string)) {
        end = j;
        break;
      }
    }
    const entry: TocEntry = { index: r.index, no: r.no, number: r.number };
    if (tail.caseNumber) entry.caseNumber = tail.caseNumber;
    const lost = next?.number === undefined ? (next ? 1 : 0) : next.number - r.number - 1;
    // The last entry of a flattened table ends with its piece: long, or with text starting anew, it
    // may hold titles whose numbers were lost.
    const open = !next && r.flat && !tailIsTitle(words, tail.title, end);
    if ((lost > 0 && r.cut) || open) {
      diagnostics.push(diagnostic('info', 'toc-title-cut', { number: r.number }, { line: r.no }));
    } else if (end > tail.title) {
      const parsed = parseTitle(titleText(words, tail.title, end));
      if (parsed.title && parsed.title.length <= 220) entry.title = parsed.title;
      if (!entry.caseNumber && parsed.caseNumber) entry.caseNumber = parsed.caseNumber;
    }
    out.push(entry);
  });
  return out;
}

/** True when the words of a table's last entry read as one title: short, with no sentence starting. */
function tailIsTitle(words: readonly string[], from: number, end: number): boolean {
  if (words.slice(from, end).join(' ').length > 120) return false;
  for (let j = from + 1; j < end; j++) {
    const prev = words[j - 1] as string;
    // "Miljömålsprogram Frågor": a capital after a noun starts the next, unnumbered title.
    const name = j - 1 > from && /^\p{Lu}/u.test(prev);
    if (/^\p{Lu}\p{Ll}/u.test(words[j] as string) && !/[:,(–-]$/u.test(prev) && !name) {
      if (!FUNCTION_WORD.test(prev)) return false;
    }
  }
  return true;
}

const FUNCTION_WORD =
  /^(?:i|för|av|på|till|om|med|vid|från|och|samt|eller|mot|inom|under|enligt|hos|efter|över|mellan|genom|inför|ur|gällande|angående|ang\.?|avseende|rörande|-|–)$/iu;

/** Where weaker evidence for a paragraph comes from. */
export interface WeakEntries {
  /** Items of a list before the paragraphs (minutes that list their items first), with their lines. */
  items?: readonly Heading[];
  toc: readonly TocEntry[];
}

/**
 * The paragraphs' headings with the weaker evidence merged in. Headings stay as they are; an entry adds
 * a title or case number a heading lacks; and an entry whose number no heading has becomes a paragraph
 * of its own only outside the span the headings cover (a table listing §§ 113-125 when the text breaks
 * off after § 114), since inside it a missing heading is the text's fact, reported by the range check.
 * Each heading gets `end`, the line its paragraph's text stops before.
 */
export function withWeakEntries(
  headings: readonly Heading[],
  weak: WeakEntries,
  diagnostics: Diagnostic[],
): (Heading & { end?: number })[] {
  const out: (Heading & { end?: number })[] = headings.map((h, n) => ({
    ...h,
    ...(headings[n + 1] ? { end: (headings[n + 1] as Heading).start } : {}),
  }));
  const byNumber = new Map(out.map((h) => [h.number, h]));
  const min = headings[0]?.number ?? Number.POSITIVE_INFINITY;
  const max = headings[headings.length - 1]?.number ?? Number.NEGATIVE_INFINITY;
  const firstStart = headings[0]?.start ?? Number.POSITIVE_INFINITY;
  // Only a list before the first heading lists the paragraphs; numbered points inside them do not.
  const items = (weak.items ?? []).filter((item) => item.start < firstStart);
  const toc = contradicted(weak.toc, headings, diagnostics) ? [] : weak.toc;
  const extra = new Map<number, Heading & { end?: number }>();
  items.forEach((item, n) => {
    const next = items[n + 1];
    const end = Math.min(
      next?.start ?? Number.POSITIVE_INFINITY,
      item.start < firstStart ? firstStart : Number.POSITIVE_INFINITY,
    );
    fill(byNumber, extra, min, max, { ...item, ...(Number.isFinite(end) ? { end } : {}) });
  });
  for (const e of toc) {
    const h: Heading & { end?: number } = {
      index: e.index,
      titleIndex: e.index,
      start: e.index,
      end: e.index + 1,
      number: e.number,
      types: [],
      no: e.no,
      ...(e.title !== undefined ? { title: e.title } : {}),
      ...(e.caseNumber ? { caseNumber: e.caseNumber } : {}),
    };
    fill(byNumber, extra, min, max, h);
  }
  const merged = [...out, ...extra.values()].sort((a, b) => a.number - b.number);
  return merged;
}

/** Adds what an entry knows to the heading of its number, or keeps it as a paragraph of its own. */
function fill(
  byNumber: Map<number, Heading & { end?: number }>,
  extra: Map<number, Heading & { end?: number }>,
  min: number,
  max: number,
  entry: Heading & { end?: number },
): void {
  const heading = byNumber.get(entry.number) ?? extra.get(entry.number);
  if (heading) {
    if (heading.title === undefined && entry.title !== undefined) heading.title = entry.title;
    if (heading.caseNumber === undefined && entry.caseNumber !== undefined) heading.caseNumber = entry.caseNumber;
    return;
  }
  if (entry.number >= min && entry.number <= max) return;
  extra.set(entry.number, entry);
}

/** True when a title of the table stands under another number in the headings: its numbers are off. */
function contradicted(toc: readonly TocEntry[], headings: readonly Heading[], diagnostics: Diagnostic[]): boolean {
  if (toc.length === 0) return false;
  const numberOf = new Map<string, number>();
  for (const h of headings) if (h.title) numberOf.set(lineKey(h.title), h.number);
  for (const e of toc) {
    if (!e.title) continue;
    const n = numberOf.get(lineKey(e.title));
    if (n !== undefined && n !== e.number) {
      const args = { title: e.title, number: e.number, heading: n };
      diagnostics.push(diagnostic('warning', 'toc-mismatch', args, { line: e.no }));
      return true;
    }
  }
  return false;
}
