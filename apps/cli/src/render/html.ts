import { type Report, stripControlChars } from '@sammantrade/core';
import { type Lang, say, showCell } from './cells.js';

/** Escapes text for HTML content and attribute values, leaving out control characters. */
export const escapeHtml = (s: string): string =>
  stripControlChars(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `body{font:11pt/1.45 system-ui,sans-serif;color:#111;margin:1.5rem}h1{font-size:1.4rem}h2{font-size:1.1rem}
table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;text-align:left}th{background:#eee}
td.n{text-align:right}footer{font-size:.9rem;color:#333}
@media print{body{margin:0}th{background:none}tr{break-inside:avoid}thead{display:table-header-group}}`;

/** A standalone, printable HTML page: no scripts, no external files, every value escaped. */
export function renderHtml(report: Report, lang: Lang, generated: string): string {
  const title = escapeHtml(say(report.title, lang));
  const tables = report.tables.map((table) => {
    const caption = table.title ? `<caption>${escapeHtml(say(table.title, lang))}</caption>` : '';
    const head = table.columns.map((c) => `<th scope="col">${escapeHtml(say(c.label, lang))}</th>`).join('');
    const body = table.rows
      .map((row) => {
        const cells = table.columns.map((c) => {
          const text = escapeHtml(showCell(row[c.key] ?? null, c, lang));
          return c.type === 'number' ? `<td class="n">${text}</td>` : `<td>${text}</td>`;
        });
        return `<tr>${cells.join('')}</tr>`;
      })
      .join('\n');
    return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  });
  const notes = report.notes.map((n) => `<p>${escapeHtml(say(n, lang))}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>
${tables.join('\n')}
<footer>${notes}<p>${lang === 'sv' ? 'Skapad' : 'Generated'} ${escapeHtml(generated)} · Sammanträde</p></footer>
</main></body></html>
`;
}
