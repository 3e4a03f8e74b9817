import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { findDates, findDayMonthSlashes } from './dates.js';
import type { ParsedDocument } from './document.js';
import type { Line } from './lines.js';
import { assemble, type PageSchedule } from './schedule-assemble.js';
import { bodyKey } from './schedule-bodies.js';
import { readItem } from './schedule-cells.js';
import {
  cellsOf,
  flattenedPage,
  flattenedSchedulePieces,
  MAX_TABLE_LINE,
  monthHeader,
  monthRowLines,
  monthTablePieces,
  pageLines,
  scheduleHeading,
} from './schedule-lines.js';
import { PageReader } from './schedule-reader.js';
import { monthRow } from './schedule-tables.js';

/**
 * Schedule pages: a body's (or several bodies') published meeting dates for a year, as a page of
 * its own ("Sammanträdestider 2017", "Mötestider 2021", "Direktionens sammanträdesdatum 2021").
 * The page is read as a sequence of sections (a heading gives the year, a body heading the body),
 * each holding a list of dates, a month table or a table of bodies side by side; prose around them
 * may cancel or move a meeting or give the usual time and place. Dates that are not meetings (the
 * page's update date, holidays, years in prose) are not in lists and are never read; a date whose
 * reading is in doubt is left out with a diagnostic naming its line.
 */

export type { PageSchedule } from './schedule-assemble.js';

/** What a schedule page says. */
export interface SchedulePage {
  /** The page's heading when it is not the body's name ("Sammanträdesplan 2018"). */
  title?: string;
  /** The page's body when all its dates are of one body. */
  body?: string;
  schedules: PageSchedule[];
}

/** Labels and headings of minutes and agendas: a page with them is no schedule page, whatever dates it lists. */
const RECORD_SIGNS =
  /^(?:plats och tid|tid och plats|beslutande|närvarande ledamöter|utses att justera|justerare|justerande|justeringens|paragrafer|underskrifter|ärendelista|föredragningslista|dagordning|protokollsutdrag|rätt utdraget)(?![\p{L}])/iu;
/** What only minutes, agendas and extracts say, anywhere in a line: § numbers and the words of their templates. */
const RECORD_WORDS =
  /§\s*\d|förslag till beslut|beslutsunderlag|ärendebeskrivning|expedieras till|utses att justera|justeringens plats|(?<![\p{L}])(?:dnr|diarienr)(?![\p{L}])/iu;
/** What every schedule heading has: a schedule word, or a year first ("2021", "Hösten 2021"). */
const MAYBE_HEADING = /sammanträd|möte|^(?:år|våren|hösten|vt|ht|19|20)/iu;
/**
 * What any text MAYBE_HEADING matches holds (its `^` alternatives anywhere: "våren" holds "år"). None has a
 * space, so a line cut from a flattened page (a piece of its lines joined with spaces) holds one only where
 * one of those lines does: a page none of whose lines holds one has no schedule heading, flattened or not.
 */
const HEADING_WORD = /sammanträd|möte|år|hösten|vt|ht|19|20/iu;
const RECORD_TITLE = /^(?:protokoll|sammanträdesprotokoll|kallelse|protokollsutdrag|utdrag ur protokoll)(?![\p{L}])/iu;

/**
 * True when the lines are a schedule page: a heading with a schedule word and a year
 * ("Sammanträdestider 2017", "Datum för sammanträden 2021"), at least three dates or month headers,
 * and none of the labels of minutes or agendas (§ headings, "Beslutande", "Utses att justera", a
 * first line "Protokoll" or "Kallelse", numbered items).
 */
export function looksLikeSchedulePage(input: readonly Line[]): boolean {
  // Without a schedule heading the answer is no, and no heading can be found without HEADING_WORD's words: a
  // text without them (a long run of one word, a list without years) is not cut into a flattened page's lines.
  if (!input.some((line) => HEADING_WORD.test(line.text))) return false;
  const lines = flattenedLines(input) ?? input;
  // The cheap tests first, over every line: a record's labels and words refuse the page, and a page has a
  // schedule heading. Only then are dates counted (reading a line's dates is the costly part, and minutes
  // and agendas, which are most documents, never get there).
  let heading = false;
  /** The months of a flattened month table on the page's one line. */
  let table = 0;
  let items = 0;
  let first = true;
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    if (first && RECORD_TITLE.test(text)) return false;
    const opening = first;
    first = false;
    if (RECORD_SIGNS.test(text) || RECORD_WORDS.test(text)) return false;
    if (/^\d{1,2}\.\s+\p{Lu}/u.test(text) && ++items >= 2) return false;
    // "5 Sammanträdestider 2023" is an agenda's item, not a page's heading.
    if (!heading && text.length <= 120 && MAYBE_HEADING.test(text) && !/^\d{1,3}[.)]?\s/u.test(text))
      heading = scheduleHeading(text) !== undefined;
    // A page flattened onto one line opens with its heading.
    if (!heading && opening && MAYBE_HEADING.test(text.slice(0, 90)))
      heading = flattenedSchedulePieces(text) !== undefined;
    // A month table flattened with its heading ("… Sammanträdestider 2017 Januari Februari … Juni - 16* kl. 08.30 …").
    if (!heading && text.length >= 40 && text.length <= MAX_TABLE_LINE && MAYBE_HEADING.test(text)) {
      const cut = monthTablePieces(text) ?? monthRowLines(text)?.map((row) => row.text);
      if (cut?.some((piece) => piece.length <= 120 && scheduleHeading(piece) !== undefined)) {
        heading = true;
        table = cut.filter((piece) => monthHeader(piece.split(' ')[0] as string) !== undefined).length;
      }
    }
  }
  if (!heading) return false;
  if (table >= 3) return true;
  let dates = 0;
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    if (monthHeader(text) !== undefined) dates++;
    else if (/\d/.test(text))
      dates +=
        text.length <= 200 ? readItem(text).dates.length : findDates(text).length + findDayMonthSlashes(text).length;
    else if (text.length <= 200) dates += monthRow({ no: line.no, text, cells: cellsOf(line.raw) })?.months.length ?? 0;
    if (dates >= 3) return true;
  }
  return false;
}

/** A page flattened onto one line (all its pieces from one source line) cut as {@link pageLines} cuts it. */
function flattenedLines(lines: readonly Line[]): Line[] | undefined {
  const texts: string[] = [];
  let no: number | undefined;
  for (const line of lines) {
    if (!line.text) continue;
    if (no !== undefined && line.no !== no) return undefined;
    no = line.no;
    texts.push(line.text);
  }
  if (no === undefined) return undefined;
  const n = no;
  return flattenedPage([texts.join(' ')])?.map((text) => ({ no: n, text, raw: text }));
}

/**
 * Reads a schedule page into `doc`: kind `schedule`, one `schedules` entry per body and year with
 * status `published`, the body when the page is of one.
 */
export function readSchedulePage(text: string, doc: ParsedDocument): ParsedDocument {
  const page = parseSchedulePage(text, doc.diagnostics);
  doc.kind = 'schedule';
  if (page.body) doc.body.name = page.body;
  if (page.title) doc.title = page.title;
  const several = !page.body;
  doc.schedules = page.schedules.map((s) => ({
    year: s.year,
    status: 'published' as const,
    ...(several && s.body ? { body: s.body } : {}),
    meetings: s.meetings,
  }));
  if (doc.schedules.length === 0) doc.diagnostics.push(diagnostic('warning', 'schedule-page-no-dates', {}));
  return doc;
}

/** Reads a schedule page: its sections, tables and prose. Never throws on content. */
export function parseSchedulePage(text: string, diagnostics: Diagnostic[]): SchedulePage {
  const reader = new PageReader(pageLines(text), diagnostics);
  reader.read();
  const schedules = assemble(reader.sink, reader.legend, reader.prose, reader.details, diagnostics);
  const named = new Set(schedules.map((s) => (s.body ? bodyKey(s.body) : '')));
  const onlyBody = named.size === 1 && !named.has('') ? schedules[0]?.body : undefined;
  const page: SchedulePage = { schedules };
  const title = reader.title;
  if (title && !(onlyBody && bodyKey(title) === bodyKey(onlyBody))) page.title = title;
  if (onlyBody) {
    page.body = onlyBody;
    for (const s of schedules) delete s.body;
  } else if (schedules.length === 0 && reader.pageBody) page.body = reader.pageBody;
  return page;
}
