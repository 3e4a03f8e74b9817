import type { Report } from '@sammantrade/core';
import { type Lang, say, showCell } from './cells.js';

const MAX_CELL = 48;

/** Width in terminal columns: one per character (å is one), enough for Swedish text. */
const width = (s: string) => [...s].length;
const clip = (s: string) => (width(s) > MAX_CELL ? `${[...s].slice(0, MAX_CELL - 1).join('')}…` : s);
const pad = (s: string, n: number, right: boolean) =>
  right ? ' '.repeat(n - width(s)) + s : s + ' '.repeat(n - width(s));

/** An aligned table for a terminal, long cells clipped with "…"; numbers right-aligned. */
export function renderText(report: Report, lang: Lang): string {
  const out: string[] = [say(report.title, lang), ''];
  for (const table of report.tables) {
    if (table.title) out.push(say(table.title, lang));
    const headers = table.columns.map((c) => say(c.label, lang));
    const rows = table.rows.map((row) =>
      table.columns.map((c) => clip(showCell(row[c.key] ?? null, c, lang).replace(/\s+/g, ' '))),
    );
    const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
    const right = table.columns.map((c) => c.type === 'number');
    const line = (cells: string[]) =>
      cells
        .map((c, i) => pad(c, widths[i] ?? 0, right[i] ?? false))
        .join('  ')
        .trimEnd();
    out.push(line(headers), widths.map((w) => '─'.repeat(w)).join('  '));
    for (const r of rows) out.push(line(r));
    if (rows.length === 0) out.push(lang === 'sv' ? '(inga rader)' : '(no rows)');
    out.push('');
  }
  for (const n of report.notes) out.push(say(n, lang));
  return `${out.join('\n').trimEnd()}\n`;
}
