import { caseKey } from '../model/case-key.js';
import { foldSwedish, stemSwedish, tokenize } from '../text/swedish-terms.js';

/** Longer queries are cut here. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many terms (words, phrases, case numbers) of a query count. */
export const MAX_QUERY_TERMS = 8;

/** One term of a parsed query. */
export type QueryTerm =
  /** A word, matched by its stem, as a prefix and (when long) with one typo. */
  | { readonly type: 'word'; readonly text: string; readonly stem: string }
  /** "Words in quotes", matched as written (case and accents aside), in this order. */
  | {
      readonly type: 'phrase';
      readonly text: string;
      readonly words: readonly string[];
      readonly stems: readonly string[];
    }
  /** A case number, matched against case numbers only: "KS 2024/12" or "2024/12". */
  | { readonly type: 'case'; readonly text: string; readonly key: string };

// A case number: an optional short series in capitals (KS, BUN, Dnr) and year/number.
const CASE = /(?<![\p{L}\p{N}])(?:(\p{Lu}{1,5}|[Dd]nr\.?)[\s/]*)?(\d{1,4}\s*\/\s*\d+(?:[./:-]\d+)*)(?![\p{L}\p{N}])/gu;
const PHRASE_OR_WORD = /["“”„]([^"“”„]*)["“”„]?|(\S+)/g;

/**
 * How a word of a query meets the index's stems: as a prefix from three letters ("besl" finds
 * "beslutet"), and with one typo (one letter added, left out or changed) from six, so "får" never
 * finds "far". Numbers match only as they are.
 */
export function wordMatching(stem: string): { prefix: boolean; typo: boolean } {
  const letters = /\p{L}/u.test(stem);
  return { prefix: letters && stem.length >= 3, typo: letters && stem.length >= 6 };
}

/** True when `stem`, a stem of the text, is met by the word term `term` (see {@link wordMatching}). */
export function wordMatches(term: string, stem: string): boolean {
  if (stem === term) return true;
  const { prefix, typo } = wordMatching(term);
  return (prefix && stem.startsWith(term)) || (typo && withinOneEdit(term, stem));
}

/** True when `a` becomes `b` by adding, leaving out or changing one character (Levenshtein distance 1). */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: string[], q: string[]) => p.join('') === q.join('');
  if (x.length === y.length) return rest(x.slice(i + 1), y.slice(i + 1));
  return x.length < y.length ? rest(x.slice(i), y.slice(i + 1)) : rest(x.slice(i + 1), y.slice(i));
}

/**
 * Every string one typo away from `stem` (see {@link wordMatching}) over `alphabet`: what a database
 * looks up to match as the in-memory index does.
 */
export function oneEditVariants(stem: string, alphabet: readonly string[]): string[] {
  const s = [...stem];
  const out = new Set<string>();
  for (let i = 0; i <= s.length; i++) {
    const head = s.slice(0, i).join('');
    if (i < s.length) {
      const tail = s.slice(i + 1).join('');
      out.add(head + tail);
      for (const c of alphabet) out.add(head + c + tail);
    }
    const here = s.slice(i).join('');
    for (const c of alphabet) out.add(head + c + here);
  }
  out.delete(stem);
  return [...out];
}

/** A case key as the index holds it: lower case, one space between series and number ("gns 10/2020"). */
function caseForm(key: string): string {
  return key.toLowerCase().replace(/^(\p{L}+)[\s/]+(?=\d)/u, '$1 ');
}

/** The index's terms for a case key: the key ("ks 2024/1") and, after a series, the number alone ("2024/1"). */
export function caseTerms(key: string): string[] {
  const form = caseForm(key);
  const number = form.match(/\d[\d/.:-]*$/)?.[0];
  return number && number !== form ? [form, number] : [form];
}

function caseTerm(series: string | undefined, number: string): QueryTerm {
  const keep = series && !/^dnr/i.test(series) ? `${series} ` : '';
  const key = caseForm(caseKey(`${keep}${number}`));
  return { type: 'case', text: `${series ? `${series} ` : ''}${number}`.replace(/\s+/g, ' '), key };
}

/**
 * The terms of a query: "quoted phrases" whole, case numbers whole, every other word by its stem.
 * Repeats are dropped; at most {@link MAX_QUERY_TERMS}.
 */
export function parseQuery(query: string): QueryTerm[] {
  const text = query.normalize('NFC').slice(0, MAX_QUERY_LENGTH);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm, key: string): void => {
    if (terms.length < MAX_QUERY_TERMS && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  };
  for (const m of text.matchAll(PHRASE_OR_WORD)) {
    if (m[1] !== undefined) {
      const words = tokenize(m[1]).map((t) => foldSwedish(t.word));
      if (words.length === 1) {
        const word = words[0] as string;
        add({ type: 'word', text: m[1].trim(), stem: stemSwedish(word) }, `w:${stemSwedish(word)}`);
      } else if (words.length > 1) {
        add(
          { type: 'phrase', text: m[1].trim().replace(/\s+/g, ' '), words, stems: words.map(stemSwedish) },
          `p:${words.join(' ')}`,
        );
      }
      continue;
    }
    const chunk = m[2] as string;
    for (const t of tokenize(chunk))
      add({ type: 'word', text: t.word, stem: stemSwedish(t.word) }, `w:${stemSwedish(t.word)}`);
  }
  // Case numbers are found in the whole query ("KS 2024/12" is two chunks), then their parts dropped as words.
  const cases = [...text.replace(PHRASE_OR_WORD, (all, phrase) => (phrase === undefined ? all : ' ')).matchAll(CASE)];
  if (cases.length === 0) return terms;
  const caseWords = new Set<string>();
  const found: QueryTerm[] = [];
  for (const c of cases) {
    const term = caseTerm(c[1], c[2] as string);
    found.push(term);
    for (const t of tokenize(c[0])) caseWords.add(stemSwedish(t.word));
  }
  const rest = terms.filter((t) => !(t.type === 'word' && caseWords.has(t.stem)));
  const out: QueryTerm[] = [];
  const keys = new Set<string>();
  for (const t of [...found, ...rest]) {
    const key = t.type === 'case' ? `c:${t.key}` : t.type === 'word' ? `w:${t.stem}` : `p:${t.words.join(' ')}`;
    if (!keys.has(key) && out.length < MAX_QUERY_TERMS) {
      keys.add(key);
      out.push(t);
    }
  }
  return out;
}
