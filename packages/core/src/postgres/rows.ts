import type { Body } from '../model/body.js';
import type { RecordKind } from '../model/json-schema.js';
import type { Meeting } from '../model/meeting.js';
import { caseKey } from '../model/primitives.js';
import type { Programme } from '../model/programme.js';
import type { Schedule } from '../model/schedule.js';
import { searchDocumentOf } from '../query/search.js';

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
  paragraphs: [
    'body',
    'meeting',
    'ordinal',
    'number',
    'meeting_date',
    'title',
    'case_key',
    'decision_text',
    'assignment_text',
    'other_text',
    'search_document',
  ],
  decisions: ['body', 'meeting', 'paragraph', 'ordinal', 'outcome', 'text', 'proposal'],
  assignments: ['body', 'meeting', 'paragraph', 'ordinal', 'assignee', 'task', 'due', 'report_to', 'status'],
  schedules: ['body', 'year', 'source', 'status', 'record'],
  planned_meetings: ['body', 'year', 'ordinal', 'date', 'start_time', 'status'],
  programmes: ['id', 'source', 'body', 'title', 'record'],
} as const;

/** Empty rows for every table. */
export function emptyRows(): TableRows {
  return Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, []])) as unknown as TableRows;
}

const joinText = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join('\n');

/** Adds the rows one record makes to `rows`. */
export function addRecordRows(rows: TableRows, stored: StoredRecord, bodyName: (id: string) => string): void {
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
    // The search document is made as the embedded index makes it; the body's name is joined in at query
    // time, so renaming a body does not touch its paragraphs.
    const body = { id: m.body, name: bodyName(m.body) } as Body;
    m.paragraphs.forEach((p, i) => {
      const { bodyName: _name, ...document } = searchDocumentOf({ body, meeting: m, paragraph: p });
      const decisionText = joinText(p.decisions.flatMap((d) => [d.text, d.proposal]));
      const assignmentText = joinText(p.assignments.map((a) => `${a.assignee}: ${a.task}`));
      const otherText = joinText(document.fields.filter((f) => f.kind === 'text').map((f) => f.text));
      rows.paragraphs.push([
        m.body,
        m.id,
        i,
        p.number,
        m.date,
        p.title,
        p.caseNumber ? caseKey(p.caseNumber) : undefined,
        decisionText,
        assignmentText,
        otherText,
        JSON.stringify(document),
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
