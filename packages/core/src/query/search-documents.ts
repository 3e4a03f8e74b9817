import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import { caseKey } from '../model/case-key.js';
import type { Meeting, MeetingKind } from '../model/meeting.js';
import type { Programme } from '../model/programme.js';

/** Which part of a record a piece of searchable text comes from; it decides how much a match weighs. */
export type SearchFieldKind = 'title' | 'case' | 'decision' | 'assignment' | 'text';

/** Every field kind, heaviest first. */
export const SEARCH_FIELD_KINDS: readonly SearchFieldKind[] = ['title', 'case', 'decision', 'assignment', 'text'];

/** One piece of a record's text to search. */
export interface SearchField {
  readonly kind: SearchFieldKind;
  readonly text: string;
}

/** What a search document is: a paragraph of minutes, an agenda or an extract, or a programme item. */
export type SearchKind = MeetingKind | 'programme';

/** Every {@link SearchKind}, for filters and forms. */
export const SEARCH_KINDS: readonly SearchKind[] = ['minutes', 'agenda', 'extract', 'programme'];

interface SearchDocumentBase {
  /** Unique within an archive: `p/<body>/<meeting>/<number>` or `g/<programme>/<area>/<item>`. */
  readonly id: string;
  readonly kind: SearchKind;
  /** The body's id and name; a programme without a body has neither. */
  readonly body?: string;
  readonly bodyName?: string;
  /** The meeting's or the programme's date, `YYYY-MM-DD`, when known. */
  readonly date?: string;
  readonly title: string;
  readonly fields: readonly SearchField[];
}

/** A paragraph (§ or agenda item) flattened for searching. */
export interface ParagraphSearchDocument extends SearchDocumentBase {
  readonly kind: MeetingKind;
  readonly body: string;
  readonly bodyName: string;
  readonly meeting: string;
  readonly number: number;
  readonly caseNumber?: string;
}

/** One item of an action programme flattened for searching. */
export interface ProgrammeSearchDocument extends SearchDocumentBase {
  readonly kind: 'programme';
  readonly programme: string;
  readonly programmeTitle: string;
  /** The area's place in the programme, from 1 (the viewer anchors areas by it). */
  readonly area: number;
  readonly areaName: string;
}

/**
 * A record flattened for searching: plain data, so it can be written as JSON, indexed by any engine
 * (the in-memory index here, a database elsewhere) and shown without the archive.
 */
export type SearchDocument = ParagraphSearchDocument | ProgrammeSearchDocument;

const nfc = (fields: SearchField[]): SearchField[] =>
  fields.filter((f) => f.text.trim()).map((f) => ({ kind: f.kind, text: f.text.normalize('NFC') }));

/** The paragraphs of one meeting of `body`, flattened into search documents. */
export function meetingSearchDocuments(body: Pick<Body, 'id' | 'name'>, meeting: Meeting): ParagraphSearchDocument[] {
  return meeting.paragraphs.map((paragraph) => {
    const fields: SearchField[] = [{ kind: 'title', text: paragraph.title }];
    // The case number as its lookup key, so "KS 2024/1" finds a paragraph that wrote "ks 2024 / 1".
    if (paragraph.caseNumber) fields.push({ kind: 'case', text: caseKey(paragraph.caseNumber) });
    for (const d of paragraph.decisions) {
      fields.push({ kind: 'decision', text: d.text });
      if (d.proposal) fields.push({ kind: 'decision', text: d.proposal });
    }
    for (const a of paragraph.assignments) fields.push({ kind: 'assignment', text: `${a.assignee}: ${a.task}` });
    if (paragraph.text) fields.push({ kind: 'text', text: paragraph.text });
    for (const s of paragraph.sections) fields.push({ kind: 'text', text: `${s.heading}. ${s.text}` });
    for (const h of paragraph.history) {
      const told = [h.title, h.text].filter(Boolean).join('. ');
      if (told) fields.push({ kind: 'text', text: told });
      for (const d of h.decisions) fields.push({ kind: 'text', text: d.text });
    }
    return {
      id: `p/${body.id}/${meeting.id}/${paragraph.number}`,
      kind: meeting.kind,
      body: body.id,
      bodyName: body.name,
      meeting: meeting.id,
      ...(meeting.date ? { date: meeting.date } : {}),
      number: paragraph.number,
      title: paragraph.title.normalize('NFC'),
      ...(paragraph.caseNumber ? { caseNumber: paragraph.caseNumber } : {}),
      fields: nfc(fields),
    };
  });
}

/** The items of one programme, flattened into search documents; `body` is the programme's body when the archive has it. */
export function programmeSearchDocuments(
  programme: Programme,
  body: Pick<Body, 'id' | 'name'> | undefined,
): ProgrammeSearchDocument[] {
  return programme.areas.flatMap((area, a) =>
    area.items.map((item, i): ProgrammeSearchDocument => {
      const fields: SearchField[] = [{ kind: 'title', text: item.name }];
      for (const activity of item.activities) fields.push({ kind: 'text', text: activity });
      if (item.responsible) fields.push({ kind: 'assignment', text: item.responsible });
      if (item.notes) fields.push({ kind: 'text', text: item.notes });
      fields.push({ kind: 'text', text: `${area.name}. ${programme.title}` });
      return {
        id: `g/${programme.id}/${a + 1}/${i + 1}`,
        kind: 'programme',
        ...(body ? { body: body.id, bodyName: body.name } : {}),
        ...(programme.date ? { date: programme.date } : {}),
        title: item.name.normalize('NFC'),
        programme: programme.id,
        programmeTitle: programme.title,
        area: a + 1,
        areaName: area.name,
        fields: nfc(fields),
      };
    }),
  );
}

/** Flattens every paragraph and programme item of the archive into a {@link SearchDocument}. */
export function searchDocuments(archive: Archive): SearchDocument[] {
  const out: SearchDocument[] = [];
  for (const meeting of archive.meetings) {
    const body = archive.body(meeting.body);
    if (body) out.push(...meetingSearchDocuments(body, meeting));
  }
  for (const programme of archive.programmes) {
    out.push(...programmeSearchDocuments(programme, programme.body ? archive.body(programme.body) : undefined));
  }
  return out;
}
