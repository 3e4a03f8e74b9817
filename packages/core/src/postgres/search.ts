import type pg from 'pg';
import {
  parseQuery,
  type SearchDocument,
  type SearchFieldKind,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
  type SnippetPart,
} from '../query/search.js';

const START = '\u0001';
const STOP = '\u0002';
const HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=1`;

/**
 * The query as PostgreSQL's web-search syntax: the same words (at most eight, quoted phrases kept) the
 * embedded index reads, each required.
 */
function webQuery(terms: readonly string[]): string {
  return terms.map((t) => (/\s/.test(t) ? `"${t.replace(/"/g, '')}"` : t.replace(/^[-"]+|"+/g, ''))).join(' ');
}

/** A headline with its marks as snippet parts, with "…" where the passage is cut from its text. */
function snippetParts(headline: string, text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const plain = headline.replaceAll(START, '').replaceAll(STOP, '');
  if (!text.startsWith(plain)) parts.push({ text: '…', match: false });
  for (const [i, piece] of headline.split(START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const [marked = '', rest = ''] = piece.split(STOP);
    if (marked) parts.push({ text: marked, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  if (!text.endsWith(plain)) parts.push({ text: '…', match: false });
  return parts;
}

/** The stored document with its body's name, keys in the embedded index's order. */
function documentOf(d: Omit<SearchDocument, 'bodyName'>, bodyName: string): SearchDocument {
  return {
    body: d.body,
    bodyName,
    meeting: d.meeting,
    ...(d.meetingDate ? { meetingDate: d.meetingDate } : {}),
    meetingKind: d.meetingKind,
    number: d.number,
    title: d.title,
    ...(d.caseNumber ? { caseNumber: d.caseNumber } : {}),
    fields: d.fields.map((f) => ({ kind: f.kind, text: f.text })),
  };
}

/**
 * Searches the paragraphs in the database with PostgreSQL's Swedish full-text search: every word must
 * occur in some form ("beslutet" finds "beslut"), ranked by where (title and case number, decision,
 * assignment, text), then newest meeting first; snippets are highlighted passages of the best field.
 * The answer has the shape of the embedded index's, so the viewer shows either the same way.
 */
export async function searchDatabase(pool: pg.Pool, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const terms = parseQuery(query);
  const text = webQuery(terms);
  if (!text.trim()) return { terms, total: 0, hits: [] };
  const limit = Math.max(0, Math.min(options.limit ?? 20, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const { rows } = await pool.query<{
    document: Omit<SearchDocument, 'bodyName'>;
    body_name: string;
    score: number;
    total: string;
    field: SearchFieldKind;
    source: string | null;
    headline: string | null;
  }>(
    // q finds (the stems of both sides, see sammantrade_terms); hl marks the words: each stem as the
    // text may write it, with and without a definite "-et", since ts_headline reads the text afresh.
    `with raw as (select websearch_to_tsquery('swedish', $1) as r),
     q as (select sammantrade_query(r) as q,
                  r || sammantrade_query(r) || regexp_replace(sammantrade_query(r)::text, '''([^'']{4,})''', '''\\1et''', 'g')::tsquery as hl
             from raw),
     found as (
       select p.body, p.search_document, p.decision_text, p.assignment_text, p.other_text,
              ts_rank(p.search, q.q) as score, count(*) over () as total
         from paragraphs p, q
        where p.search @@ q.q
        order by score desc, p.meeting_date desc nulls last, p.body, p.meeting, p.ordinal
        limit $2 offset $3),
     fielded as (
       select f.*, case
           when sammantrade_terms(to_tsvector('swedish', f.decision_text)) @@ q.q then 'decision'
           when sammantrade_terms(to_tsvector('swedish', f.assignment_text)) @@ q.q then 'assignment'
           when sammantrade_terms(to_tsvector('swedish', f.other_text)) @@ q.q then 'text'
           else 'title' end as field
         from found f, q)
     select f.search_document as document, b.name as body_name, f.score, f.total, f.field,
            case f.field when 'decision' then f.decision_text when 'assignment' then f.assignment_text
                         when 'text' then f.other_text end as source,
            case f.field when 'decision' then ts_headline('swedish', f.decision_text, q.hl, $4)
                         when 'assignment' then ts_headline('swedish', f.assignment_text, q.hl, $4)
                         when 'text' then ts_headline('swedish', f.other_text, q.hl, $4) end as headline
       from fielded f join bodies b on b.id = f.body, q
      order by f.score desc, (f.search_document->>'meetingDate') desc nulls last`,
    [text, limit, offset, HEADLINE],
  );
  const hits = rows.map(
    (r): SearchHit => ({
      document: documentOf(r.document, r.body_name),
      score: r.score,
      field: r.field,
      snippet: r.headline !== null && r.source !== null ? snippetParts(r.headline, r.source) : [],
    }),
  );
  return { terms, total: Number(rows[0]?.total ?? 0), hits };
}
