import { stemmer } from '@orama/stemmers/swedish';

/**
 * Swedish words as a search index sees them: lower case, accents such as é and ü folded, but å, ä
 * and ö kept (they are letters of their own: "får" is not "far"), then reduced to their stem with the
 * Snowball Swedish stemmer, so "beslutet", "besluten" and "beslut" meet.
 */

/** A word of the text and where it stands, so a snippet can mark it. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SWEDISH_LETTERS = /[åäö]/;
const DANISH_TO_SWEDISH: Readonly<Record<string, string>> = { æ: 'ä', ø: 'ö' };
const foldCache = new Map<string, string>();

function foldLetter(letter: string): string {
  let folded = foldCache.get(letter);
  if (folded === undefined) {
    folded = SWEDISH_LETTERS.test(letter)
      ? letter
      : (DANISH_TO_SWEDISH[letter] ?? letter.normalize('NFD').replace(/\p{M}+/gu, ''));
    foldCache.set(letter, folded);
  }
  return folded;
}

/** Lower case with accents folded except å, ä and ö: "Café Nämnden" → "cafe nämnden". */
export function foldSwedish(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0080-\uffff]/g, foldLetter);
}

/** The words of a text with their positions; hyphens part words ("IT-frågor" is "IT" and "frågor"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The stem of one word. After Snowball, a definite "-et" is also taken off ("uppdraget",
 * "beslutet"): Snowball's Swedish leaves it, and it is the commonest form in minutes. Both the index
 * and the query go through here, so a stem only has to be the same on both sides.
 */
export function stemSwedish(word: string): string {
  const folded = foldSwedish(word);
  if (!/\p{L}/u.test(folded)) return folded;
  const stem = stemmer(folded);
  return stem.length >= 6 && stem.endsWith('et') ? stem.slice(0, -2) : stem;
}
