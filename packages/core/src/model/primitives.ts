import { z } from 'zod';

/** The one time zone every Swedish body meets in. Times in the model are local to it. */
export const STOCKHOLM = 'Europe/Stockholm';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAY = /^--\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// The same rules as isIsoDate and isMonthDay, as patterns for the published JSON Schema, so that
// editors and other validators reject 2023-10-32 and 2023-02-29 too.
const MONTH_DAYS = '(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)';
const LEAP_YEAR = '\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00';
/** A real `YYYY-MM-DD` date as a regular expression (ECMA-262, as JSON Schema uses). */
export const ISO_DATE_PATTERN = `^(?:\\d{4}-(?:${MONTH_DAYS}|02-(?:0[1-9]|1\\d|2[0-8]))|(?:${LEAP_YEAR})-02-29)$`;
/** A real `--MM-DD` month-day (29 February included) as a regular expression. */
export const MONTH_DAY_PATTERN = `^--(?:${MONTH_DAYS}|02-(?:0[1-9]|[12]\\d))$`;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // Plain calendar arithmetic, the same answer as luxon in any zone (a date without a time exists in
  // every zone) at a fraction of the cost: luxon's zone lookup took a fifth of an import's time.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/** True when `value` is a real month-day written `--MM-DD` (ISO 8601), as used when a document gives no year. */
export function isMonthDay(value: string): boolean {
  // 2024 is a leap year, so 29 February counts as a real month-day.
  return MONTH_DAY.test(value) && isIsoDate(`2024${value.slice(1)}`);
}

/** The JSON Schema `format` of a {@link PartialDateSchema} value, for validators that know it. */
export const PARTIAL_DATE_FORMAT = 'sammantrade-partial-date';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { error: (issue) => `not a date (YYYY-MM-DD): ${JSON.stringify(issue.input)}` })
  .meta({ description: 'A calendar date, YYYY-MM-DD.', format: 'date', pattern: ISO_DATE_PATTERN });

/**
 * A date that may lack its year: `YYYY-MM-DD`, or `--MM-DD` when the document only says
 * "19 januari" and nothing tells the year. Never guess the year.
 */
export const PartialDateSchema = z
  .string()
  .refine((v) => isIsoDate(v) || isMonthDay(v), {
    error: (issue) => `not a date (YYYY-MM-DD, or --MM-DD when the year is unknown): ${JSON.stringify(issue.input)}`,
  })
  .meta({
    description: 'A date, YYYY-MM-DD, or --MM-DD (ISO 8601 month-day) when the source gives no year.',
    pattern: `${ISO_DATE_PATTERN}|${MONTH_DAY_PATTERN}`,
    format: PARTIAL_DATE_FORMAT,
  });

/** A local Europe/Stockholm wall-clock time, `HH:MM`. */
export const LocalTimeSchema = z
  .string()
  .regex(TIME, { error: (issue) => `not a time (HH:MM, 00:00-23:59): ${JSON.stringify(issue.input)}` })
  .meta({ description: 'A local Europe/Stockholm time, HH:MM.' });

/** True unless both times are given and the end is not after the start (`HH:MM` compares as text). */
export function timesInOrder(span: { start?: string | undefined; end?: string | undefined }): boolean {
  return !(span.start && span.end) || span.start < span.end;
}

/** A lower-case identifier used in file names and URLs: `halsingeradet`, `2023-10-11`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, {
    error: (issue) => `not an id (lower-case letters, digits and dashes): ${JSON.stringify(issue.input)}`,
  })
  .meta({ description: 'Lower-case letters a-z, digits and dashes; used in file names and URLs.' });

/** Days of the week, as the rules of a body name them. */
export const WeekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Days of the week, as the rules of a body name them. Parsed by {@link WeekdaySchema}. */
export type Weekday = z.infer<typeof WeekdaySchema>;

/** A diarienummer such as `GNS/10/2020` or `KS 2023/123`: kept as written, compared trimmed. */
export const CaseNumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .meta({ description: 'A case number (diarienummer) as written, e.g. GNS/10/2020.' });

// Kept in a module of its own, free of zod, so the browser's search can use it.
export { caseKey } from './case-key.js';

/** A non-empty single line of text. */
export const LineSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** Where a fact came from, so a reader can check it: "§ 751, 2023-10-11" or a file and line. */
export const SourceRefSchema = z.string().trim().min(1).meta({ description: 'Where the fact is stated.' });

const WEEKDAYS = WeekdaySchema.options;

/** The weekday of a `YYYY-MM-DD` date. A date's weekday needs no zone, so plain arithmetic does. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  ).getUTCDay();
  return WEEKDAYS[(day + 6) % 7] as Weekday; // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday
}
