import type { SearchDocument, SearchFieldKind } from '../query/search-documents.js';
import { caseTerms, oneEditVariants, type QueryTerm, wordMatching } from '../query/search-query.js';
import { stemSwedish, tokenize } from '../text/swedish-terms.js';

/**
 * A search document's terms as a PostgreSQL tsvector, made with core's Swedish stemmer (not
 * PostgreSQL's, whose Snowball keeps "-et" and drops "och" as a stop word), so the database finds what
 * the in-memory index finds. Each stem stands at its place in the text (phrases are stems side by
 * side; fields are a place apart, so no phrase runs from one into the next), weighted by its field.
 * Case numbers are '#<key>', so no word ever meets one.
 */

const WEIGHT: Readonly<Record<SearchFieldKind, string>> = {
  title: 'A',
  case: 'A',
  decision: 'B',
  assignment: 'C',
  text: 'D',
};
/** PostgreSQL keeps places up to 16383 and 256 of them per lexeme; a lexeme is at most 2 KB. */
const MAX_PLACE = 16_383;
const MAX_PLACES = 255;
const MAX_LEXEME = 500;
/** The letters a typo may bring in: Swedish letters and digits, and those of the word itself. */
const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzåäö0123456789'];

/** A lexeme quoted for a tsvector or tsquery literal. */
const quote = (lexeme: string): string => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The tsvector literal of a document's terms; its word stems are also added to `lexicon`. */
export function searchTerms(document: SearchDocument, lexicon?: Set<string>): string {
  const places = new Map<string, string[]>();
  let place = 1;
  /** Puts `lexeme` at the next place. */
  const add = (lexeme: string, weight: string) => {
    const at = Math.min(place++, MAX_PLACE);
    if (!lexeme || lexeme.length > MAX_LEXEME) return;
    const list = places.get(lexeme) ?? [];
    if (list.length < MAX_PLACES) list.push(`${at}${weight}`);
    places.set(lexeme, list);
  };
  for (const field of document.fields) {
    const weight = WEIGHT[field.kind];
    if (field.kind === 'case') {
      for (const key of caseTerms(field.text)) add(`#${key}`, weight);
    } else {
      for (const token of tokenize(field.text)) {
        const stem = stemSwedish(token.word);
        add(stem, weight);
        if (stem && stem.length <= MAX_LEXEME) lexicon?.add(stem);
      }
    }
    place++;
  }
  return [...places].map(([lexeme, list]) => `${quote(lexeme)}:${list.join(',')}`).join(' ');
}

/** At most this many stems stand for a prefix in a query (see {@link searchQuery}); more, and it stays a prefix. */
export const MAX_PREFIXED = 64;

/** The stems one typo away from the query's long words: those the lexicon has go into {@link searchQuery}. */
export function typoVariants(terms: readonly QueryTerm[]): string[] {
  return terms.flatMap((term) => {
    if (term.type !== 'word' || !wordMatching(term.stem).typo) return [];
    return oneEditVariants(term.stem, [...new Set([...ALPHABET, ...term.stem])]);
  });
}

/**
 * A query's terms as a tsquery literal: every term must match, as the in-memory index matches it.
 * `known` are the typo variants (see {@link typoVariants}) some document holds: only those are asked
 * for, which keeps the query small and PostgreSQL's estimate of it right. `prefixed` are, for a word
 * matched as a prefix, the stems in the documents that begin with it, when few: the index then looks
 * those up one by one instead of collecting every row of every stem with that prefix first (a
 * prefix match cannot skip ahead, so `remiss:* & gymnasieskol:*` read a million rows where
 * `remiss & gymnasieskol` read the matches).
 */
export function searchQuery(
  terms: readonly QueryTerm[],
  known: ReadonlySet<string>,
  prefixed: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  return terms
    .map((term) => {
      if (term.type === 'case') return quote(`#${term.key}`);
      if (term.type === 'phrase') return `(${term.stems.map(quote).join(' <-> ')})`;
      const { prefix, typo } = wordMatching(term.stem);
      const alphabet = typo ? [...new Set([...ALPHABET, ...term.stem])] : [];
      const variants = typo ? oneEditVariants(term.stem, alphabet).filter((v) => known.has(v)) : [];
      const stems = prefix ? prefixed.get(term.stem) : [term.stem];
      // No stem begins with it: the prefix itself, which matches nothing as cheaply.
      const own = stems?.length ? stems.map(quote) : [`${quote(term.stem)}${prefix ? ':*' : ''}`];
      return `(${[...new Set([...own, ...variants.map(quote)])].join(' | ')})`;
    })
    .join(' & ');
}
