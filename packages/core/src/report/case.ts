import { type Archive, caseKey } from '../archive/archive.js';
import { findDates, resolveDate } from '../parse/dates.js';
import { CODES } from './codes.js';
import type { Row } from './table.js';
import { col, note, type Report } from './table.js';

/**
 * `report case NUMBER`: the history of one case across meetings, oldest first: every paragraph with
 * the case number, the earlier decisions agendas quote for it, and paragraphs whose text mentions it.
 */
export function caseReport(archive: Archive, caseNumber: string): Report {
  const key = caseKey(caseNumber);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (row: Row) => {
    const id = `${row.date}|${row.body}|${row.paragraph}|${row.event}`;
    if (!seen.has(id)) rows.push(row);
    seen.add(id);
  };
  for (const ref of archive.caseHistory(caseNumber)) {
    const { body, meeting, paragraph } = ref;
    for (const entry of paragraph.history) {
      add({
        date: entry.date ?? null,
        body: entry.body ?? body.name,
        paragraph: entry.paragraph ?? null,
        event: 'tidigare beslut',
        title: entry.title ?? paragraph.title,
        text: entry.decisions.length
          ? entry.decisions.map((d) => (d.point ? `${d.point}. ${d.text}` : d.text)).join(' ')
          : entry.text,
        outcome: entry.decisions.map((d) => d.outcome).join(', ') || null,
      });
    }
    const proposal = paragraph.sections.find((s) => /^förslag till beslut$/i.test(s.heading))?.text;
    add({
      date: meeting.date ?? null,
      body: body.name,
      paragraph: paragraph.number,
      event: meeting.kind === 'agenda' ? `kallelse (${meeting.id})` : 'protokoll',
      title: paragraph.title,
      text:
        paragraph.decisions.map((d) => (d.point ? `${d.point}. ${d.text}` : d.text)).join(' ') ||
        (proposal ? `Förslag: ${proposal}` : null),
      outcome: paragraph.decisions.map((d) => d.outcome).join(', ') || null,
    });
  }
  // Earlier steps the case's own text tells of: "Den 14 februari 2020, § 8, behandlade nämnden …".
  for (const { body, meeting, paragraph } of archive.caseHistory(caseNumber)) {
    for (const told of toldHistory(
      [paragraph.text ?? '', ...paragraph.sections.map((x) => x.text)].join('\n'),
      meeting.date,
    )) {
      add({
        date: told.date,
        body: body.name,
        paragraph: told.paragraph ?? null,
        event: 'omnämnt i handlingen',
        title: paragraph.title,
        text: told.sentence,
        outcome: null,
      });
    }
  }
  // Mentions: "Projekt Digital transformation (GNS/8/2019)" in another matter's text.
  const pattern = new RegExp(`(^|[^\\w/])${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/])`, 'i');
  for (const { body, meeting, paragraph } of archive.paragraphs) {
    if (paragraph.caseNumber && caseKey(paragraph.caseNumber) === key) continue;
    const text = [paragraph.text, ...paragraph.sections.map((s) => s.text)].join('\n');
    if (pattern.test(text)) {
      add({
        date: meeting.date ?? null,
        body: body.name,
        paragraph: paragraph.number,
        event: `nämns i ${paragraph.caseNumber ?? 'annat ärende'}`,
        title: paragraph.title,
        text: null,
        outcome: null,
      });
    }
  }
  rows.sort((a, b) => String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')));
  return {
    kind: 'case',
    title: note(`Ärende ${caseNumber}`, `Case ${caseNumber}`),
    tables: [
      {
        columns: [
          col('date', 'Datum', 'Date', 'date'),
          col('body', 'Organ', 'Body'),
          col('paragraph', '§/punkt', '§/item', 'number'),
          col('event', 'Handling', 'Record'),
          col('title', 'Rubrik', 'Title'),
          col('text', 'Beslut eller förslag', 'Decision or proposal'),
          { ...col('outcome', 'Utfall', 'Outcome'), codes: CODES.outcome },
        ],
        rows,
      },
    ],
    notes: rows.length
      ? [note('Äldst först; handlingar utan datum sist.', 'Oldest first; records without a date last.')]
      : [note(`Arkivet känner inte ärendet ${caseNumber}.`, `The archive does not know case ${caseNumber}.`)],
  };
}

/**
 * Dated sentences in a case's text that tell of an earlier step, with the § when one follows the date.
 * Only dates with a year, before the meeting when its date is known; nothing is inferred beyond that.
 */
function toldHistory(
  text: string,
  before: string | undefined,
): { date: string; paragraph?: number; sentence: string }[] {
  const out: { date: string; paragraph?: number; sentence: string }[] = [];
  for (const sentence of text.split(/(?<=\.)\s+|\n+/)) {
    const mention = findDates(sentence).find((m) => m.year !== undefined);
    const date = mention ? resolveDate(mention) : undefined;
    if (!mention || !date || (before && date >= before)) continue;
    const after = sentence.slice(mention.index + mention.length, mention.index + mention.length + 12);
    const section = /^,?\s*§\s*(\d+)/.exec(after)?.[1];
    const clipped = sentence.trim().length > 200 ? `${sentence.trim().slice(0, 199)}…` : sentence.trim();
    out.push({ date, ...(section ? { paragraph: Number(section) } : {}), sentence: clipped });
  }
  return out;
}
