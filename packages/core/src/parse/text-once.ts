import type { Decision } from '../model/decision.js';
import type { HistoryEntry, Paragraph } from '../model/paragraph.js';
import { type SectionRole, sectionHeading } from './sections.js';

/**
 * Each paragraph's text stored once. The reader keeps a paragraph's whole text and also cuts it into
 * sections, decisions, proposals, distribution and documents; stored as read, a decision stands in the
 * record three times. Here the text keeps only what no part holds, sections only what no structured field
 * holds, and a decision's proposal only when it says something else than the decision.
 */

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
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
  if (headings.has(norm(text.replace(/:$/, '')))) return true;
  const heading = sectionHeading(text.trim());
  return heading !== undefined && heading.inline === undefined;
}

/**
 * The lines of one block without the runs of lines something else holds (a decision written over two
 * lines), and without a heading line left with nothing under it.
 */
function keptLines(block: string, held: ReadonlySet<string>, headings: ReadonlySet<string>): string[] {
  const lines = block.split('\n');
  const gone = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    for (let j = Math.min(lines.length - 1, i + 12); j >= i; j--) {
      const run = lines.slice(i, j + 1).join(' ');
      if (held.has(norm(run)) || held.has(bare(run))) {
        for (let k = i; k <= j; k++) gone[k] = true;
        break;
      }
    }
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    if (gone[i] || !headingOnly(lines[i] ?? '', headings)) continue;
    let next = i + 1;
    while (next < lines.length && gone[next]) next++;
    if (next > i + 1 && (next === lines.length || headingOnly(lines[next] ?? '', headings))) gone[i] = true;
  }
  return lines.filter((_, i) => !gone[i]);
}

/** Removes from `text` what something else holds, and headings left with nothing under them. */
function remainder(
  text: string | undefined,
  held: ReadonlySet<string>,
  headings: ReadonlySet<string>,
): string | undefined {
  if (!text) return text;
  const blocks = blocksOf(text).map((b) =>
    held.has(norm(b)) || allHeld(b, held) ? '' : keptLines(b, held, headings).join('\n').trim(),
  );
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

/** `paragraph` with its text stored once (see the module's comment). */
export function storeTextOnce<P extends Paragraph>(paragraph: P, options: { agenda: boolean }): P {
  const decisions = leanDecisions(paragraph.decisions);
  const fields = new Set<string>();
  decisionStrings(paragraph.decisions, fields);
  for (const item of [...paragraph.distribution, ...paragraph.documents]) fields.add(norm(item));
  // A section is dropped when a structured field holds all it says: "Beslut" over the decisions,
  // "Expedieras till" over the distribution, "Beslutsunderlag" over the documents, and in minutes
  // "Förslag till beslut" over the proposals the decisions answered.
  const sections = paragraph.sections.filter((s) => {
    const field = ROLE_OF_FIELD[sectionHeading(s.heading)?.role ?? 'text'];
    if (!field || (field === 'proposal' && options.agenda)) return true;
    return !(s.text.trim() === '' || fields.has(norm(s.text)) || allHeld(s.text, fields));
  });
  const held = new Set(fields);
  const headings = new Set<string>();
  for (const s of paragraph.sections) {
    headings.add(norm(s.heading));
    held.add(norm(s.text));
    for (const b of blocksOf(s.text)) held.add(norm(b));
    held.add(norm(`${s.heading}: ${s.text}`));
  }
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
