import { caseKey } from '../archive/archive.js';
import type { HistoryEntry } from '../model/paragraph.js';
import { decisionsOf } from './decisions.js';
import type { Line } from './lines.js';
import { joinText, lineKey } from './lines.js';
import { caseNumberOfLine, type Heading, parseTitle } from './paragraphs.js';
import { splitSections } from './sections.js';

/**
 * What an agenda carries after its items: the officials' reports for each item (tjänsteskrivelser)
 * and extracts of earlier decisions in the same case ("Gemensam nämnd för samverkan … 2020-05-29 §14
 * Title (GNS/6/2020) … Beslut 1. … 2. …"), which become the history of the item with that case number.
 */

/** Case numbers compared: upper case, no spaces, no leading zeros ("GNS/03/2019" is "GNS/3/2019"). */
export const sameCase = (a: string, b: string): boolean => normalCase(a) === normalCase(b);
const normalCase = (c: string) =>
  caseKey(c)
    .replace(/\s+/g, '')
    .replace(/(^|[^\d])0+(\d)/g, '$1$2');

/**
 * Where the documents for each agenda item begin: a line holding only the item's number, followed
 * within a few lines by the item's case number or title ("3 / Sammanträdestider 2021 / GNS/10/2020").
 * Returns the line index of each, in order; the first one ends the last item.
 */
export function appendixStarts(lines: readonly Line[], items: readonly Heading[]): { item: number; index: number }[] {
  const last = items[items.length - 1];
  if (!last) return [];
  const out: { item: number; index: number }[] = [];
  for (let i = last.index + 1; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (!/^\d{1,3}$/.test(text)) continue;
    const item = items.find((h) => h.number === Number(text));
    if (!item) continue;
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < 10; j++) {
      const next = (lines[j] as Line).text;
      if (!next) continue;
      seen++;
      const isCase =
        item.caseNumber !== undefined && caseNumberOfLine(next) !== undefined && sameCase(next, item.caseNumber);
      if (isCase || (item.title !== undefined && lineKey(next) === lineKey(item.title))) {
        out.push({ item: item.number, index: i });
        break;
      }
    }
  }
  return out;
}

/** An extract of an earlier decision found among the documents. */
export interface FoundHistory {
  entry: HistoryEntry;
  caseNumber?: string;
  /** The body the extract's header names. */
  body?: string;
  /** The agenda item whose documents hold it. */
  item?: number;
  no: number;
}

const ISO_LINE = /^\d{4}-\d{2}-\d{2}$/;
const PARAGRAPH_LINE = /^§\s*(\d{1,4})(?:\s+(\S.*))?$/u;

/** The nearest line before `from` with text, looking back over blank lines (at most `limit` lines with text). */
function previousNonBlank(lines: readonly Line[], from: number, limit: number): number | undefined {
  let blanks = 0;
  for (let k = from - 1; k >= 0 && k >= from - limit - blanks; k--) {
    if ((lines[k] as Line).text) return k;
    if (++blanks > 20) return undefined;
  }
  return undefined;
}

/** The header block before an extract's date: the body's name over a few lines. */
function headerBlock(lines: readonly Line[], dateIndex: number): { start: number; lines: Line[] } {
  const block: Line[] = [];
  let k = previousNonBlank(lines, dateIndex, 3);
  let start = dateIndex;
  while (k !== undefined && block.length < 5) {
    const line = lines[k] as Line;
    if (!line.text || line.text.length > 80 || /[.:]$/.test(line.text)) break;
    block.unshift(line);
    start = k;
    k = k > 0 && (lines[k - 1] as Line).text ? k - 1 : undefined;
  }
  return { start, lines: block };
}

/**
 * The extracts of earlier decisions in `lines[from, to)`: an ISO date line, then "§N" (the title on
 * the same line or the next), then the decision's sections. The body header and date that repeat on
 * each page of an extract are dropped from its text.
 */
export function historyIn(
  lines: readonly Line[],
  from: number,
  to: number,
  starts: readonly { item: number; index: number }[],
): FoundHistory[] {
  const marks: {
    at: number;
    dateIndex: number;
    header: { start: number; lines: Line[] };
    number: number;
    inline?: string;
  }[] = [];
  for (let i = from; i < to; i++) {
    const m = PARAGRAPH_LINE.exec((lines[i] as Line).text);
    if (!m?.[1]) continue;
    const d = previousNonBlank(lines, i, 4);
    if (d === undefined || !ISO_LINE.test((lines[d] as Line).text)) continue;
    marks.push({
      at: i,
      dateIndex: d,
      header: headerBlock(lines, d),
      number: Number(m[1]),
      ...(m[2] ? { inline: m[2] } : {}),
    });
  }
  const found: FoundHistory[] = [];
  for (let n = 0; n < marks.length; n++) {
    const mark = marks[n] as (typeof marks)[number];
    const next = marks[n + 1];
    const nextItem = starts.find((s) => s.index > mark.at)?.index ?? to;
    const end = Math.min(next ? next.header.start : to, nextItem);
    let titleIndex = mark.at;
    let rawTitle = mark.inline;
    if (!rawTitle) {
      for (let j = mark.at + 1; j < end; j++) {
        if ((lines[j] as Line).text) {
          rawTitle = (lines[j] as Line).text;
          titleIndex = j;
          break;
        }
      }
    }
    const date = (lines[mark.dateIndex] as Line).text;
    const skip = new Set(mark.header.lines.map((l) => lineKey(l.text)));
    skip.add(date);
    const body = lines.slice(titleIndex + 1, end).map((l) => (skip.has(lineKey(l.text)) ? { ...l, text: '' } : l));
    const text = joinText(body);
    if (!text) continue;
    const { sections, loose } = splitSections(body, true);
    const pick = (role: string) => sections.filter((s) => s.role === role).map((s) => s.lines);
    const decisions = decisionsOf({
      decisionSections: pick('decision'),
      proposalSections: pick('proposal'),
      motionSections: pick('motions'),
      narrative: loose,
    });
    const title = rawTitle ? parseTitle(rawTitle) : undefined;
    const entry: HistoryEntry = {
      date,
      paragraph: mark.number,
      ...(title?.title ? { title: title.title } : {}),
      text,
      decisions,
    };
    const item = [...starts].reverse().find((s) => s.index < mark.at)?.item;
    const bodyName = mark.header.lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    found.push({
      entry,
      ...(title?.caseNumber ? { caseNumber: title.caseNumber } : {}),
      ...(bodyName ? { body: bodyName } : {}),
      ...(item !== undefined ? { item } : {}),
      no: (lines[mark.at] as Line).no,
    });
  }
  return found;
}

/**
 * Names of the body the attached documents address: "Tjänsteskrivelse (Gemensam nämnd för samverkan …)",
 * over one line or several. An agenda often names its body only there.
 */
export function addresseesOf(lines: readonly Line[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (!/^tjänsteskrivelse\b/i.test(text)) continue;
    let joined = text.replace(/^tjänsteskrivelse\s*/i, '');
    let j = i;
    if (!joined) {
      j = i + 1;
      while (j < lines.length && !(lines[j] as Line).text) j++;
      joined = (lines[j] as Line | undefined)?.text ?? '';
    }
    if (!joined.startsWith('(')) continue;
    while (!joined.includes(')') && j + 1 < lines.length && j < i + 12) {
      j++;
      joined += ` ${(lines[j] as Line).text}`;
    }
    const m = /^\(([^()]{3,200})\)/.exec(joined.replace(/\s+/g, ' '));
    if (m?.[1]) names.push(m[1].trim());
  }
  return names;
}
