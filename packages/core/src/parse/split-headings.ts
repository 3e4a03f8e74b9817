import { caseNumberAt } from './case-numbers.js';
import { isGivenName } from './given-names.js';
import {
  decisionSentenceAt,
  headingTail,
  looksLikeName,
  type Marker,
  markerAt,
  numberIsReference,
  startsTitle,
  titleSpan,
} from './headings.js';
import { findLabels } from './label-lexicon.js';
import type { Line } from './lines.js';
import { OFFICE_TITLE_ENDS } from './office-titles.js';
import { inlineSectionAt } from './sections.js';
import { Slots } from './slots.js';
import { tokenStarts, tokensOf } from './words.js';

/**
 * The pre-pass that makes flattened text readable line by line. Text copied from PDFs by document
 * sites often holds a whole page on one line: "3 3 Exp: Revisionen KS/2011:286 6 Ändring i bestämmelser
 * … Arbetsutskottet beslutar att …" is a page number, a distribution note, a case number, the § number,
 * the title and the text. This pass splits such lines where a page marker, a table of contents entry,
 * a heading or a section heading starts, into pieces that keep their line number, so that the rest of
 * the reader sees each at the start of a line. It is linear in the text.
 *
 * A bare number ("155 Val av protokolljusterare") is a heading only with evidence: it starts a page,
 * follows a case number, or runs on from the heading before it (154, 155, 156). A number followed by a
 * name ("132 Lars Gjörloff") is a note in an attendance list, never a heading.
 */

/** What the pre-pass found a piece to be. */
export type LineMark = 'page' | 'toc' | 'heading';

/** A number that may be a heading, where it stands and what stands around it. */
interface Candidate {
  piece: number;
  /** Word index of the heading's first word (its prefix, or its number). */
  k: number;
  marker: Marker;
  /** Word index where a case number or distribution note before the heading starts, if any. */
  lead?: number;
  /** Word index of the distribution note ("Exp: Revisionen") before that, if any. */
  exp?: number;
  left: 'start' | 'page' | 'sentence' | 'lead' | 'none';
  titled: boolean;
  name: boolean;
  reference: boolean;
  accepted?: boolean;
  toc?: boolean;
  /** An item of a flattened numbered list: split off, but no heading of minutes. */
  split?: boolean;
  /** "11 O": digits and a letter an OCR made of a number. */
  ocr?: boolean;
  /** A section heading ("Beslut", "Bakgrund") follows its title within a few words. */
  sectioned?: boolean;
  /** A case number stands right after the number ("§ 45 Dnr BUN 2026/101 …"). */
  cased?: boolean;
  /** The decision's sentence follows, but the title seems to end before it: it may be cut short. */
  cutShort?: boolean;
}

/** How many words a title may have before the section heading that proves it ("§ 18 Riktlinjer … Beslut …"). */
const SECTION_WITHIN = 16;

const PAGE = 1;
const AFTER_PAGE = 2;

/**
 * The pieces of the text: a line each, except where a transcript's page-line is cut at its page marker.
 * Held as arrays, not as an object per piece: an object made for each of a million lines lives through
 * the whole pass, and the garbage collector copies every young object that lives (from 1 MB on, the
 * pass cost three times as much per line as at 100 KB). A piece's words are read when first needed,
 * since most pieces need none.
 */
class Pieces {
  /** Each piece's words, once read. */
  readonly #tokens: Slots<string[]>;
  readonly #flags: Uint8Array;
  constructor(
    readonly lines: readonly Line[],
    /** Per piece: PAGE (a page marker), AFTER_PAGE (the piece before it on its source line is one). */
    flags: Uint8Array,
  ) {
    this.#flags = flags;
    this.#tokens = new Slots(lines.length);
  }
  get length(): number {
    return this.lines.length;
  }
  line(p: number): Line {
    return this.lines[p] as Line;
  }
  text(p: number): string {
    return (this.lines[p] as Line).text;
  }
  isPage(p: number): boolean {
    return ((this.#flags[p] as number) & PAGE) !== 0;
  }
  /** The piece before it on the same source line is a page marker. */
  afterPage(p: number): boolean {
    return ((this.#flags[p] as number) & AFTER_PAGE) !== 0;
  }
  mark(p: number): LineMark | undefined {
    return this.isPage(p) ? 'page' : undefined;
  }
  tokens(p: number): string[] {
    let tokens = this.#tokens.get(p);
    if (tokens === undefined) {
      tokens = tokensOf(this.text(p));
      this.#tokens.set(p, tokens);
    }
    return tokens;
  }
}

/** Cheap looks at a piece's text before its words are read. */
/** A number that may be a heading: "§ 12", "12 §", "91:", "36.", "155 Title", "Kf 71", "KSAU 130/2014". */
const CANDIDATE_HINT = /§|\d(?:\s?§|[:.)]?\s+[^\sa-zåäö])|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]?\s+\d/;
const TOC_HINT = /(?:^|\s)(?:[Ii]nneh|INNEH|[Ää]rendel|ÄRENDEL|[Ää]rendef|[Bb]ehandla|BEHANDLA)/;
// A genitive's heading ("Nämndens beslut") is found from its "s beslut": the look-behind that checks the
// word before is last, since a pattern that opens with a capital and a run of letters is tried at every capital.
export const SECTION_HINT =
  /\s(?:Beslut|Bakgrund|Ärendebeskrivning|Ärendet|Beskrivning av ärendet|Sammanfattning(?: av ärendet)?|Ärendets beredning|Beslutsunderlag|Handlingar i ärendet|Förslag till beslut|Förslag:|Beslutsförslag|Yrkanden?|Propositionsordning|Beslutsgång|Reservation(?:er)?|Protokollsanteckning(?:ar)?|Expedieras till|Exp\.?:|Beslutet (?:skickas|expedieras) till|Protokollsutdrag till|Skäl för beslutet|Föredragande:|Utdrag till:|Sändlista:)[\s:]+[A-ZÅÄÖ\d"“”«•–—-]|s (?:beslut|förslag till)\s(?<=[A-ZÅÄÖ][a-zåäö]+s (?:beslut|förslag till)\s)/;

/** Words that open a table of contents or a list of handled items. */
const TOC_WORDS =
  /^(?:innehåll|innehållsförteckning|ärendelista|ärendeförteckning|behandladeärenden|innehållsförteckning\.+)[:.]*$/iu;
/** Column headings after it: "Innehåll Ärende 17 …", "Nr. Ärende Anm. Sid 1. …". */
const COLUMN_WORDS = /^(?:ärende|ärenden|paragraf|§|sid|sida|sid\.|nr|nr\.|rubrik|sidnr|anm\.?|\.+|…)$/iu;
/** The longest stretch of text from one entry of a table of contents to the next. */
const MAX_ENTRY_CHARS = 320;

/** Words that name a document, not a paragraph: "LS 7/05 Protokoll från …". */
const DOCUMENT_WORD = /^(?:protokoll|sammanträdesprotokoll|protokollsutdrag|kallelse|sida|sid)\b/iu;

const PAGE_COUNTER = /^(?:\(\d{1,3}\)|\d{1,3}\s?\(\d{1,3}\)|\d{1,3}\(\d{1,3}\))$/u;
// Patterns tried on every line or candidate (a literal in a function is a new object per call).
const LEADING_NUMBER = /^(\d{1,3})(?:\s|$)/u;
const PAREN_NUMBER = /^\(\d{1,3}\)$/u;
const DOT_LEADER_END = /(?:\.\.|…)$/u;
const OCR_DIGIT = /^[OoIl]$/u;
const CASE_WORD_START = /^d(?:nr|iarie)/u;

/**
 * Splits lines at page markers, tables of contents, headings and section headings (see the module
 * comment). Pieces keep their line number; the pieces the pass recognised carry a `mark`.
 */
export function splitAtHeadings(lines: readonly Line[]): Line[] {
  const pieces = pagePieces(lines);
  const candidates = findCandidates(pieces);
  const tables = markTables(pieces, candidates);
  accept(pieces, candidates);
  return cut(pieces, candidates, tables);
}

/**
 * Page-lines of a document-site transcript: lines that start with their page number, 1, 2, 3 …, each a
 * whole page. The page number and the page counter after the page's header ("2 (15)", "(16)", "Sida 3")
 * become pieces of their own, marked as layout.
 */
function pagePieces(lines: readonly Line[]): Pieces {
  const pageLines = new Map<number, number>();
  let expected = 1;
  let long = 0;
  let whole = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    const c = text.charCodeAt(0);
    if (!(c >= 49 && c <= 57)) continue;
    const m = LEADING_NUMBER.exec(text);
    if (!m?.[1] || Number(m[1]) !== expected) continue;
    pageLines.set(i, expected);
    // A page: a long line, or one whose page counter follows the number ("2 2 …", "2 Rådet 2 (9) …").
    if (text.length > 200) whole++;
    if (text.length > 200 || counterIn(text.slice(m[1].length).trimStart(), expected)) long++;
    expected++;
  }
  // Lists ("1 Öppnande", "2 Upprop") start with 1, 2, 3 too; pages are long lines.
  const isTranscript = pageLines.size >= 2 && long >= pageLines.size / 2 && whole > 0;
  const pageMark = (line: Line) => (line.text.startsWith('(') && PAREN_NUMBER.test(line.text) ? PAGE : 0);
  const inner = isTranscript ? undefined : innerPageStarts(lines);
  if (!isTranscript && !inner) {
    // A line each: the lines themselves, no copy.
    const flags = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) flags[i] = pageMark(lines[i] as Line);
    return new Pieces(lines, flags);
  }
  const out: Line[] = [];
  const flags: number[] = [];
  const piece = (line: Line, text: string, flag: number) => {
    out.push({ ...line, text, raw: text });
    flags.push(flag);
  };
  /** A page-line: its number, its counter, its text, each a piece. */
  const pageLine = (line: Line, text: string, page: number) => {
    const numberEnd = String(page).length;
    piece(line, text.slice(0, numberEnd), PAGE);
    const rest = text.slice(numberEnd).trimStart();
    if (!rest) return;
    const counter = counterIn(rest, page);
    if (!counter) {
      piece(line, rest, AFTER_PAGE);
      return;
    }
    if (counter.start > 0) piece(line, rest.slice(0, counter.start).trimEnd(), AFTER_PAGE);
    piece(line, rest.slice(counter.start, counter.end), PAGE | AFTER_PAGE);
    const after = rest.slice(counter.end).trimStart();
    if (after) piece(line, after, AFTER_PAGE);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const starts = inner?.get(i);
    if (starts) {
      // A transcript flattened onto one line: cut at its pages' starts, each then read as a page-line.
      const before = line.text.slice(0, (starts[0] as [number, number])[0]).trim();
      if (before) piece(line, before, 0);
      starts.forEach(([at, page], k) => {
        pageLine(line, line.text.slice(at, starts[k + 1]?.[0] ?? line.text.length).trimEnd(), page);
      });
      continue;
    }
    const page = pageLines.get(i);
    if (page === undefined) {
      out.push(line);
      flags.push(pageMark(line));
      continue;
    }
    pageLine(line, line.text, page);
  }
  return new Pieces(out, Uint8Array.from(flags));
}

/** A page's header in capitals and its number again, after the number: "2 FÖRBUNDSSTYRELSEN GR 2 …". */
const CAPS_HEADER_NUMBER = /^[A-ZÅÄÖ]{4,}(?:\s+[A-ZÅÄÖ]{2,}){0,4}\s+(\d{1,3})(?=\s)/u;
/** A page's counter closing the page before ("(1) "), right before a number. */
const COUNTER_BEFORE = /(?:^|\s)\(\d{1,3}\)\s+$/u;
/** A page header's first word, a name in capitals or capitalised ("Kommunfullmäktige", "PROTOKOLL"). */
const HEADER_WORD = /^\p{Lu}[\p{L}-]{3,}(?!\S)/u;
/** A number that may start a page inside a flattened line. */
const INNER_NUMBER = /(?<!\S)(\d{1,3})(?=\s)/gu;

/**
 * Where the pages of a transcript flattened onto one line start, by line index, as [offset, page]: a
 * page's number followed by its counter ("2 2 av 22 …", "2 (15) …", "2 RÅDET 2 …") or after the counter
 * that closed the page before ("… (1) 3 …"), page after page
 * (the first page 1 or 2, since a first page may have none); at least two, so that a number in a
 * sentence is none.
 */
function innerPageStarts(lines: readonly Line[]): Map<number, [number, number][]> | undefined {
  let found: Map<number, [number, number][]> | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text.length < 1000) continue;
    const starts: [number, number][] = [];
    // Pages whose header repeats ("1 Kommunfullmäktige Plats och tid … 2 Kommunfullmäktige Kf 71 …"):
    // the first page's start and header word, until the next page shows the same.
    let first: { at: number; n: number; word: string } | undefined;
    let word = '';
    INNER_NUMBER.lastIndex = 0;
    for (let m = INNER_NUMBER.exec(text); m !== null; m = INNER_NUMBER.exec(text)) {
      const n = Number(m[1]);
      const last = starts[starts.length - 1];
      const expected = last ? last[1] + 1 : 0;
      if (expected > 0 ? n !== expected : n !== 1 && n !== 2 && n !== (first?.n ?? 0) + 1) continue;
      const rest = text.slice(m.index + (m[1] as string).length, m.index + 200).trimStart();
      const header = CAPS_HEADER_NUMBER.exec(rest);
      // The page before ends with its own counter ("… Finanspolicy.doc (1) 3 Finanspolicy för …").
      const closed = COUNTER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
      const next = HEADER_WORD.exec(rest)?.[0] ?? '';
      if (counterIn(rest, n) || header?.[1] === String(n) || closed || (next !== '' && next === word)) {
        if (!last && first && n === first.n + 1 && next === first.word) starts.push([first.at, first.n]);
        starts.push([m.index, n]);
        word = next;
      } else if (!last && first && n === first.n + 1 && next === first.word) {
        starts.push([first.at, first.n], [m.index, n]);
        word = next;
      } else if (!last && next !== '' && (n === 1 || n === 2)) first = { at: m.index, n, word: next };
    }
    if (starts.length < 2) continue;
    found ??= new Map();
    found.set(i, starts);
  }
  return found;
}

/** The page counter near the start of a page ("1 (19)", "(16)", "Sida 3", "Sid 3 (21)", "2 av 22"). */
function counterIn(text: string, page: number): { start: number; end: number } | undefined {
  const tokens = tokensOf(text.slice(0, 160));
  const starts = tokenStarts(text.slice(0, 160));
  for (let k = 0; k < tokens.length && k < 12; k++) {
    const t = tokens[k] as string;
    const at = starts[k] as number;
    const endOf = (n: number) => (starts[k + n] ?? at) + (tokens[k + n] ?? '').length;
    if (PAGE_COUNTER.test(t)) return { start: at, end: at + t.length };
    if (t === String(page)) {
      const next = tokens[k + 1] ?? '';
      if (/^\(\d{1,3}\)$/u.test(next)) return { start: at, end: endOf(1) };
      if (next === 'av' && /^\d{1,3}$/u.test(tokens[k + 2] ?? '')) return { start: at, end: endOf(2) };
      // "2 2 …", "2 SKELLEFTEÅ KOMMUN PROTOKOLL 2 …": the number again, first or after a header in capitals.
      if (k === 0 || /^[A-ZÅÄÖ]{4,}$/u.test(tokens[k - 1] as string)) return { start: at, end: at + t.length };
    }
    if (/^(?:sida|sid\.?)$/iu.test(t) && tokens[k + 1] === String(page)) {
      const more = /^\(\d{1,3}\)$/u.test(tokens[k + 2] ?? '') ? 2 : tokens[k + 2] === 'av' ? 3 : 1;
      return { start: at, end: endOf(more) };
    }
    if (t.endsWith('.') || t.endsWith(',') || t.endsWith(':')) return undefined;
  }
  return undefined;
}

/** Every number in the text that could be a heading, with what stands around it. */
function findCandidates(pieces: Pieces): Candidate[] {
  const out: Candidate[] = [];
  for (let p = 0; p < pieces.length; p++) {
    if (pieces.isPage(p) || !CANDIDATE_HINT.test(pieces.text(p))) continue;
    const tokens = pieces.tokens(p);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as string;
      const c = t.charCodeAt(0);
      // Only digits, "§" and a capital before a number ("KF § 266", "Kf 71") can start a heading.
      if (!(c >= 48 && c <= 57) && c !== 0xa7) {
        if (!(c >= 65 && c <= 90) && c !== 0xc5 && c !== 0xc4 && c !== 0xd6) continue;
        const n = tokens[k + 1]?.charCodeAt(0) ?? 0;
        if (!(n >= 48 && n <= 57) && n !== 0xa7) continue;
      }
      const marker = markerAt(tokens, k);
      if (!marker) continue;
      // "Lars Ek § 1": a surname of two letters after a given name is no body's prefix ("Kf § 1"); the "§ 1"
      // is a candidate of its own at the next word.
      if (marker.prefix && marker.prefix.length === 2 && k > 0 && isGivenName(tokens[k - 1] as string)) continue;
      if (marker.form === 'bare' && (marker.number > 999 || marker.number === 0)) continue;
      // Most numbers are followed by a lower-case word ("10 november", "3 st"): no title, no heading.
      const after = tokens[marker.next];
      // "… regionfullmäktige... 2 Förslag …": a page number after a dot leader, closing a table's line.
      if (k > 0 && DOT_LEADER_END.test(tokens[k - 1] as string)) continue;
      // "11 O": an OCR's reading of 110, never a number to trust; it only ends a table's entry.
      const ocr = marker.form === 'bare' && after !== undefined && OCR_DIGIT.test(after);
      if (marker.form !== 'section-sign' && marker.form !== 'prefixed' && !(after === undefined && k === 0)) {
        const a = after?.charCodeAt(0) ?? 0;
        if (a >= 97 && a <= 122 && !CASE_WORD_START.test(after as string)) continue;
      }
      const tail = headingTail(tokens, marker.next);
      // "LS 7/05 Protokoll från …" numbers the meeting; "KSAU 130/2014 Dnr …" a paragraph, with its case.
      const withYear = marker.form === 'prefixed' && tokens[k + 1]?.includes('/');
      const titled =
        startsTitle(tokens, tail.title) &&
        !DOCUMENT_WORD.test(tokens[tail.title] ?? '') &&
        (!withYear || tail.caseNumber !== undefined || /^dnr/iu.test(tokens[marker.next] ?? ''));
      const ends = tail.title >= tokens.length;
      const numberAt = marker.prefix ? k + 1 : k;
      const cand: Candidate = {
        piece: p,
        k,
        marker,
        ...(ocr ? { ocr } : {}),
        left: 'none',
        titled: titled || (ends && marker.form !== 'bare' && marker.form !== 'item' && k === 0),
        name: looksLikeName(tokens, tail.title),
        reference: numberIsReference(tokens, numberAt) || (marker.prefix !== undefined && numberIsReference(tokens, k)),
      };
      if (tail.caseNumber !== undefined) cand.cased = true;
      leftContext(tokens, pieces.afterPage(p), cand);
      // "PROTOKOLLSUTDRAG Kommunstyrelsen 2023-02-06 § 18 Riktlinjer för representation Beslut Kommunstyrelsen
      // antar …": a § heading whose title a section heading ends is a heading wherever it stands (an extract's
      // only paragraph has no neighbour to link to).
      if (marker.form === 'section-sign' && cand.titled && cand.left === 'none') {
        for (let j = tail.title + 1; j < tokens.length && j <= tail.title + SECTION_WITHIN; j++) {
          // … or the decision's sentence ("… Ekby IF Arbetsutskottet beslutar att bevilja …"), where the title reads
          // to it (a title that seems to end before, at a capital, may be cut short: no heading is better).
          if (inlineSectionAt(tokens, j) === 0) {
            if (!decisionSentenceAt(tokens, j)) continue;
            if (titleSpan(tokens, tail.title)?.end !== j) {
              cand.cutShort = true;
              continue;
            }
          }
          cand.sectioned = true;
          break;
        }
      }
      // "KF § 267 Dnr KS 02-820 107 Bildning …": a bare number after the case number of the heading
      // before it is that case's reference, no heading of its own.
      const before = out[out.length - 1];
      if (marker.form === 'bare' && cand.lead !== undefined && before?.piece === p && before.marker.next === cand.lead)
        cand.reference = true;
      out.push(cand);
      // What stands between the number and the title ("Kf 73 Ks 94 dnr 127/2011") is no heading.
      k = Math.max(marker.next, tail.title) - 1;
    }
  }
  return out;
}

/** Where a candidate stands: at a line's start, a page's start, after a sentence, after a case number. */
function leftContext(tokens: readonly string[], afterPage: boolean, cand: Candidate): void {
  const k = cand.k;
  if (k === 0) {
    cand.left = afterPage ? 'page' : 'start';
    return;
  }
  // A case number right before: "KS/2011:286 6 Ändring …", "Dnr 2014/123 § 5 …".
  for (let back = 1; back <= 3 && back <= k; back++) {
    const found = caseNumberAt(tokens, k - back);
    if (found && found.tokens === back && (back > 1 || /\p{L}/u.test(found.value))) {
      cand.lead = k - back;
      cand.left = 'lead';
      leadIn(tokens, cand);
      return;
    }
  }
  const before = tokens[k - 1] as string;
  if (/[.!?]$/u.test(before) && !/^(?:\p{Ll}{1,4}\.|(?:\p{L}{1,3}\.){2,}|[A-ZÅÄÖ]\.)$/u.test(before)) {
    cand.left = 'sentence';
    return;
  }
  // The page's header before it: "2 Kommunfullmäktige Kf 71 …", "3 Avesta kommun … Sida 3 36 …".
  if (afterPage && k <= 5) {
    let plain = true;
    for (let j = 0; j < k && plain; j++) plain = !/[.,:;!?]$|^\d/u.test(tokens[j] as string);
    if (plain) cand.left = 'page';
  }
}

/** "Exp: Revisionen KS/2011:286 6 …": a distribution note at the page's start belongs to the heading after it. */
function leadIn(tokens: readonly string[], cand: Candidate): void {
  const lead = cand.lead as number;
  for (let j = lead - 1; j >= 0 && j >= lead - 8; j--) {
    const t = (tokens[j] as string).toLowerCase();
    if (t === 'exp:' || t === 'exp.:' || t === 'expedieras' || t === 'exp') {
      if (j === 0) cand.exp = 0;
      return;
    }
  }
}

/** A table of contents: from its first entry (piece, word) to the end of the piece of its last. */
interface TocRun {
  from: { piece: number; k: number };
  to: number;
}

/**
 * Finds the tables of contents: runs of rising numbers after "Innehåll", "Ärendelista", "Behandlade
 * ärenden" …, across pieces and pages, and marks their candidates so they are never taken as headings.
 */
function markTables(pieces: Pieces, candidates: Candidate[]): TocRun[] {
  const runs: TocRun[] = [];
  const firstOf = new Map<number, number>();
  candidates.forEach((c, i) => {
    if (!firstOf.has(c.piece)) firstOf.set(c.piece, i);
  });
  for (let p = 0; p < pieces.length; p++) {
    if (!TOC_HINT.test(pieces.text(p))) continue;
    const tokens = pieces.tokens(p);
    for (let w = 0; w < tokens.length; w++) {
      // "Innehåll…", "Ärendelista", "Behandlade ärenden": cheap refusal by the first letter.
      const c = (tokens[w] as string).charCodeAt(0) | 32;
      if (c !== 105 && c !== 0xe4 && c !== 98) continue;
      const handled = isHandledItems(tokens, w);
      if (!handled && !TOC_WORDS.test(tokens[w] as string)) continue;
      let k = w + (handled ? 2 : 1);
      while (k < tokens.length && k < w + 6 && COLUMN_WORDS.test(tokens[k] as string)) k++;
      const first = firstEntry(pieces, candidates, firstOf, p, k);
      if (first === undefined) continue;
      const run = runFrom(pieces, candidates, first);
      if (run) runs.push(run);
    }
  }
  return runs;
}

const isHandledItems = (tokens: readonly string[], w: number) =>
  /^behandlade$/iu.test(tokens[w] as string) && /^ärenden$/iu.test(tokens[w + 1] ?? '');

/** The candidate right after a table's heading word: on the same piece, or first on one of the next. */
function firstEntry(
  pieces: Pieces,
  candidates: readonly Candidate[],
  firstOf: ReadonlyMap<number, number>,
  p: number,
  k: number,
): number | undefined {
  if (k < pieces.tokens(p).length) {
    for (let i = firstOf.get(p); i !== undefined && i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      if (c.piece !== p || c.k > k) return undefined;
      if (c.k === k) return i;
    }
    return undefined;
  }
  for (let q = p + 1; q < pieces.length && q <= p + 4; q++) {
    if (pieces.isPage(q) || pieces.tokens(q).length === 0) continue;
    const i = firstOf.get(q);
    return i !== undefined && (candidates[i] as Candidate).k === 0 ? i : undefined;
  }
  return undefined;
}

/** Follows a table's entries from its first while numbers rise by one to three and entries stay short. */
function runFrom(pieces: Pieces, candidates: Candidate[], first: number): TocRun | undefined {
  let last = candidates[first] as Candidate;
  if (last.name || !last.titled) return undefined;
  const run: TocRun = { from: { piece: last.piece, k: last.k }, to: last.piece };
  last.toc = true;
  let chars = 0;
  for (let j = first + 1; j < candidates.length; j++) {
    const c = candidates[j] as Candidate;
    chars += distance(pieces, candidates[j - 1] as Candidate, c);
    if (chars > MAX_ENTRY_CHARS) break;
    const n = last.marker.number;
    if (c.ocr && c.marker.number * 10 > n && c.marker.number * 10 <= n + 3) {
      // "109 Lokaler 11 O Skolgården 111": the garbled number ends 109's entry.
      c.toc = true;
      continue;
    }
    if (c.marker.number > n && c.marker.number <= n + 3 && !c.name && c.titled && !c.ocr) {
      c.toc = true;
      last = c;
      run.to = c.piece;
      chars = 0;
    } else if (c.piece > run.to && c.k === 0 && !pieces.afterPage(c.piece)) {
      // A line of its own that is not the next entry ends a table written one entry a line.
      break;
    }
  }
  return run;
}

/** Characters between two candidates (an estimate by words; pieces between count whole). */
function distance(pieces: Pieces, a: Candidate, b: Candidate): number {
  if (a.piece === b.piece) {
    let n = 0;
    const tokens = pieces.tokens(a.piece);
    for (let k = a.k; k < b.k; k++) n += (tokens[k] as string).length + 1;
    return n;
  }
  let n = 0;
  const ta = pieces.tokens(a.piece);
  for (let k = a.k; k < ta.length; k++) n += (ta[k] as string).length + 1;
  for (let p = a.piece + 1; p < b.piece; p++) {
    if (!pieces.isPage(p)) n += pieces.text(p).length;
  }
  const tb = pieces.tokens(b.piece);
  for (let k = 0; k < b.k; k++) n += (tb[k] as string).length + 1;
  return n;
}

/**
 * Decides which candidates are headings. A heading written with "§", "§ N", "N §", "N:" or a body's
 * prefix is one where a heading can stand (a line's or page's start, after a sentence or a case
 * number); a bare number also needs its neighbour (n - 1 or n + 1) to be a heading candidate, or to
 * start a page or follow a case number.
 */
function accept(pieces: Pieces, candidates: Candidate[]): void {
  const usable = (c: Candidate) => !c.toc && !c.ocr && !c.reference && !c.name && c.titled && c.marker.form !== 'item';
  // Where a number stands twice ("2 Åtgärdsplan … 1 Översyn 2 Nya rutiner …": points in a paragraph's
  // text), only the best placed can be a heading: at a page's start or after a case number, then after
  // a sentence, then anywhere.
  const rank = (c: Candidate) => (c.left === 'page' || c.left === 'lead' ? 2 : c.left === 'sentence' ? 1 : 0);
  const bestRank = new Map<number, number>();
  for (const c of candidates) {
    if (usable(c) && c.marker.form === 'bare')
      bestRank.set(c.marker.number, Math.max(bestRank.get(c.marker.number) ?? 0, rank(c)));
  }
  const outranked = (c: Candidate) => c.marker.form === 'bare' && rank(c) < (bestRank.get(c.marker.number) ?? 0);
  // Links to the nearest earlier usable candidate numbered one less.
  const lastOf = new Map<number, number>();
  const linked = new Set<number>();
  candidates.forEach((c, i) => {
    // A number at a line's start belongs to a list ("18 Utbildning …" as a copy's title line).
    if (!usable(c) || (c.left === 'start' && c.marker.form === 'bare') || outranked(c)) return;
    const prev = lastOf.get(c.marker.number - 1);
    if (prev !== undefined) {
      linked.add(prev);
      linked.add(i);
    }
    lastOf.set(c.marker.number, i);
  });
  // Items of a flattened list ("Sid 1. Val av justerare Förslag: … 2. Tid och plats …") that run on.
  let previous: Candidate | undefined;
  for (const c of candidates) {
    if (c.marker.form !== 'item' || c.toc || c.name || !c.titled) continue;
    const n = previous?.marker.number;
    if (
      previous &&
      n !== undefined &&
      c.marker.number > n &&
      c.marker.number <= n + 3 &&
      distance(pieces, previous, c) < 1500
    ) {
      previous.split = true;
      c.split = true;
    }
    previous = c;
  }
  candidates.forEach((c, i) => {
    // "… förklarar mötet öppnat. 36. Val av justerare …": minutes numbered "36." after a sentence.
    if (c.marker.form === 'item' && !c.toc && c.titled && !c.reference && c.marker.number >= 10)
      c.accepted = c.left === 'sentence' || c.left === 'page' || c.left === 'lead';
    if (!usable(c) || outranked(c)) return;
    const strong = c.marker.form !== 'bare';
    const placed = c.left === 'page' || c.left === 'lead' || (strong && (c.left === 'start' || c.left === 'sentence'));
    c.accepted = placed || linked.has(i);
    // A bare number at a line's start is a list's business (agenda items), not a split's.
    if (c.marker.form === 'bare' && c.left === 'start') c.accepted = false;
  });
  // An extract's one paragraph: a § heading proved by the section heading after its title, before any other
  // heading or item. Later in a text, "Nämnden 2022-05-15 § 35 Tidigare beslut … Sammanfattning" is a case's
  // history, citing another meeting's paragraph.
  const first = candidates.find((c) => c.accepted || c.split || c.sectioned);
  if (first?.sectioned && !first.accepted && usable(first)) first.accepted = true;
  // Minutes with one paragraph: "… Lisa Strand (C) § 1 Lokaler för förtidsröstning Valnämnden beslutar …".
  // Its heading has no neighbour to link to and no section heading after its title; as the text's only
  // "§", right after an attendance list's last entry (a party, a role) and before no label, it is one.
  if (first) return;
  let only: Candidate | undefined;
  for (const c of candidates) {
    if (c.marker.form !== 'section-sign') continue;
    if (only) return;
    only = c;
  }
  // A case number after the number says the same ("… förvaltningschef, §§ 45-50 § 45 Dnr BUN 2026/101 Val av
  // justerare"): a person's note is never followed by one.
  if (
    only &&
    usable(only) &&
    only.left === 'none' &&
    (afterEntry(pieces, only) || (only.cased && !only.cutShort)) &&
    !labelAfter(pieces, only)
  )
    only.accepted = true;
}

/**
 * A party in brackets ("(C)"), a role ("ordförande", "sekr.") or an officer's title ending an attendance list's
 * entry; or a date ending a label's value ("Justeringens plats och tid Sjöboden 2026-05-14 § 1 …").
 */
const ENTRY_END = new RegExp(
  `^(?:\\(\\s*\\p{L}{1,4}\\s*\\)|ordförande|ordf\\.|sekreterare|sekr\\.|ersättare|ledamot|tjänstgörande|\\p{Ll}{2,}(?:${OFFICE_TITLE_ENDS})|\\d{4}-\\d{2}-\\d{2}),?$`,
  'iu',
);

/** The word before a candidate ends an attendance list's entry. */
function afterEntry(pieces: Pieces, c: Candidate): boolean {
  const before = pieces.tokens(c.piece)[c.k - 1];
  return before !== undefined && ENTRY_END.test(before);
}

/** A label follows the number where a title would ("§ 1 Övriga närvarande …": a person's note, then a label). */
function labelAfter(pieces: Pieces, c: Candidate): boolean {
  const tokens = pieces.tokens(c.piece);
  const from = headingTail(tokens, c.marker.next).title;
  const text = tokens.slice(from, from + 6).join(' ');
  return findLabels(text, 1)[0]?.start === 0;
}

/** Words before a section heading that can be no part of a title: "REGIONFULLMÄKTIGE", "DIARIENR". */
const CAPS = /^[A-ZÅÄÖ]{2,}[:.]?$/u;

/**
 * The titles of unnumbered paragraphs, as protocol extracts copied without their § numbers show them:
 * a title between a case number or a line of capitals ("Dnr 2018/1014", "REGIONFULLMÄKTIGE") and a
 * section heading ("Beslut", "Bakgrund"), near the start of a page. Returns [piece, word] of each, and
 * the word after the title where no section heading ends it.
 */
function unnumbered(pieces: Pieces): [number, number, number?][] {
  const out: [number, number, number?][] = [];
  const titles: string[][] = [];
  for (let p = 0; p < pieces.length; p++) {
    if (pieces.isPage(p) || !SECTION_HINT.test(pieces.text(p))) continue;
    const tokens = pieces.tokens(p);
    for (let k = 1; k < tokens.length && k < 40; k++) {
      if (inlineSectionAt(tokens, k) === 0) continue;
      let s = k;
      let from: number | undefined;
      while (s > 0 && k - s < 20) {
        const before = tokens[s - 1] as string;
        if (/[.!?:;]$/u.test(before)) break;
        if (CAPS.test(before)) {
          from = s;
          break;
        }
        const found = [3, 2, 1].map((n) => (s - n >= 0 ? caseNumberAt(tokens, s - n) : undefined));
        const back = [3, 2, 1].find((n, i) => found[i]?.tokens === n && /dnr|diarie/iu.test(tokens[s - n] as string));
        if (back !== undefined) {
          from = s - back;
          break;
        }
        s--;
      }
      if (s === 0 && pieces.afterPage(p)) from = 0;
      const titleAt = from !== undefined && /dnr|diarie/iu.test(tokens[from] as string) ? s : from;
      if (from === undefined || titleAt === undefined || titleAt >= k || !startsTitle(tokens, titleAt)) break;
      out.push([p, from]);
      titles.push(tokens.slice(titleAt, k));
      break;
    }
  }
  // Each extract repeats the matter's title under its body's name ("REGIONFÖRBUNDETS STYRELSE
  // Finanspolicy för …"), also where no section heading follows it on the page.
  const found = new Set(out.map(([p]) => p));
  for (let p = 0; p < pieces.length && titles.length > 0; p++) {
    if (found.has(p) || pieces.isPage(p) || !pieces.afterPage(p)) continue;
    const tokens = pieces.tokens(p);
    for (let k = 1; k < tokens.length && k < 20; k++) {
      if (!CAPS.test(tokens[k - 1] as string)) continue;
      const title = titles.find((t) => t.every((w, n) => tokens[k + n] === w));
      if (title) {
        out.push([p, k, k + title.length]);
        break;
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const CUT_MARKS: readonly (LineMark | undefined)[] = [undefined, 'page', 'toc', 'heading'];

/** A cut written as one number: its word index and mark. */
const cutAt = (c: number): [number, LineMark | undefined][] => [[Math.floor(c / 4), CUT_MARKS[c % 4]]];

/** Cuts the pieces at the accepted headings, table entries and section headings. */
function cut(pieces: Pieces, candidates: readonly Candidate[], tables: readonly TocRun[]): Line[] {
  // Where each piece is cut: word index → the mark of the piece that starts there (a later mark wins).
  // Most pieces are cut once, at a heading: that cut is one number (word × 4 + mark), a Map only for more.
  const cuts = new Slots<number | Map<number, LineMark | undefined>>(pieces.length);
  const at = (p: number, k: number, mark: LineMark | undefined) => {
    const c = cuts.get(p);
    if (c === undefined) cuts.set(p, k * 4 + CUT_MARKS.indexOf(mark));
    else if (typeof c !== 'number') {
      if (!c.has(k) || mark) c.set(k, mark);
    } else if (Math.floor(c / 4) !== k) cuts.set(p, new Map([...cutAt(c), [k, mark]]));
    else if (mark) cuts.set(p, k * 4 + CUT_MARKS.indexOf(mark));
  };
  let firstHeading = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.toc) {
      at(c.piece, c.k, 'toc');
      continue;
    }
    if (c.split && !c.accepted) at(c.piece, c.k, undefined);
    if (!c.accepted) continue;
    if (c.piece < firstHeading) firstHeading = c.piece;
    if (c.exp !== undefined) at(c.piece, c.exp, undefined);
    if (c.lead !== undefined) at(c.piece, c.lead, undefined);
    at(c.piece, c.k, 'heading');
  }
  // No numbered heading anywhere: a protocol extract whose § numbers a copy stripped.
  if (!candidates.some((c) => c.accepted || c.toc || c.split)) {
    for (const [p, k, end] of unnumbered(pieces)) {
      if (p < firstHeading) firstHeading = p;
      at(p, k, 'heading');
      if (end !== undefined && end < pieces.tokens(p).length) at(p, end, undefined);
    }
  }
  const out: Line[] = [];
  // Pieces inside a table of contents, and the word a table starts at in its first piece.
  const tocFrom = new Map<number, number>();
  for (const t of tables) {
    for (let p = t.from.piece + 1; p <= t.to; p++) if (!pieces.isPage(p)) tocFrom.set(p, 0);
    tocFrom.set(t.from.piece, t.from.k);
    at(t.from.piece, t.from.k, 'toc');
  }
  for (let p = 0; p < pieces.length; p++) {
    const line = pieces.line(p);
    const pageMark = pieces.mark(p);
    const c = cuts.get(p);
    let marks = typeof c === 'number' ? new Map(cutAt(c)) : c;
    const tocStart = tocFrom.get(p);
    // Section headings inside paragraphs ("… dagordningen Ärendebeskrivning Ordföranden …").
    // Only flattened text holds a section heading inside a line: a page-line's piece or a long line. (A
    // title line with its text after it, "Godkännande av dagordning Kommunfullmäktiges beslut …", is cut
    // where the title ends by the heading reader.)
    const text = line.text;
    const flat = pieces.afterPage(p) || text.length > 300 || (marks !== undefined && marks.size > 0);
    if (p >= firstHeading && flat && pageMark === undefined && tocStart === undefined && SECTION_HINT.test(text)) {
      const tokens = pieces.tokens(p);
      for (let k = 1; k < tokens.length; k++) {
        const n = inlineSectionAt(tokens, k);
        if (n === 0) continue;
        marks ??= new Map();
        if (!marks.has(k)) marks.set(k, undefined);
        k += n - 1;
      }
    }
    if (marks === undefined || marks.size === 0) {
      const mark = pageMark ?? (tocStart === 0 ? 'toc' : undefined);
      out.push(mark ? { ...line, mark } : line);
      continue;
    }
    if (marks.size === 1 && marks.has(0)) {
      // A heading at the start of its line: nothing to cut.
      const mark = marks.get(0) ?? pageMark;
      out.push(mark ? { ...line, mark } : line);
      continue;
    }
    const starts = tokenStarts(text);
    const ks = [...marks.keys()].sort((a, b) => a - b);
    if (ks[0] !== 0) ks.unshift(0);
    for (let n = 0; n < ks.length; n++) {
      const k = ks[n] as number;
      const from = starts[k] ?? 0;
      const to = n + 1 < ks.length ? (starts[ks[n + 1] as number] ?? text.length) : text.length;
      const piece = text.slice(from, to).trim();
      if (!piece) continue;
      const mark =
        marks.get(k) ??
        (k === 0 ? pageMark : undefined) ??
        (tocStart !== undefined && k >= tocStart ? 'toc' : undefined);
      out.push({ ...line, text: piece, raw: piece, ...(mark ? { mark } : {}) });
    }
  }
  return out;
}
