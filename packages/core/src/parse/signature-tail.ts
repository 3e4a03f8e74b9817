import type { Line } from './lines.js';
import { sectionRole } from './sections.js';

/**
 * The closing signature block of minutes or an extract ("Vid protokollet … Justeras …", "Underskrifter
 * Sekreterare ........ Anna Berg", "Justerandes sign Utdragsbestyrkande"), where it ends a paragraph: it
 * is no part of the paragraph's decision or text. Only a tail made of nothing but the block's words,
 * names, fill, dates and paragraph numbers is taken off; a sentence anywhere after its start keeps it all.
 */

// Words and phrases only a signature block writes. The role words alone ("Ordförande") are no opener
// without them: a distribution list may end with a role.
const SIGN_ONLY = String.raw`vid\s+protokollet|justeras(?:\s+av)?|underskrifter|underskrift|utdragsbestyrkande|rätt\s+utdraget(?:\s+ur\s+protokollet)?\s+(?:intygar|intygas|betygar|betygas|bestyrkes|bestyrker)|utdraget\s+(?:bestyrkes|betygas|intygas)|(?:justerandes|justerares|justerarnas|ordförandes|ordf\.?|sekreterarens|sekreterares|sekr\.?)\s+(?:signatur(?:er)?|sign\.?)`;
const ROLE = String.raw`vice\s+ordförande|ordförande|ordf\.|sekreterare|protokollförare|justerare|justerande|paragrafer`;
const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';

/** One piece of a signature block, tried where the last one ended (sticky; `i` only for its own words). */
const PIECE = new RegExp(
  [
    // A title after a name and its comma, ending its line: "Maria Sund, kommunsekreterare" (before the comma
    // alone, which would take the comma first).
    // So too before a date that closes the line: "Maria Sund, kommunsekreterare, 2024-03-15".
    String.raw`,\s*\p{Ll}[\p{L}-]{2,29}(?=[ \t]*(?:\n|$)|,?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\n|$))`,
    // Not a full stop: a sentence's end is no piece of a block ("Nämnden." is no signature).
    String.raw`[\s,;:/|]+`,
    String.raw`(?:${SIGN_ONLY}|${ROLE})(?![\p{L}])`,
    // "Anna Berg, sekreterare, enligt digital underskrift": how a signed copy says it was signed.
    String.raw`enligt\s+digital\s+(?:underskrift|signering)(?![\p{L}])`,
    // Fill for a hand signature: dots, underscores, dashes.
    String.raw`[._…\-–—]{3,}`,
    String.raw`\d{4}-\d{2}-\d{2}(?!\d)`,
    String.raw`\d{1,2}\s+(?:${MONTHS})\s+\d{4}(?!\d)`,
    // "§§ 14-15", "14 – 20": the paragraphs signed.
    String.raw`§{0,2}\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?![\d\p{L}])`,
    // A party after a name: "(S)", "(MP)".
    String.raw`\(\s*\p{L}{1,4}\s*\)`,
  ].join('|'),
  'iuy',
);
// A word of a name: capitalised (case matters, so it is apart from PIECE), or a particle between two.
const NAME_WORD = /(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|af|von|van|de|der|la)(?![\p{L}\p{N}])/uy;
const HAS_SIGN_ONLY = new RegExp(`(?<![\\p{L}])(?:${SIGN_ONLY})(?![\\p{L}])`, 'iu');
const HAS_ROLE = new RegExp(`(?<![\\p{L}])(?:${ROLE})(?![\\p{L}])`, 'iu');
/** Where a block may start inside a line: an opener word after white space. */
const OPENER = new RegExp(`(?<=^|\\s)(?:${SIGN_ONLY}|${ROLE})(?![\\p{L}])`, 'giu');

const FIRST_OPENER = new RegExp(OPENER.source, 'iu');

/**
 * A text ending in a word's full stop ("… innan nästa steg tas."), as most paragraphs do, has no block at
 * its end: no piece reads over that stop (only "ordf.", "sekr.", "sign." and dot fill take one), so no
 * candidate, all of which lie before it, reads to the end. Said first, it spares the scans below.
 */
const ENDS_IN_SENTENCE = /\p{L}\.$/u;
/** The pieces that end in a word's full stop, spelt as PIECE matches them (`iu`). */
const ENDS_IN_ABBREVIATION = /(?:ordf|sekr|sign)\.$/iu;

/** A block is a few lines: only the end of a paragraph's text is looked at. */
const TAIL_CHARS = 600;

/**
 * Whether `text` from `from` to its end is nothing but a signature block's pieces: read piece by piece until
 * a place already known to start such an end (`ends`), or a piece fails.
 */
function allPieces(text: string, from: number, ends: ReadonlySet<number>): boolean {
  let at = from;
  while (at < text.length) {
    PIECE.lastIndex = at;
    if (PIECE.test(text)) at = PIECE.lastIndex;
    else {
      NAME_WORD.lastIndex = at;
      if (!NAME_WORD.test(text)) return false;
      at = NAME_WORD.lastIndex;
    }
    if (ends.has(at)) return true;
  }
  return true;
}

/** The rest of the line at `at`. */
function lineFrom(joined: string, at: number): string {
  const end = joined.indexOf('\n', at);
  return joined.slice(at, end < 0 ? joined.length : end);
}

/** Where the first line with text after the line at `at` starts in `joined`, or -1. */
function nextLineAt(joined: string, at: number): number {
  const end = joined.indexOf('\n', at);
  if (end < 0) return -1;
  let next = end + 1;
  while (joined[next] === '\n') next++;
  return next < joined.length ? next : -1;
}

/** A full stop and the white space after it, inside a line. */
const SENTENCE_END = /[.!?]["”)]?[ \t]+(?=\p{Lu})/gu;

/** Whether at most two or three names (eight words) stand between `at` and the next opener, on its line. */
function fewNamesBeforeOpener(joined: string, at: number): boolean {
  const line = lineFrom(joined, at);
  const opener = FIRST_OPENER.exec(line);
  return opener !== null && opener.index > 0 && line.slice(0, opener.index).trim().split(/\s+/u).length <= 8;
}

/** Text that ends with a finished sentence. */
const FINISHED = /[.!?]["”)]?\s*$/u;

/**
 * Whether a tail found is a block: it holds a word only blocks use, or follows a finished sentence (or is
 * all the paragraph holds).
 */
function isBlock(tail: string, finished: boolean): boolean {
  if (HAS_SIGN_ONLY.test(tail)) return true;
  if (!HAS_ROLE.test(tail)) return false;
  // A role word and names after finished prose: "… enligt förslaget. Ordförande Anna Berg Sekreterare Bo Ek".
  // A single role word, or one after a heading ("Expedieras till Ordförande"), is content.
  const words = tail.match(/[\p{L}]+/gu) ?? [];
  return words.length >= 2 && finished;
}

/** The start of `raw` that holds `kept` (the cleaned text's start), or `kept` when the two do not line up. */
function rawPrefix(raw: string, kept: string): string {
  // Counted in code units on both sides, so a character outside the BMP counts the same in each.
  let want = 0;
  for (let i = 0; i < kept.length; i++) if (!/\s/u.test(kept[i] as string)) want++;
  let at = 0;
  for (; at < raw.length && want > 0; at++) if (!/\s/u.test(raw[at] as string)) want--;
  const prefix = raw.slice(0, at);
  return prefix.replace(/\s+/gu, ' ').trim() === kept.replace(/\s+/gu, ' ').trim() ? prefix : kept;
}

/**
 * The paragraph's lines without a signature block at their end. A line that holds the block after its text
 * (a flattened page: "… enligt förslaget. Vid protokollet Anna Berg") keeps its text.
 */
export function withoutSignatureTail(body: readonly Line[]): readonly Line[] {
  let last = body.length - 1;
  while (last >= 0 && (body[last] as Line).text === '') last--;
  if (last < 0) return body;
  if (ENDS_IN_SENTENCE.test((body[last] as Line).text) && !ENDS_IN_ABBREVIATION.test((body[last] as Line).text))
    return body;
  // The last TAIL_CHARS characters of the paragraph, joined, with where each line starts in them (the
  // first may start before them: a long flattened line is looked at only at its end).
  const window: { line: number; at: number; from: number }[] = [];
  let chars = 0;
  for (let i = last; i >= 0 && chars < TAIL_CHARS; i--) {
    const text = (body[i] as Line).text;
    const from = Math.max(0, text.length - (TAIL_CHARS - chars));
    window.push({ line: i, at: 0, from });
    chars += text.length - from + 1;
  }
  window.reverse();
  let joined = '';
  for (const w of window) {
    w.at = joined.length;
    joined += `${(body[w.line] as Line).text.slice(w.from)}\n`;
  }
  // Candidates: each whole line's start, and every opener word inside a line. Read from the last to the
  // first, each as far as the next one found good: the earliest of the good run at the end is the block's
  // start (linear in the window: each stretch is read once or twice).
  const openers = new Set<number>();
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(joined); m !== null; m = OPENER.exec(joined)) {
    // Inside a sentence ("… enligt digital underskrift") a block's word in lower case opens nothing.
    const before = joined.slice(Math.max(0, m.index - 4), m.index);
    if (/^\p{Lu}/u.test(m[0]) || m.index === 0 || /(?:\n|[.!?]["”)]?)[ \t]*$/u.test(before)) openers.add(m.index);
  }
  // After a finished sentence inside a line, names over their roles flattened: "… avgiften. Ture Nyqvist
  // Ylva Strand Ordförande Sekreterare".
  const sentenceEnds = new Set<number>();
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(joined); m !== null; m = SENTENCE_END.exec(joined))
    sentenceEnds.add(m.index + m[0].length);
  const candidates = new Set<number>([
    ...window.filter((w) => w.from === 0).map((w) => w.at),
    ...openers,
    ...sentenceEnds,
  ]);
  const ends = new Set<number>([joined.length]);
  let start: number | undefined;
  for (const at of [...candidates].sort((x, y) => y - x)) {
    if (!allPieces(joined, at, ends)) break;
    ends.add(at);
    start = at;
  }
  // The good run may start too early to be a block (a list's names under a heading): try its later starts.
  for (const at of [...ends].sort((x, y) => x - y)) {
    if (start === undefined || at < start || at === joined.length) continue;
    const k = window.findLastIndex((w) => w.at <= at);
    const w = window[k] as (typeof window)[number];
    const before = joined.slice(0, at);
    // Right under a section heading ("Expedieras till", "Föredragande") the names are the section's.
    const previous = before.trimEnd().split('\n').pop() ?? '';
    if (at === w.at && sectionRole(previous) !== undefined) continue;
    // A line of names starts the block only over a line of roles, after a finished sentence ("… avgiften.
    // Ture Nyqvist Ylva Strand / Ordförande Sekreterare"): names above an opener may still be the text's.
    const namesFirst = !openers.has(at);
    // Names first after finished prose, or as all the paragraph holds (an agenda's last item, signed).
    const whole = window[0]?.line === 0 && window[0].from === 0 && before.trim() === '';
    const finished = FINISHED.test(before) || whole;
    if (namesFirst && !finished) continue;
    // Names, not a word ("Ekonomienheten" over "Justerandes sign" is the distribution's): two words at least.
    if (namesFirst && lineFrom(joined, at).trim().split(/\s+/u).length < 2) continue;
    if (
      namesFirst &&
      !openers.has(nextLineAt(joined, at)) &&
      !(sentenceEnds.has(at) && fewNamesBeforeOpener(joined, at))
    )
      continue;
    if (!isBlock(joined.slice(at), finished)) continue;
    const out = body.slice(0, w.line);
    const cut = body[w.line] as Line;
    const kept = cut.text.slice(0, w.from + (at - w.at)).trimEnd();
    if (kept !== '') out.push({ ...cut, text: kept, raw: rawPrefix(cut.raw, kept) });
    return out;
  }
  return body;
}
