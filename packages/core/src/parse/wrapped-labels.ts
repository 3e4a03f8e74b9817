import { labelOfWords } from './label-lexicon.js';
import type { Line } from './lines.js';

/**
 * A label of a two-column first page wrapped over two lines, with its value beside the first:
 *
 *     Justeringens      Miljöförvaltningen
 *     plats och tid     2024-05-27 kl. 15.00
 *
 * Read as text, the label's end ("plats och tid") starts the next line, so the first line holds only a word
 * of the label ("Justeringens") before its value, and no reader sees the label. The end is put back after
 * the first words ("Justeringens plats och tid Miljöförvaltningen" / "2024-05-27 kl. 15.00"). Only where the
 * first words and the next line's lower-case words make a label of the lexicon together, and the first
 * line goes on with a value; a label wrapped with nothing beside it is found as it stands.
 */

/** How far into a document the wrapped labels of its first page (and its notice) are looked for. */
const HEAD_LINES = 400;
/** A first-page row is short: a longer line is prose. */
const MAX_ROW = 200;
/** Words of a label on each of its two lines. */
const MAX_WORDS = 3;
// A label's words up to the first value: each word with the white space after it.
const WORDS = /^(\S+)(\s+|$)/u;
/** The next line's words that end a label: lower case (the value after them starts otherwise). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** The lines with each wrapped label put back together; `lines` itself when there is none. */
export function withWrappedLabels(lines: Line[]): Line[] {
  let out: Line[] | undefined;
  const last = Math.min(lines.length - 1, HEAD_LINES);
  for (let i = 0; i < last; i++) {
    const line = (out ?? lines)[i] as Line;
    const next = (out ?? lines)[i + 1] as Line;
    if (line.text.length > MAX_ROW || next.text.length > MAX_ROW || !/^\p{Lu}/u.test(line.text)) continue;
    // A label's end on the next line is lower case from its first word (LOWER_WORD): most lines are passed over here.
    if (!/^\p{Ll}/u.test(next.text)) continue;
    const joined = joinAt(line.text, next.text);
    if (!joined) continue;
    out ??= lines.slice();
    out[i] = { ...line, text: joined.first, raw: joined.first };
    out[i + 1] = { ...next, text: joined.second, raw: joined.second };
    i++;
  }
  return out ?? lines;
}

/**
 * The two lines' texts with the labels' ends moved up, or undefined when they hold no wrapped label. A row
 * may hold two labels, each wrapped, with the value of the first between them:
 *
 *     Datum då anslaget   2024-10-11     Datum då anslaget   2024-11-04
 *     sätts upp                          tas ned
 */
function joinAt(first: string, second: string): { first: string; second: string } | undefined {
  const one = wrappedLabel(first, second, 0, true, false);
  if (one) return { first: one.row, second: one.rest.trim() };
  // The next line goes on in lower case: the end of a second label of the row, which must then be found too.
  const two = wrappedLabel(first, second, 0, true, true);
  const then = two && wrappedLabel(two.row, two.rest.trimStart(), two.valueAt, false, false);
  return then ? { first: then.row, second: then.rest.trim() } : undefined;
}

/**
 * The longest label made of words of `row` from a word start at or after `from` (only the row's start when
 * `atStart`) and the first lower-case words of `next`, with a value after it in the row, and the rest of
 * `next` in lower case or not as `restInLowerCase` asks. The row with the label's end put in, the rest of
 * `next`, and where the label's value starts.
 */
function wrappedLabel(
  row: string,
  next: string,
  from: number,
  atStart: boolean,
  restInLowerCase: boolean,
): { row: string; rest: string; valueAt: number } | undefined {
  const tail = leadingWords(next);
  let best: { at: number; k: number; m: number; ends: number[] } | undefined;
  for (const at of atStart ? [0] : wordStarts(row, from)) {
    // A label starts with a capital.
    if (!/^\p{Lu}/u.test(row.slice(at))) continue;
    const head = leadingWords(row.slice(at));
    for (let m = Math.min(MAX_WORDS, tail.words.length); m >= 1; m--) {
      if (!tail.words.slice(0, m).every((w) => LOWER_WORD.test(w))) continue;
      // The rest of the next line, if any, is a value: it does not go on in lower case (the label's end
      // would then be cut inside a sentence).
      if (/^\p{Ll}/u.test(next.slice(tail.ends[m - 1])) !== restInLowerCase) continue;
      for (let k = Math.min(MAX_WORDS, head.words.length - 1); k >= 1; k--) {
        if (!labelOfWords([...head.words.slice(0, k), ...tail.words.slice(0, m)].join(' '))) continue;
        if (!best || k + m > best.k + best.m) best = { at, k, m, ends: head.ends };
      }
    }
    if (best) break;
  }
  if (!best) return undefined;
  const cut = best.at + (best.ends[best.k - 1] as number);
  const labelStart = row.slice(0, cut).trimEnd();
  const labelEnd = next.slice(0, tail.ends[best.m - 1]).trim();
  const value = row.slice(cut);
  return {
    row: `${labelStart} ${labelEnd} ${value}`,
    rest: next.slice(tail.ends[best.m - 1]),
    valueAt: labelStart.length + labelEnd.length + 2,
  };
}

/** Where each word of `text` after `from` starts. */
function wordStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  const re = /(?<=\s)\S/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/** A line's first words (up to MAX_WORDS + 1) and where each ends with the white space after it. */
function leadingWords(text: string): { words: string[]; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let at = 0;
  while (words.length <= MAX_WORDS && at < text.length) {
    const m = WORDS.exec(text.slice(at));
    if (!m) break;
    words.push((m[1] as string).replace(/:$/u, ''));
    at += m[0].length;
    ends.push(at);
  }
  return { words, ends };
}
