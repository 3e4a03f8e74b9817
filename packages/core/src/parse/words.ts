/**
 * The words of a line, split at spaces, tabs and no-break spaces, in linear time: what the heading
 * grammar, the case-number reader and the heading pre-pass read.
 */

/** A line's words. */
export const tokensOf = (text: string): string[] => {
  // Cleaned lines have single spaces; the native split is the fast way for them.
  if (
    text.indexOf('  ') === -1 &&
    text.indexOf('\t') === -1 &&
    text.indexOf('\u00a0') === -1 &&
    text.indexOf('\n') === -1
  ) {
    if (text === '') return [];
    const parts = text.split(' ');
    return parts[0] === '' || parts[parts.length - 1] === '' ? parts.filter(Boolean) : parts;
  }
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (space) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
};

/** Offsets where each word of `text` starts, in the order of {@link tokensOf}. */
export function tokenStarts(text: string): number[] {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
    if (!space && !inWord) out.push(i);
    inWord = !space;
  }
  return out;
}

// White space other than a single space: a tab, a line break, any Unicode space, or two spaces in a row.
const NOT_ONE_SPACE = /[^\S ]| {2}/u;

/**
 * `text` with each run of white space as one space, as `text.replace(/\s+/g, ' ')` gives it; a text that
 * already has only single spaces is returned as it is (the replacement would copy it, space by space).
 */
export function oneSpaced(text: string): string {
  return NOT_ONE_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text;
}
