import type { HistoryEntry } from '../model/paragraph.js';
import { caseKey } from '../model/primitives.js';
import { findDates, resolveDate } from './dates.js';
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

/** An earlier step of a case that a paragraph's text tells of, with the date and body it names. */
export interface ToldStep {
  date: string;
  /** The § when one follows the date ("den 14 februari 2020, § 8"). */
  paragraph?: number;
  /**
   * The body whose step it was, when the sentence names one ("regionens samverkansråds sammanträde"):
   * `own` when it names the body of the record itself ("nämndens sammanträde" in a nämnd's record).
   */
  body?: string | 'own';
  sentence: string;
}

const BODY_NOUN =
  '(?:\\p{L}*(?:nämnd|nämnden|styrelse|styrelsen|råd|rådet|förbund|förbundet|fullmäktige|utskott|utskottet|direktion|direktionen))';
// "<body> beslutade", "behandlade <body>" (Swedish puts the verb second: "Den 14 februari behandlade nämnden").
const VERB = '(?:beslutade|behandlade|antog|fastställde|fattade|gav|tog)';
const SUBJECT_FIRST = new RegExp(`((?:\\p{Lu}\\p{L}*\\s+){0,3}${BODY_NOUN})\\s+${VERB}(?![\\p{L}])`, 'u');
const VERB_FIRST = new RegExp(`${VERB}\\s+((?:\\p{Lu}\\p{L}*\\s+){0,3}${BODY_NOUN})(?![\\p{L}])`, 'u');
const MEETING_WORD = /^(?:sammanträde|sammanträdet|möte|mötet)$/iu;
/** Words by which a record speaks of its own body. */
const GENERIC =
  /^(?:nämnden|styrelsen|rådet|förbundet|fullmäktige|utskottet|direktionen|gruppen|gemensamma nämnden)$/iu;

/** "regionens samverkansråds sammanträde" → "regionens samverkansråd": the genitive words before the meeting word. */
function ownerOfMeeting(sentence: string): string | undefined {
  const words = sentence.split(/[\s,]+/);
  for (let i = 1; i < words.length; i++) {
    if (!MEETING_WORD.test(words[i] ?? '')) continue;
    const head = words[i - 1] ?? '';
    if (!/\p{L}{3,}s$/u.test(head)) continue;
    const name = [head.slice(0, -1)];
    // Further words belong to the name while they are genitives themselves or capitalised (a proper name).
    for (let k = i - 2; k >= 0 && name.length < 5; k--) {
      const w = words[k] ?? '';
      if (/^\p{L}+(?:ens|ets|s)$/u.test(w) && !/^(?:dess|hans|hennes|deras|vars)$/iu.test(w)) name.unshift(w);
      else if (/^\p{Lu}\p{L}+$/u.test(w) && k > 0) name.unshift(w);
      else break;
    }
    return name.join(' ');
  }
  return undefined;
}

/** The body a sentence says took the step, or `own` for the record's own ("nämnden"). */
function bodyOf(sentence: string): string | 'own' | undefined {
  const found = ownerOfMeeting(sentence) ?? SUBJECT_FIRST.exec(sentence)?.[1] ?? VERB_FIRST.exec(sentence)?.[1];
  if (!found) return undefined;
  const name = found.replace(/\s+/g, ' ').trim();
  if (GENERIC.test(name) || GENERIC.test(`${name}en`)) return 'own';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Dated sentences in a case's text that tell of an earlier step ("Den 14 februari 2020, § 8, behandlade
 * nämnden …", "Ärendet återupptogs på regionens samverkansråds sammanträde den 9 november 2020"): the
 * date, the § when one follows it, and the body the sentence names. Only dates with a year, before the
 * record's own date when it has one; nothing is inferred beyond what the sentence says.
 */
export function toldHistory(text: string, before: string | undefined): ToldStep[] {
  const out: ToldStep[] = [];
  for (const sentence of text.split(/(?<=\.)\s+|\n+/)) {
    const mention = findDates(sentence).find((m) => m.year !== undefined);
    const date = mention ? resolveDate(mention) : undefined;
    if (!mention || !date || (before && date >= before)) continue;
    const after = sentence.slice(mention.index + mention.length, mention.index + mention.length + 12);
    const section = /^,?\s*§\s*(\d+)/.exec(after)?.[1] ?? /§\s*(\d+)/.exec(sentence)?.[1];
    const trimmed = sentence.trim();
    const clipped = trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
    const body = bodyOf(trimmed);
    out.push({
      date,
      ...(section ? { paragraph: Number(section) } : {}),
      ...(body ? { body } : {}),
      sentence: clipped,
    });
  }
  return out;
}
