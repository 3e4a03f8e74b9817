import { type Report, stripControlChars } from '@sammantrade/core';
import { type Lang, plainCell, say } from './cells.js';

/** Options for {@link renderCsv}. */
export interface CsvOptions {
  /** `;` for Excel with Swedish settings (its list separator), `,` otherwise. */
  separator: ',' | ';';
}

/**
 * CSV that Excel opens with Swedish characters intact: UTF-8 with a byte-order mark, CRLF, plain values
 * (ISO dates and numbers; codes and weekdays as words in the report's language). Cells lose control characters, are quoted when needed, and a leading = + - @ is
 * defused so no cell runs as a formula. A report with several tables puts a "table" column first.
 */
export function renderCsv(report: Report, lang: Lang, options: CsvOptions): string {
  const sep = options.separator;
  const quote = (value: string | number | null): string => {
    if (value === null) return '';
    // Control characters go first, so none can hide a formula from the check after.
    let s = stripControlChars(String(value));
    if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /["\r\n]/.test(s) || s.includes(sep) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const many = report.tables.length > 1;
  const lines: string[] = [];
  report.tables.forEach((table, i) => {
    if (i > 0) lines.push('');
    const head = table.columns.map((c) => say(c.label, lang));
    lines.push([...(many ? [lang === 'sv' ? 'Tabell' : 'Table'] : []), ...head].map(quote).join(sep));
    const name = table.title ? say(table.title, lang) : '';
    for (const row of table.rows)
      lines.push(
        [...(many ? [name] : []), ...table.columns.map((c) => plainCell(row[c.key] ?? null, c, lang))]
          .map(quote)
          .join(sep),
      );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
