import Holidays from 'date-holidays';
import { weekdayOf } from '../model/primitives.js';
import { addDays } from '../text/days.js';

/** A Swedish public holiday (helgdag), or one of the eves the law on time limits treats alike. */
export interface SwedishHoliday {
  date: string;
  name: string;
  /** `public`: allmän helgdag; `eve`: midsommarafton, julafton or nyårsafton. */
  kind: 'public' | 'eve';
}

const calendar = new Holidays('SE', { languages: ['sv'] });
const byYear = new Map<number, Map<string, SwedishHoliday>>();

/** The holidays of one year, by date. Midsommarafton, julafton and nyårsafton come as `eve`. */
function yearOf(year: number): Map<string, SwedishHoliday> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of calendar.getHolidays(year, 'sv')) {
      const date = h.date.slice(0, 10);
      // date-holidays files the three eves as "bank" days: banks close, and so do time limits.
      const kind = h.type === 'public' ? 'public' : h.type === 'bank' ? 'eve' : undefined;
      if (kind && !days.has(date)) days.set(date, { date, name: h.name, kind });
    }
    byYear.set(year, days);
  }
  return days;
}

/** The holiday on `date` (YYYY-MM-DD), if any. */
export function swedishHoliday(date: string): SwedishHoliday | undefined {
  return yearOf(Number(date.slice(0, 4))).get(date);
}

/**
 * True for a day on which a statutory time limit cannot end (lag (1930:173) om beräkning av
 * lagstadgad tid, 2 §): Saturday, Sunday, a public holiday, midsommarafton, julafton, nyårsafton.
 */
export function isNonWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 'saturday' || weekday === 'sunday' || swedishHoliday(date) !== undefined;
}

/** `date` itself when it is a working day, else the next one. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}
