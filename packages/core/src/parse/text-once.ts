import type { Decision } from '../model/decision.js';
import type { HistoryEntry, Paragraph } from '../model/paragraph.js';
import { type SectionRole, sectionHeading } from './sections.js';

/**
 * Each paragraph's text stored once. The reader keeps a paragraph's whole text and also cuts it into
 * sections, decisions, proposals, distribution and documents; stored as read, a decision stands in the
 * record three times. Here the text keeps only what no part holds, sections only what no structured field
 * holds, and a decision's proposal only when it says something else than the decision.
 */

/**
 * A string in normal form: white space collapsed to one space, trimmed, lower case. Most lines need only
 * the lower case (single spaces between words, none at the ends), which one look at the characters tells;
 * the regular expression runs on the rest. This is called on every line of every paragraph (exported
 * for its test only).
 */
export function norm(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return slowNorm(s);
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c)) return slowNorm(s);
  }
  return s.toLowerCase();
}
const slowNorm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** White space by `\s` above U+00A0 (the no-break, Ogham, general-punctuation and ideographic spaces, BOM). */
const isOtherSpace = (c: number) =>
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/**
 * Whether `norm(text)` may be at most `length` long. It keeps every character that is not white space, and
 * lower case never makes one shorter, so more of those than `length` say no; the count stops there.
 */
function normMayFit(text: string, length: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c));
    if (!space && ++kept > length) return false;
  }
  return true;
}
const blocksOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
const bare = (line: string) => norm(line.replace(/^\s*(?:[-•*]|\d{1,2}[.)])\s+/, ''));

/** True when every line of `text` (bullets and numbers aside) is one of `held`. */
function allHeld(text: string, held: ReadonlySet<string>): boolean {
  const lines = text.split('\n').map(bare).filter(Boolean);
  return lines.length > 0 && lines.every((l) => held.has(l));
}

/** A line or block that is only a heading ("Beslut:", "Förslag till beslut"). */
function headingOnly(text: string, headings: ReadonlySet<string>): boolean {
  let longest = 0;
  for (const h of headings) if (h.length > longest) longest = h.length;
  // A block of prose is no heading: its normal form is longer than any, which counting tells without making it.
  if (normMayFit(text, longest + 1) && headings.has(norm(text.replace(/:$/, '')))) return true;
  const heading = sectionHeading(text.trim());
  return heading !== undefined && heading.inline === undefined;
}

/**
 * The lines of one block without the runs of lines something else holds (a decision written over two
 * lines), and without a heading line left with nothing under it.
 *
 * A run's normal form is the normal forms of its lines joined by one space, so each line is normalised
 * once and a run is only built when its length can be that of something held: a paragraph's text is
 * checked against up to thirteen runs per line, and building each of them was a seventh of an import.
 */
function keptLines(block: Block, held: Held, headings: ReadonlySet<string>): string[] {
  const { lines, normal } = block;
  const gone = new Array<boolean>(lines.length).fill(false);
  // The length of run i..j in normal form from sums over the lines: its non-blank lines' lengths and one
  // space between each two of them.
  const sum = new Array<number>(lines.length + 1);
  const count = new Array<number>(lines.length + 1);
  sum[0] = 0;
  count[0] = 0;
  for (let k = 0; k < lines.length; k++) {
    const piece = normal[k] ?? '';
    sum[k + 1] = (sum[k] as number) + piece.length;
    count[k + 1] = (count[k] as number) + (piece ? 1 : 0);
  }
  for (let i = 0; i < lines.length; i++) {
    const last = Math.min(lines.length - 1, i + 12);
    // The longest run held wins.
    for (let j = last; j >= i; j--) {
      const pieces = (count[j + 1] as number) - (count[i] as number);
      const n = (sum[j + 1] as number) - (sum[i] as number) + (pieces > 1 ? pieces - 1 : 0);
      if (!mayBeHeld(n, held)) continue;
      const run = joinRun(normal, i, j);
      if (held.strings.has(run) || held.strings.has(bareRun(run, trailingSpace(lines, normal, i, j)))) {
        for (let g = i; g <= j; g++) gone[g] = true;
        break;
      }
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    // Only a heading right above removed lines can go: that is looked at first, as it is cheaper.
    if (gone[i] || !gone[i + 1] || !headingOnly(lines[i] ?? '', headings)) continue;
    let next = i + 1;
    while (next < lines.length && gone[next]) next++;
    if (next > i + 1 && (next === lines.length || headingOnly(lines[next] ?? '', headings))) gone[i] = true;
  }
  return lines.filter((_, i) => !gone[i]);
}

/**
 * Whether a run of `length` characters in normal form can be held, as it is or without its bullet:
 * taking off "- ", "1. " or "12. " shortens it by 2 to 4 characters, or a lone bullet to nothing.
 * Looked up in a set made once per paragraph.
 */
const mayBeHeld = (length: number, held: Held): boolean => held.possible.has(length);

/** Lines `i`..`j` in normal form: what `norm` gives for those lines joined by spaces. */
function joinRun(normal: readonly string[], i: number, j: number): string {
  const parts: string[] = [];
  for (let k = i; k <= j; k++) if (normal[k]) parts.push(normal[k] ?? '');
  return parts.join(' ');
}

/** Whether lines `i`..`j` joined by spaces end in white space (after their last non-blank line). */
function trailingSpace(lines: readonly string[], normal: readonly string[], i: number, j: number): boolean {
  let k = j;
  while (k > i && !normal[k]) k--;
  return k < j || /\s$/.test(lines[k] ?? '');
}

/**
 * `bare` of a run, from the run's normal form: a bullet is taken off when white space follows it, which
 * in normal form is a space, or the end when the raw run ended in white space.
 */
function bareRun(run: string, trailing: boolean): string {
  const bullet = /^(?:[-•*]|\d{1,2}[.)])(?: |$)/.exec(run);
  if (!bullet) return run;
  if (bullet[0].endsWith(' ')) return run.slice(bullet[0].length);
  return trailing ? '' : run;
}

/** A block's lines, each also in normal form (normalised once: that is most of the work here). */
interface Block {
  readonly lines: readonly string[];
  readonly normal: readonly string[];
}

const blockOf = (text: string): Block => {
  const lines = text.split('\n');
  return { lines, normal: lines.map(norm) };
};

/** {@link allHeld} of a block already in normal form. */
function allLinesHeld(block: Block, held: ReadonlySet<string>): boolean {
  let some = false;
  for (let k = 0; k < block.lines.length; k++) {
    const line = bareRun(block.normal[k] ?? '', /\s$/.test(block.lines[k] ?? ''));
    if (!line) continue;
    if (!held.has(line)) return false;
    some = true;
  }
  return some;
}

/**
 * What other fields hold, in normal form, and for a cheap first test the run lengths that can be one of
 * them: n is possible when a string of n characters, or one of n less 2 to 4 (a bullet taken off), is
 * held, or n is at most 3 and the empty string is held.
 */
interface Held {
  readonly strings: ReadonlySet<string>;
  readonly possible: ReadonlySet<number>;
}

function heldOf(strings: ReadonlySet<string>): Held {
  const possible = new Set<number>();
  for (const s of strings) {
    const n = s.length;
    possible
      .add(n)
      .add(n + 2)
      .add(n + 3)
      .add(n + 4);
    if (n === 0) possible.add(1);
  }
  return { strings, possible };
}

/** Removes from `text` what something else holds, and headings left with nothing under them. */
function remainder(
  text: string | undefined,
  held: ReadonlySet<string>,
  headings: ReadonlySet<string>,
): string | undefined {
  if (!text) return text;
  const lookup = heldOf(held);
  const blocks = blocksOf(text).map((text) => {
    const block = blockOf(text);
    const whole = joinRun(block.normal, 0, block.lines.length - 1);
    if (held.has(whole) || allLinesHeld(block, held)) return '';
    return keptLines(block, lookup, headings).join('\n').trim();
  });
  // A heading whose content went elsewhere ("Förslag till beslut:" over the proposal a decision holds)
  // goes too: the heading block right before a removed one, or before another heading, or last.
  const out = blocks.filter((b, i) => {
    if (!b || !headingOnly(b, headings)) return b !== '';
    const next = blocks[i + 1];
    return next !== undefined && next !== '' && !headingOnly(next, headings);
  });
  const joined = out.join('\n\n').trim();
  return joined || undefined;
}

function decisionStrings(decisions: readonly Decision[], held: Set<string>): void {
  for (const d of decisions) {
    held.add(norm(d.text));
    if (d.point !== undefined) held.add(norm(`${d.point}. ${d.text}`));
    if (d.proposal) held.add(norm(d.proposal));
  }
}

/** A decision's proposal only where it differs from what was decided. */
const leanDecisions = (decisions: readonly Decision[]): Decision[] =>
  decisions.map(({ proposal, ...d }) => (proposal && norm(proposal) !== norm(d.text) ? { ...d, proposal } : d));

const ROLE_OF_FIELD: Readonly<Partial<Record<SectionRole, 'decisions' | 'distribution' | 'documents' | 'proposal'>>> = {
  decision: 'decisions',
  distribution: 'distribution',
  documents: 'documents',
  proposal: 'proposal',
};

/**
 * `norm(`${heading}: ${text}`)` from `normalText`, `norm(text)`, without normalising the text again. The
 * space after the colon takes in the text's white space at its start, trimming takes the text's at its end,
 * and lower case is the same either side of a space; only the heading's end keeps its space (`"Beslut :"`).
 */
function headedNorm(heading: string, normalText: string): string {
  const head = heading.replace(/\s+/g, ' ').trimStart().toLowerCase();
  return normalText === '' ? `${head}:` : `${head}: ${normalText}`;
}

/** `paragraph` with its text stored once (see the module's comment). */
export function storeTextOnce<P extends Paragraph>(paragraph: P, options: { agenda: boolean }): P {
  const decisions = leanDecisions(paragraph.decisions);
  const fields = new Set<string>();
  decisionStrings(paragraph.decisions, fields);
  for (const item of [...paragraph.distribution, ...paragraph.documents]) fields.add(norm(item));
  // A section is dropped when a structured field holds all it says: "Beslut" over the decisions,
  // "Expedieras till" over the distribution, "Beslutsunderlag" over the documents, and in minutes
  // "Förslag till beslut" over the proposals the decisions answered.
  // Each section's text in normal form, made once (a section's text is long, and it was normalised four times).
  const normal = paragraph.sections.map((s) => norm(s.text));
  const sections = paragraph.sections.filter((s, i) => {
    const field = ROLE_OF_FIELD[sectionHeading(s.heading)?.role ?? 'text'];
    if (!field || (field === 'proposal' && options.agenda)) return true;
    return !(s.text.trim() === '' || fields.has(normal[i] as string) || allHeld(s.text, fields));
  });
  const held = new Set(fields);
  const headings = new Set<string>();
  paragraph.sections.forEach((s, i) => {
    const text = normal[i] as string;
    headings.add(norm(s.heading));
    held.add(text);
    const blocks = blocksOf(s.text);
    // A text of one block is that block with white space around it: the same normal form.
    for (const b of blocks) held.add(blocks.length === 1 ? text : norm(b));
    held.add(headedNorm(s.heading, text));
  });
  const text = remainder(paragraph.text, held, headings);
  const out = { ...paragraph, sections, decisions, history: paragraph.history.map(historyOnce) };
  if (text) out.text = text;
  else delete out.text;
  return out;
}

/** A quoted earlier decision with its text stored once: the decisions are not repeated in the text. */
export function historyOnce(entry: HistoryEntry): HistoryEntry {
  const held = new Set<string>();
  decisionStrings(entry.decisions, held);
  const text = remainder(entry.text, held, new Set());
  const { text: _, ...rest } = entry;
  return { ...rest, decisions: leanDecisions(entry.decisions), ...(text ? { text } : {}) };
}
