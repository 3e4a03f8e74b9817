import {
  type Cell,
  type Column,
  formatEnglishDate,
  formatSwedishDate,
  type Label,
  type Lang,
  stripControlChars,
  type Weekday,
  WORDS,
} from '@sammantrade/core';

export type { Lang };

/** A label in the report's language, without control characters (a title or note may quote the archive). */
export const say = (label: Label, lang: Lang): string => stripControlChars(label[lang]);

/**
 * A cell as people read it: dates in words ("onsdag 24 januari 2024"), codes as words, an empty
 * cell as "–", no control characters (they would reach a terminal or a page). CSV and JSON keep
 * the plain values instead.
 */
export function showCell(value: Cell, column: Column, lang: Lang): string {
  return stripControlChars(cellText(value, column, lang));
}

function cellText(value: Cell, column: Column, lang: Lang): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return value[lang];
  switch (column.type) {
    case 'date':
    case 'partial-date':
      if (lang === 'en')
        return value.startsWith('--') ? `${formatEnglishDate(value)} (year unknown)` : formatEnglishDate(value);
      return value.startsWith('--') ? `${formatSwedishDate(value)} (år okänt)` : formatSwedishDate(value);
    case 'weekday':
      return WORDS[lang].weekday[value as Weekday] ?? value;
    default:
      if (!column.codes) return value;
      return value
        .split(', ')
        .map((code) => column.codes?.[code]?.[lang] ?? code)
        .join(', ');
  }
}

/**
 * A cell as a spreadsheet should hold it: codes and weekdays as words in the report's language
 * (a secretary reads "försenat", not "overdue"), numbers and ISO dates as they are, so a spreadsheet
 * can sort and compute with them. Null stays null (an empty cell).
 */
export function plainCell(value: Cell, column: Column, lang: Lang): string | number | null {
  if (value === null || typeof value === 'number') return value;
  if (typeof value === 'object') return stripControlChars(value[lang]);
  // A date without its year is no date a spreadsheet knows: words, "19 januari (år okänt)".
  if (column.type === 'partial-date' && value.startsWith('--')) return showCell(value, column, lang);
  if (column.type === 'weekday') return WORDS[lang].weekday[value as Weekday] ?? value;
  if (column.codes)
    return value
      .split(', ')
      .map((code) => column.codes?.[code]?.[lang] ?? code)
      .join(', ');
  return stripControlChars(value);
}
