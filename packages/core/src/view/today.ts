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

/** `date` plus `days` calendar days, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  // Calendar arithmetic on dates: UTC has no DST gaps and avoids costly zone lookups.
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
}
