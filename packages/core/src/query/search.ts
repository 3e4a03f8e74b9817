import MiniSearch, { type SearchResult as MiniResult, type Query } from 'minisearch';
import type { Archive } from '../archive/archive.js';
import { stemSwedish, tokenize } from '../text/swedish-terms.js';
import {
  SEARCH_FIELD_KINDS,
  type SearchDocument,
  type SearchFieldKind,
  type SearchKind,
  searchDocuments,
} from './search-documents.js';
import { caseTerms, parseQuery, type QueryTerm, wordMatching } from './search-query.js';
import { hasPhrases, matchRanges, type SnippetPart, snippetOf } from './snippet.js';

/**
 * Search over an archive with a Swedish index (MiniSearch, the Snowball Swedish stemmer): words meet
 * their inflections ("nämnden" finds "nämnd"), match as prefixes and, when long, with one typo; å, ä
 * and ö are letters of their own; "quoted phrases" match word for word; case numbers match case
 * numbers. Every term must match. The same index, written as JSON, serves the static site's browser
 * search, so both give the same hits.
 */

/** One record a query found. */
export interface SearchHit {
  readonly document: SearchDocument;
  /** Relevance (BM25 with weighted fields); higher is better. Only the order means anything. */
  readonly score: number;
  /** Where the snippet comes from. */
  readonly field: SearchFieldKind;
  /** A short passage around the first match, in parts to mark up; empty when only the title matched. */
  readonly snippet: readonly SnippetPart[];
}

/** The answer to a query. */
export interface SearchResult {
  /** The terms searched for, as the user wrote them (at most {@link MAX_QUERY_TERMS}). */
  readonly terms: readonly string[];
  /** How many records matched in all (before `offset` and `limit`); see {@link SearchResult.more}. */
  readonly total: number;
  /**
   * True when more than `total` records matched: a store that stops counting past a limit (the
   * database, for a word in many thousands of records) says so, and `total` is what it counted. Absent
   * when `total` is exact, as it always is from the in-memory index.
   */
  readonly more?: boolean;
  /** The hits, best first; equal scores newest first. */
  readonly hits: readonly SearchHit[];
}

/** Filters and paging for a search. Filters with a list match any of its values. */
export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Skip this many hits first, for paging (default 0). */
  offset?: number;
  /** Only these bodies (ids). */
  body?: string | readonly string[];
  /** Only records dated in this year (undated records never match a year). */
  year?: number;
  /** Only these kinds of record. */
  kind?: SearchKind | readonly SearchKind[];
}

/** An index over search documents. */
export interface SearchIndex {
  /** How many documents it holds. */
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchResult;
  /** The index as plain data, to write as JSON and load with {@link loadSearchIndex} (in a browser too). */
  toJSON(): SearchIndexData;
}

/** A prebuilt index as plain data: what the static site ships for its browser search. */
export interface SearchIndexData {
  readonly format: typeof INDEX_FORMAT;
  readonly documents: readonly SearchDocument[];
  /** MiniSearch's own serialisation. */
  readonly index: unknown;
}

const INDEX_FORMAT = 'sammantrade-search-1';
const BOOST: Readonly<Record<SearchFieldKind, number>> = { title: 3, case: 3, decision: 2, assignment: 1.5, text: 1 };
/** The order snippets are looked for in: a decision says most about why a paragraph matters. */
const SNIPPET_ORDER: readonly SearchFieldKind[] = ['decision', 'assignment', 'text', 'case'];
const TEXT_FIELDS = SEARCH_FIELD_KINDS.filter((f) => f !== 'case');

const miniOptions = {
  idField: 'id',
  fields: [...SEARCH_FIELD_KINDS],
  extractField: (doc: unknown, field: string): string => {
    const d = doc as SearchDocument;
    if (field === 'id') return d.id;
    return d.fields
      .filter((f) => f.kind === field)
      .map((f) => f.text)
      .join('\n');
  },
  tokenize: (text: string, field?: string): string[] =>
    field === 'case' ? text.split('\n').flatMap(caseTerms) : tokenize(text).map((t) => t.word),
  processTerm: (term: string, field?: string): string | null => (field === 'case' ? term : stemSwedish(term) || null),
};

/** A term as a MiniSearch query; the terms are already stems, so nothing is processed again. */
function toQuery(term: QueryTerm): Query {
  const same = { tokenize: (s: string) => [s], processTerm: (s: string) => s };
  if (term.type === 'case') return { ...same, queries: [term.key], fields: ['case'], prefix: false, fuzzy: false };
  if (term.type === 'phrase')
    return { ...same, queries: [...term.stems], fields: TEXT_FIELDS, combineWith: 'AND', prefix: false, fuzzy: false };
  const { prefix, typo } = wordMatching(term.stem);
  return { ...same, queries: [term.stem], fields: TEXT_FIELDS, prefix, fuzzy: typo ? 1 : false, maxFuzzy: 1 };
}

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

function makeIndex(documents: readonly SearchDocument[], mini: MiniSearch<SearchDocument>): SearchIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    size: documents.length,
    toJSON: () => ({ format: INDEX_FORMAT, documents, index: mini.toJSON() }),
    search(query, options = {}) {
      const parsed = parseQuery(query);
      const terms = parsed.map((t) => t.text);
      if (parsed.length === 0) return { terms, total: 0, hits: [] };
      const bodies = asList(options.body);
      const kinds = asList(options.kind);
      const keep = (d: SearchDocument): boolean =>
        (!bodies || (d.body !== undefined && bodies.includes(d.body))) &&
        (!kinds || kinds.includes(d.kind)) &&
        (options.year === undefined || d.date?.slice(0, 4) === String(options.year));
      const found = mini
        .search({ combineWith: 'AND', queries: parsed.map(toQuery) }, { boost: { ...BOOST } })
        .flatMap((r) => {
          const d = byId.get(r.id as string);
          return d &&
            keep(d) &&
            hasPhrases(
              d.fields.map((f) => f.text),
              parsed,
            )
            ? [{ r, d }]
            : [];
        });
      found.sort((a, b) => {
        if (a.r.score !== b.r.score) return b.r.score - a.r.score;
        const da = a.d.date ?? '';
        const db = b.d.date ?? '';
        return da < db ? 1 : da > db ? -1 : 0;
      });
      const offset = Math.max(0, options.offset ?? 0);
      const limit = Math.max(0, options.limit ?? 20);
      const hits = found.slice(offset, offset + limit).map(({ r, d }) => hitOf(d, r, parsed));
      return { terms, total: found.length, hits };
    },
  };
}

function hitOf(document: SearchDocument, result: MiniResult, terms: readonly QueryTerm[]): SearchHit {
  return searchHit(document, result.score, new Set(result.terms), terms);
}

/**
 * A hit on `document` with its snippet: the first field (decision, assignment, text, case) where one of
 * `stems` (the index terms the query matched there) or a phrase of `terms` occurs. Any engine that
 * finds documents makes its hits here, so they read the same.
 */
export function searchHit(
  document: SearchDocument,
  score: number,
  stems: ReadonlySet<string>,
  terms: readonly QueryTerm[],
): SearchHit {
  for (const kind of SNIPPET_ORDER) {
    for (const f of document.fields) {
      if (f.kind !== kind) continue;
      const ranges =
        kind === 'case'
          ? terms.some((t) => t.type === 'case' && caseTerms(f.text).includes(t.key))
            ? [[0, f.text.length] as [number, number]]
            : []
          : matchRanges(f.text, stems, terms);
      if (ranges.length) return { document, score, field: kind, snippet: snippetOf(f.text, ranges) };
    }
  }
  return { document, score, field: 'title', snippet: [] };
}

/** Builds a Swedish index over `documents` (see {@link searchDocuments}). */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(miniOptions);
  mini.addAll(documents);
  return makeIndex(documents, mini);
}

/**
 * Loads an index written by {@link SearchIndex.toJSON} (for example parsed from the static site's
 * `sok/index.json`). Throws a TypeError for data of another format or version.
 */
export function loadSearchIndex(data: unknown): SearchIndex {
  const d = data as Partial<SearchIndexData> | null;
  if (!d || d.format !== INDEX_FORMAT || !Array.isArray(d.documents) || typeof d.index !== 'object') {
    throw new TypeError(`not a search index of format ${INDEX_FORMAT}`);
  }
  const mini = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(d.index), miniOptions);
  return makeIndex(d.documents, mini);
}

const archiveIndexes = new WeakMap<Archive, SearchIndex>();

/** The search index of an archive, built on first use and kept with it. */
export function archiveSearchIndex(archive: Archive): SearchIndex {
  let index = archiveIndexes.get(archive);
  if (!index) {
    index = createSearchIndex(searchDocuments(archive));
    archiveIndexes.set(archive, index);
  }
  return index;
}

/**
 * Searches the paragraphs and programme items of an archive (see the module comment for how words
 * match). The index is built on the first search of an archive and kept with it.
 */
export function search(archive: Archive, query: string, options: SearchOptions = {}): SearchResult {
  return archiveSearchIndex(archive).search(query, options);
}
