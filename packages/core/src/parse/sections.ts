import { recordsDecision } from './decisions.js';
import type { Line } from './lines.js';

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
  | 'text';

const TABLE: readonly [RegExp, SectionRole][] = [
  [/^(?:förslag till beslut|(?:\p{L}+s\s+)?förslag(?:\s+till\s+beslut)?|beslutsförslag)$/iu, 'proposal'],
  [/^(?:beslut|beslutet|beslut i korthet)$/iu, 'decision'],
  [
    /^(?:expedieras till|expediering|utdrag till|beslutet skickas till|beslutet expedieras till|protokollsutdrag till|sändlista)$/iu,
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
