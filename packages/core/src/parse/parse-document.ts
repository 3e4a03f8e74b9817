import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Attachment } from '../model/meeting.js';
import type { Role } from '../model/participant.js';
import { bodyInText, findBodyName, isWholeBodyName, normaliseBodyName } from './body-name.js';
import { leaveOutCutEnd } from './cut-end.js';
import { withDateColumn } from './date-column.js';
import { findDates } from './dates.js';
import type { ParsedDocument, ParsedParagraph, ParseOptions } from './document.js';
import { type NoticeFacts, readFrontPage } from './front-page.js';
import { withoutFurniture } from './furniture.js';
import { type LabelBlock, matchLabel, readPreamble, readRange } from './header.js';
import { addresseesOf, appendixStarts, type FoundHistory, historyIn, sameCase } from './history.js';
import { detectKind } from './kind.js';
import { labelOfWords } from './label-lexicon.js';
import {
  blankOut,
  isPageNumber,
  type Line,
  lineKey,
  pageHeaderIndices,
  signatureLabelIndices,
  tocIndices,
  toLines,
} from './lines.js';
import { readAdjustment, readNextMeeting, readPeople, readWhen } from './meeting-facts.js';
import { withParagraphSigns } from './paragraph-words.js';
import {
  agendaItemHeadings,
  bodyOf,
  buildParagraph,
  type Heading,
  paragraphHeadings,
  rangeHeadings,
  unnumberedHeadings,
} from './paragraphs.js';
import { finishParticipants, nameKey, parseSignatureLine } from './participants.js';
import { isProgrammeTitle, parseProgramme } from './programme.js';
import { type ProseFacts, readProseFacts } from './prose-facts.js';
import type { FoundSchedule } from './schedule.js';
import { looksLikeSchedulePage, readSchedulePage } from './schedule-page.js';
import { sectionRole } from './sections.js';
import { withoutSignatureTail } from './signature-tail.js';
import { splitAtHeadings } from './split-headings.js';
import { tocEntries, withWeakEntries } from './toc.js';
import { oneSpaced } from './words.js';
import { withWrappedLabels } from './wrapped-labels.js';

/**
 * `parseDocument`: one document's text → the model's facts plus diagnostics. It recognises the parts
 * of a record by what they say (labels, headings, signature words), never by line numbers, and never
 * throws on content: anything it cannot read becomes a diagnostic with the original line number.
 */

const LEGEND = /^[BIPRU]\t+(?:beslut|information|plan|rekommendation|uppföljning)$/iu;
const ATTACHMENTS =
  /^(?:bilagor|bilaga|bilageförteckning|förteckning över bilagor|bilagor till protokoll(?:et)?)\s*:?$/iu;
const ATTACHMENTS_OF_MINUTES = /^bilagor till protokoll(?:et)?\s*:?$/iu;
const HEADING_LIKE = /^(?:§\s*\d|\d{1,3}[.)]\s)/u;
const AREA = /^delområde\s/iu;
const ACTIVITY = /aktivitet/iu;

/** Reads a document (minutes, agenda or programme) into the model. Never throws on content. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const diagnostics: Diagnostic[] = [];
  try {
    return read(String(text ?? ''), options, diagnostics);
  } catch (error) {
    // A bug, not the document's fault; still a result, so one bad file never stops an import.
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(diagnostic('error', 'internal-error', { detail: message.split('\n')[0] ?? '' }));
    return withFile({ ...empty(), diagnostics }, options);
  }
}

function empty(): ParsedDocument {
  return {
    kind: 'unknown',
    body: {},
    participants: [],
    paragraphs: [],
    schedules: [],
    attachments: [],
    areas: [],
    diagnostics: [],
  };
}

/**
 * The § paragraphs come after the numbered items and open with the first of them, number and title: a
 * meeting's page that lists its items and then gives its minutes. (An agenda's item that quotes an earlier
 * decision, "§14 GNS Revisionsrapport …", does not open with the item it stands in.)
 */
function repeatsItems(paragraphs: readonly Heading[], items: readonly Heading[]): boolean {
  const first = paragraphs[0];
  const last = items[items.length - 1];
  if (!first || !last || first.start <= last.start || !first.title) return false;
  const item = items.find((i) => i.number === first.number);
  const key = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim()
      .slice(0, 40);
  return item?.title !== undefined && key(item.title) === key(first.title);
}

/**
 * "Sammanträdesdatum" / "2026-10-06" / "Kommunstyrelsen" (a page header whose label stands over its date and the
 * body's name): a whole body's name alone on the line right after the date label's date, or after the page's
 * number ("Sida" / "1(2)"), which the label's value (the date) left over.
 */
function bodyUnderDate(blocks: readonly LabelBlock[], lines: readonly Line[]): string | undefined {
  const date = blocks.find((b) => b.key === 'date')?.values[0];
  if (!date || findDates(date.text).length === 0) return undefined;
  // Flattened: "Sammanträdesdatum 2026-05-12 Sida 1(2) Kommunstyrelsen" as the whole rest of the date's line.
  const own = lines.find((l) => l.no === date.no && l.text.includes(date.text));
  if (own) {
    const rest = own.text
      .slice(own.text.indexOf(date.text) + date.text.length)
      .replace(PAGE_MARK, '')
      .trim();
    if (rest && isWholeBodyName(rest)) return normaliseBodyName(rest);
  }
  // "2026-05-12" / "Sida" / "1(2)" / "Kommunstyrelsen": the page's number may stand between (a few lines at most).
  let at = lines.findIndex((l) => l.no === date.no + 1);
  for (let n = 0; at >= 0 && at < lines.length && n < 4; n++, at++) {
    const next = lines[at] as Line;
    if (n === 0 && next.text === '') return undefined;
    if (next.text === '' || PAGE_WORD.test(next.text) || isPageNumber(next.text) || next.mark === 'page') continue;
    if (matchLabel(next.text)) return undefined;
    return isWholeBodyName(next.text) ? normaliseBodyName(next.text) : undefined;
  }
  return undefined;
}

/** "Sida", "Sid" on a line of its own over the page's number. */
const PAGE_WORD = /^(?:sida|sid\.?|blad)$/iu;
/** A page's number leading a text: "Sida 1(2)", "Sid 1 av 2", "1 (2)". */
const PAGE_MARK = /^\s*(?:(?:sida|sid\.?|blad)\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})/iu;

function withFile(doc: ParsedDocument, options: ParseOptions): ParsedDocument {
  if (options.file) for (const d of doc.diagnostics) d.file ??= options.file;
  return doc;
}

// "Ärende nr 3", "Punkt nr. 2": the word may take "nr" before the number.
const ITEM_WORD = /^(?:Punkt|PUNKT|Ärende|ÄRENDE|Ärendenr\.?|ÄRENDENR\.?)(?:\s+(?:nr|NR)\.?)?$/u;
const ITEM_WORD_BEFORE =
  /^(?:Punkt|PUNKT|Ärende|ÄRENDE|Ärendenr\.?|ÄRENDENR\.?)(?:\s+(?:nr|NR)\.?)?\s+(\d{1,3}(?:[.):]\s*|\s+)["“”«]?\p{Lu}.*)$/u;

/**
 * Agenda items numbered with a word ("Punkt 1. Val av justerare", "Ärende 3 Budget") as items numbered
 * without one: the word is the list's way of numbering, not part of an item's text. Changes `lines` in
 * place (it carries the title copies the furniture pass found).
 */
function withoutItemWords<L extends Line[]>(lines: L): L {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    // A split line: "Punkt" / "1. Val av justerare".
    if (ITEM_WORD.test(line.text) && next && /^\d{1,3}[.):]?\s+\p{Lu}/u.test(next.text)) {
      lines[i] = { ...line, text: '' };
      continue;
    }
    const m = ITEM_WORD_BEFORE.exec(line.text);
    if (m?.[1]) lines[i] = { ...line, text: m[1].replace(/^(\d{1,3}):\s*/u, '$1. ') };
  }
  return lines;
}

const ITEM_WORD_IN_LINE =
  /(?<=\S\s+)(?:Punkt|PUNKT|Ärende|ÄRENDE)(?:\s+(?:nr|NR)\.?)?\s+(\d{1,3})[.):]?\s+(?=["“”«]?\p{Lu})/gu;

/**
 * A flattened agenda numbering its items with a word ("… Plats: Kommunhuset Punkt 1 Upprop Punkt 2 Val av
 * justerare …", "Ärende 1 … Ärende 2 …"): the line is cut before each "Punkt n" or "Ärende n" of a run of
 * rising numbers (at least two, n and n + 1), so that no label's value runs on into the items.
 */
function splitAtItemWords(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const text = line.text;
    if (text.length < 20 || !/Punkt|PUNKT|Ärende|ÄRENDE/u.test(text)) {
      out.push(line);
      continue;
    }
    const found = [...text.matchAll(ITEM_WORD_IN_LINE)];
    const cuts: number[] = [];
    for (let k = 0; k < found.length; k++) {
      const n = Number(found[k]?.[1]);
      const rises = Number(found[k + 1]?.[1]) === n + 1 || Number(found[k - 1]?.[1]) === n - 1;
      if (rises) cuts.push(found[k]?.index ?? 0);
    }
    if (cuts.length < 2) {
      out.push(line);
      continue;
    }
    let at = 0;
    for (const cut of [...cuts, text.length]) {
      const piece = text.slice(at, cut).trim();
      if (piece) out.push({ ...line, text: piece, raw: piece });
      at = cut;
    }
  }
  return out;
}

function read(text: string, options: ParseOptions, diagnostics: Diagnostic[]): ParsedDocument {
  // "Paragraf 45" and "§ 12/2026" headings are written "§ 45", "§ 12" where they surely are headings (paragraph-words.ts).
  // A label wrapped over two rows of a two-column page is put back together (wrapped-labels.ts).
  // A flattened agenda's "Punkt 1 … Punkt 2 …" and flattened pages ("3 3 Exp: … 6 Ändring i …") split where
  // items and headings start, keeping their line numbers (the split needs the transcript's page numbers); a
  // page header's "Sammanträdesdatum" over its date is put after the body's name beside it; then viewer chrome
  // and title copies go.
  const lines = withoutItemWords(
    withoutFurniture(
      withDateColumn(splitAtHeadings(splitAtItemWords(withWrappedLabels(withParagraphSigns(toLines(text)))))),
    ),
  );
  const titleCopies = lines.titles ?? [];
  const doc = empty();
  doc.diagnostics = diagnostics;
  const firstText = lines.find((l) => l.text !== '');
  if (!firstText) {
    diagnostics.push(diagnostic('warning', 'empty-document', {}));
    return withFile(doc, options);
  }
  if (options.kind === 'programme' || (!options.kind && looksLikeProgramme(lines)))
    return withFile(readProgramme(lines, doc), options);
  if (options.kind === 'schedule' || (!options.kind && looksLikeSchedulePage(lines)))
    return withFile(readSchedulePage(text, doc), options);

  // Layout first: what every page repeats is not content.
  const toc = tocIndices(lines);
  const labels = signatureLabelIndices(lines);
  const legend = new Set<number>();
  const signatures = new Map<number, { name: string; role: Role; no: number }>();
  const pageNumbers = new Set<number>();
  lines.forEach((line, i) => {
    if (line.text[1] === '\t' && LEGEND.test(line.text)) legend.add(i);
    if (line.mark === 'page' || isPageNumber(line.text)) pageNumbers.add(i);
    if (line.mark === 'toc') toc.add(i);
    const sig = line.text.length < 160 ? parseSignatureLine(line.text) : undefined;
    if (sig) signatures.set(i, { ...sig, no: line.no });
  });
  const keep = (line: Line) =>
    HEADING_LIKE.test(line.text) || sectionRole(line.text) !== undefined || matchLabel(line.text) !== undefined;
  const headers = pageHeaderIndices(lines, keep);
  const light = blankOut(lines, toc, labels, legend, new Set(signatures.keys()));
  const clean = blankOut(light, headers, pageNumbers);

  // The head ends where the first paragraph or item begins.
  const items = agendaItemHeadings(clean);
  const candidates = paragraphHeadings(clean);
  // A first heading that names the body ("Kommunfullmäktige 2024-02-14 § 12") is the head's last line too.
  const firstAt = candidates[0] ? candidates[0].start + (candidates[0].named ? 1 : 0) : lines.length;
  const headerEnd = Math.min(items[0]?.start ?? lines.length, firstAt);
  // The head keeps its signature labels: on the first page they are the signature block, not the boxes
  // repeated on every later page.
  // Blanked after the cut (blankOut leaves indices past the end alone): no copy of the whole document.
  const headEnd = headEndWithin(lines, headerEnd, HEAD_CHARS);
  const headLines = blankOut(
    lines.slice(0, headEnd),
    toc,
    legend,
    headersBesideValues(lines, headers, headEnd),
    pageNumbers,
    new Set(signatures.keys()),
    repeatedRuns(lines, labels),
  );
  const front = readFrontPage(headLines, diagnostics);
  const { blocks } = front;
  // The preamble keeps what every page repeats (the body's name, "PROTOKOLL"): those are its facts.
  const firstLabelAt = front.labels[0] ? front.head.indexAt(front.labels[0].start) : headerEnd;
  const repeated = light.filter((l, i) => i < firstLabelAt && l.text !== '' && clean[i]?.text === '');
  const preamble = readPreamble([...repeated, ...front.preamble].sort((a, b) => a.no - b.no));
  // A page flattened onto one line goes on after its first heading, and a contents list cut out of it may
  // run on into its text: the rest of that line is still the first page, where the notice's sentences
  // stand ("… Ärendelista 1 Information. Anslagsbevis Valnämnden har haft sammanträde …").
  const lastHead = headerEnd > 0 ? lines[headerEnd - 1] : undefined;
  const firstPageRest = lastHead
    ? lines
        .slice(0, headerEnd + 200)
        .filter((l, i) => l.no === lastHead.no && (i >= headerEnd || l.mark === 'toc'))
        .map((l) => l.text)
        .join('\n')
        .slice(0, 20_000)
    : '';
  // A page's quoted title is the document's own first words (often with what its text lost).
  const titleLines: Line[] = titleCopies.map((text) => ({ no: firstText.no, text, raw: text }));
  const detected = detectKind(
    `${titleCopies.map((t) => `${t}\n`).join('')}${front.head.text.slice(0, 6000)}\n${firstPageRest.slice(0, 4000)}`,
    {
      labels: front.labels,
      items: items.length,
      paragraphs: candidates.length,
      markedParagraphs: candidates.filter((h) => h.marked).length,
      paragraphsRepeatItems: repeatsItems(candidates, items),
      decidingTables: front.decidingTables,
    },
  );
  doc.kind = options.kind ?? detected ?? 'unknown';
  if (doc.kind === 'unknown') {
    diagnostics.push(diagnostic('warning', 'unknown-kind', {}, { line: firstText.no }));
  }

  // Body, title and organisation.
  if (preamble.body) doc.body.name = preamble.body;
  else if (front.notice.organ) {
    const organ = findBodyName(front.notice.organ.text);
    if (organ && organ.index === 0) doc.body.name = organ.name;
  }
  if (!doc.body.name) {
    // The page's title copy ("Protokoll KF 2017-06-21.pdf"), then the words of the first page.
    const fromTitle = readPreamble(titleLines).body;
    const inText = fromTitle ?? bodyInText(front.head.text);
    if (inText) doc.body.name = inText;
  }
  if (!doc.body.name) {
    const under = bodyUnderDate(blocks, lines);
    if (under) doc.body.name = under;
  }
  if (preamble.orgNumber) doc.body.orgNumber = preamble.orgNumber;
  if (preamble.organisation) doc.body.organisation = commonestVariant(lines, preamble.organisation);
  if (preamble.title) doc.title = preamble.title;

  // When and where.
  const noticeDate = front.notice.meetingDate;
  readWhen(
    doc,
    blocks,
    options,
    diagnostics,
    { text: front.head.text.slice(0, 4000), no: front.preamble[0]?.no ?? firstText.no },
    [
      ...(preamble.when ? [{ ...preamble.when, place: true }] : []),
      ...(preamble.date ? [preamble.date] : []),
      ...(preamble.time ? [preamble.time] : []),
      ...(noticeDate ? [{ text: noticeDate.date, no: noticeDate.no }] : []),
    ],
  );
  if (noticeDate && doc.date && noticeDate.date !== doc.date) {
    const dates = { notice: noticeDate.date, head: doc.date };
    diagnostics.push(diagnostic('warning', 'notice-date-differs', dates, { line: noticeDate.no }));
  }
  const meetingDate = doc.date;
  const rangeBlock = blocks.find((b) => b.key === 'range');
  const rangeText = rangeBlock?.values.map((v) => v.text).join(' ') ?? '';
  const range = rangeBlock ? readRange(rangeText) : undefined;
  if (range) doc.paragraphRange = range;
  else if (/\d/u.test(rangeText)) {
    const text = rangeText.slice(0, 40);
    diagnostics.push(diagnostic('warning', 'bad-range', { text }, { line: rangeBlock?.no ?? 1 }));
  }

  // Paragraphs or items, and what follows them.
  const minutes = doc.kind !== 'agenda' && !(doc.kind === 'unknown' && items.length > candidates.length);
  // An agenda whose items are written as headings ("§ 3 …") is read by its headings.
  let headings: Heading[] = minutes
    ? range
      ? paragraphHeadings(clean, range)
      : candidates
    : items.length > 0
      ? items
      : candidates;
  // No § anywhere: numbers without one are headings where they spell out the stated range.
  if (minutes && range && candidates.length === 0) headings = rangeHeadings(clean, range);
  if (minutes && range && headings.length === 0 && candidates.length > 0) {
    const stated = { from: range.from, to: range.to };
    diagnostics.push(diagnostic('warning', 'range-no-heading', stated, { line: rangeBlock?.no ?? 1 }));
    headings = candidates;
  }
  const starts = minutes ? [] : appendixStarts(light, headings);
  let end = starts[0]?.index ?? lines.length;
  const lastHeading = headings[headings.length - 1]?.index ?? headerEnd;
  // "Bilagor till protokollet" says what it is wherever it stands; a bare "Bilagor" only after the paragraphs.
  const attachmentAt =
    findAttachments(clean, lastHeading, end) ?? findAttachments(clean, headerEnd - 1, end, ATTACHMENTS_OF_MINUTES);
  if (attachmentAt) {
    doc.attachments = attachmentAt.attachments;
    if (attachmentAt.index > lastHeading) end = Math.min(end, attachmentAt.index);
  }
  // A notice block after the last paragraph ("Organ | …", "Datum då anslaget sätts upp | …"): the notice's,
  // no part of that paragraph's distribution or decision.
  const tailNotice = trailingNoticeAt(clean, lastHeading + 1, end);
  // At most a page of lines is read as that block.
  const tailNoticeEnd = tailNotice === undefined ? 0 : Math.min(end, tailNotice + 200);
  if (tailNotice !== undefined) end = tailNotice;
  const schedules: FoundSchedule[] = [];
  const sentences: { text: string; no: number }[] = [];
  const sentencesOfParagraph = new Map<ParsedParagraph, { text: string; no: number }[]>();
  // Tables of contents and lists before the paragraphs: titles and numbers no heading gives.
  const weak = { toc: tocEntries(lines, toc, diagnostics), ...(minutes ? { items } : {}) };
  const numbered = withWeakEntries(headings, weak, diagnostics);
  const paragraphs = numbered.length > 0 ? numbered : unnumberedHeadings(clean);
  // The text with its signature labels, which `clean` leaves out as page furniture: a block they open
  // ("Justerandes signatur" / "Utdragsbestyrkande" / "Maria Sund") still ends the last paragraph there.
  const signing =
    labels.size > 0
      ? clean.map((l, i) =>
          labels.has(i) && !headers.has(i) && !pageNumbers.has(i) && !toc.has(i) ? (lines[i] as Line) : l,
        )
      : undefined;
  paragraphs.forEach((h) => {
    const stop = Math.min(h.end ?? end, end);
    // A closing "Vid protokollet … Justeras …" is no part of the last paragraph's decision.
    const built = buildParagraph(h, withoutClosingBlock(bodyOf(h, clean, stop), signing && bodyOf(h, signing, stop)), {
      minutes,
      ...(meetingDate ? { meetingDate } : {}),
      diagnostics,
    });
    const page = options.pages?.[h.no];
    if (page !== undefined && Number.isInteger(page) && page > 0) built.paragraph.page = page;
    doc.paragraphs.push(built.paragraph);
    schedules.push(...built.schedules);
    for (const sentence of built.sentences) sentences.push(sentence);
    sentencesOfParagraph.set(built.paragraph, built.sentences);
  });
  const histories = starts.length > 0 ? historyIn(light, starts[0]?.index ?? end, lines.length, starts) : [];
  doc.schedules = schedules;
  checkRange(doc, headings, rangeBlock?.no, diagnostics);

  // People.
  const headSentences = sentencesAround(front.head.text, /juster|sekreterare|ordföranden/giu);
  const people = readPeople(blocks, front.signed, signatures, sentences, diagnostics, headSentences, front.tabled);
  // Each person's key made once (at the first presenter), not once per presenter.
  let peopleKeys: string[] | undefined;
  for (const p of doc.paragraphs) {
    for (const name of p.presenters) {
      peopleKeys ??= people.map((x) => nameKey(x.name));
      const found = people[peopleKeys.indexOf(nameKey(name))];
      if (found && !found.roles.includes('presenter')) found.roles.push('presenter');
    }
  }
  doc.participants = finishParticipants(people);

  // Next meeting, adjustment, rules.
  readNextMeeting(doc, blocks, sentencesOfParagraph, sentences, meetingDate, diagnostics);
  const paragraphOfLine = new Map<number, number>();
  for (const [p, list] of sentencesOfParagraph) {
    if (p.number !== undefined) for (const s of list) paragraphOfLine.set(s.no, p.number);
  }
  readAdjustment(doc, blocks, people, [...headSentences, ...sentences], meetingDate, diagnostics, (line) =>
    paragraphOfLine.get(line),
  );
  // The head's notice first; a notice block after the paragraphs gives what the head's does not.
  const notice =
    tailNotice === undefined
      ? front.notice
      : { ...readFrontPage(lines.slice(tailNotice, tailNoticeEnd), []).notice, ...front.notice };
  applyNotice(doc, notice, diagnostics);
  // The head's sentences, and an agenda's item titles ("Tid och plats för justering: tisdagen den 10 mars …").
  const proseText = `${front.head.text}\n${firstPageRest}\n${doc.kind === 'agenda' ? doc.paragraphs.map((p) => p.title).join('\n') : ''}`;
  applyProse(doc, readProseFacts(proseText, doc.date), front.head.lineAt);

  // The body: from the head, else from the documents an agenda carries (whom the reports address,
  // whose decisions the extracts quote).
  if (!doc.body.name && doc.kind === 'agenda') {
    const named = commonest([...addresseesOf(light), ...histories.map((h) => h.body ?? '')]);
    if (named) doc.body.name = named;
  }
  attachHistory(doc.paragraphs, histories, doc, diagnostics);
  if (!doc.body.name && doc.kind !== 'unknown' && !options.body) {
    const hint = doc.title ? { title: doc.title } : (mentionedBody(text) ?? {});
    diagnostics.push(diagnostic('warning', 'no-body-named', hint, { line: firstText.no }));
  }
  let last = lines.length - 1;
  while (last > 0 && (lines[last] as Line).text === '') last--;
  leaveOutCutEnd(doc, text, (lines[last] as Line).no);
  if (doc.kind !== 'unknown' && doc.paragraphs.length === 0) {
    diagnostics.push(diagnostic('warning', 'no-paragraphs', { agenda: doc.kind === 'agenda' }));
  }
  return withFile(doc, options);
}

/**
 * A paragraph's lines without the signature block that closes them, found on the same lines with their
 * signature labels (`signed`, index for index): the block's names go with its labels.
 */
function withoutClosingBlock(body: readonly Line[], signed: readonly Line[] | undefined): readonly Line[] {
  const plain = withoutSignatureTail(body);
  if (!signed || signed.length !== body.length) return plain;
  const cut = withoutSignatureTail(signed);
  if (cut === signed || cut.length >= plain.length) return plain;
  // Only where the labels start the block earlier: up to its start, each line as `body` has it.
  const out = body.slice(0, cut.length);
  const last = cut.length - 1;
  if (last >= 0 && (cut[last] as Line).text !== (signed[last] as Line).text) out[last] = cut[last] as Line;
  return out;
}

/** The most text read as the head: a first page and its notice, a few pages even when flattened. */
const HEAD_CHARS = 30_000;

/** Where the head ends: at the first paragraph, or where its text passes `limit` characters. */
function headEndWithin(lines: readonly Line[], end: number, limit: number): number {
  let chars = 0;
  for (let i = 0; i < end; i++) {
    chars += (lines[i] as Line).text.length + 1;
    if (chars > limit) return Math.max(1, i);
  }
  return end;
}

/**
 * The signature labels that recur as runs on several pages ("Ordförande / Justerande /
 * Utdragsbestyrkande" boxes under every page): furniture even on the first page. A run printed once is
 * the first page's signature block and stays.
 */
function repeatedRuns(lines: readonly Line[], labels: ReadonlySet<number>): Set<number> {
  const runs: number[][] = [];
  let run: number[] = [];
  const sorted = [...labels].sort((a, b) => a - b);
  for (const i of sorted) {
    const prev = run[run.length - 1];
    if (prev !== undefined && lines.slice(prev + 1, i).some((l) => l.text !== '')) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  }
  if (run.length > 0) runs.push(run);
  // Boxes under every page come as several runs (their spelling may vary from page to page).
  return new Set(runs.filter((r) => r.length >= 2).length >= 2 ? runs.flat() : []);
}

/**
 * The sentences of a head around the words a pattern finds: on a flattened page a "sentence" may run for a
 * whole page, so each is cut to its own full stops, and at most 300 characters either side.
 */
function sentencesAround(text: string, re: RegExp): { text: string; no: number }[] {
  const out: { text: string; no: number }[] = [];
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(head); m !== null && out.length < 50; m = re.exec(head)) {
    if (m.index < last) continue;
    // A full stop or blank line further back than 300 characters does not move `from`: each is looked for in
    // those 300 (and the two at the match), not back to the head's start from every match.
    const lo = Math.max(m.index - 300, 0);
    const near = head.slice(lo, m.index + 2);
    const stop = near.lastIndexOf('. ');
    const blank = near.lastIndexOf('\n\n');
    const from = Math.max(stop === -1 ? 0 : lo + stop + 1, blank === -1 ? 0 : lo + blank + 1, m.index - 300, 0);
    const to = Math.min(sentenceStop(head, m.index), m.index + 300);
    out.push({ text: oneSpaced(head.slice(from, to)).trim(), no: 1 });
    last = to;
  }
  return out;
}

const SENTENCE_STOP = /\.(?:\s|$)|\n\s*\n/u;

/**
 * Just past the full stop (or at the blank line) that ends the sentence at `from`, or the text's end. Only
 * the first 300 characters matter to the caller: it looks there first, and reads on only when that window
 * ends in whitespace after a line break (a blank line may be cut there). Without the window, a head with no
 * full stops (a page flattened onto one line) was scanned to its end from every match.
 */
function sentenceStop(text: string, from: number): number {
  const window = text.slice(from, from + 302);
  const stop = window.search(SENTENCE_STOP);
  if (stop !== -1 && stop < 299) return from + stop + 1;
  if (from + 302 >= text.length || !/\n\s*$/u.test(window))
    return stop === -1 ? text.length : from + Math.max(stop, 299) + 1;
  const far = text.slice(from).search(SENTENCE_STOP);
  return far === -1 ? text.length : from + far + 1;
}

/** What the head's sentences say of the adjustment and the notice, where fields did not. */
function applyProse(doc: ParsedDocument, prose: ProseFacts, lineAt: (offset: number) => number): void {
  if (doc.kind === 'unknown' || doc.kind === 'programme' || doc.kind === 'schedule') return;
  const adjustment = doc.adjustment ?? { signatories: [] };
  if (prose.adjustmentDate && !adjustment.date) adjustment.date = prose.adjustmentDate.date;
  if (prose.adjustmentPlace && !adjustment.place) adjustment.place = prose.adjustmentPlace.text;
  if (doc.kind !== 'agenda') {
    if (prose.noticeUp && !adjustment.noticeDate) adjustment.noticeDate = prose.noticeUp.date;
    if (prose.noticeDown && !adjustment.noticeEndDate) adjustment.noticeEndDate = prose.noticeDown.date;
  }
  void lineAt;
  if (Object.keys(adjustment).length > 1 || adjustment.signatories.length > 0) doc.adjustment = adjustment;
}

/** The labels of a notice block, and of the fields in it. */
const NOTICE_FIELDS: ReadonlySet<string> = new Set([
  'notice',
  'organ',
  'notice-up',
  'notice-down',
  'notice-span',
  'storage',
  'signer',
  'appeal',
]);

/**
 * Where a notice block after the last paragraph starts (between `from` and `end`): a line that is a notice
 * label alone or with its value after a tab or colon, with the day the notice goes up or comes down among
 * the block's next lines. A word such as "Organ" alone is no notice.
 */
function trailingNoticeAt(lines: readonly Line[], from: number, end: number): number | undefined {
  let start: number | undefined;
  let seen = 0;
  for (let i = Math.max(0, from); i < end; i++) {
    const text = (lines[i] as Line).text;
    if (text === '') continue;
    const cut = text.search(/[\t:]/u);
    const words = (cut === -1 ? text : text.slice(0, cut)).trim();
    const label = words.length <= 60 ? labelOfWords(words) : undefined;
    if (label && NOTICE_FIELDS.has(label.key)) {
      start ??= i;
      seen = 0;
      if (label.key === 'notice-up' || label.key === 'notice-down') return start;
    } else if (start !== undefined && ++seen > 2) start = undefined;
  }
  return undefined;
}

/** What the notice block states: the days the notice is up, the stated last day of appeal, the storage place. */
function applyNotice(doc: ParsedDocument, notice: NoticeFacts, diagnostics: Diagnostic[]): void {
  if (doc.kind !== 'minutes' && doc.kind !== 'extract') return;
  const adjustment = doc.adjustment ?? { signatories: [] };
  if (notice.up) adjustment.noticeDate = notice.up.date;
  if (notice.down) adjustment.noticeEndDate = notice.down.date;
  if (notice.appeal) adjustment.appealDeadline = notice.appeal.date;
  if (notice.storage && notice.storage.text.length <= 200) adjustment.storage = notice.storage.text;
  if (notice.adjustedBy)
    for (const name of notice.adjustedBy.names)
      if (!adjustment.signatories.includes(name)) adjustment.signatories.push(name);
  if (adjustment.date && adjustment.noticeDate && adjustment.noticeDate < adjustment.date) {
    const dates = { notice: adjustment.noticeDate, adjustment: adjustment.date };
    diagnostics.push(diagnostic('warning', 'notice-before-adjustment', dates, { line: notice.up?.no ?? 1 }));
    delete adjustment.noticeDate;
  }
  if (Object.keys(adjustment).length > 1 || adjustment.signatories.length > 0) doc.adjustment = adjustment;
}

function looksLikeProgramme(lines: readonly Line[]): boolean {
  const first = lines.find((l) => l.text !== '');
  if (first && isProgrammeTitle(first.text)) return true;
  let areas = 0;
  for (const l of lines) if (AREA.test(l.text)) areas++;
  return areas >= 2 && lines.some((l) => l.text.includes('\t') && ACTIVITY.test(l.text));
}

function readProgramme(lines: readonly Line[], doc: ParsedDocument): ParsedDocument {
  const p = parseProgramme(lines, doc.diagnostics);
  doc.kind = 'programme';
  if (p.title) doc.title = p.title;
  if (p.date) doc.date = p.date;
  if (p.body) doc.body.name = p.body;
  if (p.author) doc.author = p.author;
  if (p.authorDate) doc.authorDate = p.authorDate;
  doc.areas = p.areas;
  if (!p.date) doc.diagnostics.push(diagnostic('warning', 'programme-no-date', {}));
  return doc;
}

/** The spelling of `value` the document uses most ("Kommunalsamverkan" on eight pages, "Kommunsamverkan" on one). */
function commonestVariant(lines: readonly Line[], value: string): string {
  const first = value.split(/\s+/)[0]?.toLowerCase() ?? '';
  const tail = value.split(/\s+/).slice(-2).join(' ').toLowerCase();
  const near = (t: string) => Math.abs(t.length - value.length) <= 12;
  const variants: string[] = [];
  for (const { text: raw } of lines) {
    // A page header may carry the org number on the same line ("Styrelsen … ek för 769602-5290").
    const t = raw.replace(/\s*\d{6}-\d{4}\s*$/u, '');
    if (near(t) && t.toLowerCase().startsWith(first) && t.toLowerCase().endsWith(tail)) variants.push(t);
  }
  return commonest(variants) ?? value;
}

function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, { value: string; n: number }>();
  for (const v of values) {
    const value = v.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    const key = lineKey(value);
    const entry = counts.get(key) ?? { value, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { value: string; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.value;
}

/** A body the text keeps naming, for a hint when the head does not ("the text mentions Hälsingerådet 9 times"). */
function mentionedBody(text: string): { mentioned: string; times: number } | undefined {
  const counts = new Map<string, number>();
  // Find the endings first (cheap), then walk back to the start of the word: a scan with a
  // look-behind at every position of the text cost a quarter of a parse.
  const re = /(?:rådet|nämnden|styrelsen|förbundet)s?(?![\p{L}])/gu;
  let n = 0;
  for (let m = re.exec(text); m !== null && n < 1000; m = re.exec(text), n++) {
    let start = m.index;
    while (start > 0 && start > m.index - 40 && /\p{L}/u.test(text[start - 1] ?? '')) start--;
    const name = text.slice(start, m.index + m[0].length).replace(/s$/, '');
    if (!/^\p{Lu}\p{Ll}+$/u.test(name) || name.length === m[0].length) continue;
    if (!/^(?:Länsstyrelsen|Kommunstyrelsen|Regionstyrelsen)$/u.test(name))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[1] >= 3 ? { mentioned: best[0], times: best[1] } : undefined;
}

/** "Bilagor" after the last paragraph (or a `heading` anywhere after `from`), and the list under it. */
function findAttachments(
  lines: readonly Line[],
  from: number,
  to: number,
  heading = ATTACHMENTS,
): { index: number; attachments: Attachment[] } | undefined {
  for (let i = Math.max(0, from + 1); i < to; i++) {
    if (!heading.test((lines[i] as Line).text)) continue;
    const attachments: Attachment[] = [];
    for (let j = i + 1; j < to; j++) {
      const t = (lines[j] as Line).text.replace(/^[-•]\s+/, '').trim();
      if (!t) continue;
      if (HEADING_LIKE.test(t) && !/^\d+[.)]\s/.test(t)) break;
      attachments.push({ title: t });
    }
    if (attachments.length > 0) return { index: i, attachments };
  }
  return undefined;
}

/** Puts each extract of an earlier decision on the item with the same case number (or whose documents hold it). */
function attachHistory(
  paragraphs: ParsedParagraph[],
  found: readonly FoundHistory[],
  doc: ParsedDocument,
  diagnostics: Diagnostic[],
): void {
  for (const h of found) {
    const target =
      (h.caseNumber
        ? paragraphs.find((p) => p.caseNumber && sameCase(p.caseNumber, h.caseNumber as string))
        : undefined) ?? paragraphs.find((p) => p.number === h.item);
    if (!target) {
      const extract = { paragraph: h.entry.paragraph, date: h.entry.date };
      diagnostics.push(diagnostic('warning', 'extract-no-item', extract, { line: h.no }));
      continue;
    }
    if (h.body && doc.body.name && lineKey(h.body) !== lineKey(doc.body.name)) h.entry.body = h.body;
    target.history.push(h.entry);
  }
}

/** Warns about § numbers outside the stated range and numbers in it that no heading has. */
function checkRange(
  doc: ParsedDocument,
  headings: readonly Heading[],
  line: number | undefined,
  diagnostics: Diagnostic[],
): void {
  const range = doc.paragraphRange;
  if (!range || doc.kind === 'agenda') return;
  const numbers = new Set(headings.map((h) => h.number));
  const missing: number[] = [];
  for (let n = range.from; n <= range.to && missing.length < 50 && range.to - range.from < 1000; n++)
    if (!numbers.has(n)) missing.push(n);
  if (missing.length > 0) {
    const args = { from: range.from, to: range.to, missing: missing.join(', ') };
    diagnostics.push(diagnostic('warning', 'range-missing-headings', args, { line }));
  }
}

/**
 * The page header lines of the head without those that are a kept label's value: "Sammanträdesdatum" over
 * "2026-05-19" in the notice block repeats the page's header letter for letter, and with its value blanked
 * the label would take the next label's ("Datum då anslaget sätts upp 2026-05-23") as the meeting's date.
 */
function headersBesideValues(lines: readonly Line[], headers: ReadonlySet<number>, end: number): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const i of headers) {
    if (i >= end) continue;
    let j = i - 1;
    while (j >= 0 && (lines[j] as Line).text === '') j--;
    const label = j >= 0 && !headers.has(j) ? matchLabel((lines[j] as Line).text) : undefined;
    if (!label || label.value !== undefined) continue;
    out ??= new Set(headers);
    out.delete(i);
  }
  return out ?? headers;
}
