/** A label in both languages the reports speak. */
export interface Label {
  sv: string;
  en: string;
}

/** How a column's values are shown: dates become "onsdag 24 januari 2024" in text outputs. */
export type ColumnType = 'text' | 'date' | 'partial-date' | 'time' | 'number' | 'weekday';

export interface Column {
  key: string;
  label: Label;
  type: ColumnType;
  /** Words for the codes a column holds (`approved` → bifall / approved), for text outputs. */
  codes?: Readonly<Record<string, Label>>;
}

/** A cell: text, a number, an ISO date, or null when the records do not say. */
export type Cell = string | number | null;
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

/** Shorthand for a column. */
export const col = (key: string, sv: string, en: string, type: ColumnType = 'text'): Column => ({
  key,
  label: { sv, en },
  type,
});

/** Shorthand for a note in both languages. */
export const note = (sv: string, en: string): Label => ({ sv, en });

/** Pairs Swedish and English words for the same codes. */
export function codes(
  sv: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
): Record<string, Label> {
  const out: Record<string, Label> = {};
  for (const [code, word] of Object.entries(sv)) out[code] = { sv: word, en: en[code] ?? code };
  return out;
}
