import {
  type Cell,
  type Column,
  ENGLISH_WEEKDAYS,
  formatEnglishDate,
  formatSwedishDate,
  type Label,
  SWEDISH_WEEKDAYS,
  stripControlChars,
  type Weekday,
} from '@sammantrade/core';

/** The languages reports speak. */
export type Lang = 'sv' | 'en';

/** A label in the report's language. */
export const say = (label: Label, lang: Lang): string => label[lang];

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
  switch (column.type) {
    case 'date':
    case 'partial-date':
      if (lang === 'en')
        return value.startsWith('--') ? `${formatEnglishDate(value)} (year unknown)` : formatEnglishDate(value);
      return value.startsWith('--') ? `${formatSwedishDate(value)} (år okänt)` : formatSwedishDate(value);
    case 'weekday':
      return (lang === 'sv' ? SWEDISH_WEEKDAYS : ENGLISH_WEEKDAYS)[value as Weekday] ?? value;
    default:
      if (!column.codes) return value;
      return value
        .split(', ')
        .map((code) => column.codes?.[code]?.[lang] ?? code)
        .join(', ');
  }
}
