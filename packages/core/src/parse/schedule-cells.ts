import type { Weekday } from '../model/primitives.js';
import { monthFromName, toIsoDate, toLocalTime, weekdayFromAbbreviation } from './dates.js';

/**
 * The dates of one item of a schedule page: a list line ("23 juni kl. 09.00 (onsdag) (ek.prognos)",
 * "17-18 november kl. 09.00 (budget)", "8/2 15/3 19/4", "12 mars Å, månd") or a cell of a month
 * table ("16:e kl. 10.00", "21*", "19:e-21:a*", "-", "4/1-22"). A small tokenizer (one bounded
 * pattern per token, so linear in the text) and a grammar over its tokens.
 */

type Token =
  | { kind: 'day'; value: number; marks: number }
  | { kind: 'number'; raw: string }
  /** `label`: a year heading its dates ("2026: 11 februari, 9 september"), no year of the date before it. */
  | { kind: 'year'; value: number; label?: boolean }
  | { kind: 'month'; value: number }
  | { kind: 'slash'; day: number; month: number; year?: number; marks: number }
  | { kind: 'iso'; year: number; month: number; day: number }
  | { kind: 'dash' }
  | { kind: 'time'; start?: string; end?: string }
  | { kind: 'weekday'; value: Weekday }
  | { kind: 'paren'; text: string }
  | { kind: 'sep' }
  | { kind: 'marks'; count: number }
  | { kind: 'word'; text: string };

/** A date an item states, before the page gives it a year (or a month, in a month table). */
export interface ItemDate {
  day: number;
  /** Absent in a month table's cell ("16:e"): the column gives it. */
  month?: number;
  year?: number;
  /** The last day of a meeting over several days ("17-18 november", "19:e-21:a"). */
  last?: { day: number; month?: number; year?: number };
  start?: string;
  end?: string;
  /** The weekday written beside the date ("(onsdag)", "månd", "torsd"). */
  weekday?: Weekday;
  /** Two weekdays beside one date: neither can be trusted. */
  weekdayConflict?: boolean;
  /** Footnote markers ("21*"): the page's "*budget" or "*= inkl bokslutsdag" says what they mean. */
  marks: number;
  /** What the item adds: "budget", "ek.prognos", codes such as "DR" (expanded by the page's legend). */
  notes: string[];
  cancelled?: boolean;
  /** The time was written but not yet set ("kl. xx.xx"). */
  timeUnknown?: boolean;
}

/** What {@link readItem} found. */
export interface Item {
  dates: ItemDate[];
  /** The item starts with a date (after a bullet, "den" or a weekday): a list line rather than prose. */
  startsWithDate: boolean;
  /** Words that are neither dates nor notes of a schedule line (page furniture, prose). */
  words: number;
  /** A word that says the dates are not meetings ("uppdaterad", "sportlov", "protokoll"). */
  notMeetings?: string;
  /** Numbers that cannot be days ("2628": two cells run together). */
  garbled: string[];
  /** The cell is a dash: no meeting that month. */
  empty: boolean;
}

const CANCELLED = /^(?:inställ(?:t|d|da|das|s)|avlyst|avlysts?|utgår|ställs|ställts|struken)$/iu;
/** Words of no note: "Sammanträdet 20 april är inställt" says nothing of the meeting but that it is cancelled. */
const FILLERS =
  /^(?:den|och|samt|kl|klockan|ca|cirka|from|fr\.?o\.?m\.?|även|eller|in|är|har|blir|sammanträdet|mötet)$/iu;
/** Words that make the dates of a line something other than meetings. */
const NOT_MEETINGS =
  /^(?:uppdaterad|uppdaterades|publicerad|publicerades|ändrad|ändrades|skapad|senast|sidan|protokoll|protokollet|kallelse|kallelsen|handlingar|handlingarna|pdf|docx|kb|mb|anslag|anslaget|justerat|justerades|justering|sportlov|påsklov|höstlov|jullov|sommarlov|vinterlov|lov|ledighet|semester|helgdag|röd|uppehåll|sommaruppehåll|stängt)$/iu;

// One sticky pattern per token kind, tried in order at each position; each is bounded.
const SPACE = /\s+/y;
const ISO = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const SLASH = /(\d{1,2})\/(\d{1,2})(?:-(\d{4}|\d{2})(?![\d/]))?(?![\d/])(\**)/y;
const CLOCK = /(?:kl(?:ockan)?\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*(\d{1,2})[.:](\d{2}))?(?!\d)/iy;
const HOUR = /kl(?:ockan)?\.?\s*(\d{1,2})(?![\d.:])(?:\s*[-–—]\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d))?/iy;
const UNSET = /(?:kl(?:ockan)?\.?\s*)?x{1,2}[.:]x{1,2}/iy;
const NUMBER = /(\d{1,6})(?::[ae](?![\p{L}]))?(\**)/uy;
const MARKS = /\*+/y;
const DASH = /[-–—]/y;
const PAREN = /\(([^()]{0,200})\)/y;
const SEP = /[,;&/]/y;
const WORD = /\p{L}[\p{L}\p{M}.'’-]{0,60}/uy;

function dayOrNumber(m: RegExpExecArray): Token {
  const raw = m[1] ?? '';
  const value = Number(raw);
  const marks = m[2]?.length ?? 0;
  if (raw.length <= 2 && value >= 1 && value <= 31) return { kind: 'day', value, marks };
  if (raw.length === 4 && value >= 1900 && value <= 2199 && !m[0].includes(':') && marks === 0)
    return { kind: 'year', value };
  return { kind: 'number', raw: m[0] };
}

function wordToken(m: RegExpExecArray): Token {
  const word = m[0].replace(/[.'’-]+$/, '');
  const month = monthFromName(word);
  if (month !== undefined) return { kind: 'month', value: month };
  const weekday = weekdayFromAbbreviation(word);
  return weekday ? { kind: 'weekday', value: weekday } : { kind: 'word', text: word };
}

function timeToken(m: RegExpExecArray, start: string | undefined, end: string | undefined): Token {
  return start ? { kind: 'time', start, ...(end ? { end } : {}) } : { kind: 'number', raw: m[0] };
}

/** Each token kind: its pattern (tried in this order at each position) and the token it makes. */
type Rule = readonly [RegExp, (m: RegExpExecArray) => Token | undefined];
const RULES: readonly Rule[] = [
  [SPACE, () => undefined],
  [ISO, (m) => ({ kind: 'iso', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [
    SLASH,
    (m) => ({
      kind: 'slash',
      day: Number(m[1]),
      month: Number(m[2]),
      ...(m[3] ? { year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]) } : {}),
      marks: m[4]?.length ?? 0,
    }),
  ],
  [UNSET, () => ({ kind: 'time' })],
  [
    CLOCK,
    (m) =>
      timeToken(m, toLocalTime(Number(m[1]), Number(m[2])), m[3] ? toLocalTime(Number(m[3]), Number(m[4])) : undefined),
  ],
  [
    HOUR,
    (m) =>
      timeToken(m, toLocalTime(Number(m[1])), m[2] ? toLocalTime(Number(m[2]), m[3] ? Number(m[3]) : 0) : undefined),
  ],
  [NUMBER, dayOrNumber],
  [MARKS, (m) => ({ kind: 'marks', count: m[0].length })],
  [DASH, () => ({ kind: 'dash' })],
  [PAREN, (m) => ({ kind: 'paren', text: (m[1] ?? '').trim() })],
  [SEP, () => ({ kind: 'sep' })],
  [WORD, wordToken],
];

/**
 * The rules that can match where `code` stands, in the same order: each pattern can only start with
 * certain characters, and trying all twelve at every position was most of reading a schedule page.
 */
const rulesFor = (patterns: readonly RegExp[]): readonly Rule[] => RULES.filter(([re]) => patterns.includes(re));
const DIGIT_RULES = rulesFor([ISO, SLASH, CLOCK, NUMBER]);
const K_RULES = rulesFor([UNSET, CLOCK, HOUR, WORD]);
const X_RULES = rulesFor([UNSET, WORD]);
const OTHER_RULES = rulesFor([SPACE, WORD]);
const SINGLE_RULES = new Map<number, readonly Rule[]>([
  ...[...'-–—'].map((c) => [c.charCodeAt(0), rulesFor([DASH])] as const),
  ...[...',;&/'].map((c) => [c.charCodeAt(0), rulesFor([SEP])] as const),
  ['*'.charCodeAt(0), rulesFor([MARKS])],
  ['('.charCodeAt(0), rulesFor([PAREN])],
]);

function rulesAt(code: number): readonly Rule[] {
  if (code >= 48 && code <= 57) return DIGIT_RULES;
  if (code === 107 || code === 75) return K_RULES;
  if (code === 120 || code === 88) return X_RULES;
  return SINGLE_RULES.get(code) ?? OTHER_RULES;
}

/** A token and where it stands in the text. */
type Placed = Token & { at: number; to: number };

function tokenize(text: string): Placed[] {
  const tokens: Placed[] = [];
  let i = 0;
  outer: while (i < text.length) {
    for (const [re, make] of rulesAt(text.charCodeAt(i))) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      const token = make(m);
      const to = i + Math.max(m[0].length, 1);
      if (token?.kind === 'year' && /^\s*:/u.test(text.slice(to, to + 3))) token.label = true;
      if (token) tokens.push({ ...token, at: i, to });
      i = to;
      continue outer;
    }
    // Any other character separates notes.
    tokens.push({ kind: 'sep', at: i, to: i + 1 });
    i++;
  }
  return tokens;
}

/** A date starting at token `i`, and the index after it. */
function dateAt(tokens: readonly Token[], i: number, inTable: boolean): { date: ItemDate; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'iso') {
    if (!toIsoDate(t.year, t.month, t.day)) return undefined;
    return { date: { day: t.day, month: t.month, year: t.year, marks: 0, notes: [] }, next: i + 1 };
  }
  if (t.kind === 'slash') {
    const date: ItemDate = { day: t.day, month: t.month, marks: t.marks, notes: [] };
    if (t.year !== undefined) date.year = t.year;
    if (!toIsoDate(date.year ?? 2024, t.month, t.day)) return undefined;
    // "26/2 - 4/3": a span (a holiday, a conference) rather than one day.
    const dash = tokens[i + 1];
    const other = tokens[i + 2];
    if (dash?.kind === 'dash' && other?.kind === 'slash') {
      date.last = { day: other.day, month: other.month, ...(other.year !== undefined ? { year: other.year } : {}) };
      date.marks += other.marks;
      return { date, next: i + 3 };
    }
    return { date, next: i + 1 };
  }
  if (t.kind !== 'day') return undefined;
  // day [- day] [month [year]]
  let j = i + 1;
  let last: { day: number; marks: number } | undefined;
  if (tokens[j]?.kind === 'dash' && tokens[j + 1]?.kind === 'day') {
    const d = tokens[j + 1] as Extract<Token, { kind: 'day' }>;
    last = { day: d.value, marks: d.marks };
    j += 2;
  }
  const month = tokens[j];
  if (month?.kind === 'month') {
    const date: ItemDate = { day: t.value, month: month.value, marks: t.marks + (last?.marks ?? 0), notes: [] };
    j++;
    const year = tokens[j];
    if (year?.kind === 'year' && !year.label) {
      date.year = year.value;
      j++;
    }
    if (last) date.last = { day: last.day, month: month.value, ...(date.year ? { year: date.year } : {}) };
    else if (tokens[j]?.kind === 'dash' && tokens[j + 1]?.kind === 'day' && tokens[j + 2]?.kind === 'month') {
      // "30 november - 1 december"
      const d = tokens[j + 1] as Extract<Token, { kind: 'day' }>;
      const m = tokens[j + 2] as Extract<Token, { kind: 'month' }>;
      date.last = { day: d.value, month: m.value };
      date.marks += d.marks;
      j += 3;
      const y = tokens[j];
      if (y?.kind === 'year') {
        date.last.year = y.value;
        date.year ??= y.value;
        j++;
      }
    }
    if (!toIsoDate(date.year ?? 2024, date.month as number, date.day)) return undefined;
    return { date, next: j };
  }
  if (!inTable) return undefined;
  const date: ItemDate = { day: t.value, marks: t.marks + (last?.marks ?? 0), notes: [] };
  if (last) date.last = { day: last.day };
  return { date, next: j };
}

/**
 * Reads one item. `inTable`: the item is a cell under a month column, so a bare day ("16:e", "21*")
 * is a date of that month; elsewhere a date needs its month ("21 januari", "8/2").
 */
const WEEK_FIRST =
  /^\s*(?:vecka|v\.?)\s*\d{1,2}\s*[,:–-]?\s+(?=(?:mån|tis|ons|tors|fre|lör|sön)\p{L}*\s|\d{1,2}(?:\s+\p{L}|\s*\/\s*\d))/iu;

export function readItem(raw: string, inTable = false): Item {
  // "Vecka 5, tisdag 28 januari", "v. 9 25/2": the week's number before the date is none of its days
  // (blanked, so that positions in the text stay as they were).
  const text = raw.replace(WEEK_FIRST, (m) => ' '.repeat(m.length));
  const tokens = tokenize(text);
  const item: Item = { dates: [], startsWithDate: false, words: 0, garbled: [], empty: false };
  if (tokens.length === 1 && tokens[0]?.kind === 'dash') {
    item.empty = true;
    return item;
  }
  // "Januari: 24", "Maj – 5 och 19": a month first, then its days.
  let month: number | undefined;
  let from = 0;
  const first = tokens[0];
  if (!inTable && first?.kind === 'month') {
    const k = tokens[1]?.kind === 'sep' || tokens[1]?.kind === 'dash' ? 2 : 1;
    const after = tokens[k + 1]?.kind === 'dash' ? tokens[k + 3] : tokens[k + 1];
    if (tokens[k]?.kind === 'day' && after?.kind !== 'month') {
      month = first.value;
      from = k;
    }
  }
  const cells = inTable || month !== undefined;
  let current: ItemDate | undefined;
  let pendingWeekday: Weekday | undefined;
  let pendingTime: Extract<Token, { kind: 'time' }> | undefined;
  // A note is the text from its first word to its last, as written ("Budget och verksamhetsplan").
  let note: { at: number; to: number } | undefined;
  let seenOther = false;
  let labelYear: number | undefined;
  const flushNote = () => {
    // "16/4 budget.": the sentence's full stop is no part of the note.
    if (current && note)
      current.notes.push(
        text
          .slice(note.at, note.to)
          .replace(/\s+/g, ' ')
          .replace(/(?<=\p{L}{3})\.$/u, ''),
      );
    note = undefined;
  };
  const extendNote = (t: Placed) => {
    if (note) note.to = t.to;
    else note = { at: t.at, to: t.to };
  };
  const setWeekday = (date: ItemDate, weekday: Weekday) => {
    if (date.weekday && date.weekday !== weekday) date.weekdayConflict = true;
    date.weekday = weekday;
  };
  const setTime = (date: ItemDate, time: Extract<Token, { kind: 'time' }>) => {
    if (!time.start) date.timeUnknown = true;
    else if (!date.start) {
      date.start = time.start;
      if (time.end) date.end = time.end;
    }
  };
  for (let i = from; i < tokens.length; ) {
    const found = dateAt(tokens, i, cells);
    if (found) {
      flushNote();
      if (!seenOther) item.startsWithDate = true;
      current = found.date;
      if (labelYear !== undefined && current.year === undefined) current.year = labelYear;
      if (month !== undefined && current.month === undefined) {
        current.month = month;
        if (current.last && current.last.month === undefined) current.last.month = month;
      }
      if (pendingWeekday) setWeekday(current, pendingWeekday);
      if (pendingTime) setTime(current, pendingTime);
      pendingWeekday = undefined;
      pendingTime = undefined;
      item.dates.push(current);
      i = found.next;
      continue;
    }
    const t = tokens[i] as Placed;
    i++;
    switch (t.kind) {
      case 'weekday': {
        // Before a date ("Måndag 8 februari", "tisdag den 3 maj") it is that date's; after one, the date's before it.
        const nextIsDate =
          dateAt(tokens, i, cells) !== undefined ||
          (tokens[i]?.kind === 'word' &&
            /^den$/i.test((tokens[i] as { text: string }).text) &&
            dateAt(tokens, i + 1, cells) !== undefined);
        if (nextIsDate || !current) pendingWeekday = t.value;
        else setWeekday(current, t.value);
        break;
      }
      case 'time':
        if (current) setTime(current, t);
        else pendingTime = t;
        break;
      case 'marks':
        if (current) current.marks += t.count;
        break;
      case 'paren': {
        flushNote();
        const inner = readParen(t.text);
        if (current) {
          if (inner.weekday) setWeekday(current, inner.weekday);
          if (inner.time) setTime(current, inner.time);
          if (inner.cancelled) current.cancelled = true;
          if (inner.note) current.notes.push(inner.note);
        }
        if (inner.notMeetings) item.notMeetings ??= inner.notMeetings;
        if (!inner.weekday && !inner.time) item.words++;
        break;
      }
      case 'word':
        if (FILLERS.test(t.text)) {
          if (!/^den$/i.test(t.text) && !current) seenOther = true;
          break;
        }
        if (NOT_MEETINGS.test(t.text)) item.notMeetings ??= t.text;
        if (CANCELLED.test(t.text)) {
          if (current) current.cancelled = true;
          break;
        }
        // "Samtliga sammanträden hålls i …", "Alla möten börjar kl. 13.00": a sentence of every meeting, no note
        // or time of the date before it.
        if (!note && current && ALL_MEETINGS.test(t.text)) current = undefined;
        if (!current) seenOther = true;
        extendNote(t);
        item.words++;
        break;
      case 'number':
        item.garbled.push(t.raw);
        seenOther = true;
        break;
      case 'year':
        // "2026: 11 februari, 9 september": the year of the dates after it, in this item.
        if (t.label) {
          flushNote();
          labelYear = t.value;
          current = undefined;
          if (item.dates.length === 0) item.startsWithDate = true;
          break;
        }
        if (!current) seenOther = true;
        else if (note) extendNote(t);
        item.words++;
        break;
      case 'day':
      case 'month':
      case 'slash':
      case 'iso':
        // A stray part of a date (a lone "12", "mars" without a day): prose, not a list; in a note, part of it.
        if (!current) seenOther = true;
        else if (note) extendNote(t);
        item.words++;
        break;
      case 'dash':
      case 'sep':
        flushNote();
        // "… 22/5 och 19/6. Sammanträdena börjar kl. 9.00": a new sentence is no note or time of the date before.
        if (t.kind === 'sep' && SENTENCE_STOP.test(text[t.at] ?? '') && nextStartsSentence(tokens, i, text))
          current = undefined;
        break;
    }
  }
  flushNote();
  if (pendingWeekday && current) setWeekday(current, pendingWeekday);
  return item;
}

const SENTENCE_STOP = /[.!?]/;
/** Words that speak of every meeting of a list. */
const ALL_MEETINGS = /^(?:samtliga|alla|sammanträdena|mötena)$/iu;

/** Whether the tokens from `i` start a sentence: white space, then a word with a capital. */
function nextStartsSentence(tokens: readonly Placed[], i: number, text: string): boolean {
  const next = tokens[i];
  return (
    next?.kind === 'word' && next.at > (tokens[i - 1]?.to ?? 0) && /^\p{Lu}\p{Ll}/u.test(text.slice(next.at, next.to))
  );
}

function readParen(text: string): {
  weekday?: Weekday;
  time?: Extract<Token, { kind: 'time' }>;
  cancelled?: boolean;
  note?: string;
  notMeetings?: string;
} {
  const tokens = tokenize(text);
  const out: ReturnType<typeof readParen> = {};
  if (tokens.length === 1 && tokens[0]?.kind === 'weekday') return { weekday: tokens[0].value };
  if (tokens.length === 1 && tokens[0]?.kind === 'time') return { time: tokens[0] };
  const times: Extract<Token, { kind: 'time' }>[] = [];
  let dated = false;
  for (const t of tokens) {
    if (t.kind === 'word' && CANCELLED.test(t.text)) out.cancelled = true;
    if (t.kind === 'word' && NOT_MEETINGS.test(t.text)) out.notMeetings ??= t.text;
    if (t.kind === 'time') times.push(t);
    else if (t.kind === 'day' || t.kind === 'month' || t.kind === 'slash' || t.kind === 'iso') dated = true;
  }
  // "29 april (obs! kl. 9.00)": the one time of a note is the meeting's, not the page's "Onsdagar kl. 13.00".
  // Times beside a date, or more than one, may be another day's or a part's: the meeting's is then unknown.
  const [time] = times;
  if (time && times.length === 1 && !dated) out.time = time;
  else if (time) out.time = { kind: 'time' };
  if (!out.cancelled || tokens.length > 2) out.note = text.replace(/\s+/g, ' ').trim();
  if (!out.note) delete out.note;
  return out;
}
