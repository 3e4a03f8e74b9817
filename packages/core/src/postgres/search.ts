import type pg from 'pg';
import { type SearchHit, type SearchOptions, type SearchResult, searchHit } from '../query/search.js';
import type { ParagraphSearchDocument, ProgrammeSearchDocument, SearchDocument } from '../query/search-documents.js';
import { parseQuery, type QueryTerm, wordMatches } from '../query/search-query.js';
import { stemSwedish, tokenize } from '../text/swedish-terms.js';
import { searchQuery, typoVariants } from './search-terms.js';

/** ts_rank's weights for D, C, B, A: text 1, assignment 1.5, decision 2, title and case 3, as the in-memory index boosts. */
/** At most this many matches are counted and ranked (more when a page asks past them); see {@link searchDatabase}. */
const CANDIDATES = 1000;

const RANK_WEIGHTS = '{0.33, 0.5, 0.67, 1}';

/** A search document as stored: without its body's name. */
type StoredDocument = Omit<ParagraphSearchDocument, 'bodyName'> | Omit<ProgrammeSearchDocument, 'bodyName'>;

const asList = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** The stored document with its body's name, keys in the in-memory index's order. */
function documentOf(stored: StoredDocument, bodyName: string | null): SearchDocument {
  if (stored.kind === 'programme') {
    const d = stored as Omit<ProgrammeSearchDocument, 'bodyName'>;
    return {
      id: d.id,
      kind: d.kind,
      ...(bodyName !== null && d.body ? { body: d.body, bodyName } : {}),
      ...(d.date ? { date: d.date } : {}),
      title: d.title,
      programme: d.programme,
      programmeTitle: d.programmeTitle,
      area: d.area,
      areaName: d.areaName,
      fields: d.fields,
    };
  }
  const d = stored as Omit<ParagraphSearchDocument, 'bodyName'>;
  return {
    id: d.id,
    kind: d.kind,
    body: d.body,
    bodyName: bodyName ?? '',
    meeting: d.meeting,
    ...(d.date ? { date: d.date } : {}),
    number: d.number,
    title: d.title,
    ...(d.caseNumber ? { caseNumber: d.caseNumber } : {}),
    fields: d.fields,
  };
}

/** The stems of a document that the query's words and phrases met, for its snippet. */
function matchedStems(document: SearchDocument, terms: readonly QueryTerm[]): Set<string> {
  const stems = new Set<string>();
  for (const field of document.fields) {
    if (field.kind === 'case') continue;
    for (const token of tokenize(field.text)) {
      const stem = stemSwedish(token.word);
      if (
        terms.some((t) =>
          t.type === 'word' ? wordMatches(t.stem, stem) : t.type === 'phrase' && t.stems.includes(stem),
        )
      )
        stems.add(stem);
    }
  }
  return stems;
}

/**
 * Searches the paragraphs and programme items in the database as the in-memory index does (core's
 * Swedish stems, prefixes, one typo in long words, phrases, case numbers; every term must match; the
 * same filters), ranked by where the words stand (title and case number, decision, assignment, text),
 * then newest first. Phrases match stems side by side. When more than {@link CANDIDATES} records match,
 * the first of them the index gives are ranked and counted, and the answer says there are more. The answer has the
 * in-memory index's shape, so the viewer shows either the same way.
 */
export async function searchDatabase(pool: pg.Pool, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(query);
  const terms = parsed.map((t) => t.text);
  if (parsed.length === 0) return { terms, total: 0, hits: [] };
  const limit = Math.max(0, Math.min(options.limit ?? 20, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const bodies = asList(options.body);
  const kinds = asList(options.kind);
  const year = options.year;
  const where = `d.terms @@ q
        and ($2::text[] is null or (d.body = any($2::text[]) and exists (select 1 from bodies b where b.id = d.body)))
        and ($3::text[] is null or d.kind = any($3::text[]))
        and ($4::int is null or (d.date >= make_date($4::int, 1, 1) and d.date < make_date($4::int + 1, 1, 1)))`;
  const variants = typoVariants(parsed);
  const known = new Set<string>();
  if (variants.length > 0) {
    const { rows } = await pool.query<{ term: string }>(
      'select term from search_lexicon where term = any($1::text[])',
      [variants],
    );
    for (const r of rows) known.add(r.term);
  }
  const filters = [searchQuery(parsed, known), bodies ?? null, kinds ?? null, year ?? null];
  // Each match costs a read of its row (PostgreSQL checks a tsvector match against the row), so a word
  // in millions of records took seconds to count and rank. Only the first CANDIDATES matches the GIN
  // index gives are counted and ranked; past them the answer says there are more.
  const cap = Math.max(CANDIDATES, offset + limit);
  const { rows } = await pool.query<{
    document: StoredDocument;
    body_name: string | null;
    score: number;
    counted: string;
  }>(
    `with found as (
       select d.id, d.body, d.date, d.document, d.terms
         from search_documents d, cast($1 as tsquery) q
        where ${where}
        limit $5 + 1)
     select f.document, b.name as body_name, ts_rank($6::float4[], f.terms, q) as score, count(*) over () as counted
       from found f left join bodies b on b.id = f.body, cast($1 as tsquery) q
      order by score desc, f.date desc nulls last, f.id
      limit $7 offset $8`,
    [...filters, cap, RANK_WEIGHTS, limit, offset],
  );
  let counted = Number(rows[0]?.counted ?? 0);
  if (rows.length === 0 && offset > 0) {
    // A page past the end (an old link): the count still tells the viewer which page is the last.
    const count = await pool.query<{ counted: string }>(
      `select count(*) as counted from (
         select 1 from search_documents d, cast($1 as tsquery) q where ${where} limit $5 + 1) f`,
      [...filters, cap],
    );
    counted = Number(count.rows[0]?.counted ?? 0);
  }
  const more = counted > cap;
  const total = Math.min(counted, cap);
  const hits = rows.map((r): SearchHit => {
    const document = documentOf(r.document, r.body_name);
    return searchHit(document, r.score, matchedStems(document, parsed), parsed);
  });
  return { terms, total, ...(more ? { more } : {}), hits };
}
