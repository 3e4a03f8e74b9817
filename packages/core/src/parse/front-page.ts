import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/participant.js';
import { readAttendanceTables } from './attendance-table.js';
import { findDates, resolveDate } from './dates.js';
import type { LabelKey as BlockKey, LabelBlock } from './header.js';
import type { FoundLabel, LabelKey } from './label-lexicon.js';
import type { Line } from './lines.js';
import { columnCells } from './people-columns.js';
import { type ListedPerson, namesOnly, peekPeopleList } from './people-list.js';
import { type Field, NOTICE_BOARD, NOTICE_UNTIL, type SignatureBlock, segmentHead } from './segment.js';
import { readSignatureBlock, type SignatureItem, type Signed } from './signatures.js';

/**
 * The standard first page of Swedish minutes as a template: "Plats och tid · Beslutande · Övriga
 * närvarande · Utses att justera · Justeringens plats och tid · Underskrifter (Sekreterare, Ordförande,
 * Justerande) · ANSLAG/BEVIS (Organ, Sammanträdesdatum, Datum för anslags uppsättande / nedtagande,
 * Förvaringsplats för protokollet, Underskrift)". The head's lines are read as one text, so it does not
 * matter whether a page kept its line breaks, was flattened onto one line, or put its labels in one column
 * and its values in the next.
 */

/** The head as one text, with each character's line number. */
export interface HeadText {
  text: string;
  /** The 1-based source line number of each character offset, by binary search over `starts`. */
  lineAt(offset: number): number;
  /** The index (into the lines given) of the line holding a character offset. */
  indexAt(offset: number): number;
}

/**
 * Joins lines (each a piece of a source line) into one text; blank lines stay as line breaks. At most
 * `limit` characters: a head is a page or two, even when flattened onto one line.
 */
export function headText(lines: readonly Line[], limit = 30_000): HeadText {
  const starts: number[] = [];
  const nos: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text.length >= limit) break;
    starts.push(text.length);
    nos.push(line.no);
    text += `${line.text.length > limit - text.length ? line.text.slice(0, limit - text.length) : line.text}\n`;
  }
  const indexAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { text, indexAt, lineAt: (offset: number) => nos[indexAt(offset)] ?? 1 };
}

/** What the notice block (anslag) states. */
export interface NoticeFacts {
  /** Who adjusted the minutes ("Justerat 7 december Anna Berg Per Ek"). */
  adjustedBy?: { names: string[]; no: number };
  /** The body named in it ("Organ Kommunfullmäktige"). */
  organ?: { text: string; no: number };
  /** The meeting date it names ("Sammanträdesdatum 2017-09-04"). */
  meetingDate?: { date: string; no: number };
  up?: { date: string; no: number };
  down?: { date: string; no: number };
  appeal?: { date: string; no: number };
  storage?: { text: string; no: number };
  /** Who signed the notice. */
  signer?: { text: string; no: number };
}

/** The head read as a template: blocks for the readers of when, who and the adjustment, and the notice. */
export interface FrontPage {
  blocks: LabelBlock[];
  fields: Field[];
  labels: FoundLabel[];
  notice: NoticeFacts;
  /** The roles the signature blocks give. */
  signed: Signed[];
  /** The text before the first label, as lines. */
  preamble: Line[];
  head: HeadText;
  /** The people of the head's attendance tables (attendance-table.ts), whose lines the rest of the head is read without. */
  tabled: ListedPerson[];
  /** How many of those tables are headed "Beslutande" (a label only minutes print). */
  decidingTables: number;
}

const BLOCK_KEY: Partial<Record<LabelKey, BlockKey>> = {
  'when-where': 'time-place',
  date: 'date',
  time: 'time',
  place: 'place',
  range: 'range',
  people: 'people',
  adjusters: 'people',
  signature: 'people',
  adjustment: 'adjustment',
  next: 'next',
};

/**
 * The most labels a head is read with. A first page prints 10 to 30 (the corpus's most is 32, a page
 * flattened with its notice block); hundreds are a hostile or broken text (the same page pasted over and
 * over), whose every label the readers would pair with its neighbours' values and read its names. Such
 * a head is read up to the label past the limit, with a warning: what follows is not read, never guessed.
 */
const MAX_HEAD_LABELS = 100;

/** "(ersättare)", "(ers.)", "(suppleant)" before a name: an alternate. */
const ALTERNATE = /^\(\s*(?:ersättare|ers\.?|suppleant|reserv)\s*\)/iu;

/** Reads the head (`headLines`, layout already blanked out) as the standard template. */
export function readFrontPage(headLines: readonly Line[], diagnostics: Diagnostic[]): FrontPage {
  // An attendance table's rows are read as a table; the labels and lists are read from the lines around it.
  const tables = readAttendanceTables(headLines, diagnostics);
  const { lines } = tables;
  let head = headText(lines);
  let segmented = segmentHead(head.text, MAX_HEAD_LABELS);
  if (segmented.cut !== undefined) {
    const line = head.lineAt(segmented.cut);
    diagnostics.push(diagnostic('warning', 'head-too-many-labels', { limit: MAX_HEAD_LABELS }, { line }));
    head = headText(lines, segmented.cut);
    // The labels before the cut as the whole head gave them: each was judged with the text after it, which
    // the cut head lacks, and the labels are the most costly part of a head to find.
    segmented = segmentHead(head.text, Number.POSITIVE_INFINITY, segmented.before);
  }
  const { labels, preamble } = segmented;
  const { fields, signed } = readSignatures(segmented, head, diagnostics);
  const blocks: LabelBlock[] = [];
  const notice: NoticeFacts = {};
  // Fields after the notice block's opening label belong to the notice.
  const noticeAt = labels.find((l) => l.def.key === 'notice')?.start ?? Number.POSITIVE_INFINITY;
  for (const f of fields) {
    const no = head.lineAt(f.start);
    const key = BLOCK_KEY[f.key];
    if (f.key === 'date' && f.labelAt > noticeAt) {
      const date = dateOf(f.value);
      if (date) notice.meetingDate ??= { date, no };
      continue;
    }
    // "Justerare (ersättare)  Johan Karlsson": who adjusts if the adjuster cannot. No role says it, and he is no
    // adjuster nor a signatory: left out, said.
    if (f.roles?.includes('adjuster') && ALTERNATE.test(f.value)) {
      diagnostics.push(diagnostic('info', 'adjuster-alternate', { text: f.value.slice(0, 80) }, { line: no }));
      continue;
    }
    // "Justering: Britt Björk": a bare "Justering" with only names after it names the adjusters, no place.
    if (f.key === 'adjustment' && /^justering$/iu.test(f.label.trim()) && namesOnly(f.value)) {
      blocks.push({
        key: 'people',
        label: f.label,
        no: head.lineAt(f.labelAt),
        values: [{ text: f.value, no }],
        roles: ['adjuster'],
      });
      continue;
    }
    if (key) {
      blocks.push({
        key,
        label: f.label,
        no: head.lineAt(f.labelAt),
        values: [{ text: f.value, no }],
        ...(f.roles ? { roles: [...f.roles] } : {}),
        ...(f.groups ? { groups: f.groups.map((g) => [...g]) } : {}),
        ...(f.heads ? cellsOf(f, f.heads, lines, head) : {}),
      });
      continue;
    }
    switch (f.key) {
      case 'organ':
        notice.organ ??= { text: f.value, no };
        break;
      case 'notice-up':
      case 'notice-down':
      case 'appeal': {
        // "Anslaget publicerat på kommunens anslagstavla 2026-06-16 till och med 2026-07-08".
        const value = f.value.replace(NOTICE_BOARD, '');
        const date = dateOf(value);
        if (!date) break;
        const slot = f.key === 'notice-up' ? 'up' : f.key === 'notice-down' ? 'down' : 'appeal';
        notice[slot] ??= { date, no };
        const first = findDates(value)[0];
        const rest = first && f.key === 'notice-up' ? value.slice(first.index + first.length) : '';
        const until = NOTICE_UNTIL.exec(rest);
        const down = until ? dateOf(rest.slice(until[0].length)) : undefined;
        if (down && down > date) notice.down ??= { date: down, no };
        break;
      }
      case 'notice-span': {
        const dates = findDates(f.value)
          .map((d) => resolveDate(d))
          .filter((d): d is string => !!d && !d.startsWith('--'));
        if (dates[0]) notice.up ??= { date: dates[0], no };
        if (dates[1]) notice.down ??= { date: dates[1], no };
        break;
      }
      case 'adjusted': {
        const date = /^(?:\S+\s+){0,2}?(?:den\s+)?\d{1,2}\s+\p{L}+(?:\s+\d{4})?/u.exec(f.value)?.[0] ?? '';
        const names = peekPeopleList(f.value.slice(date.length), [])
          .people.filter((p) => !p.vacant)
          .map((p) => p.name);
        if (names.length > 0) notice.adjustedBy ??= { names, no };
        break;
      }
      case 'storage':
        notice.storage ??= { text: f.value.replace(/[\s.…_]+$/u, ''), no };
        break;
      case 'signer':
        notice.signer ??= { text: f.value, no };
        break;
    }
  }
  const preambleLines: Line[] = [];
  let at = 0;
  for (const t of preamble.split('\n')) {
    if (t.trim() !== '') preambleLines.push({ no: head.lineAt(at), text: t.trim(), raw: t });
    at += t.length + 1;
    if (preambleLines.length >= 40) break;
  }
  if (notice.up && notice.down && notice.down.date < notice.up.date) {
    const dates = { up: notice.up.date, down: notice.down.date };
    diagnostics.push(diagnostic('warning', 'notice-down-before-up', dates, { line: notice.up.no }));
    delete notice.up;
    delete notice.down;
  }
  return {
    blocks,
    fields,
    labels,
    notice,
    signed,
    preamble: preambleLines,
    head,
    tabled: tables.people,
    decidingTables: tables.deciding,
  };
}

/**
 * The cells of a list shared by labels that head columns on one line ("Ledamöter<TAB>Ersättare"), read from
 * the lines as the source wrote them (the head's text has runs of spaces collapsed): nothing when the labels
 * do not head columns, or when the list's lines are not whole lines of the source.
 */
function cellsOf(
  f: Field,
  heads: readonly (readonly [number, number])[],
  lines: readonly Line[],
  head: HeadText,
): { cells: NonNullable<LabelBlock['cells']> } | Record<string, never> {
  const last = heads[heads.length - 1];
  if (!last || f.end <= f.start) return {};
  const at = head.indexAt(last[1] - 1);
  // "Beslutande" on a line of its own over "Ledamöter<TAB>Ersättare": the columns are the last line's labels
  // (of a label read across the line break, "Beslutande\nLedamöter", the words on that line).
  let k = heads.length - 1;
  while (k > 0 && head.indexAt((heads[k - 1] as readonly [number, number])[1] - 1) === at) k--;
  const lineStart = head.text.lastIndexOf('\n', last[1] - 1) + 1;
  if (k === heads.length - 1) return {};
  const from = head.indexAt(f.start);
  const to = head.indexAt(f.end - 1);
  // The list starts on the line after the labels' and ends with a line: a line shared with other text is no row.
  if (from !== at + 1 || !head.text.slice(f.end).startsWith('\n')) return {};
  const rows = lines.slice(from, to + 1);
  const cells = columnCells(
    (lines[at] as Line).raw,
    heads.slice(k).map(([s, e]) => head.text.slice(Math.max(s, lineStart), e)),
    rows.map((l) => l.raw),
  );
  if (!cells) return {};
  return {
    cells: cells.map(({ column, ...c }) => ({
      ...c,
      ...(column !== undefined ? { column: column + k } : {}),
      no: (rows[c.row] as Line).no,
    })),
  };
}

/**
 * The signature blocks, read with what the head's lists say of each person as evidence. A waiting
 * "Utses att justera" whose value the pairing found inside a block becomes an optional label of the block,
 * so the block's reading decides whether the first name is the adjuster's.
 */
function readSignatures(
  segmented: ReturnType<typeof segmentHead>,
  head: HeadText,
  diagnostics: Diagnostic[],
): { fields: Field[]; signed: Signed[] } {
  const { blocks, labels } = segmented;
  if (blocks.length === 0) return { fields: segmented.fields, signed: [] };
  const inside = (at: number) => blocks.find((b) => at >= (b.labels[0] as FoundLabel).start && at < b.end);
  const optional = new Map<SignatureBlock, Field>();
  const fields = segmented.fields.filter((f) => {
    const b =
      f.key === 'adjusters' && f.labelAt < ((blocks[0] as SignatureBlock).labels[0]?.start ?? 0)
        ? inside(f.start)
        : undefined;
    if (b && !optional.has(b)) {
      optional.set(b, f);
      return false;
    }
    return true;
  });
  // Evidence: what the lists outside the blocks say of each name.
  const evidence = new Map<string, Set<Role>>();
  const politicians = new Set<string>();
  const note = (name: string, role: Role) => {
    const set = evidence.get(name) ?? new Set<Role>();
    set.add(role);
    evidence.set(name, set);
  };
  for (const f of fields) {
    if (f.key !== 'people' && f.key !== 'adjusters' && f.key !== 'signature' && f.key !== 'signer') continue;
    const found = peekPeopleList(f.value, f.roles ?? []).people.filter((p) => !p.vacant);
    for (const p of f.key === 'signer' ? found.slice(0, 1) : found) {
      if (p.party) politicians.add(p.name);
      for (const r of p.roles) if (r !== 'member' && r !== 'substitute') note(p.name, r);
      if (p.title && /(?:^|[\s/-])(?:sekreterare|sekr\.?)$/iu.test(p.title)) note(p.name, 'secretary');
    }
  }
  const signed: Signed[] = [];
  for (const block of blocks) {
    const items: SignatureItem[] = [];
    const opt = optional.get(block);
    if (opt) items.push({ kind: 'label', roles: ['adjuster'], no: head.lineAt(opt.labelAt), optional: true });
    const own = block.labels;
    for (let k = 0; k < own.length; k++) {
      const l = own[k] as FoundLabel;
      const roles = l.def.roles;
      if ((l.def.key === 'signature' || l.def.key === 'adjusters') && roles) {
        items.push({ kind: 'label', roles, no: head.lineAt(l.start) });
      }
      const to = own[k + 1]?.start ?? block.end;
      // "Paragrafer 6-16 Anna Berg": the range's digits are not a name, but say the names before and after
      // it sign for different paragraphs.
      const raw = head.text.slice(l.end, to);
      const gap = raw.replace(/^[\s.:;…_]*(?:§§?\s*)?\d{1,4}(?:\s*[-–]?\s*\d{1,4})?/u, ' ');
      if (l.def.key === 'range' && /\d/.test(raw.slice(0, 20))) items.push({ kind: 'range', no: head.lineAt(l.end) });
      for (const p of peekPeopleList(gap, []).people.filter((x) => !x.vacant)) {
        items.push({
          kind: 'name',
          name: p.name,
          no: head.lineAt(l.end + p.start),
          ...(p.party ? { party: p.party } : {}),
          ...(p.roles.length > 0 ? { own: p.roles } : {}),
        });
        if (p.party) politicians.add(p.name);
      }
    }
    signed.push(...readSignatureBlock(items, evidence, politicians, diagnostics));
  }
  void labels;
  return { fields, signed };
}

/** The full date a value starts with, or undefined ("2017-09-12", "den 10 mars 2014"). */
function dateOf(value: string): string | undefined {
  const d = findDates(value)[0];
  if (!d || d.index > 12 || d.year === undefined) return undefined;
  const iso = resolveDate(d);
  return iso && !iso.startsWith('--') ? iso : undefined;
}
