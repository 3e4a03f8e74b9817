import { easter } from 'date-easter';
import { weekdayOf } from '../model/primitives.js';
import { addDays } from '../text/days.js';

/** A Swedish public holiday (helgdag), or one of the eves the law on time limits treats alike. */
export interface SwedishHoliday {
  date: string;
  name: string;
  /** `public`: allmän helgdag; `eve`: midsommarafton, julafton or nyårsafton. */
  kind: 'public' | 'eve';
}

/**
 * When each holiday falls in a year, as lag (1989:253) om allmänna helgdagar says (and the three eves
 * of lag (1930:173)): a fixed day, days from Easter Sunday (date-easter), or the first `weekday` on or
 * after a day. In the law's order, so of two on one day the first is named (första maj before Kristi
 * himmelsfärdsdag in 2008), as date-holidays named them before.
 */
type Rule = { name: string; kind: SwedishHoliday['kind']; since?: number; until?: number } & (
  | { fixed: string }
  | { easter: number }
  | { weekday: 5 | 6; onOrAfter: string }
);
const RULES: readonly Rule[] = [
  { name: 'nyårsdagen', kind: 'public', fixed: '01-01' },
  { name: 'trettondedag jul', kind: 'public', fixed: '01-06' },
  { name: 'långfredagen', kind: 'public', easter: -2 },
  { name: 'påskdagen', kind: 'public', easter: 0 },
  { name: 'annandag påsk', kind: 'public', easter: 1 },
  { name: 'första maj', kind: 'public', fixed: '05-01' },
  { name: 'Kristi himmelsfärdsdag', kind: 'public', easter: 39 },
  { name: 'pingstdagen', kind: 'public', easter: 49 },
  // Annandag pingst was a public holiday until 2004; nationaldagen took its place from 2005 (SFS 2004:1072).
  { name: 'annandag pingst', kind: 'public', easter: 50, until: 2004 },
  { name: 'nationaldagen', kind: 'public', fixed: '06-06', since: 2005 },
  { name: 'midsommarafton', kind: 'eve', weekday: 5, onOrAfter: '06-19' },
  { name: 'midsommardagen', kind: 'public', weekday: 6, onOrAfter: '06-20' },
  { name: 'alla helgons dag', kind: 'public', weekday: 6, onOrAfter: '10-31' },
  { name: 'julafton', kind: 'eve', fixed: '12-24' },
  { name: 'juldagen', kind: 'public', fixed: '12-25' },
  { name: 'annandag jul', kind: 'public', fixed: '12-26' },
  { name: 'nyårsafton', kind: 'eve', fixed: '12-31' },
];

const ISO_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The day a rule gives in `year` (YYYY-MM-DD). */
function dayOf(rule: Rule, year: number): string {
  const y = String(year).padStart(4, '0');
  if ('fixed' in rule) return `${y}-${rule.fixed}`;
  if ('easter' in rule) return addDays(easter(year).toString(), rule.easter);
  let day = `${y}-${rule.onOrAfter}`;
  while (weekdayOf(day) !== ISO_WEEKDAY[rule.weekday - 1]) day = addDays(day, 1);
  return day;
}

const byYear = new Map<number, Map<string, SwedishHoliday>>();

/** The holidays of one year, by date. Midsommarafton, julafton and nyårsafton come as `eve`. */
function yearOf(year: number): Map<string, SwedishHoliday> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const rule of RULES) {
      if ((rule.since !== undefined && year < rule.since) || (rule.until !== undefined && year > rule.until)) continue;
      const date = dayOf(rule, year);
      if (!days.has(date)) days.set(date, { date, name: rule.name, kind: rule.kind });
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
