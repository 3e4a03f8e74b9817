import { tokensOf } from './words.js';

/**
 * Case numbers (diarienummer) in the forms Swedish bodies write them: "Dnr KS 2019/123", "KS/2019:123",
 * "GNS/10/2020", "Dnr 2014/00002", "KU.2017.3", "2015-KLK0045", "1.6-0463/2011", "DNR: KS 02-820 107".
 * A number is only read whole: "Dnr 2014/" (digits stripped by a PDF copy) is no case number.
 */

/** The words that announce a case number: "Dnr", "Dnr:", "DNR.", "Diarienr", "Ärendenummer". */
export const CASE_WORD = /^(?:dnr|d\.nr|diarienr|diarienummer|diarie-nr|ärendenr|ärendenummer)[.:]?$/iu;

/**
 * One token of a case number: an optional series ("KS", "KOF", "T"), then digit groups joined by
 * "/", ":", "." or "-", a group possibly led by letters ("2015-KLK0045"). At least two groups.
 */
const TOKEN = /^(?:[A-ZÅÄÖ]{1,10}[./:-]?)?\d{1,4}(?:[./:-][A-ZÅÄÖ]{0,6}\d{1,7}){1,3}$/u;
/** A series written apart from its number: "KS 2019/123", "Dnr KS 02-820 107". */
const SERIES = /^[A-ZÅÄÖ]{1,10}$/u;
const DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:-\d{2,4})?|\d{4}-\d{2}|\d{1,2}[.:]\d{2})$/u;
/** "6-13", "8:15-9:45": ranges and times, not case numbers (unless "Dnr" says so). */
const RANGE = /^\d{1,3}[-–]\d{1,3}$/u;

/** A case number found in a run of tokens, with how many tokens it took. */
export interface FoundCase {
  value: string;
  /** Tokens used, including "Dnr". */
  tokens: number;
}

/**
 * The case number the tokens at `at` start with, or undefined. `tokens` are a line's words in order.
 * Without a "Dnr" before it, the number must hold a series of letters ("KS/2011:286"), so that dates,
 * ranges and fractions are never taken for one.
 */
export function caseNumberAt(tokens: readonly string[], at: number): FoundCase | undefined {
  let i = at;
  let announced = false;
  const first = tokens[i];
  if (first === undefined) return undefined;
  if (CASE_WORD.test(first)) {
    announced = true;
    i++;
  } else if (/^(?:dnr|diarienr)[.:]?\S/iu.test(first)) {
    // "Dnr:KS/2019:12" without a space.
    const rest = first.replace(/^(?:dnr|diarienr)[.:]?/iu, '');
    return wholeCase(rest, true) ? { value: rest, tokens: 1 } : undefined;
  }
  let series: string | undefined;
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (announced && SERIES.test(t) && tokens[i + 1] !== undefined && /^\d/u.test(tokens[i + 1] as string)) {
    series = t;
    i++;
  }
  const core = (tokens[i] ?? '').replace(/[,;)]$/u, '');
  if (!wholeCase(core, announced || series !== undefined, series !== undefined)) {
    // "Dnr 166/2011", "Dnr 2007-8109": with the word, digits alone will do.
    return undefined;
  }
  let value = series ? `${series} ${core}` : core;
  i++;
  // "Dnr KS 02-820 107": a trailing group of digits ends the line in some templates.
  const tail = tokens[i];
  if (series && tail !== undefined && /^\d{1,4}$/u.test(tail) && i === tokens.length - 1) {
    value = `${value} ${tail}`;
    i++;
  }
  return { value, tokens: i - at };
}

function wholeCase(core: string, announced: boolean, series = false): boolean {
  if (!core || DATE.test(core)) return false;
  if (announced) {
    if (!series && RANGE.test(core) && !/^\d{3,}/u.test(core)) return false;
    return TOKEN.test(core) || /^\d{1,4}[/:.-]\d{1,7}(?:[/:.-]\d{1,7}){0,2}$/u.test(core);
  }
  return TOKEN.test(core) && /\p{L}/u.test(core);
}

const DIGIT = /[0-9]/;
const CASE_HINT = /dnr|diarie|ärenden/i;

/** A case number (diarienummer) as written on a line of its own, e.g. "GNS/10/2020" or "Dnr KS 2023/123". */
export function caseNumberOfLine(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 80 || !DIGIT.test(t)) return undefined;
  const tokens = tokensOf(t);
  const found = caseNumberAt(tokens, 0);
  return found && found.tokens === tokens.length ? found.value : undefined;
}

/** A case number anywhere in a short line ("Dnr 1.6-0463/2011" under an item), or undefined. */
export function caseNumberInLine(text: string): string | undefined {
  if (text.length > 300 || !CASE_HINT.test(text)) return undefined;
  const tokens = tokensOf(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!CASE_WORD.test(tokens[i] as string) && !/^(?:dnr|diarienr)[.:]?\S/iu.test(tokens[i] as string)) continue;
    const found = caseNumberAt(tokens, i);
    if (found) return found.value;
  }
  return undefined;
}
