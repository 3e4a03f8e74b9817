import type { Diagnostic } from '../model/diagnostic.js';
import type { ParagraphRange } from '../model/meeting.js';
import type { ParagraphType } from '../model/paragraph.js';
import { assignmentsOf } from './assignments.js';
import { isWholeBodyName } from './body-name.js';
import { caseNumberAt, caseNumberInLine, caseNumberOfLine } from './case-numbers.js';
import { decisionsOf, type Point, proposalsOf, recordsDecision } from './decisions.js';
import type { ParsedParagraph } from './document.js';
import { isGivenName } from './given-names.js';
import { matchLabel } from './header.js';
import { headingTail, type Marker, markerAt, type TitleSpan, titleSpan, titleText } from './headings.js';
import type { Line } from './lines.js';
import { joinText, sentencesOf } from './lines.js';
import { isCapitalisedOfficeTitle } from './office-titles.js';
import { isPersonName } from './participants.js';
import { type FoundSchedule, schedulesOf } from './schedule.js';
import { type RawSection, sectionHeading, splitSections } from './sections.js';
import { Slots } from './slots.js';
import { tokensOf } from './words.js';

/**
 * Paragraphs (§) of minutes and items of agendas: their headings ("§750 Title (I)", "## §755 …",
 * "§ 612 Title", "3. Title (GNS/10/2020)"), and what each holds: sections, presenters, decisions,
 * assignments, schedules, distribution and documents.
 */

/** A paragraph heading (or agenda item) found in the text. */
export interface Heading {
  /** Index of the heading line in the document's lines, and of the line holding the title. */
  index: number;
  titleIndex: number;
  /**
   * Index of the paragraph's first line: the heading's, or a case number or distribution note that a
   * flattened page put before it ("Exp: Revisionen KS/2011:286 6 Ändring …").
   */
  start: number;
  number: number;
  /** The title; absent when the text does not show where it ends. */
  title?: string;
  types: ParagraphType[];
  caseNumber?: string;
  /** Its 1-based line number in the original text. */
  no: number;
  /** What follows the title on its line: the paragraph's first words, in flattened text. */
  rest?: Line;
  /** The number is marked as a paragraph's ("§ 12", "KF 266", "91:"), not bare. */
  marked?: boolean;
  /** How the title's end was found: its line's end, punctuation or a section heading, or a capital. */
  titleBy?: TitleSpan['by'];
  /** The heading's line also names the body (and the date): "Kommunfullmäktige 2024-02-14 § 12". */
  named?: boolean;
  /** Who presents it, from its row's cell under a table's "Föredragande" column. */
  presenters?: string[];
}

/** Where a paragraph starts: a heading, or an unnumbered one (a protocol extract whose § number a copy stripped). */
export type ParagraphStart = Omit<Heading, 'number'> & { number?: number };

const TYPE_CODES: Readonly<Record<string, ParagraphType>> = {
  B: 'decision',
  I: 'information',
  P: 'plan',
  R: 'recommendation',
  U: 'follow-up',
};

const CASE_IN_PARENS =
  /\s*\(((?:Dnr\.?\s*)?(?:[A-ZÅÄÖ]{1,10}[ /.-]?)?\d{1,4}[/:.-][A-ZÅÄÖ]{0,6}\d{1,7}(?:[/:.-]\d{1,7}){0,2})\)\s*$/u;
const CASE_AFTER_DNR = /\s+(?:dnr|diarienr|diarienummer)\.?:?\s*(\S.{0,40})$/iu;

export { caseNumberOfLine } from './case-numbers.js';

/**
 * A heading's title with what it carries taken off: type codes "(B)", "(I)" (several per heading:
 * "Datum 2024 (B) och plats (I)") and the case number "(GNS/10/2020)".
 */
export function parseTitle(raw: string): { title: string; types: ParagraphType[]; caseNumber?: string } {
  // Headings are read twice (before and after the range is known); remember the last few.
  const cached = titles.get(raw);
  if (cached) return { ...cached, types: [...cached.types] };
  const parsed = readTitle(raw);
  if (titles.size > 2000) titles.clear();
  titles.set(raw, parsed);
  return { ...parsed, types: [...parsed.types] };
}

const titles = new Map<string, { title: string; types: ParagraphType[]; caseNumber?: string }>();

/**
 * A case number ending a title without "Dnr": a series of capitals and a year with its number ("SN
 * 2023/88", "KS/2023:301", "BN 2024-000412"), never a span of years ("VP 2023/2024") or a law's or the EU's reference.
 */
const CASE_AT_END =
  /\s+([A-ZÅÄÖ]{2,6}\s+(?:19|20)\d{2}(?:[/:]\d{1,6}|-\d{3,7})|[A-ZÅÄÖ]{2,6}[/:.-](?:19|20)?\d{2}[/:.-]\d{1,7})\s*$/u;
const NOT_A_SERIES = /^(?:EU|EG|EEG|EES|SFS|SOU|DS|PROP|RF|KL|FL|OSL|SKL|SKR)\b/u;
function yearSpanOrLaw(value: string): boolean {
  if (NOT_A_SERIES.test(value)) return true;
  const m = /((?:19|20)\d{2})[/:.-](\d{2}|\d{4})$/u.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const next = Number(m[2]);
  return next === year + 1 || next === (year + 1) % 100;
}

function readTitle(raw: string): { title: string; types: ParagraphType[]; caseNumber?: string } {
  const types: ParagraphType[] = [];
  let title = raw.replace(/\s*\(([BIPRU](?:\s*[,/]\s*[BIPRU])*)\)/g, (_, codes: string) => {
    for (const code of codes.split(/\s*[,/]\s*/)) {
      const type = TYPE_CODES[code];
      if (type && !types.includes(type)) types.push(type);
    }
    return '';
  });
  let caseNumber: string | undefined;
  const inParens = CASE_IN_PARENS.exec(title);
  if (inParens?.[1] && !/^\d{4}-\d{2}-\d{2}$/.test(inParens[1]) && !/^\d{1,2}\/\d{1,2}$/.test(inParens[1])) {
    caseNumber = inParens[1].replace(/^Dnr\.?\s*/i, '');
    title = title.slice(0, inParens.index);
  } else {
    const dnr = CASE_AFTER_DNR.exec(title);
    const value = dnr?.[1] ? caseNumberOfLine(`Dnr ${dnr[1].trim()}`) : undefined;
    if (dnr && value) {
      caseNumber = value;
      title = title.slice(0, dnr.index);
    } else {
      // An agenda's "Dnr" column run onto the title: "Ekonomisk uppföljning SN 2023/88".
      const bare = CASE_AT_END.exec(title);
      const found = bare?.[1] && !yearSpanOrLaw(bare[1]) ? caseNumberOfLine(`Dnr ${bare[1]}`) : undefined;
      if (bare && found && bare.index > 0) {
        caseNumber = found;
        title = title.slice(0, bare.index);
      }
    }
  }
  title = title.replace(/\s+/g, ' ').trim();
  return { title, types, ...(caseNumber ? { caseNumber } : {}) };
}

// "§ 7 i reglementet …", "§ 5 st 2": a reference at the start of a line, not a heading.
const SENTENCE_START = /^(?:i|och|enligt|som|samt|att|ska|är|har)\s|^(?:kap|st|mom|punkt|p)\.?\s*\d/u;
/** "Ärendet utgår.", "Punkten bordläggs.": a short sentence about the item under a bare "§ 66", no title. */
const ITEM_SENTENCE = /^(?:Ärendet|Punkten|Frågan|Paragrafen)(?:\s+\p{Ll}+){1,6}\.$/u;

function plausibleTitle(title: string): boolean {
  return (
    title.length > 0 &&
    title.length <= 220 &&
    !(title.endsWith('.') && title.length > 120) &&
    !SENTENCE_START.test(title)
  );
}

/** A heading read from a line: its number, title, case number, and the text after the title. */
interface Read {
  number: number;
  titleIndex: number;
  title?: string;
  types: ParagraphType[];
  caseNumber?: string;
  rest?: Line;
  titleBy?: TitleSpan['by'];
  /** Text follows the number on the heading's own line. */
  after?: boolean;
  /** The number is marked as a paragraph's ("§ 12", "33 §", "KF 266", "91:"), not bare ("12 Title"). */
  marked?: boolean;
}

/**
 * Reads the heading at the start of line `i`: the marker, what follows it, and the title on the same
 * line or, when the line holds only the number (and case number), on the next.
 */
function readHeading(lines: readonly Line[], i: number, marker: Marker, tokens: readonly string[]): Read | undefined {
  const tail = headingTail(tokens, marker.next);
  let caseNumber = tail.caseNumber;
  let titleIndex = i;
  let titleTokens = tokens;
  let from = tail.title;
  if (from >= tokens.length) {
    // "KF § 266" / "§5" on a line of their own: the title is on the next line.
    let found = false;
    for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
      const next = lines[j] as Line;
      if (next.text === '') continue;
      if (next.mark === 'page') continue;
      if (
        next.mark !== 'heading' &&
        !next.text.startsWith('§') &&
        !sectionHeading(next.text) &&
        next.text.length <= 2000 &&
        !ITEM_SENTENCE.test(next.text)
      ) {
        const nextTokens = tokensOf(next.text);
        const nextTail = headingTail(nextTokens, 0);
        caseNumber ??= nextTail.caseNumber;
        titleTokens = nextTokens;
        from = nextTail.title;
        titleIndex = j;
        found = from < nextTokens.length;
        // "§ 45" / "Dnr KS 2023/112" / "Budget 2024": a line with only the case number comes between.
        if (!found && nextTail.caseNumber !== undefined) continue;
      }
      break;
    }
    if (!found) return { number: marker.number, titleIndex: i, types: [], ...(caseNumber ? { caseNumber } : {}) };
  }
  const found = titleSpan(titleTokens, from, cutOut(lines, titleIndex));
  // "§ 66 Ärendet utgår. § 67 …" (flattened): the words after the number are a sentence about the item.
  const span = found && ITEM_SENTENCE.test(titleTokens.slice(from, found.end).join(' ')) ? undefined : found;
  const line = lines[titleIndex] as Line;
  const restOf = (k: number): Line | undefined => {
    if (k >= titleTokens.length) return undefined;
    const text = titleTokens.slice(k).join(' ');
    return { ...line, text, raw: text };
  };
  if (!span) {
    const rest = restOf(from);
    return {
      number: marker.number,
      titleIndex,
      types: [],
      ...(caseNumber ? { caseNumber } : {}),
      ...(rest ? { rest } : {}),
    };
  }
  const atCase = caseInTitle(titleTokens, from, span.end);
  const parsed = parseTitle(titleText(titleTokens, from, atCase.end));
  const rest = restOf(span.end);
  caseNumber ??= parsed.caseNumber ?? atCase.caseNumber;
  return {
    number: marker.number,
    titleIndex,
    ...(plausibleTitle(parsed.title) ? { title: parsed.title } : {}),
    types: parsed.types,
    ...(caseNumber ? { caseNumber } : {}),
    ...(rest ? { rest } : {}),
    titleBy: span.by,
  };
}

/** The lines before a heading that belong to its paragraph: a case number, a distribution note. */
function leadStart(lines: readonly Line[], i: number): number {
  let start = i;
  const no = (lines[i] as Line).no;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const line = lines[j] as Line;
    if (line.text === '' || line.mark === 'page') continue;
    if (line.mark === 'heading' || line.text.length > 80) break;
    const sameLine = line.no === no;
    if (CASE_SHAPE.test(line.text) && caseNumberOfLine(line.text) !== undefined && (sameLine || j === start - 1)) {
      // Between two headings of a flattened line ("4 Remiss om … Dnr 12/2024 5 Plan för …") a case number
      // may close the paragraph before it as well as open the next: it is neither's.
      if (sameLine && afterHeadingOnLine(lines, j)) break;
      start = j;
      continue;
    }
    // A distribution note printed in the margin at the top of the page, before the heading.
    const head = sectionHeading(line.text);
    if (sameLine && head?.role === 'distribution' && head.inline && isPageStart(lines, j)) start = j;
    break;
  }
  return start;
}

/** True when line `i` is a piece the heading pass cut out of a longer line (a flattened page). */
function cutOut(lines: readonly Line[], i: number): boolean {
  const no = (lines[i] as Line).no;
  return lines[i + 1]?.no === no || lines[i - 1]?.no === no;
}

/** True when the piece before line `j` on its source line is a heading's (a flattened line cut there). */
function afterHeadingOnLine(lines: readonly Line[], j: number): boolean {
  const no = (lines[j] as Line).no;
  for (let k = j - 1; k >= 0 && (lines[k] as Line).no === no; k--) {
    const line = lines[k] as Line;
    if (line.text === '' || line.mark === 'page') continue;
    return line.mark === 'heading';
  }
  return false;
}

/** Digits joined by "/", ":", "." or "-": the shape every case number has. */
const CASE_SHAPE = /\d[/:.-]\p{L}*\d/u;

/** True when nothing but page markers stands before line `j` on its source line. */
function isPageStart(lines: readonly Line[], j: number): boolean {
  const no = (lines[j] as Line).no;
  for (let k = j - 1; k >= 0 && (lines[k] as Line).no === no; k--) if ((lines[k] as Line).mark !== 'page') return false;
  return true;
}

/**
 * The heading that line `i` starts, read once per array of lines: the headings are looked for twice,
 * before and after the paragraph range is known.
 */
function readAt(
  lines: readonly Line[],
  i: number,
  marked: boolean,
  accept: (number: number) => boolean = () => true,
): Read | undefined {
  let cache = readCache.get(lines);
  if (!cache) {
    cache = new Slots(lines.length);
    readCache.set(lines, cache);
  }
  const cached = cache.get(i);
  if (cached !== undefined) return cached ?? undefined;
  const text = (lines[i] as Line).text;
  const tokens = tokensOf(text.length > 4000 ? text.slice(0, 4000) : text);
  const marker = markerAt(tokens, 0);
  // A number the caller cannot take is no heading whatever its title: the heading is not read (nor kept).
  if (marker && !accept(marker.number)) return undefined;
  let read: Read | undefined;
  // A bare number or an item is a heading only where the pre-pass marked it.
  if (marker && (marked || marker.form === 'section-sign' || marker.form === 'trailing-sign')) {
    const found = readHeading(lines, i, marker, tokens);
    if (found)
      read = { ...found, after: tokens.length > marker.next, marked: marker.form !== 'bare' && marker.form !== 'item' };
  }
  cache.set(i, read ?? null);
  return read;
}

/** Each array of lines' headings by line, once read (null: no heading there). */
const readCache = new WeakMap<readonly Line[], Slots<Read | null>>();

/** A line that may open a paragraph: not empty, and no entry of a table of contents or page furniture. */
const mayHoldHeading = (line: Line) => line.text !== '' && line.mark !== 'toc' && line.mark !== 'page';

/**
 * The § headings of minutes, in order: "§ 12", "§12", "KF § 266", "Kf 71", "33 §", "91:", and the bare
 * numbers the heading pre-pass marked. Numbers must rise (minutes number their paragraphs in order) and,
 * when the header states a range, lie in it; a "§ 7 i reglementet …" at the start of a line is thereby
 * not a heading. A heading may hold only the number, with the title on the next line.
 */
export function paragraphHeadings(lines: readonly Line[], range?: ParagraphRange): Heading[] {
  const found: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!mayHoldHeading(line)) continue;
    const text = line.text;
    const c = text.charCodeAt(0);
    const marked = line.mark === 'heading';
    const last = found[found.length - 1];
    // Numbers rise and lie in the range: a number that does not is passed over before its heading is read.
    const fits = (number: number) =>
      !(range && (number < range.from || number > range.to)) && !(last && number <= last.number);
    // Cheap refusal: the pre-pass marked the heading, or it starts with "§" or a digit ("33 §"), or it is a
    // body's name and its paragraph alone ("Kommunfullmäktige § 12").
    const named = !marked && c !== 0xa7 && !(c >= 48 && c <= 57) ? bodySign(lines, i, fits) : undefined;
    if (!marked && c !== 0xa7 && !(c >= 48 && c <= 57) && !named) continue;
    const doubled = !named && !marked && c === 0xa7 ? doubledSign(lines, i, fits) : undefined;
    const read = named ?? doubled ?? readAt(lines, i, marked, fits);
    if (!read) continue;
    if (read.title === undefined && !marked && read.titleIndex === i && read.after) continue;
    if (read.title !== undefined && !marked && SENTENCE_START.test(read.title)) continue;
    if (!fits(read.number)) continue;
    const { after: _, marked: sign, ...heading } = read;
    found.push({
      index: i,
      start: leadStart(lines, i),
      ...heading,
      no: line.no,
      ...(sign ? { marked: true } : {}),
      ...(named ? { named: true } : {}),
    });
  }
  return caseLinesBelow(lines, found);
}

const BODY_SIGN = /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)(?:\s+\d{4}-\d{2}-\d{2})?\s+§§?\s*(\d{1,4})$/u;

/**
 * "Kommunfullmäktige § 12" on a line of its own (an extract's or a page's heading): the body's name and one
 * paragraph's number, read as "§ 12" with its title on the lines below. The sign may be doubled ("§§ 12"),
 * and the meeting's date may stand between ("Barn- och utbildningsnämnden 2024-02-14 §§ 34").
 */
function bodySign(lines: readonly Line[], i: number, fits: (number: number) => boolean): Read | undefined {
  const text = (lines[i] as Line).text;
  if (text.length > 80 || !text.includes('§')) return undefined;
  const m = BODY_SIGN.exec(text);
  if (!m?.[1] || !m[2] || !isWholeBodyName(m[1]) || !fits(Number(m[2]))) return undefined;
  const tokens = ['§', m[2]];
  const marker = markerAt(tokens, 0);
  const found = marker ? readHeading(lines, i, marker, tokens) : undefined;
  return found ? { ...found, after: false, marked: true } : undefined;
}

const DOUBLED_SIGN = /^§§\s*(\d{1,4})$/u;
/** A label whose value "§§ 12" is: "Paragrafer", "Justerade paragrafer", "§§:", any label ending in a colon. */
const RANGE_LABEL = /(?:paragraf(?:er|erna)?|§§?)\s*:?$|:$/iu;

/**
 * "§§ 31" alone on a line, one paragraph written with the plural sign (an extract's heading): read as
 * "§ 31" with its title on the lines below. Not under a label whose value it is ("Paragrafer" / "§§ 12"),
 * and not where the text heads that number with "§ 31" itself (the "§§ 31" is then a front page's range).
 */
function doubledSign(lines: readonly Line[], i: number, fits: (number: number) => boolean): Read | undefined {
  const text = (lines[i] as Line).text;
  if (text.length > 12 || !text.startsWith('§§')) return undefined;
  const m = DOUBLED_SIGN.exec(text);
  if (!m?.[1] || !fits(Number(m[1]))) return undefined;
  for (let k = i - 1; k >= 0; k--) {
    const before = lines[k] as Line;
    if (before.text === '' || before.mark === 'page') continue;
    // A name before it: a signature block's values ("Sekreterare" "Paragrafer" / "Petra Lund" "§§ 31").
    if (RANGE_LABEL.test(before.text) || isPersonName(before.text.trim())) return undefined;
    break;
  }
  if (signedNumbers(lines).has(Number(m[1]))) return undefined;
  const tokens = ['§', m[1]];
  const marker = markerAt(tokens, 0);
  const found = marker ? readHeading(lines, i, marker, tokens) : undefined;
  // Its title is a matter's, not the next label or name of a block ("§§ 31" / "Ordförande").
  const title = found?.title;
  if (!found || !title || matchLabel(title) || SIGNING_WORD.test(title) || isPersonName(title)) return undefined;
  return { ...found, after: false, marked: true };
}

const SIGNING_WORD =
  /^(?:ordförande|ordf\.?|sekreterare|sekr\.?|justerande|justerare|justeras|underskrifter|utdragsbestyrkande|protokollförare)\b/iu;

const SINGLE_SIGN = /^§\s*(\d{1,4})(?!\d)/u;
const signedCache = new WeakMap<readonly Line[], Set<number>>();
/** The numbers that open a line with a single "§" ("§ 31 …", "§31"), once per array of lines. */
function signedNumbers(lines: readonly Line[]): Set<number> {
  let set = signedCache.get(lines);
  if (set) return set;
  set = new Set();
  for (const line of lines) {
    if (line.text.charCodeAt(0) !== 0xa7 || line.text.charCodeAt(1) === 0xa7) continue;
    const m = SINGLE_SIGN.exec(line.text);
    if (m?.[1]) set.add(Number(m[1]));
  }
  signedCache.set(lines, set);
  return set;
}

/**
 * A list whose first heading has no case number above it prints each case number under its heading
 * ("§ 3 Budgetuppföljning" / "Dnr KFN 2024/12" / "§ 4 …"): a case line right under a heading with its
 * title on its own line is that heading's, not a lead of the next. A list that opens with a case line
 * above its first heading keeps them as leads.
 */
function caseLinesBelow(lines: readonly Line[], found: Heading[]): Heading[] {
  const first = found[0];
  if (!first || first.start < first.index) return found;
  for (let n = 1; n < found.length; n++) {
    const h = found[n] as Heading;
    const previous = found[n - 1] as Heading;
    if (h.start >= h.index || previous.title === undefined || previous.titleIndex !== previous.index) continue;
    if ((lines[h.start] as Line).no === h.no || (lines[previous.index] as Line).no === h.no) continue;
    let j = previous.index + 1;
    while (j < h.start && (lines[j] as Line).text === '') j++;
    if (j === h.start) h.start = h.index;
  }
  return found;
}

const PREFIXED_NUMBER = /^\p{Lu}\S{0,7}\s+§?\s*\d/u;

/**
 * Headings numbered without a "§" ("155 Val av justerare", "155" over its title, "91:", "Kf 71") that only
 * the stated range proves: read when {@link paragraphHeadings} found none and every number of the range
 * (at least two) opens a line once, in order, each with a title. Anything less (a number missing, written
 * twice, out of order, or a line without a title) could be a list's or a table's, and gives none.
 */
export function rangeHeadings(lines: readonly Line[], range: ParagraphRange): Heading[] {
  const count = range.to - range.from + 1;
  if (count < 2) return [];
  const found: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!mayHoldHeading(line)) continue;
    const text = line.text;
    const c = text.charCodeAt(0);
    // A number, or a body's prefix and its number ("Kf 71"): the only lines worth their words.
    if (!(c >= 48 && c <= 57) && !PREFIXED_NUMBER.test(text)) continue;
    const tokens = tokensOf(text.length > 4000 ? text.slice(0, 4000) : text);
    const marker = markerAt(tokens, 0);
    if (!marker || marker.form === 'section-sign' || marker.form === 'trailing-sign') continue;
    if (marker.number < range.from || marker.number > range.to) continue;
    // The next number of the range, and no other: a number again or out of turn leaves the range unproven.
    if (marker.number !== range.from + found.length) return [];
    const read = readHeading(lines, i, marker, tokens);
    // A paragraph's title starts with a capital ("156 000 kronor" in a text is a sum).
    if (!read?.title || !/^["“”«(]?\p{Lu}/u.test(read.title) || SENTENCE_START.test(read.title)) return [];
    const { after: _, marked: _sign, ...heading } = read;
    found.push({ index: i, start: leadStart(lines, i), ...heading, no: line.no });
  }
  return found.length === count ? found : [];
}

/**
 * The unnumbered paragraphs the heading pre-pass marked (a protocol extract whose § numbers a copy
 * stripped: "Dnr 2018/1014 Arbetsordning för … Beslut …"), each running to the next.
 */
export function unnumberedHeadings(lines: readonly Line[]): (ParagraphStart & { end?: number })[] {
  const found: (ParagraphStart & { end?: number })[] = [];
  // An extract records a decision; a title over text that decides nothing is the attached document's.
  const decides = (from: number, to: number) => {
    for (let j = from; j < to && j < from + 400; j++) {
      const text = (lines[j] as Line).text;
      const role = text ? sectionHeading(text)?.role : undefined;
      if (role === 'decision' || role === 'recommendation' || (text && recordsDecision(text))) return true;
    }
    return false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.mark !== 'heading' || line.text === '') continue;
    const tokens = tokensOf(line.text.length > 2000 ? line.text.slice(0, 2000) : line.text);
    if (markerAt(tokens, 0)) continue;
    const tail = headingTail(tokens, 0);
    const parsed = parseTitle(titleText(tokens, tail.title, tokens.length));
    const previous = found[found.length - 1];
    if (previous) previous.end = i;
    found.push({
      index: i,
      titleIndex: i,
      start: i,
      types: parsed.types,
      no: line.no,
      ...(plausibleTitle(parsed.title) ? { title: parsed.title } : {}),
      ...((tail.caseNumber ?? parsed.caseNumber) ? { caseNumber: tail.caseNumber ?? parsed.caseNumber } : {}),
    });
  }
  const kept = found.filter((h, n) => decides(h.index, found[n + 1]?.index ?? lines.length));
  kept.forEach((h, n) => {
    const next = kept[n + 1];
    if (next) h.end = next.start;
    else delete h.end;
  });
  return kept;
}

const ITEM_HEADING = /^(\d{1,3})[.)]\s+(\S.*)$/u;
const BARE_ITEM = /^(\d{1,3})\s+(\S.*)$/u;

/**
 * The numbered items of an agenda ("1. Fastställande av föredragningslista", "3. Title (GNS/10/2020)",
 * "2 Sammanträdets öppnande"), which run on by one: the list may start above 1 ("2 Sammanträdets
 * öppnande" when item 1 is not printed), and a number lost in a flattened list leaves a gap of up to
 * two, whose item before it then has no title we can trust. Numbered points inside an item
 * ("1. Nämnden uppmanar …") start again at 1 and are never taken for items.
 */
export function agendaItemHeadings(lines: readonly Line[]): Heading[] {
  const found: Heading[] = [];
  const candidates: { i: number; number: number; rest: string; bare: boolean; presenter?: string }[] = [];
  // The head row of a table of items with a presenter's column ("Nr<TAB>Ärende<TAB>Dnr<TAB>Föredragande"):
  // a row below with as many cells or fewer has its presenter in that column. A blank line ends the table.
  let head: { column: number; cells: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = line.text;
    if (text === '') head = undefined;
    if (text === '' || line.mark === 'toc' || line.mark === 'page') continue;
    const c = text.charCodeAt(0);
    if (c < 48 || c > 57) {
      if (text.includes('\t') && text.length <= 120) head = presenterColumnOf(text) ?? head;
      continue;
    }
    // A heading the pass cut out of a flattened line is an item only when it was a bare number ("3 Upprop").
    if (line.mark === 'heading' && !cutOut(lines, i)) continue;
    const m = ITEM_HEADING.exec(text);
    const presenter = head ? presenterCell(text, head) : undefined;
    const by = presenter ? { presenter } : {};
    if (m?.[1] && m[2]) {
      candidates.push({ i, number: Number(m[1]), rest: m[2], bare: false, ...by });
      continue;
    }
    const b = text.length <= 300 ? BARE_ITEM.exec(text) : null;
    // "15 a) Anmälan av …": an item made of lettered parts, whose own title is not printed.
    if (b?.[1] && b[2] && /^(?:["“”«]?\p{Lu}|a\)\s)/u.test(b[2]))
      candidates.push({ i, number: Number(b[1]), rest: b[2], bare: true, ...by });
  }
  const presenterColumnAt = lines.findIndex((l) => l.text.length <= 60 && PRESENTER_COLUMN_HEAD.test(l.text.trim()));
  const follows = (k: number, n: number, bare: boolean) => {
    const next = candidates.slice(k + 1, k + 4).find((x) => x.bare === bare);
    return next !== undefined && next.number === n + 1;
  };
  for (let k = 0; k < candidates.length; k++) {
    const cand = candidates[k] as (typeof candidates)[number];
    const last = found[found.length - 1];
    if (last) {
      const gap = cand.number - last.number;
      if (gap < 1 || gap > 3) continue;
      if (gap > 1 && !follows(k, cand.number, cand.bare) && k !== candidates.length - 1) continue;
    } else if (cand.number !== 1 && !(follows(k, cand.number, cand.bare) && (cand.number <= 3 || !cand.bare))) {
      continue;
    } else if (cand.bare && !follows(k, cand.number, cand.bare)) {
      // A bare "1 Title" alone is no list.
      continue;
    }
    const line = lines[cand.i] as Line;
    const read = cand.rest.startsWith('a) ') ? { types: [] } : itemOfRow(cand.rest, cutOut(lines, cand.i));
    if (!read) continue;
    if (last && cand.number - last.number > 1 && lines[last.index]?.no === line.no) {
      // "6. Auroragruppen kl Förebyggande arbete 8. …": item 7 lost its number; 6's text holds both.
      delete last.title;
    }
    let titleIndex = cand.i;
    if (read.title !== undefined && read.titleBy === 'line' && cand.rest.trimEnd().endsWith(',')) {
      // "9 Överklagande av beslut om avgift enligt miljöbalken," / "Bostadsföreningen Eken 4": a title
      // that goes on below; without its end it is no title.
      const next = continuation(lines, cand.i);
      if (next === undefined) delete read.title;
      else {
        read.title = `${read.title}, ${(lines[next] as Line).text.replace(/\.$/u, '')}`;
        titleIndex = next;
      }
    } else if (
      read.title !== undefined &&
      read.titleBy === 'line' &&
      (OPEN_END.test(read.title) || codeBelow(lines, cand.i, read))
    ) {
      // "4. Verksamhetsberättelse 2023 för" / "individ- och familjeomsorgen (B)": a title that stops on a
      // word that needs more, or whose type code ends the line below, goes on below; without its end it is
      // no title.
      const next = continuation(lines, cand.i, true);
      if (next === undefined) delete read.title;
      else {
        const rest = parseTitle((lines[next] as Line).text.replace(/\.$/u, ''));
        read.title = `${read.title} ${rest.title}`;
        read.types = [...read.types, ...rest.types.filter((t) => !read.types.includes(t))];
        if (rest.caseNumber && !read.caseNumber) read.caseNumber = rest.caseNumber;
        titleIndex = next;
      }
    }
    found.push({
      index: cand.i,
      titleIndex,
      start: cand.i,
      number: cand.number,
      ...read,
      no: line.no,
      ...(cand.presenter ? { presenters: [cand.presenter] } : {}),
    });
  }
  if (presenterColumnAt >= 0) cutPresenters(found, presenterColumnAt);
  return found;
}

/** A table's head row with a presenter's column: that column's index and the row's number of cells. */
function presenterColumnOf(text: string): { column: number; cells: number } | undefined {
  const cells = text.split('\t').map((c) => c.trim().replace(/:$/u, ''));
  if (!cells.some((c) => /^ärenden?$/iu.test(c))) return undefined;
  const column = cells.findIndex((c) => /^föredragande(?:\s+tjänsteperson)?$/iu.test(c));
  return column > 0 ? { column, cells: cells.length } : undefined;
}

/** A row's cell under the presenter's column, when it is a person's name ("Erik Svahn"; a job title is not). */
function presenterCell(text: string, head: { column: number; cells: number }): string | undefined {
  const cells = text.split('\t');
  if (cells.length > head.cells) return undefined;
  const cell = cells[head.column]?.trim().replace(/\s+/gu, ' ') ?? '';
  return cell !== '' && isPersonName(cell) ? cell : undefined;
}

/**
 * Titles of rows under a presenter's column lose the presenter's name at their end, when at least two rows
 * end with one (the column is in use): a single name at a title's end may be the title's own.
 */
function cutPresenters(found: Heading[], after: number): void {
  const cuts = new Map<Heading, string>();
  for (const h of found) {
    if (h.index <= after || h.title === undefined || h.titleBy !== 'line') continue;
    const cut = withoutPresenter(h.title);
    if (cut !== h.title) cuts.set(h, cut);
  }
  if (cuts.size < 2) return;
  for (const [h, title] of cuts) h.title = title;
}

/**
 * A lined table's column heads with a presenter's column last: "Nr Ärende Föredragande", "Ärende Dnr
 * Föredragande", "Ärende Handläggare".
 */
const PRESENTER_COLUMN_HEAD =
  /^(?:(?:nr|punkt)\.?\s+)?ärenden?(?:\s+(?:dnr|diarienummer))?\s+(?:föredragande(?:\s+tjänsteperson)?|handläggare|ansvarig(?:\s+tjänsteperson)?)$/iu;

/** Words a title ends on before a name that is its own ("Motion från Eja Holm"), not the presenter's. */
const NAME_OF_TITLE =
  /^(?:från|av|om|till|för|efter|och|samt|med|ang\.?|angående|gällande|avseende|rörande|enligt|avsägelse|avsägelser|entledigande|fyllnadsval|val|motion|medborgarförslag|interpellation|fråga|frågor|uppdrag|anmälan|avtackning|ledamot|ersättare|ordförande)$/iu;

/**
 * A title of a row under a presenter's column, without the presenter's name at its end ("Budgetuppföljning
 * mars Eja Holm" → "Budgetuppföljning mars"): only a name that starts with a common given name and follows a
 * word that does not make it the title's own. Anything else stays as printed.
 */
function withoutPresenter(title: string): string {
  const words = title.split(/\s+/u);
  // A job title in the column ("Ekonomichef"): after a word in lower case or with a digit, as a name is.
  const last = words[words.length - 1] as string;
  const prior = words[words.length - 2];
  if (
    prior !== undefined &&
    isCapitalisedOfficeTitle(last) &&
    !NAME_OF_TITLE.test(prior) &&
    (/\p{Ll}/u.test(prior) || /\d/u.test(prior))
  )
    return words.slice(0, -1).join(' ');
  for (const n of [2, 3]) {
    if (words.length < n + 1) continue;
    const name = words.slice(-n);
    const before = words[words.length - n - 1] as string;
    if (!isGivenName(name[0] as string) || !isPersonName(name.join(' ')) || NAME_OF_TITLE.test(before)) continue;
    if (!/\p{Ll}/u.test(before) && !/\d/u.test(before)) continue;
    return words.slice(0, -n).join(' ');
  }
  return title;
}

/**
 * True when item `i` has no type code and the line below it starts in lower case and ends with one
 * ("3. Yttrande över motion om trygghetsboende" / "i Norrby (B)"): the item's title goes on there.
 */
function codeBelow(lines: readonly Line[], i: number, read: { types: readonly ParagraphType[] }): boolean {
  if (read.types.length > 0) return false;
  const next = continuation(lines, i, true);
  if (next === undefined) return false;
  const text = (lines[next] as Line).text;
  return /^\p{Ll}/u.test(text) && parseTitle(text).types.length > 0;
}

/** A title that stops on a word that needs a next one: a preposition or a conjunction ("… för", "… och"). */
const OPEN_END =
  /\s(?:för|i|av|om|till|och|samt|med|på|från|inom|enligt|vid|mot|över|under|efter|inför|kring|angående|gällande|avseende|rörande)$/u;

/**
 * The line that goes on with a title ending in a comma (or, `lower`, on a word that needs more): the next
 * text line, if it reads as a title's end.
 */
function continuation(lines: readonly Line[], i: number, lower = false): number | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const text = (lines[j] as Line).text;
    if (text === '') continue;
    const ok =
      text.length <= 120 &&
      (lower ? /^["“”«(]?\p{L}/u : /^\p{Lu}/u).test(text) &&
      !/^\d/u.test(text) &&
      caseNumberOfLine(text) === undefined &&
      sectionHeading(text) === undefined &&
      !/^(?:remiss|svar på|föredragande)/iu.test(text);
    return ok ? j : undefined;
  }
  return undefined;
}

/**
 * Where a title ends that a case number and a few capitalised words follow: "Budgetuppföljning februari
 * KS 2024/45 Ekonomichef", a table's row flattened (title, case number, who presents it). The title ends at
 * the case number; the words after it are no part of it.
 */
function caseInTitle(tokens: readonly string[], from: number, end: number): { end: number; caseNumber?: string } {
  for (let j = from + 1; j < end; j++) {
    const c = tokens[j] as string;
    if (!/\d/u.test(c) && !/^\p{Lu}{1,6}$/u.test(c) && !/^dnr/iu.test(c)) continue;
    // "KS 2024/45" alone: a series in capitals and a year's number are a case number as "Dnr KS 2024/45" is.
    const own = caseNumberAt(tokens, j);
    const series =
      own === undefined && /^\p{Lu}{1,6}$/u.test(c) && YEAR_NUMBER.test(tokens[j + 1] ?? '')
        ? caseNumberAt(['Dnr', c, tokens[j + 1] as string], 0)
        : undefined;
    const found = own ?? (series?.tokens === 3 ? { value: series.value, tokens: 2 } : undefined);
    if (!found) continue;
    const after = tokens.slice(j + found.tokens, end);
    if (after.length >= 1 && after.length <= 3 && after.every((t) => /^\p{Lu}\p{Ll}/u.test(t)))
      return { end: j, caseNumber: found.value };
    break;
  }
  return { end };
}

/** A year and a number: "2024/45", "2023:301". */
const YEAR_NUMBER = /^(?:19|20)\d{2}[/:.-]\d{1,5}$/u;

/**
 * An item from the text after its number. A row of a table ("Budgetuppföljning februari<TAB>KS 2024/45<TAB>
 * Ekonomichef") has its title in its first cell, and may give its case number in another; the other cells
 * (who presents it, a page) are no part of the title.
 */
function itemOfRow(rest: string, cut: boolean): Omit<Read, 'number' | 'titleIndex'> | undefined {
  if (!rest.includes('\t')) return itemTitle(rest, cut);
  const [first, ...cells] = rest
    .split(/\t+/u)
    .map((c) => c.trim())
    .filter(Boolean);
  const read = first === undefined ? undefined : itemTitle(first, cut);
  if (!read || read.caseNumber) return read;
  for (const cell of cells) {
    // The column's heading says "Dnr" once; a cell holds the number alone ("KS 2024/45").
    const caseNumber = caseNumberOfLine(cell) ?? (CASE_SHAPE.test(cell) ? caseNumberOfLine(`Dnr ${cell}`) : undefined);
    if (caseNumber) return { ...read, caseNumber };
  }
  return read;
}

/** A type code as the last word of an item's line: "(B)", "(I)", "(B/I)". */
const TYPE_CODE_AT_END = /^\([BIPRU](?:[,/][BIPRU])*\)$/u;

/** An item's title from the text after its number, or undefined when it is a sentence (a numbered point). */
function itemTitle(raw: string, cut: boolean): Omit<Read, 'number' | 'titleIndex'> | undefined {
  const tokens = tokensOf(raw);
  const tail = headingTail(tokens, 0);
  const span = titleSpan(tokens, tail.title, cut);
  if (!span && tail.title < tokens.length) {
    const parsed = parseTitle(titleText(tokens, tail.title, tokens.length));
    if (parsed.title.endsWith('.') || !plausibleTitle(parsed.title)) return undefined;
    return { types: parsed.types, ...(tail.caseNumber ? { caseNumber: tail.caseNumber } : {}) };
  }
  let end = span?.end ?? tokens.length;
  const plain = tokens.slice(tail.title, end).join(' ');
  // "1. Budgeten fastställs." is a point of a decision, not an item.
  if (plain.endsWith('.') && !plain.endsWith('..') && !plain.endsWith('…') && span?.by === 'line') return undefined;
  // "Lönekostnader extra utskick INDIVID OCH FAMILJ": a group heading of the list after the item.
  let last = end;
  while (last - 1 > tail.title && /^[A-ZÅÄÖ]{2,}[,:]?$/u.test(tokens[last - 1] as string)) last--;
  if (last < end && /\p{Ll}/u.test(tokens[last - 1] ?? '') && tokens.slice(last, end).join('').length >= 4) end = last;
  const atCase = caseInTitle(tokens, tail.title, end);
  end = atCase.end;
  const parsed = parseTitle(titleText(tokens, tail.title, end));
  if (!plausibleTitle(parsed.title)) return undefined;
  // "Taxor 2027, Dnr HN 2026/33 (B)": the type code ending the line, after the case number, is the item's too.
  const lastToken = tokens[tokens.length - 1] ?? '';
  if (end < tokens.length && TYPE_CODE_AT_END.test(lastToken))
    for (const type of parseTitle(lastToken).types) if (!parsed.types.includes(type)) parsed.types.push(type);
  const caseNumber = tail.caseNumber ?? parsed.caseNumber ?? atCase.caseNumber;
  const restText = end < tokens.length ? tokens.slice(end).join(' ') : '';
  return {
    title: parsed.title,
    types: parsed.types,
    ...(caseNumber ? { caseNumber } : {}),
    ...(restText ? { rest: { no: 0, text: restText, raw: restText } } : {}),
    ...(span ? { titleBy: span.by } : {}),
  };
}

/** The lines a heading's paragraph is read from: its lead-in, the rest of its title line, and what follows. */
export function bodyOf(heading: ParagraphStart, lines: readonly Line[], stop: number): Line[] {
  const lead = heading.start < heading.index ? lines.slice(heading.start, heading.index) : [];
  const titleLine = lines[heading.titleIndex] as Line | undefined;
  const rest = heading.rest && titleLine ? [{ ...titleLine, text: heading.rest.text, raw: heading.rest.raw }] : [];
  const after = lines.slice(heading.titleIndex + 1, Math.max(stop, heading.titleIndex + 1));
  // Most paragraphs have neither: no second copy of a long paragraph's lines.
  return withoutGroupHeading(lead.length === 0 && rest.length === 0 ? after : [...lead, ...rest, ...after]);
}

/** An agenda's group heading ("Informationsärenden"), alone on its line or ending a flattened one. */
const GROUP_HEADING =
  /^(?:beslutsärenden|informationsärenden|anmälningsärenden|delegationsärenden|övriga ärenden)\s*:?$/iu;
const TRAILING_GROUP_HEADING =
  /(?<=\S)\s+(?:Beslutsärenden|BESLUTSÄRENDEN|Informationsärenden|INFORMATIONSÄRENDEN|Anmälningsärenden|ANMÄLNINGSÄRENDEN|Delegationsärenden|DELEGATIONSÄRENDEN)\s*:?\s*$/u;

/** A paragraph's lines without the group heading of the items after it, which ends them. */
function withoutGroupHeading(body: Line[]): Line[] {
  let last = body.length - 1;
  while (last >= 0 && (body[last] as Line).text === '') last--;
  if (last < 0) return body;
  const line = body[last] as Line;
  if (GROUP_HEADING.test(line.text)) return body.slice(0, last);
  const m = TRAILING_GROUP_HEADING.exec(line.text);
  if (!m) return body;
  const text = line.text.slice(0, m.index);
  return [...body.slice(0, last), { ...line, text, raw: text }];
}

/** What a paragraph is read with. */
export interface ParagraphContext {
  /** Minutes record decisions and assignments; an agenda only proposes. */
  minutes: boolean;
  meetingDate?: string;
  diagnostics: Diagnostic[];
}

const linesOf = (sections: readonly RawSection[], role: RawSection['role']) =>
  sections.filter((s) => s.role === role).map((s) => s.lines);

const LIST_BULLET = /^[-•]\s+/;
const TABLE_HEAD = /^organisation\/person som/i;
const COMMA = /\s*,\s*/;
const SPACES = /\s+/;
const END_STOP = /[.;]$/;

function listItems(lines: readonly Line[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const text = line.text.replace(LIST_BULLET, '').trim();
    if (!text || TABLE_HEAD.test(text)) continue;
    const parts = text.split(COMMA);
    const many = parts.length >= 3 || (parts.length === 2 && parts.every((p) => p.split(SPACES).length <= 4));
    for (const part of many ? parts : [text]) {
      const clean = part.replace(END_STOP, '').trim();
      if (clean && !items.includes(clean)) items.push(clean);
    }
  }
  return items;
}

/** Presenters: the names in a "Föredragande" section, or after "föredrogs av" / "Föredragande:". */
function presentersOf(sections: readonly RawSection[], narrative: readonly { text: string }[]): string[] {
  const names: string[] = [];
  const add = (raw: string) => {
    const name =
      raw
        .split(',')[0]
        ?.replace(/\(.*?\)/g, '')
        .trim() ?? '';
    if (isPersonName(name) && !names.includes(name)) names.push(name);
  };
  for (const lines of linesOf(sections, 'presenters')) {
    for (const line of lines) {
      if (!line.text) continue;
      for (const piece of line.text.split(/\s+och\s+|\s*;\s*/u)) add(piece);
    }
  }
  for (const s of narrative) {
    if (!s.text.includes('föredr')) continue;
    const m = /föredr(?:ogs|as)\s+av\s+(.+)$/iu.exec(s.text);
    if (!m?.[1]) continue;
    for (const piece of m[1].replace(/\.$/, '').split(/\s+och\s+/u)) add(piece);
  }
  return names;
}

/**
 * One paragraph from its heading and its lines (layout already blanked out): text, sections,
 * presenters, distribution, documents, decisions (minutes) or proposals (agenda), assignments and
 * the schedules it decides or proposes.
 */
export function buildParagraph(
  heading: ParagraphStart,
  body: readonly Line[],
  context: ParagraphContext,
): { paragraph: ParsedParagraph; schedules: FoundSchedule[]; sentences: { text: string; no: number }[] } {
  const { sections, loose } = splitSections(body, context.minutes);
  const text = joinText(body);
  const narrative = [...loose, ...sections.filter((s) => s.role === 'text').flatMap((s) => s.lines)].sort(
    (a, b) => a.no - b.no,
  );
  const sentences = sentencesOf(narrative);
  const sources = {
    decisionSections: linesOf(sections, 'decision'),
    proposalSections: linesOf(sections, 'proposal'),
    recommendationSections: linesOf(sections, 'recommendation'),
    motionSections: linesOf(sections, 'motions'),
    narrative,
    narrativeSentences: sentences,
  };
  const paragraph: ParsedParagraph = {
    number: heading.number,
    title: heading.title,
    types: heading.types,
    presenters: [...new Set([...(heading.presenters ?? []), ...presentersOf(sections, sentences)])],
    sections: sections.map((s) => ({ heading: s.heading, text: joinText(s.lines) })),
    decisions: [],
    assignments: [],
    distribution: listItems(linesOf(sections, 'distribution').flat()),
    documents: listItems(linesOf(sections, 'documents').flat()).filter(Boolean),
    history: [],
  };
  // An extract's paragraph may have no number, a flattened heading no title: absent, not undefined.
  if (paragraph.number === undefined) delete paragraph.number;
  if (paragraph.title === undefined) delete paragraph.title;
  if (text) paragraph.text = text;
  const caseNumber = heading.caseNumber ?? firstCaseNumber(body);
  if (caseNumber) paragraph.caseNumber = caseNumber;
  let decided = false;
  if (context.minutes) {
    paragraph.decisions = decisionsOf(sources, context.meetingDate);
    decided = paragraph.decisions.some((d) => d.outcome === 'approved');
    const decisionSentences = sources.decisionSections.length > 0 ? sentencesOf(sources.decisionSections.flat()) : [];
    const ordered =
      decisionSentences.length > 0 ? [...decisionSentences, ...sentences].sort((a, b) => a.no - b.no) : sentences;
    paragraph.assignments = assignmentsOf(ordered, {
      ...(context.meetingDate ? { meetingDate: context.meetingDate } : {}),
    });
  } else {
    const proposals = proposalsOf(sources).map((p: Point) => ({
      ...(p.point !== undefined ? { point: p.point } : {}),
      text: p.text,
    }));
    if (proposals.length > 0) paragraph.proposals = proposals;
  }
  const schedules = schedulesOf(
    body,
    {
      paragraph: heading.number,
      title: heading.title,
      caseNumber,
      status: decided ? 'decided' : 'proposed',
      meetingDate: context.meetingDate,
    },
    context.diagnostics,
  );
  return { paragraph, schedules, sentences };
}

/**
 * A case number on one of the first lines under a heading: a line of its own ("Dnr 1.6-0463/2011")
 * first, else a "Dnr" inside a short line. A line that names another body's number ("Remiss från
 * trafiknämnden, dnr T2010-701-0075") comes second to the item's own.
 */
function firstCaseNumber(body: readonly Line[]): string | undefined {
  let seen = 0;
  let inline: string | undefined;
  for (const line of body) {
    if (!line.text) continue;
    if (++seen > 4) break;
    const found = caseNumberOfLine(line.text);
    if (found) return found;
    inline ??= caseNumberInLine(line.text);
  }
  return inline;
}
