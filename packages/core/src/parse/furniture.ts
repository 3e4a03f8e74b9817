import type { Line } from './lines.js';

/**
 * What a document-sharing or municipal web page adds around a record's text: viewer controls
 * ("Storlek: px", "Starta visningen från sidan:", "Transkript"), download offers, page counters of
 * full-text views ("(1)", "Loading.... (view fulltext now)"), and page markers at the start of each
 * page flattened onto one line ("2 2 av 22 …", "3 (40) …", "1 1 …"). None of it is the record.
 *
 * The quoted title such sites print (`Download "…"`, `Share "…"`) is a copy of the first words of the
 * document, often with the digits that their text extraction lost elsewhere ("kl , Dirigenten" in the
 * text, "2009-05-28 kl 08.30 10.50, Dirigenten" in the title). {@link restoreFromTitle} puts those
 * digits back where the title's words match the text, and nowhere else.
 */

const FURNITURE = [
  /^storlek:\s*\d*\s*px$/iu,
  /^starta visningen från sidan:?$/iu,
  /^transkript$/iu,
  /^transcript$/iu,
  /^save this pdf as:?$/iu,
  /^(?:word|png|txt|jpg|pdf)(?:\s+(?:word|png|txt|jpg|pdf))+$/iu,
  /^•?\s*no results found$/iu,
  /^n\/a$/iu,
  /^protected$/iu,
  /^academic year:\s*\d{4}$/iu,
  /^copied!?$/iu,
  /^loading\.*\s*\(view fulltext now\)$/iu,
  /^full text$/iu,
  /^upload:\s.{0,80}$/iu,
  /^post on\s.{0,40}$/iu,
  /^\d+\s+views$/iu,
  /^category:$/iu,
  /^documents$/iu,
  /^download$/iu,
  /^\d+\s+downloads?$/iu,
  /^\(\d{1,4}\)$/u,
];

/**
 * Any of FURNITURE, as one pattern: every line of a page's top is tested, and one alternation is one pass
 * where twenty patterns were twenty. (Each is a whole line; case does not matter to the one without `i`.)
 */
const ANY_FURNITURE = new RegExp(FURNITURE.map((re) => `(?:${re.source})`).join('|'), 'iu');

/** A line above the viewer this long is a flattened first page, not the page's title or a search summary. */
const FLAT_COPY_MIN = 300;

const TITLE_COPY = /^(?:download|share)\s+"(.{3,400})"$/iu;

/** A page's furniture, and the quoted title copies it holds. */
export interface Furniture {
  /** Indices (into the lines) of lines that are furniture. */
  skip: Set<number>;
  /** The quoted titles, with their line numbers. */
  titles: { text: string; no: number }[];
}

/** Finds a web page's furniture among the lines. Lines of a record never match (each pattern is a whole line). */
export function findFurniture(lines: readonly Line[]): Furniture {
  const skip = new Set<number>();
  const titles: { text: string; no: number }[] = [];
  // A viewer announces itself in its first lines; a record without one has no furniture to look for.
  const top = lines.slice(0, 24).filter((l) => l.text !== '');
  if (!top.some((l) => l.text.length <= 420 && (TITLE_COPY.test(l.text) || ANY_FURNITURE.test(l.text)))) {
    return { skip, titles };
  }
  let sawViewer = false;
  // The page's own title above the viewer ("Kommunstyrelsen Plats och tid Kommunhuset :15" above
  // "Storlek: px"), or a search summary ("protokoll … · 2018-10-04 · …"): a copy, not the record.
  const firstViewer = lines.findIndex((l, i) => i < 8 && ANY_FURNITURE.test(l.text));
  for (let i = 0; i < lines.length && i < 4; i++) {
    const text = (lines[i] as Line).text;
    if (!text) continue;
    // A first page flattened into the page's description is no title: a copy of the record's head with its
    // words still apart, where the transcript below often glued them. It is kept, whether blank lines stand
    // between the page's top lines or not.
    if (text.length >= FLAT_COPY_MIN) continue;
    if ((firstViewer > i && i < 3) || text.includes(' · ')) skip.add(i);
  }
  // A viewer's chrome runs down to the line that opens the document's text ("Transkript", "Full text"):
  // everything above it is the page's title and counters.
  const opens = lines.findIndex((l, i) => i < 40 && /^(?:transkript|full text)$/iu.test(l.text));
  for (let i = 0; i < opens; i++) if ((lines[i] as Line).text) skip.add(i);
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (!text || text.length > 420) continue;
    // A viewer's chrome is at the top of the page; below it only the full-text view's page counters "(12)".
    if (i >= 60) {
      if (text.charCodeAt(0) === 40 && text.length <= 6 && /^\(\d{1,4}\)$/.test(text) && sawViewer) skip.add(i);
      continue;
    }
    const title = TITLE_COPY.exec(text);
    if (title?.[1]) {
      skip.add(i);
      titles.push({ text: title[1].trim(), no: (lines[i] as Line).no });
      sawViewer = true;
      continue;
    }
    if (ANY_FURNITURE.test(text)) {
      skip.add(i);
      sawViewer = true;
    } else if (sawViewer && /^\d{1,3}$/.test(text) && i < 40) {
      // The counters around a full-text viewer's title ("25", "0", "0").
      skip.add(i);
    }
  }
  return { skip, titles };
}

// "2 2 av 22 ", "3 (40) ", "1 1 ", "1(19) ", "Sid 2 (21) ", "4 4 av ": a page number, alone or twice, at the
// start of a flattened page. Only a line that goes on with text after it is a flattened page.
const PAGE_MARK =
  /^(?:(?:sid(?:a)?\.?\s+)?\d{1,3}\s*(?:\(\d{1,3}\)|av\s+\d{0,3}|\d{1,3}(?:\s*av\s+\d{0,3})?)?|\(\d{1,3}\))\s+(?=\S)/iu;

/**
 * The page marker at the start of a line of a flattened page ("2 2 av 22 …"), as its length, or 0.
 * A flattened page is a long line; a short line starting with a number is a list item or a heading.
 */
export function pageMarkLength(line: Line): number {
  if (line.text.length < 120) return 0;
  const m = PAGE_MARK.exec(line.text);
  return m ? m[0].length : 0;
}

/**
 * Words a conversion glued together where bold text or a table cell ended: "HälsingerådetSAMMANTRÄDESPROTOKOLL
 * Styrelsen" → "Hälsingerådet SAMMANTRÄDESPROTOKOLL Styrelsen", "769602-5290Tid och plats" → "… 5290 Tid och
 * plats". Only a run of three capitals, or a digit, meets a word this way; a name like "MonaLisa" stays.
 */
export function splitSeams(text: string): string {
  // A cheap test first (most lines have no run of capitals): this runs for every line of the first pages.
  if (!SEAM_HINT.test(text) || !SEAM_AT.test(text)) return text;
  // A run of more than GLUED_MAX characters without white space is not a few words a conversion glued (a link,
  // a hash, a token repeated): it is left whole, so a text reads the same whether it is 10 KB or 10 MB long (the
  // first pages' budget below once split such a run only when it was short enough to fit). Every seam lies
  // inside a run (the first pattern's look-ahead reads white space or the end after it), so each run is split
  // as the whole text would be.
  if (LONG_RUN.test(text)) return text.replace(/\S+/g, (run) => (run.length > GLUED_MAX ? run : splitRun(run)));
  return splitRun(text);
}

function splitRun(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu}{3,})(?=[\p{Lu}\s\d.,:;)]|$)/gu, '$1 $2')
    .replace(/(\p{Lu}{3,})(?=\p{Lu}\p{Ll}{2})/gu, '$1 ')
    .replace(/(\d)(?=\p{Lu}\p{Ll}{2})/gu, '$1 ');
}

const GLUED_MAX = 1000;
// Tried only where a run starts (the look-behind), so each run is read once: linear in the text.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${GLUED_MAX + 1}}`);

const SEAM_HINT = /[A-ZÅÄÖÉÜ]{3}|\d[A-ZÅÄÖÉÜ]/;
// What each of the three replacements needs to find (a space put in by one never makes a match for another):
// a line of capitals without a seam ("KOMMUNFULLMÄKTIGE", "SAMMANTRÄDESPROTOKOLL") is not searched three times.
const SEAM_AT = /\p{Ll}\p{Lu}{3}|\p{Lu}{4}\p{Ll}{2}|\d\p{Lu}\p{Ll}{2}/u;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

type Words = { word: string; start: number; end: number }[];

/** The first `limit` words of a text, lower-cased, with their offsets. */
function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): Words {
  const out: Words = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && out.length < limit; m = WORD.exec(text)) {
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Whether a title's stretch can stand for the line's: it holds more digits, and the digits the line kept
 * are among them in order (a conversion drops digits, it never changes them). "den 9 december" is no
 * stripped copy of "den16 december": that title names another day, and the line keeps its own.
 */
function restores(title: string, line: string): boolean {
  const t = title.replace(/\D+/g, '');
  const l = line.replace(/\D+/g, '');
  if (t.length <= l.length) return false;
  let k = 0;
  for (const c of t) if (c === l[k]) k++;
  return k === l.length;
}

interface Run {
  ti: number;
  si: number;
  n: number;
}

/** Runs of title words found contiguous in the line, longest first, in order and not crossing (divide and conquer). */
function runsOf(
  t: readonly { word: string }[],
  s: readonly { word: string }[],
  tA: number,
  tB: number,
  sA: number,
  sB: number,
  out: Run[],
): void {
  let best: Run | undefined;
  for (let ti = tA; ti < tB; ti++) {
    for (let si = sA; si < sB; si++) {
      if (t[ti]?.word !== s[si]?.word) continue;
      let n = 1;
      while (ti + n < tB && si + n < sB && t[ti + n]?.word === s[si + n]?.word) n++;
      if (!best || n > best.n) best = { ti, si, n };
    }
  }
  if (!best || best.n < 2) return;
  runsOf(t, s, tA, best.ti, sA, best.si, out);
  out.push(best);
  runsOf(t, s, best.ti + best.n, tB, best.si + best.n, sB, out);
}

/**
 * A line's text with the digits of a title copy put back. The title's words are aligned with the line's
 * (runs of at least two words in the same order, four in all, or the title's first two words at the
 * line's start); wherever the title holds digits between two aligned words (or after its last one, or
 * after its opening words) and the line holds fewer there, the title's stretch replaces the line's.
 * Undefined when nothing matches, so a title is never read on its own as the record's facts. `words`
 * is the number of aligned words, to choose the line that matches best.
 */
export function restoreFromTitle(line: string, title: string): { text: string; words: number } | undefined {
  return restoreWords(line, () => wordsOf(line, LINE_WORDS), title, wordsOf(title));
}

// A title's pairs of words in a row, made once for the lines it is compared with: each word (of its first 80)
// with the words that follow it. A line's pairs are looked up word by word, so no key is made for them.
const titlePairs = new WeakMap<Words, Map<string, Set<string>>>();

/** Whether two words in a row of the title (its first 80) stand in a row in the line (its first 600 words). */
function sharesPair(t: Words, s: Words): boolean {
  let pairs = titlePairs.get(t);
  if (pairs === undefined) {
    pairs = new Map<string, Set<string>>();
    for (let i = 0; i + 1 < Math.min(t.length, 80); i++) {
      const first = (t[i] as { word: string }).word;
      let next = pairs.get(first);
      if (next === undefined) {
        next = new Set<string>();
        pairs.set(first, next);
      }
      next.add((t[i + 1] as { word: string }).word);
    }
    titlePairs.set(t, pairs);
  }
  for (let i = 0; i + 1 < Math.min(s.length, 600); i++)
    if (pairs.get((s[i] as { word: string }).word)?.has((s[i + 1] as { word: string }).word)) return true;
  return false;
}

/**
 * The most words of a line compared with a title: runs are looked for in its first 600, and the word after a
 * run is the 601st at most, so the words after it are never looked at.
 */
const LINE_WORDS = 601;

/** {@link restoreFromTitle} with the words of both: a page's first lines are each compared with every title. */
function restoreWords(
  line: string,
  lineWords: () => Words,
  title: string,
  t: Words,
): { text: string; words: number } | undefined {
  if (t.length < 2 || !/\d/.test(title)) return undefined;
  const s = lineWords();
  // Every run holds two words in a row of both: without such a pair (most lines of a page against its
  // title) there is nothing to align, and the search of all runs (title words × line words) is not made.
  if (!sharesPair(t, s)) return undefined;
  const runs: Run[] = [];
  runsOf(t, s, 0, Math.min(t.length, 80), 0, Math.min(s.length, 600), runs);
  const words = runs.reduce((n, r) => n + r.n, 0);
  const opensLine = runs[0]?.ti === 0 && runs[0]?.si === 0;
  // Four words in a row are no chance; nor are all of a short title's words in its order.
  if (words < 4 && !opensLine && !(words === t.length && runs.length === 1)) return undefined;
  // Stretches to replace: [line from, line to, title from, title to].
  const edits: [number, number, number, number][] = [];
  const gap = (tAfter: number, sAfter: number, tNext: number | undefined, sNext: number | undefined) => {
    const tFrom = (t[tAfter] as { end: number }).end;
    const tTo = tNext === undefined ? title.length : (t[tNext] as { start: number }).start;
    const sFrom = (s[sAfter] as { end: number }).end;
    const sTo = sNext === undefined ? line.length : (s[sNext] as { start: number }).start;
    if (restores(title.slice(tFrom, tTo), line.slice(sFrom, sTo))) edits.push([sFrom, sTo, tFrom, tTo]);
  };
  const first = runs[0];
  if (first?.ti === 0) {
    // The title starts with what stood before its first word on the page ("2009-05-28 kl 08.30, …").
    const tTo = (t[0] as { start: number }).start;
    const sTo = (s[first.si] as { start: number }).start;
    const sFrom = first.si > 0 ? (s[first.si - 1] as { end: number }).end : 0;
    if (restores(title.slice(0, tTo), line.slice(sFrom, sTo))) edits.push([sTo, sTo, 0, tTo]);
  }
  runs.forEach((r, k) => {
    for (let j = 0; j < r.n - 1; j++) gap(r.ti + j, r.si + j, r.ti + j + 1, r.si + j + 1);
    const last = r.ti + r.n - 1;
    const next = runs[k + 1];
    if (last === t.length - 1) {
      // The title ends here: its last stretch goes up to the line's next word.
      gap(last, r.si + r.n - 1, undefined, r.si + r.n < s.length ? r.si + r.n : undefined);
    } else if (next && next.ti === last + 1 && next.si === r.si + r.n) {
      // Runs that touch in both texts: already covered word by word.
    } else if (k === 0 && opensLine && r.si + r.n < s.length) {
      // The title's opening words open the line: what follows them in the title followed them on the page.
      // (Where the line ends with them, the page went on elsewhere: a piece cut at the next heading.)
      // Only what the line lost there: "sal 3" kept on the page is not given a second "3".
      gap(last, r.si + r.n - 1, last + 1, r.si + r.n);
    }
  });
  if (edits.length === 0) return undefined;
  let text = line;
  for (const [sFrom, sTo, tFrom, tTo] of edits.sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, sFrom).trimEnd()} ${title.slice(tFrom, tTo).trim()} ${text.slice(sTo).trimStart()}`;
  }
  return { text: text.trim(), words };
}

/** A viewer's chrome inside a flattened line: each is what FURNITURE finds as a line of its own. */
const CHROME_IN_LINE =
  /(?<!\S)(?:save this pdf as:?|(?:word|png|txt|jpg|pdf)(?:\s+(?:word|png|txt|jpg|pdf))+|storlek:\s*\d*\s*px|starta visningen från sidan:?|transkript|transcript|(?:download|share)\s+"[^"]{3,400}")(?!\S)/giu;
/** The controls only a viewer has: a line holds a viewer's chrome only with one of them. */
const VIEWER_CONTROL = /storlek:\s*\d*\s*px|starta visningen från sidan|save this pdf as/iu;

/**
 * The first lines with a document viewer's chrome flattened into them ("… kl Save this PDF as: WORD PNG
 * TXT JPG Storlek: px Starta visningen från sidan: Download "…" Transkript 1 …") cut into the lines they
 * were, so that the chrome, the page's title above it and the quoted title copy are found as on a page
 * that kept its line breaks.
 */
function withChromeApart(lines: Line[]): Line[] {
  let out: Line[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const pieces = i < 8 && line.text.length >= 200 ? chromePieces(line.text) : undefined;
    if (pieces) {
      out ??= lines.slice(0, i);
      for (const text of pieces) out.push({ ...line, text, raw: text });
    } else out?.push(line);
  }
  return out ?? lines;
}

/** A flattened line cut before and after each piece of a viewer's chrome in its first 4000 characters. */
function chromePieces(text: string): string[] | undefined {
  const head = text.slice(0, 4000);
  if (!VIEWER_CONTROL.test(head)) return undefined;
  const pieces: string[] = [];
  let from = 0;
  CHROME_IN_LINE.lastIndex = 0;
  for (let m = CHROME_IN_LINE.exec(head); m !== null; m = CHROME_IN_LINE.exec(head)) {
    pieces.push(text.slice(from, m.index).trim(), m[0]);
    from = m.index + m[0].length;
  }
  // A word such as "Transkript" in a sentence is no chrome: a viewer shows several of its controls.
  if (pieces.length < 6) return undefined;
  pieces.push(text.slice(from).trim());
  return pieces.filter(Boolean);
}

/**
 * The lines without a web page's furniture (viewer controls, download offers, page markers of flattened
 * pages), with the digits a title copy keeps put back into the line it copies.
 */
export function withoutFurniture(input: Line[]): Line[] & { titles?: string[] } {
  // Glued words matter where labels and headings stand: the first pages (a conversion glues them there).
  let chars = 0;
  const lines = withChromeApart(input).map((line) => {
    chars += line.text.length;
    if (chars > 60_000) return line;
    const text = splitSeams(line.text);
    return text === line.text ? line : { ...line, text };
  });
  const { skip, titles } = findFurniture(lines);
  if (skip.size === 0 && titles.length === 0) return lines;
  const out = lines.map((line, i) => {
    if (skip.has(i)) return { ...line, text: '' };
    // A line the heading pass cut out is a page marker, heading or contents entry already, no flattened page.
    const mark = line.mark ? 0 : pageMarkLength(line);
    return mark > 0 ? { ...line, text: line.text.slice(mark) } : line;
  });
  // Each line's words are found once, for all the titles (a copy of many pages has a title per page).
  const lineWords = new Map<string, Words>();
  const wordsOfLine = (text: string) => () => {
    let words = lineWords.get(text);
    if (words === undefined) {
      words = wordsOf(text, LINE_WORDS);
      lineWords.set(text, words);
    }
    return words;
  };
  for (const title of titles) {
    let best: { i: number; text: string; words: number } | undefined;
    const titleWords = wordsOf(title.text);
    for (let i = 0; i < out.length && i < 60; i++) {
      const line = out[i] as Line;
      if (!line.text) continue;
      const r = restoreWords(line.text, wordsOfLine(line.text), title.text, titleWords);
      if (r && (!best || r.words > best.words)) best = { i, ...r };
    }
    if (best) out[best.i] = { ...(out[best.i] as Line), text: best.text };
  }
  return Object.assign(out, { titles: titles.map((t) => t.text) });
}
