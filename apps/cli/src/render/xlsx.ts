import { isIsoDate, type Report, stripControlChars } from '@sammantrade/core';
import ExcelJS from 'exceljs';
import { type Lang, plainCell, say } from './cells.js';

const NOTES = { sv: 'Om rapporten', en: 'About the report' } as const;
const MAX_WIDTH = 60;

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique in the book. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    stripControlChars(wanted)
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Blad';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A report as an Excel workbook (.xlsx): one sheet per table, a bold header row with a filter and
 * frozen in place, real dates (ISO dates become date cells shown as YYYY-MM-DD), numbers as numbers,
 * codes as words in the report's language, and columns as wide as their text. The title and notes go on
 * a sheet of their own, so each table starts at its header row. Text is stored as text: no cell becomes a
 * formula, whatever it starts with.
 */
export async function renderXlsx(report: Report, lang: Lang): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sammanträde';
  const taken = new Set<string>();
  for (const table of report.tables) {
    const sheet = book.addWorksheet(sheetName(say(table.title ?? report.title, lang), taken), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const header = sheet.addRow(table.columns.map((c) => say(c.label, lang)));
    header.font = { bold: true };
    const widths = table.columns.map((c) => say(c.label, lang).length);
    for (const row of table.rows) {
      const values = table.columns.map((column, i) => {
        const value = row[column.key] ?? null;
        if (column.type === 'date' && typeof value === 'string' && isIsoDate(value)) {
          widths[i] = Math.max(widths[i] ?? 0, 10);
          return new Date(`${value}T00:00:00Z`);
        }
        const cell = plainCell(value, column, lang);
        widths[i] = Math.max(widths[i] ?? 0, String(cell ?? '').length);
        return cell;
      });
      sheet.addRow(values);
    }
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = Math.min(MAX_WIDTH, (widths[i] ?? 8) + 2);
      if (column.type === 'date') col.numFmt = 'yyyy-mm-dd';
      if (column.type !== 'number') col.alignment = { vertical: 'top', wrapText: (widths[i] ?? 0) > MAX_WIDTH };
    });
    if (table.columns.length > 0)
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
      };
  }
  const about = book.addWorksheet(sheetName(NOTES[lang], taken));
  about.addRow([say(report.title, lang)]).font = { bold: true };
  for (const note of report.notes ?? []) about.addRow([say(note, lang)]);
  about.getColumn(1).width = 100;
  about.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
