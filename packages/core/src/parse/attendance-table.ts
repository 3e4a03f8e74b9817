import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/participant.js';
import { matchLabel } from './header.js';
import { findLabels, labelOfWords } from './label-lexicon.js';
import type { Line } from './lines.js';
import { type ListedPerson, partyOf, readPeopleList, rolePhrase } from './people-list.js';

/**
 * An attendance table of the head: a row of column heads, then a row per person, the cells apart by tabs (a
 * Word table), by "|" (a markdown table, with its "|---|" rule) or by runs of two spaces or more (a PDF's
 * columns):
 *
 *   Namn          Parti   Funktion          Närvaro   §§     Anmärkning
 *   Ledamöter
 *   Karin Öberg   S       Ordförande        x
 *   Lars Ek       M       1:e vice ordf.    x         3–7    från kl. 14.30
 *   Ersättare
 *   Olle Berg     SD      Tjänstgörande ersättare för Pia Dahl (SD)
 *
 * The first head names the people (its label's roles, "Beslutande", "Ersättare", or none for "Namn"); the
 * others say what each column holds (party, role, presence, paragraphs, whom a substitute stands in for, a
 * note). A row of one cell that is a list's label ("Ersättare") gives the rows below it that label's roles.
 * Each row is read with the people lists' own grammar (people-list.ts), as the entry "Name (PARTY), role";
 * a row whose cells do not fit their columns is left out with a warning that names its line, never guessed.
 * Where the rows ran together (a text flattened onto one line, or rows joined two by two), one row's end cannot
 * be told: such a table is cut out of the head unread, with a warning, so the lists' readers do not guess at it.
 */

/** What a column of an attendance table holds. */
type ColumnKind = 'name' | 'party' | 'role' | 'presence' | 'absence' | 'paragraphs' | 'replaces' | 'note';

/** The heads of the columns after the names, by what they hold. */
const COLUMN_HEADS: readonly [RegExp, ColumnKind][] = [
  [/^(?:parti|partibeteckning|partitillhörighet|parti\/grupp)$/iu, 'party'],
  [/^(?:funktion|roll|uppdrag|befattning|titel|uppdrag\/roll)$/iu, 'role'],
  [/^(?:närvaro|närvarande|närv\.?|deltog|närvarande\s+§§)$/iu, 'presence'],
  [/^(?:ej\s+närvarande|frånvarande|frånvaro|förhinder)$/iu, 'absence'],
  [/^(?:§§|§|paragrafer|paragraf|närvarande\s+paragrafer|deltog\s+i\s+§§)$/iu, 'paragraphs'],
  [
    /^(?:ersätter|tjänstgör\s+för|tjänstgör\s+i\s+stället\s+för|ersättare\s+för|i\s+stället\s+för|istället\s+för)$/iu,
    'replaces',
  ],
  [/^(?:anmärkning|anm\.?|kommentar|noteringar?|övrigt)$/iu, 'note'],
];

/** The head of the names' column that is no list's label: the roles come from elsewhere. */
const NAME_HEAD = /^(?:namn|namn\s+och\s+parti|person|ledamot|ledamot\/ersättare)$/iu;

/** A presence cell that says the person was there, or that they were not. */
const PRESENT = /^(?:x|ja|närvarande|närv\.?|deltog|✓|✔)$/iu;
const NOT_PRESENT = /^(?:ej\s+närvarande|inte\s+närvarande|frånvarande|nej|anmält\s+förhinder|förhinder)$/iu;

/** A substitute's cell: "Tjänstgörande ersättare för Pia Dahl (SD)". */
const SUBSTITUTE_FOR =
  /^(?:(?:tjänstgörande|tjg|tj)\.?\s+(?:ersättare|ers\.?)|(?:tjänstgör|tjänstgörande|tjg|tj)\.?)\s+för\s|^ersätter\s/iu;

/** A political role's word inside a cell ("vice ordförande", "ledamot", "ersättare"). */
const ROLE_WORD = /(?:^|\s)(?:ordf(?:örande|\.)?|ledamot|ersättare|ers\.)(?:$|\s)/iu;

/** A markdown table's rule ("|---|:--:|"). */
const RULE = /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/u;

/** Spaces other than the plain one (a no-break space from a PDF), one for one. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;

/** A cell of a row, with where it starts in the line (for columns aligned by spaces). */
interface Cell {
  text: string;
  at: number;
}

type Layout = 'tab' | 'pipe' | 'space';

/** A row's cells in the layout given: empty cells kept between tabs and pipes, dropped at the row's end. */
function cellsOf(raw: string, layout: Layout): Cell[] {
  const line = raw.replace(ODD_SPACE, ' ');
  const out: Cell[] = [];
  if (layout === 'space') {
    const re = /[^\s](?:[^\s]| (?! ))*/gu;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push({ text: m[0], at: m.index });
    return out;
  }
  const sep = layout === 'tab' ? '\t' : '|';
  let body = line;
  let offset = 0;
  if (layout === 'pipe') {
    const open = body.indexOf('|');
    offset = open + 1;
    body = body.slice(open + 1);
    const close = body.lastIndexOf('|');
    if (close >= 0 && body.slice(close + 1).trim() === '') body = body.slice(0, close);
  }
  let at = offset;
  for (const piece of body.split(sep)) {
    const lead = piece.length - piece.trimStart().length;
    out.push({
      text: piece
        .trim()
        .replace(/^\*\*(.*)\*\*$/u, '$1')
        .replace(/\s+/gu, ' '),
      at: at + lead,
    });
    at += piece.length + 1;
  }
  while (out.length > 0 && out[out.length - 1]?.text === '') out.pop();
  return out;
}

/** The layout a line's cells are in, or undefined for a line of one cell. */
function layoutOf(raw: string): Layout | undefined {
  const t = raw.trim();
  if (t.startsWith('|') && t.indexOf('|', 1) > 0) return 'pipe';
  if (t.includes('\t')) return 'tab';
  if (/\S {2,}\S/u.test(raw.replace(ODD_SPACE, ' '))) return 'space';
  return undefined;
}

/** The roles of a list's label written alone ("Ledamöter", "Tjänstgörande ersättare"), or undefined. */
function listRoles(text: string): readonly Role[] | undefined {
  const t = text.replace(/:$/u, '').trim();
  if (/^ledamot$/iu.test(t)) return ['member'];
  const def = labelOfWords(t);
  return def?.key === 'people' ? (def.roles ?? []) : undefined;
}

/** A header row's columns, or undefined when the row is no attendance table's head. */
function headerOf(cells: readonly Cell[]): { kinds: ColumnKind[]; roles: readonly Role[] | undefined } | undefined {
  if (cells.length < 2) return undefined;
  const first = (cells[0] as Cell).text.replace(/:$/u, '');
  const named = NAME_HEAD.test(first);
  const roles = named ? undefined : listRoles(first);
  if (!named && roles === undefined) return undefined;
  const kinds: ColumnKind[] = ['name'];
  for (const c of cells.slice(1)) {
    const kind = COLUMN_HEADS.find(([re]) => re.test(c.text.replace(/:$/u, '')))?.[1];
    if (!kind) return undefined;
    kinds.push(kind);
  }
  return { kinds, roles: named ? undefined : roles };
}

/** A people label with no list of its own right above a table ("Beslutande<TAB>Se nedan", "Beslutande"). */
function labelAbove(line: Line | undefined): readonly Role[] | undefined {
  if (!line?.text) return undefined;
  const label = matchLabel(line.text);
  if (label?.key !== 'people' || !label.roles) return undefined;
  const value = (label.value ?? '').trim();
  if (value && !/^(?:se|enligt)\s+(?:nedan|nedanstående|tabell(?:en)?(?:\s+nedan)?|följande)\.?$/iu.test(value))
    return undefined;
  return label.roles;
}

/** The cells of a row by column: by their order under tabs and pipes, by where they start under spaces. */
function byColumn(cells: readonly Cell[], heads: readonly Cell[], layout: Layout): (string | undefined)[] | undefined {
  const out: (string | undefined)[] = heads.map(() => undefined);
  if (layout !== 'space' || cells.length === heads.length) {
    if (cells.length > heads.length) return undefined;
    cells.forEach((c, k) => {
      out[k] = c.text || undefined;
    });
    return out;
  }
  for (const c of cells) {
    // The last column whose head starts at or before the cell (a little slack for a cell set one space left).
    let k = -1;
    for (let h = 0; h < heads.length; h++) if ((heads[h] as Cell).at <= c.at + 2) k = h;
    if (k < 0 || out[k] !== undefined) return undefined;
    out[k] = c.text;
  }
  return out;
}

/** What the cells of one row say, read as "Name (PARTY), role, ersätter X" with the list grammar. */
function readRow(
  cells: readonly (string | undefined)[],
  kinds: readonly ColumnKind[],
  roles: readonly Role[],
  marked: boolean,
): ListedPerson | 'unsure' | undefined {
  const name = cells[0];
  if (!name) return 'unsure';
  let party: string | undefined;
  let noParty = false;
  const words: string[] = [];
  const notes: string[] = [];
  let presence: 'present' | 'absent' | undefined;
  for (let k = 1; k < kinds.length; k++) {
    const cell = cells[k];
    if (!cell) continue;
    const kind = kinds[k] as ColumnKind;
    const bare = cell.replace(/^\((.*)\)$/u, '$1').trim();
    if (kind === 'party' && /^\p{L}{1,4}$|^[-–?]+$/u.test(bare)) {
      const p = partyOf(bare);
      if (p?.party) party = p.party;
      else if (p?.none) noParty = true;
      else return 'unsure';
      continue;
    }
    if ((kind === 'presence' || kind === 'absence') && (PRESENT.test(cell) || NOT_PRESENT.test(cell))) {
      const yes = PRESENT.test(cell);
      presence = (kind === 'presence') === yes ? 'present' : 'absent';
      continue;
    }
    if (kind === 'paragraphs' && /^(?:§§?\s*)?\d{1,4}(?:\s*[-–,]\s*\d{1,4})*$/u.test(cell)) {
      notes.push(cell.startsWith('§') ? cell : `§§ ${cell}`);
      continue;
    }
    if (kind === 'replaces' && !rolePhrase(cell.toLowerCase())) {
      words.push(`ersätter ${cell}`);
      continue;
    }
    if (kind === 'note') {
      if (NOT_PRESENT.test(cell)) presence = 'absent';
      else notes.push(cell);
      continue;
    }
    // A role in its column, or a cell that says a role where another column stands (a row with fewer cells).
    const lower = cell.charAt(0).toLowerCase() + cell.slice(1);
    // A role's word in a phrase the lists do not know ("1 e vice ordförande", the colon lost): no title, unsure.
    if (kind === 'role' && !rolePhrase(lower) && !SUBSTITUTE_FOR.test(lower) && ROLE_WORD.test(lower)) return 'unsure';
    if (kind === 'role' || rolePhrase(lower) || SUBSTITUTE_FOR.test(lower)) {
      if (NOT_PRESENT.test(cell)) presence = 'absent';
      else {
        words.push(lower);
        // "Ordförande" written in the presence column: the person served, so was there.
        if (kind === 'presence') presence ??= 'present';
      }
      continue;
    }
    return 'unsure';
  }
  if (marked && presence === undefined) return 'unsure';
  const entry = `${name}${party && !/\(/u.test(name) ? ` (${party})` : ''}${words.map((w) => `, ${w}`).join('')}`;
  const list = readPeopleList(entry, roles);
  const person = list.people[0];
  if (list.people.length !== 1 || !person || person.vacant || person.start !== 0) return 'unsure';
  // Every word of the row is the person's: what the list grammar leaves over is a cell it cannot read.
  if (entry.slice(list.consumed).trim() !== '') return 'unsure';
  if (!name.startsWith(person.name)) return 'unsure';
  if (noParty) delete person.party;
  if (notes.length > 0) person.note = [person.note, ...notes].filter(Boolean).join('; ');
  // An officer (no party, a title and no political role of their own) in a table of politicians: no member.
  const own = person.roles.filter((r) => !roles.includes(r));
  if (!person.party && person.title && own.length === 0 && roles.some((r) => r === 'member' || r === 'substitute'))
    person.roles = ['other'];
  // An official with a title alone ("Jonas Lind<TAB>-<TAB>Nämndsekreterare") under heads that give no roles: present.
  if (person.roles.length === 0 && person.title) person.roles = ['other'];
  if (presence === 'absent') {
    person.roles = [...new Set<Role>([...person.roles.filter((r) => r !== 'member' && r !== 'substitute'), 'absent'])];
  }
  return person;
}

/** The most rows one table is read with. */
const MAX_ROWS = 500;

/** What the head's attendance tables give: their people, and the head's lines without the tables. */
export interface AttendanceTables {
  people: ListedPerson[];
  /** The lines, a table's lines blanked out and a flattened table cut out of its line. */
  lines: Line[];
  /** How many tables (read or cut out) are headed "Beslutande", by their first column or the label above them. */
  deciding: number;
}

/** The head of the deciding members, a label only minutes print. */
const DECIDING = /^beslutande(?![\p{L}])/iu;

// The heads of a table's first two columns and more, as words ("Namn Parti Funktion", "| Ledamöter | Parti |").
const NAME_HEAD_WORDS =
  'namn|ledamot|ledamöter|beslutande|beslutande ledamöter|närvarande ledamöter|ordinarie ledamöter|tjänstgörande ersättare|ej tjänstgörande ersättare|ersättare|övriga närvarande|närvarande';
const COLUMN_HEAD_WORDS =
  'parti|partibeteckning|funktion|roll|uppdrag|närvaro|närvarande|ej närvarande|frånvarande|§§|paragrafer|ersätter|tjänstgör för|ersättare för|anmärkning';
const headWords = (words: string) =>
  words
    .split('|')
    .map((w) => w.replace(/ /gu, '[ \\t]+'))
    .join('|');
/**
 * A row of column heads inside a line, the cells apart by spaces, tabs or "|": a name's head, then a party's or a
 * role's head, then more heads. Its words are tried only where a word starts; each repetition takes a head.
 */
const FLAT_HEADER = new RegExp(
  `(?<![\\p{L}§])(?:${headWords(NAME_HEAD_WORDS)})(?:(?:[ \\t]+\\|?|\\|)[ \\t]*(?:${headWords(COLUMN_HEAD_WORDS)})(?![\\p{L}])){1,8}`,
  'giu',
);
const PARTY_OR_ROLE_HEAD = /(?:^|[\s|])(?:parti|partibeteckning|funktion|roll|uppdrag)(?:$|[\s|])/iu;

/** Labels that end a table's region on a flattened line: what no table holds (a list of officials does not either). */
const ENDS_TABLE = (key: string, roles: readonly Role[] | undefined) =>
  key !== 'people' && key !== 'signature' && key !== 'none' ? true : key === 'people' && !!roles?.includes('other');

/** How far past its heads a flattened table's end is looked for: a table of 40 rows, and more. */
const TABLE_REACH = 4000;

/**
 * Where a table's region ends in `text` (from `from`): the first label no table holds, or a paragraph's "§ 1
 * Title", within {@link TABLE_REACH}; undefined when there is none (the table runs on to the line's end).
 */
function tableEnd(text: string, from: number): number | undefined {
  const rest = text.slice(from, from + TABLE_REACH);
  let end: number | undefined;
  for (const l of findLabels(rest)) {
    if (ENDS_TABLE(l.def.key, l.def.roles)) {
      end = from + l.start;
      break;
    }
  }
  // "§ 12 Val av justerare", no row's note ("§§ 12–15").
  const paragraph = /(?<![\p{L}\p{N}§])§\s*\d{1,4}\s+\p{Lu}/u.exec(rest);
  if (paragraph && (end === undefined || from + paragraph.index < end)) end = from + paragraph.index;
  return end;
}

/** The next heads of a table in `text` from `from` that name a party's or a role's column, capitalised. */
function nextHeads(text: string, from: number): RegExpExecArray | null {
  FLAT_HEADER.lastIndex = from;
  let m = FLAT_HEADER.exec(text);
  while (m !== null && !(PARTY_OR_ROLE_HEAD.test(m[0]) && /^\p{Lu}/u.test(m[0]))) m = FLAT_HEADER.exec(text);
  return m;
}

/**
 * Tables' column heads with their rows run on after them on the same line (a page flattened onto one line, or a
 * table's rows joined), or heads at the end of a line that holds other text (the rows follow on lines whose
 * breaks are lost as well): where one row ends and the next starts cannot be told ("Funktion Karin Öberg S
 * Ordförande Lars Ek M …"), so none of it is read. Each table runs from its heads to the next label that no
 * table holds ("Justerare", "Övriga närvarande", a date's) or a paragraph's "§ 1 Title"; it is cut out of its
 * line, with a warning. `open` says the last ran to the line's end: the lines after it are the table's too.
 */
function cutFlattened(line: Line, diagnostics: Diagnostic[]): { line: Line; deciding: boolean; open: boolean } {
  let text = line.text;
  let deciding = false;
  let open = false;
  if (text.length < 20) return { line, deciding, open };
  for (let m = nextHeads(text, 0); m !== null; ) {
    const start = m.index;
    const after = start + m[0].length;
    // Rows run on after the heads, or the heads end a line of other text; heads alone on their line head lines.
    const rowsAfter = /\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(after, after + 200));
    if (!rowsAfter && (text.slice(after).trim() !== '' || text.slice(0, start).trim() === '')) {
      m = nextHeads(text, after);
      continue;
    }
    const end = tableEnd(text, after);
    const words = m[0].replace(/\s+/gu, ' ');
    diagnostics.push(diagnostic('warning', 'attendance-table-flattened', { text: words }, { line: line.no }));
    if (DECIDING.test(m[0])) deciding = true;
    // Cut out, a blank line in its place: the value before it ends there, as before a table's lines.
    const before = `${text.slice(0, start).trimEnd()}\n\n`;
    if (end === undefined) {
      text = before;
      open = true;
      break;
    }
    text = `${before}${text.slice(end).trimStart()}`;
    m = nextHeads(text, before.length);
  }
  return { line: text === line.text ? line : { ...line, text }, deciding, open };
}

/**
 * Reads every attendance table among `lines` (the head's): a header row of column heads, then its rows, up to
 * a line that is no row of it. A table none of whose rows can be read is left to the lists' readers.
 */
export function readAttendanceTables(lines: readonly Line[], diagnostics: Diagnostic[]): AttendanceTables {
  const people: ListedPerson[] = [];
  const taken = new Set<number>();
  const out = lines.slice();
  let deciding = 0;
  /** Cuts a flattened table out of line `i` and the lines its rows go on to; the index of the last line it took. */
  const cutAt = (i: number): number => {
    const cut = cutFlattened(lines[i] as Line, diagnostics);
    out[i] = cut.line;
    if (cut.deciding) deciding++;
    return cut.open ? cutLines(i + 1) : i;
  };
  /** Cuts the lines from `from` on that go on with a table whose rows ran together; the index of the last it took. */
  const cutLines = (from: number): number => {
    let k = from;
    for (; k < lines.length && k - from < MAX_ROWS; k++) {
      const next = lines[k] as Line;
      // A blank line ends the table, as it ends a list.
      if (!next.text) break;
      const end = tableEnd(next.text, 0);
      if (end !== undefined) {
        if (end > 0) out[k] = { ...next, text: next.text.slice(end) };
        break;
      }
      out[k] = { ...next, text: '' };
    }
    return k - 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!line.text) continue;
    const layout = line.text.length > 300 ? undefined : layoutOf(line.raw);
    const heads = layout ? cellsOf(line.raw, layout) : [];
    const header = headerOf(heads);
    if (!header || !layout) {
      i = cutAt(i);
      continue;
    }
    const above = header.roles === undefined ? labelAbove(lines[i - 1]) : undefined;
    let roles: readonly Role[] = header.roles ?? above ?? [];
    const found: ListedPerson[] = [];
    const unsure: number[] = [];
    // Each row, and whether it stood in the table's layout (a line of one cell may be the sentence after it).
    const rows: { index: number; cells: (string | undefined)[]; loose: boolean }[] = [];
    const sections: { index: number; roles: readonly Role[] }[] = [];
    // A row of more cells than heads: the table's rows ran together from there ("Karin Öberg  S  Ordförande  X Lars Ek …").
    let joined: number | undefined;
    let j = i + 1;
    // A table has tens of rows; a head of thousands is read up to its first MAX_ROWS rows, the rest left alone.
    for (; j < lines.length && j - i <= MAX_ROWS; j++) {
      const row = lines[j] as Line;
      if (!row.text || row.text.length > 300) break;
      if (layout === 'pipe' && RULE.test(row.raw.trim())) continue;
      // "Ersättare", "| **Ersättare** | | |": a section of the table, whose rows have the label's roles.
      // A row of its own layout, or of one cell under tabs or spaces ("Eva Sten", the rest of its row empty).
      const rowLayout = layoutOf(row.raw);
      if (rowLayout ? rowLayout !== layout : layout === 'pipe') break;
      const own = rowLayout ? cellsOf(row.raw, layout) : [{ text: row.text, at: 0 }];
      if (own.length > heads.length) {
        joined = j;
        break;
      }
      const section = own.length === 1 ? listRoles((own[0] as Cell).text) : undefined;
      if (section) {
        sections.push({ index: j, roles: section });
        continue;
      }
      // A row starts with a name: a label with its value ("Justerare<TAB>Lars Ek") ends the table.
      if (matchLabel(row.text) || !/^\p{Lu}\p{Ll}/u.test((own[0] as Cell).text)) break;
      const cells = byColumn(own, heads, layout);
      if (!cells) break;
      rows.push({ index: j, cells, loose: !rowLayout });
    }
    const isDeciding = DECIDING.test((heads[0] as Cell).text) || (above && DECIDING.test((lines[i - 1] as Line).text));
    /** The table's heads, and its rows from `joined` on, which ran together: none of them is read, with a warning. */
    const cutJoined = (from: number): number => {
      const words = heads.map((c) => c.text).join(' ');
      diagnostics.push(diagnostic('warning', 'attendance-table-flattened', { text: words }, { line: line.no }));
      return cutLines(from);
    };
    if (rows.length === 0) {
      if (joined === undefined) continue;
      if (isDeciding) deciding++;
      out[i] = { ...line, text: '' };
      if (above) out[i - 1] = { ...(lines[i - 1] as Line), text: '' };
      i = cutJoined(joined);
      continue;
    }
    // A presence column with marks in it: a row with none there says nothing of whether the person came.
    const markColumn = header.kinds.indexOf('presence');
    const marked =
      markColumn > 0 &&
      rows.some((r) => PRESENT.test(r.cells[markColumn] ?? '') || NOT_PRESENT.test(r.cells[markColumn] ?? ''));
    let s = 0;
    let last = i;
    for (const r of rows) {
      while (s < sections.length && (sections[s] as { index: number }).index < r.index) {
        roles = (sections[s] as { roles: readonly Role[] }).roles;
        s++;
      }
      const person = readRow(r.cells, header.kinds, roles, marked);
      if (person === 'unsure') unsure.push(r.index);
      else if (person) found.push({ ...person, line: (lines[r.index] as Line).no });
      if (person !== 'unsure' || !r.loose) last = r.index;
    }
    // The table ends with its last row in its layout or read: a line of one cell after it that is no row (a
    // sentence) is the head's again.
    while (unsure.length > 0 && (unsure[unsure.length - 1] as number) > last) unsure.pop();
    if (last + 1 < j) joined = undefined;
    j = Math.min(j, last + 1);
    // Fewer rows read than not: no attendance table (two lists side by side under "Ledamöter  Närvarande"), or
    // one the lists' readers know better; so too a row left unread under heads that name no party or role column.
    const telling = header.kinds.includes('party') || header.kinds.includes('role');
    if (found.length === 0 || unsure.length > found.length || (!telling && unsure.length > 0)) {
      i = cutAt(i);
      continue;
    }
    if (isDeciding) deciding++;
    for (const k of unsure) {
      const text = (lines[k] as Line).text.replace(/\s+/gu, ' ').slice(0, 60);
      diagnostics.push(diagnostic('warning', 'attendance-row-unsure', { text }, { line: (lines[k] as Line).no }));
    }
    people.push(...found);
    if (above) taken.add(i - 1);
    for (let k = i; k < j; k++) taken.add(k);
    i = joined === undefined ? j - 1 : cutJoined(joined);
  }
  for (const k of taken) out[k] = { ...(out[k] as Line), text: '' };
  return { people, lines: out, deciding };
}
