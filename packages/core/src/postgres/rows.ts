import type { Body } from '../model/body.js';
import type { RecordKind } from '../model/json-schema.js';
import type { Meeting } from '../model/meeting.js';
import { caseKey } from '../model/primitives.js';
import type { Programme } from '../model/programme.js';
import type { Schedule } from '../model/schedule.js';
import { meetingSearchDocuments, programmeSearchDocuments, type SearchDocument } from '../query/search-documents.js';
import { searchTerms } from './search-terms.js';

/** One record as the database keeps it: the file it comes from, its content hash and change time. */
export interface StoredRecord {
  /** The record's path in a YAML archive (`meetings/<body>/<id>.yaml`): its key in the database. */
  readonly path: string;
  readonly kind: RecordKind;
  /** SHA-256 of the record's canonical JSON: a sync writes a record only when this changes. */
  readonly sha256: string;
  /** When the record last changed, ISO UTC, whole seconds (the file's mtime for a synced archive). */
  readonly modified: string;
  readonly record: Body | Meeting | Schedule | Programme;
}

/** A value for COPY's text format: `null` is `\N`; backslash, tab and line ends are escaped. */
type Value = string | number | null | undefined;

/** The rows of every table, in the column order of {@link COLUMNS}. */
export type TableRows = Record<keyof typeof COLUMNS, Value[][]>;

/** The columns each table is loaded with, in dependency order (parents before children). */
export const COLUMNS = {
  sources: ['path', 'kind', 'sha256', 'modified'],
  bodies: ['id', 'source', 'name', 'organisation', 'legal_form', 'record'],
  meetings: ['body', 'id', 'source', 'kind', 'status', 'date', 'start_time', 'title', 'location', 'record'],
  participants: ['body', 'meeting', 'ordinal', 'name', 'roles', 'party', 'municipality', 'substitute_for'],
  paragraphs: ['body', 'meeting', 'ordinal', 'number', 'meeting_date', 'title', 'case_key'],
  decisions: ['body', 'meeting', 'paragraph', 'ordinal', 'outcome', 'text', 'proposal'],
  assignments: ['body', 'meeting', 'paragraph', 'ordinal', 'assignee', 'task', 'due', 'report_to', 'status'],
  schedules: ['body', 'year', 'source', 'status', 'record'],
  planned_meetings: ['body', 'year', 'ordinal', 'date', 'start_time', 'status'],
  programmes: ['id', 'source', 'body', 'title', 'record'],
  search_documents: ['id', 'source', 'kind', 'body', 'date', 'document', 'terms'],
} as const;

/** Empty rows for every table. */
export function emptyRows(): TableRows {
  return Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, []])) as unknown as TableRows;
}

/**
 * A search document's row: stored without the body's name (joined in when searched), so renaming a
 * body changes no row here.
 */
function searchRow(path: string, document: SearchDocument, lexicon: Set<string> | undefined): Value[] {
  const { bodyName: _name, ...stored } = document;
  return [
    document.id,
    path,
    document.kind,
    document.body,
    document.date,
    JSON.stringify(stored),
    searchTerms(document, lexicon),
  ];
}

/** Adds the rows one record makes to `rows`, and its search documents' word stems to `lexicon`. */
export function addRecordRows(rows: TableRows, stored: StoredRecord, lexicon?: Set<string>): void {
  const { path, kind, record } = stored;
  rows.sources.push([path, kind, stored.sha256, stored.modified]);
  const json = JSON.stringify(record);
  if (kind === 'body') {
    const b = record as Body;
    rows.bodies.push([b.id, path, b.name, b.organisation, b.legalForm, json]);
  } else if (kind === 'schedule') {
    const s = record as Schedule;
    rows.schedules.push([s.body, s.year, path, s.status, json]);
    s.meetings.forEach((m, i) => {
      rows.planned_meetings.push([s.body, s.year, i, m.date, m.start, m.status]);
    });
  } else if (kind === 'programme') {
    const p = record as Programme;
    rows.programmes.push([p.id, path, p.body, p.title, json]);
    // The programme's body id is kept whether or not the archive has the body; the search joins it.
    const body = p.body ? { id: p.body, name: '' } : undefined;
    for (const d of programmeSearchDocuments(p, body)) rows.search_documents.push(searchRow(path, d, lexicon));
  } else {
    const m = record as Meeting;
    rows.meetings.push([m.body, m.id, path, m.kind, m.status, m.date, m.start, m.title, m.location, json]);
    m.participants.forEach((p, i) => {
      rows.participants.push([
        m.body,
        m.id,
        i,
        p.name,
        `{${p.roles.join(',')}}`,
        p.party,
        p.municipality,
        p.substituteFor,
      ]);
    });
    // The search documents are made as the embedded index makes them.
    for (const d of meetingSearchDocuments({ id: m.body, name: '' }, m))
      rows.search_documents.push(searchRow(path, d, lexicon));
    m.paragraphs.forEach((p, i) => {
      rows.paragraphs.push([
        m.body,
        m.id,
        i,
        p.number,
        m.date,
        p.title,
        p.caseNumber ? caseKey(p.caseNumber) : undefined,
      ]);
      p.decisions.forEach((d, j) => {
        rows.decisions.push([m.body, m.id, i, j, d.outcome, d.text, d.proposal]);
      });
      p.assignments.forEach((a, j) => {
        rows.assignments.push([m.body, m.id, i, j, a.assignee, a.task, a.due, a.reportTo, a.status]);
      });
    });
  }
}

/** One row in COPY's text format, ending in a newline. */
export function copyLine(values: readonly Value[]): string {
  return `${values
    .map((v) =>
      v === null || v === undefined
        ? '\\N'
        : String(v).replace(/[\\\t\n\r]/g, (c) =>
            c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
          ),
    )
    .join('\t')}\n`;
}
