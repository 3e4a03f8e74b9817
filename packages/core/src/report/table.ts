import type { Label } from '../text/words.js';

export type { Label };

/** How a column's values are shown: dates become "onsdag 24 januari 2024" in text outputs. */
export type ColumnType = 'text' | 'date' | 'partial-date' | 'time' | 'number' | 'weekday';

export interface Column {
  key: string;
  label: Label;
  type: ColumnType;
  /** Words for the codes a column holds (`approved` → bifall / approved), for text outputs. */
  codes?: Readonly<Record<string, Label>>;
}

/**
 * A cell: text, a number, an ISO date, a phrase in both languages (a note such as "possibly § 758 …"),
 * or null when the records do not say.
 */
export type Cell = string | number | Label | null;
export type Row = Record<string, Cell>;

/**
 * What every report returns: a title, tables of typed columns and rows of plain values (ISO dates, no
 * formatting), and notes (warnings, the rules applied). The CLI and other tools turn it into a
 * terminal table, Markdown, CSV, JSON or HTML; the report itself decides nothing about looks.
 */
export interface Report {
  kind: string;
  title: Label;
  tables: Table[];
  /** Sentences for the reader under the tables: warnings, sources of rules, counts. */
  notes: Label[];
}

/** One table of a report; a report may have several (attendance per person and per municipality). */
export interface Table {
  title?: Label;
  columns: Column[];
  rows: Row[];
}

/** Shorthand for a column; `codes` when its values are codes to show as words. */
export const col = (
  key: string,
  label: Label,
  type: ColumnType = 'text',
  codes?: Readonly<Record<string, Label>>,
): Column => ({ key, label, type, ...(codes ? { codes } : {}) });
