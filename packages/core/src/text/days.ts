import { DateTime } from 'luxon';
import { STOCKHOLM } from '../model/primitives.js';

/**
 * The calendar date of an instant in Stockholm, `YYYY-MM-DD`. Views take "today" as a string so they
 * stay pure; callers decide what now is (the clock, or a fixed date in tests and static builds).
 */
export function stockholmDate(instant: Date): string {
  const dt = DateTime.fromJSDate(instant, { zone: STOCKHOLM });
  if (!dt.isValid) throw new RangeError('not a valid instant');
  return dt.toISODate() as string;
}

/** `date` plus `days` calendar days, both `YYYY-MM-DD`. Plain calendar arithmetic: dates have no zone. */
export function addDays(date: string, days: number): string {
  const t =
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole calendar days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
