import type { Report } from '@sammantrade/core';
import { type Lang, say, showCell } from './cells.js';

/** Escapes a cell for a Markdown table: pipes, and characters that would start markup. */
const md = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([*_`<>[\]])/g, '\\$1');

/** Markdown for pasting into a document: a heading, one table per part, notes as a list. */
export function renderMarkdown(report: Report, lang: Lang): string {
  const out: string[] = [`# ${md(say(report.title, lang))}`, ''];
  for (const table of report.tables) {
    if (table.title) out.push(`## ${md(say(table.title, lang))}`, '');
    out.push(`| ${table.columns.map((c) => md(say(c.label, lang))).join(' | ')} |`);
    out.push(`| ${table.columns.map((c) => (c.type === 'number' ? '---:' : '---')).join(' | ')} |`);
    for (const row of table.rows)
      out.push(`| ${table.columns.map((c) => md(showCell(row[c.key] ?? null, c, lang))).join(' | ')} |`);
    out.push('');
  }
  for (const n of report.notes) out.push(`- ${md(say(n, lang))}`);
  return `${out.join('\n').trimEnd()}\n`;
}
