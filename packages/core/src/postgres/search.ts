import type pg from 'pg';
import { type SearchHit, type SearchOptions, type SearchResult, searchHit } from '../query/search.js';
import type { ParagraphSearchDocument, ProgrammeSearchDocument, SearchDocument } from '../query/search-documents.js';
import { parseQuery, type QueryTerm, wordMatches, wordMatching } from '../query/search-query.js';
import { stemSwedish, tokenize } from '../text/swedish-terms.js';
import { MAX_PREFIXED, searchQuery, typoVariants } from './search-terms.js';

/** ts_rank's weights for D, C, B, A: text 1, assignment 1.5, decision 2, title and case 3, as the in-memory index boosts. */
/** At most this many matches are counted and ranked (more when a page asks past them); see {@link searchDatabase}. */
const CANDIDATES = 1000;

const RANK_WEIGHTS = '{0.33, 0.5, 0.67, 1}';

/**
 * At most this many rows are read in table order to find the candidates of a common word (see
 * {@link searchDatabase}); past it, the index answers.
 */
const SCAN_MAX = 100_000;

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

/**
 * Whether the planner expects more than half again `cap` matches among the first {@link SCAN_MAX} rows
 * of the table: then reading the table in order finds the candidates sooner than the index.
 */
async function commonEnough(pool: pg.Pool, where: string, filters: unknown[], cap: number): Promise<boolean> {
  const [plan, size] = await Promise.all([
    pool.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
      `explain (format json) select 1 from search_documents d, cast($1 as tsquery) q where ${where}`,
      filters,
    ),
    pool.query<{ rows: number }>(`select reltuples as rows from pg_class where oid = 'search_documents'::regclass`),
  ]);
  const expected = plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
  const total = size.rows[0]?.rows ?? 0;
  return total > 0 && (expected / total) * Math.min(total, SCAN_MAX) > 1.5 * (cap + 1);
}

/** Which of `stems` some document holds (the search lexicon). */
async function knownStems(pool: pg.Pool, stems: readonly string[]): Promise<Set<string>> {
  if (stems.length === 0) return new Set();
  const { rows } = await pool.query<{ term: string }>('select term from search_lexicon where term = any($1::text[])', [
    stems,
  ]);
  return new Set(rows.map((r) => r.term));
}

/**
 * For each prefix, the stems of the lexicon that begin with it, when there are at most
 * {@link MAX_PREFIXED} (byte order, `~>=~`, so any collation gives exactly the prefix's stems).
 */
async function stemsBeginning(pool: pg.Pool, prefixes: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (prefixes.length === 0) return found;
  const { rows } = await pool.query<{ prefix: string; terms: string[] }>(
    `select p.prefix, array(select l.term from search_lexicon l
                             where l.term ~>=~ p.prefix and l.term ~<~ (p.prefix || chr(1114111))
                             limit $2) as terms
       from unnest($1::text[]) as p(prefix)`,
    [[...new Set(prefixes)], MAX_PREFIXED + 1],
  );
  for (const r of rows) {
    const terms = r.terms.filter((t) => t.startsWith(r.prefix));
    if (terms.length <= MAX_PREFIXED) found.set(r.prefix, terms);
  }
  return found;
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
  const prefixes = parsed.flatMap((t) => (t.type === 'word' && wordMatching(t.stem).prefix ? [t.stem] : []));
  const [known, prefixed] = await Promise.all([knownStems(pool, variants), stemsBeginning(pool, prefixes)]);
  const filters = [searchQuery(parsed, known, prefixed), bodies ?? null, kinds ?? null, year ?? null];
  // Each match costs a read of its row (PostgreSQL checks a tsvector match against the row), so a word
  // in millions of records took seconds to count and rank. Only the first CANDIDATES matches are
  // counted and ranked; past them the answer says there are more. Their names and documents are read
  // for the page's hits alone.
  const cap = Math.max(CANDIDATES, offset + limit);
  const ranked = (from: string) =>
    pool.query<{ document: StoredDocument; body_name: string | null; score: number; counted: string }>(
      `with found as (
         select d.ctid as at, d.id, d.body, d.date, d.terms
           from ${from} d, cast($1 as tsquery) q
          where ${where}
          limit $5 + 1),
       page as (
         select f.at, f.id, f.body, f.date, ts_rank($6::float4[], f.terms, q) as score, count(*) over () as counted
           from found f, cast($1 as tsquery) q
          order by score desc, f.date desc nulls last, f.id
          limit $7 offset $8)
       select d.document, b.name as body_name, p.score, p.counted
         from page p join search_documents d on d.ctid = p.at left join bodies b on b.id = p.body
        order by p.score desc, p.date desc nulls last, p.id`,
      [...filters, cap, RANK_WEIGHTS, limit, offset],
    );
  // The GIN index gives every match before the first row is read: a word in a large share of the
  // records (the planner's estimate says how large) is found sooner by reading the table in order until
  // enough have matched, within SCAN_MAX rows; when they do not, the index answers after all.
  let rows: Awaited<ReturnType<typeof ranked>>['rows'] | undefined;
  if (!bodies && (await commonEnough(pool, where, filters, cap))) {
    const first = await ranked(`(select ctid, * from search_documents limit ${SCAN_MAX})`);
    if (Number(first.rows[0]?.counted ?? 0) > cap) rows = first.rows;
  }
  rows ??= (await ranked('search_documents')).rows;
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
