import { DateTime } from 'luxon';
import { STOCKHOLM } from '../model/primitives.js';

/**
 * A date as Swedish prose: "onsdag 24 januari 2024"; a month-day without year ("--01-19") as "19 januari".
 * Returns the input unchanged when it is not a date.
 */
export function formatSwedishDate(date: string, options: { weekday?: boolean } = {}): string {
  const weekday = options.weekday ?? true;
  if (date.startsWith('--')) {
    const dt = DateTime.fromISO(`2024${date.slice(1)}`, { zone: STOCKHOLM, locale: 'sv' });
    return dt.isValid ? dt.toFormat('d MMMM') : date;
  }
  const dt = DateTime.fromISO(date, { zone: STOCKHOLM, locale: 'sv' });
  if (!dt.isValid) return date;
  return dt.toFormat(weekday ? 'cccc d MMMM yyyy' : 'd MMMM yyyy');
}

/** A date as English prose: "Wednesday 24 January 2024"; a month-day as "19 January". */
export function formatEnglishDate(date: string, options: { weekday?: boolean } = {}): string {
  const weekday = options.weekday ?? true;
  const iso = date.startsWith('--') ? `2024${date.slice(1)}` : date;
  const dt = DateTime.fromISO(iso, { zone: STOCKHOLM, locale: 'en-GB' });
  if (!dt.isValid) return date;
  if (date.startsWith('--')) return dt.toFormat('d MMMM');
  return dt.toFormat(weekday ? 'cccc d MMMM yyyy' : 'd MMMM yyyy');
}
