import type { Diagnostic } from '../model/diagnostic.js';
import type { ParagraphRange } from '../model/meeting.js';
import type { ParagraphType } from '../model/paragraph.js';
import { assignmentsOf } from './assignments.js';
import { decisionsOf, type Point, proposalsOf } from './decisions.js';
import type { ParsedParagraph } from './document.js';
import type { Line } from './lines.js';
import { joinText, sentencesOf } from './lines.js';
import { isPersonName } from './participants.js';
import { type FoundSchedule, schedulesOf } from './schedule.js';
import { type RawSection, sectionHeading, splitSections } from './sections.js';

/**
 * Paragraphs (§) of minutes and items of agendas: their headings ("§750 Title (I)", "## §755 …",
 * "§ 612 Title", "3. Title (GNS/10/2020)"), and what each holds: sections, presenters, decisions,
 * assignments, schedules, distribution and documents.
 */

/** A paragraph heading found in the text. */
export interface Heading {
  /** Index of the heading line in the document's lines, and of the line holding the title. */
  index: number;
  titleIndex: number;
  number: number;
  title: string;
  types: ParagraphType[];
  caseNumber?: string;
  /** Its 1-based line number in the original text. */
  no: number;
}

const TYPE_CODES: Readonly<Record<string, ParagraphType>> = {
  B: 'decision',
  I: 'information',
  P: 'plan',
  R: 'recommendation',
  U: 'follow-up',
};

const CASE_IN_PARENS = /\s*\(((?:Dnr\.?\s*)?(?:[A-ZÅÄÖ]{1,10}[ /-]?)?\d{1,4}[/:.-]\d{1,6}(?:[/:.-]\d{1,6})?)\)\s*$/u;
const CASE_AFTER_DNR = /\s+(?:dnr|diarienr|diarienummer)\.?:?\s*(\S.{0,40})$/iu;

/** A case number (diarienummer) as written on a line of its own, e.g. "GNS/10/2020" or "Dnr KS 2023/123". */
export function caseNumberOfLine(text: string): string | undefined {
  const m =
    /^(?:(?:dnr|diarienr|diarienummer|ärendenummer)\.?:?\s*)?((?:[A-ZÅÄÖ]{1,10}[ /-]?)?\d{1,4}[/:.-]\d{1,6}(?:[/:.-]\d{1,6})?)$/iu.exec(
      text.trim(),
    );
  if (!m?.[1] || /^\d{4}-\d{2}-\d{2}$/.test(m[1])) return undefined;
  return /[A-Za-zÅÄÖåäö]/.test(m[1]) || /dnr|diarie/i.test(text) ? m[1] : undefined;
}

/**
 * A heading's title with what it carries taken off: type codes "(B)", "(I)" (several per heading:
 * "Datum 2024 (B) och plats (I)") and the case number "(GNS/10/2020)".
 */
export function parseTitle(raw: string): { title: string; types: ParagraphType[]; caseNumber?: string } {
  // Headings are read twice (before and after the range is known); remember the last few.
  const cached = titles.get(raw);
  if (cached) return { ...cached, types: [...cached.types] };
  const parsed = readTitle(raw);
  if (titles.size > 2000) titles.clear();
  titles.set(raw, parsed);
  return { ...parsed, types: [...parsed.types] };
}

const titles = new Map<string, { title: string; types: ParagraphType[]; caseNumber?: string }>();

function readTitle(raw: string): { title: string; types: ParagraphType[]; caseNumber?: string } {
  const types: ParagraphType[] = [];
  let title = raw.replace(/\s*\(([BIPRU](?:\s*[,/]\s*[BIPRU])*)\)/g, (_, codes: string) => {
    for (const code of codes.split(/\s*[,/]\s*/)) {
      const type = TYPE_CODES[code];
      if (type && !types.includes(type)) types.push(type);
    }
    return '';
  });
  let caseNumber: string | undefined;
  const inParens = CASE_IN_PARENS.exec(title);
  if (inParens?.[1] && !/^\d{4}-\d{2}-\d{2}$/.test(inParens[1])) {
    caseNumber = inParens[1].replace(/^Dnr\.?\s*/i, '');
    title = title.slice(0, inParens.index);
  } else {
    const dnr = CASE_AFTER_DNR.exec(title);
    if (dnr?.[1]) {
      caseNumber = dnr[1].trim();
      title = title.slice(0, dnr.index);
    }
  }
  title = title.replace(/\s+/g, ' ').trim();
  return { title, types, ...(caseNumber ? { caseNumber } : {}) };
}

const PARAGRAPH_HEADING = /^§\s*(\d{1,4})(?:\s*[.:–-])?(?:\s+(\S.*))?$/u;
const ITEM_HEADING = /^(\d{1,3})[.)]\s+(\S.*)$/u;
// "§ 7 i reglementet …", "§ 5 st 2": a reference at the start of a line, not a heading.
const SENTENCE_START = /^(?:i|och|enligt|som|samt|att|ska|är|har)\s|^(?:kap|st|mom|punkt|p)\.?\s*\d/u;

function plausibleTitle(title: string): boolean {
  return (
    title.length > 0 &&
    title.length <= 200 &&
    !(title.endsWith('.') && title.length > 120) &&
    !SENTENCE_START.test(title)
  );
}

/**
 * The § headings of minutes, in order. Numbers must rise (minutes number their paragraphs in order)
 * and, when the header states a range, lie in it; a "§ 7 i reglementet …" at the start of a line is
 * thereby not a heading. A heading may hold only the number, with the title on the next line.
 */
export function paragraphHeadings(lines: readonly Line[], range?: ParagraphRange): Heading[] {
  const found: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!line.text.startsWith('§')) continue;
    const m = PARAGRAPH_HEADING.exec(line.text);
    if (!m?.[1]) continue;
    const number = Number(m[1]);
    let titleIndex = i;
    let rawTitle = m[2];
    if (!rawTitle) {
      for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
        const next = (lines[j] as Line).text;
        if (next === '') continue;
        if (!next.startsWith('§') && !sectionHeading(next) && next.length <= 200) {
          rawTitle = next;
          titleIndex = j;
        }
        break;
      }
    }
    if (!rawTitle) continue;
    const parsed = parseTitle(rawTitle);
    if (!plausibleTitle(parsed.title)) continue;
    if (range && (number < range.from || number > range.to)) continue;
    const last = found[found.length - 1];
    if (last && number <= last.number) continue;
    found.push({ index: i, titleIndex, number, ...parsed, no: line.no });
  }
  return found;
}

/**
 * The numbered items of an agenda ("1. Fastställande av föredragningslista", "3. Title (GNS/10/2020)"),
 * which must run 1, 2, 3 … without gaps, so numbered points inside an item ("1. Nämnden uppmanar …")
 * are never taken for items.
 */
export function agendaItemHeadings(lines: readonly Line[]): Heading[] {
  const found: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const m = ITEM_HEADING.exec(line.text);
    if (!m?.[1] || !m[2]) continue;
    const number = Number(m[1]);
    const expected = found.length === 0 ? 1 : (found[found.length - 1] as Heading).number + 1;
    if (number !== expected) continue;
    const parsed = parseTitle(m[2]);
    if (!plausibleTitle(parsed.title) || parsed.title.endsWith('.')) continue;
    found.push({ index: i, titleIndex: i, number, ...parsed, no: line.no });
  }
  return found;
}

/** What a paragraph is read with. */
export interface ParagraphContext {
  /** Minutes record decisions and assignments; an agenda only proposes. */
  minutes: boolean;
  meetingDate?: string;
  diagnostics: Diagnostic[];
}

const linesOf = (sections: readonly RawSection[], role: RawSection['role']) =>
  sections.filter((s) => s.role === role).map((s) => s.lines);

function listItems(lines: readonly Line[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const text = line.text.replace(/^[-•]\s+/, '').trim();
    if (!text || /^organisation\/person som/i.test(text)) continue;
    const parts = text.split(/\s*,\s*/);
    const many = parts.length >= 3 || (parts.length === 2 && parts.every((p) => p.split(/\s+/).length <= 4));
    for (const part of many ? parts : [text]) {
      const clean = part.replace(/[.;]$/, '').trim();
      if (clean && !items.includes(clean)) items.push(clean);
    }
  }
  return items;
}

/** Presenters: the names in a "Föredragande" section, or after "föredrogs av" / "Föredragande:". */
function presentersOf(sections: readonly RawSection[], narrative: readonly { text: string }[]): string[] {
  const names: string[] = [];
  const add = (raw: string) => {
    const name =
      raw
        .split(',')[0]
        ?.replace(/\(.*?\)/g, '')
        .trim() ?? '';
    if (isPersonName(name) && !names.includes(name)) names.push(name);
  };
  for (const lines of linesOf(sections, 'presenters')) {
    for (const line of lines) {
      if (!line.text) continue;
      for (const piece of line.text.split(/\s+och\s+|\s*;\s*/u)) add(piece);
    }
  }
  for (const s of narrative) {
    if (!s.text.includes('föredr')) continue;
    const m = /föredr(?:ogs|as)\s+av\s+(.+)$/iu.exec(s.text);
    if (!m?.[1]) continue;
    for (const piece of m[1].replace(/\.$/, '').split(/\s+och\s+/u)) add(piece);
  }
  return names;
}

/**
 * One paragraph from its heading and its lines (layout already blanked out): text, sections,
 * presenters, distribution, documents, decisions (minutes) or proposals (agenda), assignments and
 * the schedules it decides or proposes.
 */
export function buildParagraph(
  heading: Heading,
  body: readonly Line[],
  context: ParagraphContext,
): { paragraph: ParsedParagraph; schedules: FoundSchedule[]; sentences: { text: string; no: number }[] } {
  const { sections, loose } = splitSections(body, context.minutes);
  const text = joinText(body);
  const narrative = [...loose, ...sections.filter((s) => s.role === 'text').flatMap((s) => s.lines)].sort(
    (a, b) => a.no - b.no,
  );
  const sentences = sentencesOf(narrative);
  const sources = {
    decisionSections: linesOf(sections, 'decision'),
    proposalSections: linesOf(sections, 'proposal'),
    motionSections: linesOf(sections, 'motions'),
    narrative,
    narrativeSentences: sentences,
  };
  const paragraph: ParsedParagraph = {
    number: heading.number,
    title: heading.title,
    types: heading.types,
    presenters: presentersOf(sections, sentences),
    sections: sections.map((s) => ({ heading: s.heading, text: joinText(s.lines) })),
    decisions: [],
    assignments: [],
    distribution: listItems(linesOf(sections, 'distribution').flat()),
    documents: listItems(linesOf(sections, 'documents').flat()).filter(Boolean),
    history: [],
  };
  if (text) paragraph.text = text;
  const caseNumber = heading.caseNumber ?? firstCaseNumber(body);
  if (caseNumber) paragraph.caseNumber = caseNumber;
  let decided = false;
  if (context.minutes) {
    paragraph.decisions = decisionsOf(sources, context.meetingDate);
    decided = paragraph.decisions.some((d) => d.outcome === 'approved');
    const decisionSentences = sources.decisionSections.length > 0 ? sentencesOf(sources.decisionSections.flat()) : [];
    const ordered =
      decisionSentences.length > 0 ? [...decisionSentences, ...sentences].sort((a, b) => a.no - b.no) : sentences;
    paragraph.assignments = assignmentsOf(ordered, {
      ...(context.meetingDate ? { meetingDate: context.meetingDate } : {}),
    });
  } else {
    const proposals = proposalsOf(sources).map((p: Point) => ({
      ...(p.point !== undefined ? { point: p.point } : {}),
      text: p.text,
    }));
    if (proposals.length > 0) paragraph.proposals = proposals;
  }
  const schedules = schedulesOf(
    body,
    {
      paragraph: heading.number,
      title: heading.title,
      ...(caseNumber ? { caseNumber } : {}),
      status: decided ? 'decided' : 'proposed',
      ...(context.meetingDate ? { meetingDate: context.meetingDate } : {}),
    },
    context.diagnostics,
  );
  return { paragraph, schedules, sentences };
}

function firstCaseNumber(body: readonly Line[]): string | undefined {
  let seen = 0;
  for (const line of body) {
    if (!line.text) continue;
    if (++seen > 3) break;
    const found = caseNumberOfLine(line.text);
    if (found) return found;
  }
  return undefined;
}
