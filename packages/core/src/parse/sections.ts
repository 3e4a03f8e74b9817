import { recordsDecision } from './decisions.js';
import type { Line } from './lines.js';
import { tokenStarts, tokensOf } from './words.js';

/**
 * The titled parts of a paragraph: Ärendebeskrivning, Bakgrund, Synpunkter, Förslag till beslut,
 * Yrkanden, Propositionsordning, Beslut, Expedieras till, Beslutsunderlag, Föredragande.
 * A heading stands on a line of its own ("Bakgrund") or opens one ("Beslut: Förslaget fastställs.").
 */

/** What a section holds, which decides how it is read. */
export type SectionRole =
  | 'proposal'
  | 'decision'
  | 'distribution'
  | 'documents'
  | 'presenters'
  | 'motions'
  | 'order'
  | 'recommendation'
  | 'text';

const TABLE: readonly [RegExp, SectionRole][] = [
  [/^(?:förslag till beslut|(?:\p{L}+s\s+)?förslag(?:\s+till\s+beslut)?|beslutsförslag)$/iu, 'proposal'],
  // "Nämndens beslut", and with the body's whole name: "Tekniska nämndens beslut", "Kultur- och fritidsnämndens beslut".
  [/^(?:beslut|beslutet|beslut i korthet|(?:\p{L}+a\s+|\p{L}+-\s+och\s+)?\p{L}+s beslut)$/iu, 'decision'],
  // "Arbetsutskottets förslag till kommunstyrelsen": what this meeting sends on to another body.
  [/^\p{Lu}\p{L}+s förslag till (?!beslut)\p{L}+$/iu, 'recommendation'],
  [
    /^(?:expedieras till|expediering|exp\.?|utdrag till|beslutet skickas till|beslutet expedieras till|protokollsutdrag till|sändlista)$/iu,
    'distribution',
  ],
  [/^(?:beslutsunderlag|handlingar i ärendet|underlag)$/iu, 'documents'],
  [/^(?:föredragande|föredragande tjänsteperson|föredragande tjänsteman|föredragning)$/iu, 'presenters'],
  [/^(?:yrkanden?|yrkande)$/iu, 'motions'],
  [/^(?:propositionsordning|proposition|beslutsgång|omröstning)$/iu, 'order'],
  [
    /^(?:ärendebeskrivning|ärendet|bakgrund|sammanfattning|synpunkter|diskussion|överläggning|reservation(?:er)?|protokollsanteckning(?:ar)?|jäv|yttrande|skäl för beslut|motivering|ekonomiska konsekvenser|ärendets beredning|bedömning|konsekvenser|beskrivning av ärendet)$/iu,
    'text',
  ],
];

const STARTS_UPPER = /^\p{Lu}/u;

/** The role of a section heading, or undefined when `text` is none. */
export function sectionRole(text: string): SectionRole | undefined {
  const t = text.trim();
  // Headings are a word or a few, starting with a capital; this runs for every line.
  if (t.length > 60 || t.length < 3 || !STARTS_UPPER.test(t)) return undefined;
  // Headings recur in every paragraph; remembering the answer is cheaper than eight expressions a line.
  const cached = roles.get(t);
  if (cached !== undefined) return cached ?? undefined;
  const role = TABLE.find(([re]) => re.test(t))?.[1];
  if (roles.size > 5000) roles.clear();
  roles.set(t, role ?? null);
  return role;
}

const roles = new Map<string, SectionRole | null>();

/** Section headings that are found inside a flattened line, as lower-case word sequences. */
const INLINE: readonly string[][] = [
  ['beslut'],
  ['bakgrund'],
  ['ärendebeskrivning'],
  // "Ärendet Kommunens riktlinjer …": only before a capital (below), so "Ärendet bordläggs" stays a sentence.
  ['ärendet'],
  ['beskrivning', 'av', 'ärendet'],
  ['sammanfattning', 'av', 'ärendet'],
  ['sammanfattning'],
  ['ärendets', 'beredning'],
  ['beslutsunderlag'],
  ['handlingar', 'i', 'ärendet'],
  ['förslag', 'till', 'beslut'],
  ['beslutsförslag'],
  ['yrkanden'],
  ['yrkande'],
  ['propositionsordning'],
  ['beslutsgång'],
  ['reservation'],
  ['reservationer'],
  ['protokollsanteckning'],
  ['protokollsanteckningar'],
  ['expedieras', 'till'],
  ['beslutet', 'skickas', 'till'],
  ['beslutet', 'expedieras', 'till'],
  ['protokollsutdrag', 'till'],
  ['skäl', 'för', 'beslutet'],
];
/** Only with a colon: "Förslag: …", "Exp: …", "Föredragande: …". */
const INLINE_COLON = new Set(['förslag', 'exp', 'exp.', 'föredragande', 'utdrag till', 'sändlista']);
const BODY_WORD =
  /^(?:\p{Ll}*(?:styrelsen|fullmäktige|nämnden|utskottet|direktionen|beredningen)|styrelsen|nämnden|fullmäktige)[:.]?$/u;
const GENITIVE = /^\p{Lu}\p{Ll}+s$/u;
/** The capitals the inline headings start with. */
const INLINE_FIRST = 'BÄSHFYPREU';

const bare = (word: string) => (word.endsWith(':') ? word.slice(0, -1) : word).toLowerCase();

/** The first words of the inline headings, for a cheap look before reading a line's words. */
const FIRST_WORDS = new Set([...INLINE.map((w) => w[0] as string), ...INLINE_COLON, 'utdrag']);

/** True when `text` may start with an inline heading: its first word is one, or a genitive ("Nämndens"). */
function startsInline(text: string): boolean {
  const space = text.indexOf(' ');
  if (space === -1) return false;
  // Looks at lengths and letters first: this runs for many lines, and most start with no heading.
  if (INLINE_FIRST.includes(text[0] as string) && FIRST_LENGTHS.has(space)) {
    if (FIRST_WORDS.has(bare(text.slice(0, space)))) return true;
  }
  if (text.charCodeAt(space - 1) !== 115) return false;
  const next = text.charCodeAt(space + 1) | 32;
  if (next !== 98 && next !== 102) return false;
  if (!GENITIVE.test(text.slice(0, space))) return false;
  const second = text.slice(space + 1, space + 8).toLowerCase();
  return second.startsWith('beslut') || second.startsWith('förslag');
}

/** The lengths of the first words (with a colon too), for a look before taking a word out. */
const FIRST_LENGTHS = new Set([...FIRST_WORDS].flatMap((w) => [w.length, w.length + 1]));

/**
 * The number of words of a section heading that starts at word `j` inside a flattened line
 * ("… dagordningen Ärendebeskrivning Ordföranden föreslår …"), or 0. The heading must be capitalised
 * and followed by a capital, a dash or a colon, so "Beslut om …" and "Förslag till beslut presenteras"
 * in running text are not headings.
 */
export function inlineSectionAt(tokens: readonly string[], j: number): number {
  const first = tokens[j];
  if (first === undefined) return 0;
  // Every heading starts with one of these capitals, or is a genitive ("Nämndens beslut"); most words are neither.
  if (!INLINE_FIRST.includes(first[0] as string)) {
    if (first.charCodeAt(first.length - 1) !== 115 || !GENITIVE.test(first)) return 0;
  } else if (!FIRST_WORDS.has(bare(first)) && !(first.charCodeAt(first.length - 1) === 115 && GENITIVE.test(first))) {
    return 0;
  }
  let n = 0;
  const lower = bare(first);
  if (first.endsWith(':') && INLINE_COLON.has(lower)) n = 1;
  else if (lower === 'utdrag' && bare(tokens[j + 1] ?? '') === 'till' && (tokens[j + 1] ?? '').endsWith(':')) n = 2;
  if (n === 0) {
    for (const words of INLINE) {
      if (words[0] !== lower && !(words.length > 1 && words[0] === first.toLowerCase())) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) ok = bare(tokens[j + w] ?? '') === words[w];
      if (ok && words.length > n) n = words.length;
    }
  }
  if (n === 0 && GENITIVE.test(first)) {
    const second = bare(tokens[j + 1] ?? '');
    if (second === 'beslut') n = 2;
    else if (second === 'förslag' && bare(tokens[j + 2] ?? '') === 'till') {
      const third = tokens[j + 3] ?? '';
      if (bare(third) === 'beslut' || BODY_WORD.test(third)) n = 4;
    }
  }
  if (n === 0) return 0;
  const last = tokens[j + n - 1] as string;
  const after = tokens[j + n];
  if (last.endsWith(':')) return after === undefined ? 0 : n;
  if (after === undefined) return 0;
  return /^[\p{Lu}\d"“”«•–—-]/u.test(after) ? n : 0;
}

/** `text` without a colon at its end: "Beslut:" → "Beslut". */
function withoutColon(text: string): string {
  const t = text.trimEnd();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}

/** A line that is a section heading, with the text that follows its colon on the same line. */
export function sectionHeading(text: string): { heading: string; role: SectionRole; inline?: string } | undefined {
  if (text.length < 3 || !STARTS_UPPER.test(text)) return undefined;
  const bare = withoutColon(text);
  const role = sectionRole(bare);
  if (role) return { heading: bare, role };
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 40) {
    const head = text.slice(0, colon).trim();
    const inlineRole = sectionRole(head);
    const inline = text.slice(colon + 1).trim();
    if (inlineRole && inline) return { heading: head, role: inlineRole, inline };
  }
  // "Beslut - beslutar i enlighet med …", "Kommunfullmäktiges beslut Dagordningen godkännes.": a heading
  // and its text on one line, as flattened copies write them.
  if (!startsInline(text)) return undefined;
  const tokens = tokensOf(text.length > 120 ? text.slice(0, 120) : text);
  const n = inlineSectionAt(tokens, 0);
  if (n > 0) {
    const heading = withoutColon(tokens.slice(0, n).join(' '));
    const inlineRole = sectionRole(heading);
    const rest = text.slice((tokenStarts(text)[n - 1] ?? 0) + (tokens[n - 1] as string).length).trim();
    if (inlineRole && rest) return { heading, role: inlineRole, inline: rest };
  }
  return undefined;
}

/** One section of a paragraph. */
export interface RawSection {
  heading: string;
  role: SectionRole;
  /** The heading's line number. */
  no: number;
  lines: Line[];
}

/** A paragraph's lines sorted into sections, and those outside any ("loose"). */
export interface SplitSections {
  sections: RawSection[];
  loose: Line[];
}

/**
 * Sorts a paragraph's lines into sections. A heading's section runs to the next heading, except:
 * an inline heading ("Beslut: …") holds only its own block; and in minutes a proposal ends where the
 * record of the decision on it begins (some minutes set the proposal in italics and then write
 * "Styrelsen fattade beslut om att förslaget bifalles" with no heading before it).
 */
export function splitSections(lines: readonly Line[], minutes: boolean): SplitSections {
  const sections: RawSection[] = [];
  const loose: Line[] = [];
  let current: RawSection | undefined;
  let inlineOpen = false;
  let blockStart = true;
  let italicProposal: boolean | undefined;
  for (const line of lines) {
    if (line.text === '') {
      if (current && inlineOpen) current = undefined;
      blockStart = true;
      if (current) current.lines.push(line);
      else loose.push(line);
      continue;
    }
    // A flattened line split into pieces: an inline heading's text ends with its piece ("Exp: Revisionen").
    if (current && inlineOpen && line.no === current.no && line.mark === undefined && !blockStart) {
      current = undefined;
      inlineOpen = false;
    }
    const head = sectionHeading(line.text);
    if (head) {
      current = { heading: head.heading, role: head.role, no: line.no, lines: [] };
      sections.push(current);
      inlineOpen = head.inline !== undefined;
      italicProposal = undefined;
      if (head.inline !== undefined) current.lines.push({ ...line, text: head.inline });
      blockStart = false;
      continue;
    }
    if (current && current.role === 'proposal' && minutes && blockStart) {
      const hasContent = current.lines.some((l) => l.text !== '');
      if (!hasContent) italicProposal = line.italic === true;
      else if ((italicProposal && !line.italic) || recordsDecision(line.text)) current = undefined;
    }
    blockStart = false;
    if (current) current.lines.push(line);
    else loose.push(line);
  }
  return { sections, loose };
}
