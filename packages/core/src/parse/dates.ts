import { DateTime } from 'luxon';
import type { Weekday } from '../model/primitives.js';

/**
 * Swedish dates and times as minutes write them: "den 11 oktober 2023", "måndag 16 september 2024",
 * "onsdagen den 18 oktober klockan 14", "24 januari", "2023-10-11", "kl 09:00-15:30",
 * "klockan 09.00-15.00", "kl. 09.00 - 12.00". All calendar arithmetic is luxon in Europe/Stockholm,
 * so the machine's time zone never matters.
 */

/** Month names and the abbreviations minutes use, lower case, to month numbers. */
export const SWEDISH_MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  februari: 2,
  mars: 3,
  april: 4,
  maj: 5,
  juni: 6,
  juli: 7,
  augusti: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

const WEEKDAY_STEMS: Readonly<Record<string, Weekday>> = {
  måndag: 'monday',
  tisdag: 'tuesday',
  onsdag: 'wednesday',
  torsdag: 'thursday',
  fredag: 'friday',
  lördag: 'saturday',
  söndag: 'sunday',
};

/**
 * The weekday a Swedish word names: "måndag", "Måndagen", "måndagar" (the plural a rule uses).
 * Undefined for anything else.
 */
export function weekdayFromSwedish(word: string): Weekday | undefined {
  const w = word.toLowerCase().replace(/(?:en|ar|arna)$/, '');
  return WEEKDAY_STEMS[w];
}

// Letters on either side end a word; JS \b knows only ASCII, and Swedish words end in å, ä, ö.
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
/** The weekdays' names as a pattern's source, without groups, for the readers that look for a weekday word. */
export const WEEKDAY_NAMES_SOURCE = 'måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag';
const WEEKDAY = `(${WEEKDAY_NAMES_SOURCE})(?:en)?`;
// Full names first so that "mars" is not read as "mar" + "s"; the lookahead stops "maj" in "majoritet".
const MONTH =
  '(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?(?!\\p{L})';
const PROSE_DATE = `${NOT_BEFORE}(?:${WEEKDAY}[\\s,]+)?(?:den\\s*)?(\\d{1,2})(?::[ae])?\\s+${MONTH}(?:(?:\\s+(?:år\\s+)?|,\\s+(?=\\d{4}(?![\\d./:-])))(\\d{4})(?!\\d))?`;
const ISO_DATE = `${NOT_BEFORE}(?:${WEEKDAY}[\\s,]+)?(?:den\\s+)?(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`;
// "16.5.2023", "16.05.2023": day, month and year with dots. Only with its year: "16.05" alone is a time
// ("kl 16.05"), and a dot or digit on either side makes it a version or a list's number, no date.
const DOTTED_DATE = `(?<![\\p{L}\\p{N}.])(?:${WEEKDAY}[\\s,]+)?(?:den\\s+)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d|\\.\\d)`;
/**
 * A dotted date with its year ("16.5.2023", or in ISO order "2023.05.16") as a pattern's source, without
 * groups, for the readers that test whether a value starts with a date: the shapes {@link findDates}
 * reads, and no version number.
 */
export const DOTTED_DATE_SOURCE = '(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}\\.\\d{2}\\.\\d{2})(?!\\d|\\.\\d)';

/**
 * The dash between the ends of a range ("§§ 26-38", "13.00–15.00") as a pattern's source, without groups:
 * a hyphen, a double hyphen as a plain-text export writes an en dash ("26 -- 38"), or one of the dashes and
 * the minus sign. A reader that knew only some of them took "26 -- 38" for § 26 alone.
 */
export const RANGE_DASH_SOURCE = '(?:--?|[\u2010-\u2015\u2212])';
// "14/3 2023", "14/3-2023", "14/3/2023": day and month with a slash, then the whole year. Without its year
// ("8/2") it is left to the schedule readers, which know the page's year.
const SLASH_DATE = `(?<![\\p{L}\\p{N}/.])(?:${WEEKDAY}[\\s,]+)?(?:den\\s+)?(\\d{1,2})/(\\d{1,2})(?:\\s+|-|/)(\\d{4})(?![\\d/])`;
// "2026.03.03": the ISO order with dots, as some templates write it. Two-digit month and day only, and
// no dot or digit on either side, so a version ("v. 2.2026.03.03") or an outline number is no date.
const DOTTED_ISO_DATE = `(?<![\\p{L}\\p{N}.])(?:${WEEKDAY}[\\s,]+)?(?:den\\s+)?(\\d{4})\\.(\\d{2})\\.(\\d{2})(?!\\d|\\.\\d)`;
const DATE_RE = new RegExp(`${PROSE_DATE}|${ISO_DATE}|${DOTTED_DATE}|${SLASH_DATE}|${DOTTED_ISO_DATE}`, 'giu');

/** A date as written in a text, before a year is known. */
export interface DateMention {
  /** Where it starts in the text, and how long it is. */
  index: number;
  length: number;
  day: number;
  month: number;
  /** The year when the text states it. */
  year?: number;
  /** The weekday written beside it ("måndag 16 september"). */
  weekday?: Weekday;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every date a text mentions, in order: prose dates ("den 11 oktober 2023"), ISO dates and dotted ones
 * ("16.5.2023", "2023.05.16").
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  // Every date has a digit and a month name or an ISO form; most lines have neither.
  if (!/\d/.test(text) || !/jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|\d-\d|\d\.\d|\d\/\d/i.test(text))
    return found;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const weekdayWord = m[1] ?? m[5] ?? m[9] ?? m[13] ?? m[17];
    const weekday = weekdayWord ? weekdayFromSwedish(weekdayWord) : undefined;
    let mention: DateMention;
    if (m[2] !== undefined) {
      mention = {
        index: m.index,
        length: m[0].length,
        day: Number(m[2]),
        month: SWEDISH_MONTHS[(m[3] ?? '').toLowerCase()] ?? 0,
        ...(m[4] ? { year: Number(m[4]) } : {}),
      };
    } else if (m[6] !== undefined) {
      mention = { index: m.index, length: m[0].length, day: Number(m[8]), month: Number(m[7]), year: Number(m[6]) };
    } else if (m[10] !== undefined) {
      mention = { index: m.index, length: m[0].length, day: Number(m[10]), month: Number(m[11]), year: Number(m[12]) };
    } else if (m[14] !== undefined) {
      mention = { index: m.index, length: m[0].length, day: Number(m[14]), month: Number(m[15]), year: Number(m[16]) };
    } else {
      mention = { index: m.index, length: m[0].length, day: Number(m[20]), month: Number(m[19]), year: Number(m[18]) };
    }
    if (weekday) mention.weekday = weekday;
    if (monthDayExists(mention.month, mention.day)) found.push(mention);
  }
  return joinDayRanges(text, found);
}

const DAY_BEFORE = new RegExp(
  `${NOT_BEFORE}(?:${WEEKDAY}[\\s,]+)?(?:den\\s*)?(\\d{1,2})(?::[ae])?\\s*([-–—]|och|&)\\s*$`,
  'iu',
);
const DAY_AFTER_ISO = /^(?:-{1,2}|–|—)(\d{2})(?![\d:.-])/u;
const BETWEEN = /^\s*(?:[-–—]|och|&)\s*$/iu;

/**
 * Whether `b` is the day after `a`, or (with a dash) within the two days after it: a meeting over
 * several days. "17 och 24 november" names two meetings, and stays two dates.
 */
function runsOn(a: { month: number; day: number }, b: { month: number; day: number }, dash: boolean): boolean {
  const later = b.month === a.month ? b.day - a.day : b.month === a.month + 1 && b.day <= 2 ? b.day + 31 - a.day : 0;
  if (later <= 0) return false;
  // Across a month's end only from its last days ("30 november–1 december").
  if (b.month !== a.month && a.day < 28) return false;
  return later === 1 || (dash && later <= 2) || (b.month !== a.month && later <= 4);
}

/**
 * A meeting over two or three days is one mention of its first day: "17-18 november 2021", "onsdag 17
 * och torsdag 18 november", "2005-11-22--23", "30 november–1 december 2021" (whose first day takes the
 * year written after the last). The mention spans the whole range, so the next day is never read as a
 * date of its own (nor its words as a place), and its weekday (the last day's) is not checked against
 * the first.
 */
function joinDayRanges(text: string, found: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let k = 0; k < found.length; k++) {
    let m = found[k] as DateMention;
    const next = found[k + 1];
    const between = next ? text.slice(m.index + m.length, next.index) : '';
    if (
      next &&
      (m.year === undefined || m.year === next.year) &&
      BETWEEN.test(between) &&
      runsOn(m, next, /[-–—]/u.test(between))
    ) {
      // "30 november–1 december 2021": the year written once at the range's end is both days'.
      m = { ...m, length: next.index + next.length - m.index, ...(next.year !== undefined ? { year: next.year } : {}) };
      k++;
    } else if (m.year !== undefined && /\d{4}-\d{2}-\d{2}$/u.test(text.slice(m.index, m.index + m.length))) {
      // "2005-11-22--23": the next day after an ISO date.
      const after = DAY_AFTER_ISO.exec(text.slice(m.index + m.length, m.index + m.length + 6));
      if (after && runsOn(m, { month: m.month, day: Number(after[1]) }, true))
        m = { ...m, length: m.length + after[0].length };
    }
    const before = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (
      before?.[2] !== undefined &&
      runsOn({ month: m.month, day: Number(before[2]) }, m, before[3] !== 'och' && before[3] !== '&')
    ) {
      // "17-18 november": the first day, with its own weekday if one is written ("onsdag 17 och torsdag 18").
      const firstWeekday = before[1] ? weekdayFromSwedish(before[1]) : undefined;
      const { weekday: _, ...rest } = m;
      m = { ...rest, index: m.index - before[0].length, length: m.length + before[0].length, day: Number(before[2]) };
      if (firstWeekday) m.weekday = firstWeekday;
    }
    out.push(m);
  }
  return out;
}

/** The first date in a text, or undefined. */
export function findDate(text: string): DateMention | undefined {
  return findDates(text)[0];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * `YYYY-MM-DD` for a real calendar date, else undefined. A calendar date is the same in every time
 * zone, so this is plain arithmetic (it runs for every date in every document; luxon's zone machinery
 * would cost more than the rest of the parse).
 */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const days = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function monthDayExists(month: number, day: number): boolean {
  return toIsoDate(2024, month, day) !== undefined; // 2024 is a leap year: 29 February exists
}

/** What a date without a year takes its year from. */
export interface DateContext {
  /** A year the surrounding text states ("Hälsingeråd 2024 äger rum följande datum"). */
  year?: number;
  /** The meeting's date: a date without year is the first such date after it. */
  after?: string;
}

/**
 * The date a mention means: `YYYY-MM-DD` when the year is stated or follows from the context,
 * else `--MM-DD` (ISO 8601 month-day). Never guesses a year the context does not give.
 */
export function resolveDate(mention: DateMention, context: DateContext = {}): string | undefined {
  const { day, month } = mention;
  if (mention.year !== undefined) return toIsoDate(mention.year, month, day);
  if (context.year !== undefined) return toIsoDate(context.year, month, day);
  const afterYear =
    context.after && /^\d{4}-\d{2}-\d{2}$/.test(context.after) ? Number(context.after.slice(0, 4)) : undefined;
  if (context.after && afterYear !== undefined) {
    const same = toIsoDate(afterYear, month, day);
    // "The first such date after the meeting": 19 January after a November meeting is next year's.
    if (same && same > context.after) return same;
    return toIsoDate(afterYear + 1, month, day);
  }
  return `--${pad(month)}-${pad(day)}`;
}

const weekdays = new Map<string, Weekday | undefined>();

/** The weekday of a `YYYY-MM-DD` date in Stockholm, or undefined for anything else. */
export function weekdayOfDate(iso: string): Weekday | undefined {
  // Luxon's zone arithmetic is costly and schedules repeat dates; a small cache keeps it off the hot path.
  if (weekdays.has(iso)) return weekdays.get(iso);
  const weekday = computeWeekday(iso);
  if (weekdays.size < 10_000) weekdays.set(iso, weekday);
  return weekday;
}

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function computeWeekday(iso: string): Weekday | undefined {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8));
  if (!ISO_DATE_SHAPE.test(iso) || !toIsoDate(year, month, day)) return undefined;
  // A calendar date's weekday is the same in every zone: read in UTC, which spares luxon a Stockholm
  // zone per call (about ten times the cost, a few per cent of an import).
  const dt = DateTime.utc(year, month, day);
  if (!dt.isValid) return undefined;
  return (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const)[dt.weekday - 1];
}

/** A clock time or span as written: "kl 09:00-15:30", "klockan 14". */
export interface TimeMention {
  index: number;
  length: number;
  start: string;
  end?: string;
}

// "kl"/"klockan" before the time, an optional span; or a bare span with minutes ("09.00-15.00"). The end
// may be approximate ("kl. 13.00 – ca 16.30"): it is still the end the minutes give.
const CLOCK_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:kl(?:ockan)?\\.?)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?:\\s*(?:${RANGE_DASH_SOURCE}|till)\\s*(?:(?:ca\\.?|cirka)\\s*)?(?:kl(?:ockan)?\\.?\\s*)?(\\d{1,2})(?:[.:](\\d{2}))?)?(?![\\d])`,
  'giu',
);
const SPAN_RE = new RegExp(
  `(?<![\\d.:])(\\d{1,2})[.:](\\d{2})\\s*${RANGE_DASH_SOURCE}\\s*(?:(?:[Cc]a\\.?|[Cc]irka)\\s*)?(\\d{1,2})[.:](\\d{2})(?![\\d])`,
  'g',
);

/** `HH:MM` for a real wall-clock time, else undefined. */
export function toLocalTime(hour: number, minute = 0): string | undefined {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return undefined;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

function timeFrom(m: RegExpExecArray, h: number, mi: number, eh: number, emi: number): TimeMention | undefined {
  const start = toLocalTime(Number(m[h]), m[mi] ? Number(m[mi]) : 0);
  if (!start) return undefined;
  const end = m[eh] ? toLocalTime(Number(m[eh]), m[emi] ? Number(m[emi]) : 0) : undefined;
  return { index: m.index, length: m[0].length, start, ...(end ? { end } : {}) };
}

// "kl 08.30 10.50", "klockan 13:00 17:55", "kl . 11.00 14.00": a span whose dash the extraction lost.
const CLOCK_PAIR_RE =
  /(?<![\p{L}\p{N}])(?:kl(?:ockan)?\.?)\s*\.?\s*(\d{1,2})[.:](\d{2})\s+(\d{1,2})[.:](\d{2})(?![\d])(?![.:]\d)/giu;

/** Every clock time or span in a text, in order. */
export function findTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  CLOCK_PAIR_RE.lastIndex = 0;
  for (let m = CLOCK_PAIR_RE.exec(text); m !== null; m = CLOCK_PAIR_RE.exec(text)) {
    const t = timeFrom(m, 1, 2, 3, 4);
    if (t?.end && t.end > t.start) found.push(t);
  }
  CLOCK_RE.lastIndex = 0;
  for (let m = CLOCK_RE.exec(text); m !== null; m = CLOCK_RE.exec(text)) {
    const t = timeFrom(m, 1, 2, 3, 4);
    if (t && !found.some((f) => t.index < f.index + f.length && f.index < t.index + t.length)) found.push(t);
  }
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(text); m !== null; m = SPAN_RE.exec(text)) {
    const t = timeFrom(m, 1, 2, 3, 4);
    if (t && !found.some((f) => t.index < f.index + f.length && f.index < t.index + t.length)) found.push(t);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first time or span in a text, or undefined. */
export function findTime(text: string): TimeMention | undefined {
  return findTimes(text)[0];
}

/** "21/10" (day/month, as notes write the next meeting), or undefined. */
export function findDayMonthSlash(text: string): DateMention | undefined {
  const m = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(text);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return monthDayExists(month, day) ? { index: m.index, length: m[0].length, day, month } : undefined;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  fjorton: 14,
};

/**
 * A span of days in prose: "en vecka" → 7, "två veckor" → 14, "tio dagar" → 10, "5 arbetsdagar" → 5.
 * Undefined when the text holds none.
 */
export function findDaySpan(text: string): number | undefined {
  const m =
    /(?<![\p{L}\p{N}])(\d{1,2}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton)\s+(vecka|veckor|dag|dagar|arbetsdagar)(?!\p{L})/iu.exec(
      text,
    );
  if (!m) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
  if (n <= 0) return undefined;
  return (m[2] ?? '').toLowerCase().startsWith('veck') ? n * 7 : n;
}

/**
 * The month a word names on its own, as a schedule's column header or a date writes it: "Januari",
 * "jan", "Sept.", "MAJ". Undefined for anything else.
 */
export function monthFromName(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(SWEDISH_MONTHS, key) ? SWEDISH_MONTHS[key] : undefined;
}

const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, Weekday>> = {
  mån: 'monday',
  månd: 'monday',
  tis: 'tuesday',
  tisd: 'tuesday',
  ons: 'wednesday',
  onsd: 'wednesday',
  tor: 'thursday',
  tors: 'thursday',
  torsd: 'thursday',
  fre: 'friday',
  fred: 'friday',
  lör: 'saturday',
  sön: 'sunday',
};

/**
 * The weekday a word names, written out or abbreviated as schedules do: "måndag", "Onsdagen",
 * "månd", "torsd.", "tors", "ons". Undefined for anything else. Short forms ("ons", "fre") are
 * words of their own too, so call it only where a weekday is expected (beside a date, in a footnote).
 */
export function weekdayFromAbbreviation(word: string): Weekday | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return weekdayFromSwedish(w) ?? (Object.hasOwn(WEEKDAY_ABBREVIATIONS, w) ? WEEKDAY_ABBREVIATIONS[w] : undefined);
}

// "8/2", "4/1-22" (a two-digit year after a dash: 4 January 2022), "8/2-2021", "8/2 2021". A slash or
// digit on either side makes it something else ("2021/22", "1/2/3").
const SLASH_DATE_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:-(\d{4}|\d{2})(?![\d/])|\s(\d{4})(?![\d/-]))?(?![\d/])/g;

/**
 * Every day/month date in a text, as Swedish lists write them: "8/2 15/3 19/4", "4/1-22"
 * (4 January 2022), "8/2 2021". Impossible days ("31/4") are left out.
 */
export function findDayMonthSlashes(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (!text.includes('/')) return found;
  SLASH_DATE_RE.lastIndex = 0;
  for (let m = SLASH_DATE_RE.exec(text); m !== null; m = SLASH_DATE_RE.exec(text)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (!monthDayExists(month, day)) continue;
    const y = m[3] ?? m[4];
    const year = y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);
    found.push({ index: m.index, length: m[0].length, day, month, ...(year !== undefined ? { year } : {}) });
  }
  return found;
}

/** The Swedish name of a month, 1–12 ("mars"), or undefined. */
export function monthName(month: number): string | undefined {
  return Object.keys(SWEDISH_MONTHS).find((k) => SWEDISH_MONTHS[k] === month);
}
