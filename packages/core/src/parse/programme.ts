import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { ProgrammeArea, ProgrammeItem, ProgrammeStatus } from '../model/programme.js';
import { toIsoDate } from './dates.js';
import type { Line } from './lines.js';
import { isPersonName } from './participants.js';

/**
 * Action programmes (utvecklingsprogram): a title with its date, areas ("Delområde Utbildning") and
 * tab-separated tables whose cells hold HTML fragments (`<b>`, `<ul><li>`): area, activities,
 * responsible, status (Klart, Pågår, Avvaktar) and notes.
 *
 * Status: the status column when it holds one; else, when that column is empty and the notes begin with
 * a status word ("Avvaktar tills vidare"), that word, with an info diagnostic, and the notes stay as
 * written. A status word elsewhere in the notes ("Utvecklingsarbete pågår") is not read as the status.
 */

const PROGRAMME_TITLE =
  /^(?:utvecklingsprogram|handlingsplan|handlingsprogram|verksamhetsplan|aktivitetsplan|åtgärdsprogram|åtgärdsplan)(?![\p{L}])/iu;

/** True when a line is the title of a programme ("Utvecklingsprogram Hälsingerådet 2022-03-23"). */
export const isProgrammeTitle = (text: string): boolean => PROGRAMME_TITLE.test(text.trim());

const AREA = /^(?:delområde|område|fokusområde|insatsområde|målområde)\s*:?\s+(\S.*)$/iu;

/** What a programme's table columns are, by their header words. */
type Column = 'name' | 'activities' | 'responsible' | 'status' | 'notes';
const DEFAULT_COLUMNS: readonly Column[] = ['name', 'activities', 'responsible', 'status', 'notes'];

function columnOf(header: string): Column | undefined {
  const h = header.toLowerCase();
  if (/^(?:utvecklingsområde|område|insats|åtgärd|aktivitetsområde)/u.test(h)) return 'name';
  if (/^aktivitet/u.test(h)) return 'activities';
  if (/^(?:ansv|ansvarig)/u.test(h)) return 'responsible';
  if (/^(?:klart|status|läge)/u.test(h)) return 'status';
  if (/^(?:anmärkning|uppföljning|kommentar|notering)/u.test(h)) return 'notes';
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** A cell's text: tags dropped, entities decoded, spaces collapsed. */
export function cellText(html: string): string {
  // [^<>]* cannot run past a bracket, so the scan stays linear.
  let s = html.includes('<') ? html.replace(/<[^<>]*>/g, ' ') : html;
  if (s.includes('&')) s = s.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, e: string) => ENTITIES[e] ?? ' ');
  return (/\s\s|[\t\n\r]/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

/** The activities of a cell: its list items (`<li>`), bullets taken off, empty ones dropped. */
function activitiesOf(html: string): string[] {
  const pieces = /<li\b/i.test(html) ? html.split(/<li\b[^<>]*>/i).slice(1) : html.split(/\s*•\s*/);
  return pieces
    .map((p) =>
      cellText(p)
        .replace(/^[•\-–]\s*/, '')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

const STATUS: readonly [RegExp, ProgrammeStatus][] = [
  [/^(?:klart|klar|avslutad|avslutat|genomförd|genomfört)(?![\p{L}])/iu, 'done'],
  [/^(?:pågår|pågående|påbörjad|påbörjat)(?![\p{L}])/iu, 'ongoing'],
  [/^(?:avvaktar|avvaktas|vilande|pausad|pausat)(?![\p{L}])/iu, 'on-hold'],
];

/** The status a word states: "Klart" → done, "Pågår" → ongoing, "Avvaktar" → on-hold. */
export function statusOf(text: string): ProgrammeStatus | undefined {
  for (const [re, status] of STATUS) if (re.test(text.trim())) return status;
  return undefined;
}

/** A programme read from a document. */
export interface ParsedProgramme {
  title?: string;
  date?: string;
  body?: string;
  author?: string;
  authorDate?: string;
  areas: ProgrammeArea[];
}

/** Reads a programme from its lines. */
export function parseProgramme(lines: readonly Line[], diagnostics: Diagnostic[]): ParsedProgramme {
  const out: ParsedProgramme = { areas: [] };
  let columns: readonly Column[] = DEFAULT_COLUMNS;
  let area: ProgrammeArea | undefined;
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    if (out.title === undefined && !text.includes('\t') && isProgrammeTitle(text)) {
      const dated = /^(.*?)\s+(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = dated ? toIsoDate(Number(dated[2]), Number(dated[3]), Number(dated[4])) : undefined;
      out.title = date && dated?.[1] ? dated[1] : text;
      if (date) out.date = date;
      const body = /^\p{L}+\s+(?:för\s+)?(\p{Lu}.*)$/u.exec(out.title);
      if (body?.[1]) out.body = body[1].trim();
      continue;
    }
    const areaMatch = !text.includes('\t') ? AREA.exec(text) : null;
    if (areaMatch?.[1]) {
      area = { name: areaMatch[1].trim(), items: [] };
      out.areas.push(area);
      continue;
    }
    if (text.includes('\t')) {
      const cells = text.split('\t');
      // Each cell's text made once, and only when read: a row's activities are long.
      const texts: (string | undefined)[] = [];
      const textOf = (i: number): string => {
        let t = texts[i];
        if (t === undefined) texts[i] = t = cellText(cells[i] ?? '');
        return t;
      };
      const heads = headsOf(cells, textOf);
      if (heads) {
        columns = heads.map((h, i) => h ?? DEFAULT_COLUMNS[i] ?? 'notes');
        continue;
      }
      if (!area) {
        area = { name: 'Övrigt', items: [] };
        out.areas.push(area);
        diagnostics.push(diagnostic('warning', 'programme-row-before-area', {}, { line: line.no }));
      }
      const item = itemOf(cells, columns, line.no, diagnostics, textOf);
      if (item) area.items.push(item);
      continue;
    }
    const signed = /^(.+?)\s+(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (signed?.[1] && isPersonName(signed[1])) {
      const date = toIsoDate(Number(signed[2]), Number(signed[3]), Number(signed[4]));
      out.author = signed[1];
      if (date) out.authorDate = date;
    }
  }
  if (out.areas.length === 0) diagnostics.push(diagnostic('warning', 'programme-no-areas', {}));
  return out;
}

/**
 * The columns a header row names, or undefined when it names fewer than three. Shortest cells first, and
 * no further than three can still be reached: a row of the table (its long activities) is told so cheaply.
 */
function headsOf(cells: readonly string[], textOf: (i: number) => string): (Column | undefined)[] | undefined {
  const order = cells.map((_, i) => i).sort((a, b) => (cells[a] as string).length - (cells[b] as string).length);
  const heads: (Column | undefined)[] = new Array(cells.length).fill(undefined);
  let found = 0;
  for (let k = 0; k < order.length; k++) {
    if (found + order.length - k < 3) return undefined;
    const i = order[k] as number;
    const head = columnOf(textOf(i));
    heads[i] = head;
    if (head) found++;
  }
  return found >= 3 ? heads : undefined;
}

function itemOf(
  cells: readonly string[],
  columns: readonly Column[],
  line: number,
  diagnostics: Diagnostic[],
  textOf: (i: number) => string,
): ProgrammeItem | undefined {
  const get = (column: Column) => {
    const i = columns.indexOf(column);
    return i === -1 ? '' : (cells[i] ?? '');
  };
  // `cellText(get(column))`, from the texts the row already made.
  const textIn = (column: Column) => {
    const i = columns.indexOf(column);
    return i === -1 || i >= cells.length ? '' : textOf(i);
  };
  const name = textIn('name');
  if (!name) return undefined;
  const item: ProgrammeItem = { name, activities: activitiesOf(get('activities')) };
  const responsible = textIn('responsible');
  if (responsible) item.responsible = responsible;
  const notes = textIn('notes');
  if (notes) item.notes = notes;
  const statusText = textIn('status');
  if (statusText) {
    const status = statusOf(statusText);
    if (status) item.status = status;
    else {
      diagnostics.push(diagnostic('warning', 'programme-unknown-status', { name, status: statusText }, { line }));
      item.notes = item.notes ? `${statusText}. ${item.notes}` : statusText;
    }
  } else if (notes) {
    const status = statusOf(notes);
    if (status) {
      item.status = status;
      const args = { name, status: notes.split(/\s/)[0] ?? '' };
      diagnostics.push(diagnostic('info', 'programme-status-from-notes', args, { line }));
    }
  }
  return item;
}
