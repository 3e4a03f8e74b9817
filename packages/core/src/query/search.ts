import type { Archive } from '../archive/archive.js';
import type { MeetingKind } from '../model/meeting.js';
import { caseKey } from '../model/primitives.js';

/** Which part of a paragraph a piece of searchable text comes from; it decides how much a match weighs. */
export type SearchFieldKind = 'title' | 'case' | 'decision' | 'assignment' | 'text';

/** One piece of a paragraph's text to search. */
export interface SearchField {
  readonly kind: SearchFieldKind;
  readonly text: string;
}

/**
 * A paragraph flattened for searching: plain data, so it can be written as JSON and searched in a
 * browser (the static site) as well as on a server.
 */
export interface SearchDocument {
  readonly body: string;
  readonly bodyName: string;
  readonly meeting: string;
  readonly meetingDate?: string;
  readonly meetingKind: MeetingKind;
  readonly number: number;
  readonly title: string;
  readonly caseNumber?: string;
  readonly fields: readonly SearchField[];
}

/** A piece of a snippet; `match` marks the words the query found. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

/** One paragraph a query found. */
export interface SearchHit {
  readonly document: SearchDocument;
  readonly score: number;
  /** Where the snippet comes from. */
  readonly field: SearchFieldKind;
  /** A short passage around the first match, in parts to mark up; empty when only the title matched. */
  readonly snippet: readonly SnippetPart[];
}

/** The answer to a query. */
export interface SearchResult {
  /** The words searched for, as the user wrote them (at most {@link MAX_QUERY_TERMS}). */
  readonly terms: readonly string[];
  /** How many paragraphs matched in all. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/** Options for {@link SearchIndex.search}. */
export interface SearchOptions {
  /** At most this many hits (default 20). */
  limit?: number;
  /** Skip this many hits first, for paging (default 0). */
  offset?: number;
}

/** An index over search documents. */
export interface SearchIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchResult;
}

/** Longer queries are cut here: every term costs a scan of the archive's text. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query count. */
export const MAX_QUERY_TERMS = 8;

const WEIGHT: Readonly<Record<SearchFieldKind, number>> = { title: 8, case: 6, decision: 4, assignment: 3, text: 1 };
/** The order snippets are looked for in: a decision says most about why a paragraph matters. */
const SNIPPET_ORDER: readonly SearchFieldKind[] = ['decision', 'assignment', 'text', 'case'];

const foldCache = new Map<string, string>();

/** One non-ASCII code unit without its accent; unchanged when it has no single-unit base letter. */
function foldUnit(unit: string): string {
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    const base = unit.normalize('NFD').charAt(0).toLowerCase();
    folded = base.length === 1 ? base : unit;
    foldCache.set(unit, folded);
  }
  return folded;
}

/**
 * Text folded for matching: lower case, accents and dots removed (å ä ö → a a o, é → e), so that
 * "halsingeradet" finds "Hälsingerådet". Keeps the length, code unit for code unit, so a position
 * found in the folded text is the same position in the original.
 */
export function foldForSearch(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters lower-case to two units (İ → i̇); lower those one by one, keeping one unit each.
    lower = Array.from(text, (ch) => {
      const l = ch.toLowerCase();
      return l.length === ch.length ? l : ch;
    }).join('');
  }
  return lower.replace(/[\u0080-\uffff]/g, foldUnit);
}

/** The words of a query, with "quoted phrases" kept whole; at most {@link MAX_QUERY_TERMS}. */
export function parseQuery(query: string): string[] {
  const text = query.normalize('NFC').slice(0, MAX_QUERY_LENGTH);
  const terms: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? '').trim().replace(/\s+/g, ' ');
    if (term && !terms.some((t) => foldForSearch(t) === foldForSearch(term))) terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** Flattens every paragraph of the archive into a {@link SearchDocument}. */
export function searchDocuments(archive: Archive): SearchDocument[] {
  return archive.paragraphs.map(({ body, meeting, paragraph }) => {
    const fields: SearchField[] = [{ kind: 'title', text: paragraph.title }];
    // The case number as its lookup key, so "KS 2024/1" finds a paragraph that wrote "ks 2024 / 1".
    if (paragraph.caseNumber) fields.push({ kind: 'case', text: caseKey(paragraph.caseNumber) });
    for (const d of paragraph.decisions) {
      fields.push({ kind: 'decision', text: d.text });
      if (d.proposal) fields.push({ kind: 'decision', text: d.proposal });
    }
    for (const a of paragraph.assignments) fields.push({ kind: 'assignment', text: `${a.assignee}: ${a.task}` });
    if (paragraph.text) fields.push({ kind: 'text', text: paragraph.text });
    for (const s of paragraph.sections) fields.push({ kind: 'text', text: `${s.heading}. ${s.text}` });
    for (const h of paragraph.history) {
      const told = [h.title, h.text].filter(Boolean).join('. ');
      if (told) fields.push({ kind: 'text', text: told });
      for (const d of h.decisions) fields.push({ kind: 'text', text: d.text });
    }
    return {
      body: body.id,
      bodyName: body.name,
      meeting: meeting.id,
      ...(meeting.date ? { meetingDate: meeting.date } : {}),
      meetingKind: meeting.kind,
      number: paragraph.number,
      title: paragraph.title,
      ...(paragraph.caseNumber ? { caseNumber: paragraph.caseNumber } : {}),
      fields: fields.map((f) => ({ kind: f.kind, text: f.text.normalize('NFC') })),
    };
  });
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** A passage of `text` around `at`, cut at spaces, with every term occurrence marked. */
function snippetOf(text: string, folded: string, at: number, terms: readonly string[]): SnippetPart[] {
  let start = Math.max(0, at - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  const marks: [number, number][] = [];
  for (const term of terms) {
    for (let i = folded.indexOf(term, start); i >= 0 && i < end; i = folded.indexOf(term, i + term.length)) {
      marks.push([i, Math.min(end, i + term.length)]);
    }
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });
  let pos = start;
  for (const [from, to] of marks) {
    if (to <= pos) continue;
    const s = Math.max(from, pos);
    if (s > pos) parts.push({ text: text.slice(pos, s), match: false });
    parts.push({ text: text.slice(s, to), match: true });
    pos = to;
  }
  if (pos < end) parts.push({ text: text.slice(pos, end), match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/**
 * Builds an index over `documents`. A paragraph matches when every word of the query occurs in it
 * (accent- and case-insensitive, also inside words, since Swedish compounds: "ramverk" finds
 * "ramverket"); hits are ranked by where the words occur (title, case number, decision, text), then
 * newest meeting first.
 */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const folded = documents.map((d) => d.fields.map((f) => foldForSearch(f.text)));
  return {
    size: documents.length,
    search(query, options = {}) {
      const terms = parseQuery(query);
      const keys = terms.map(foldForSearch);
      if (keys.length === 0) return { terms, total: 0, hits: [] };
      const found: { doc: number; score: number }[] = [];
      for (let doc = 0; doc < documents.length; doc++) {
        const fields = (documents[doc] as SearchDocument).fields;
        const texts = folded[doc] as string[];
        let score = 0;
        for (const key of keys) {
          let best = 0;
          for (let f = 0; f < texts.length; f++) {
            const i = (texts[f] as string).indexOf(key);
            if (i < 0) continue;
            // A word that starts where the term starts counts a little more than a match inside a word.
            const startsWord = i === 0 || !/[\p{L}\p{N}]/u.test((texts[f] as string).charAt(i - 1));
            best = Math.max(best, WEIGHT[(fields[f] as SearchField).kind] * (startsWord ? 1.5 : 1));
          }
          if (best === 0) {
            score = 0;
            break;
          }
          score += best;
        }
        if (score > 0) found.push({ doc, score });
      }
      found.sort((a, b) => {
        if (a.score !== b.score) return b.score - a.score;
        const da = documents[a.doc]?.meetingDate ?? '';
        const db = documents[b.doc]?.meetingDate ?? '';
        return da < db ? 1 : da > db ? -1 : a.doc - b.doc;
      });
      const offset = Math.max(0, options.offset ?? 0);
      const limit = Math.max(0, options.limit ?? 20);
      const hits = found.slice(offset, offset + limit).map(({ doc, score }): SearchHit => {
        const document = documents[doc] as SearchDocument;
        const texts = folded[doc] as string[];
        for (const kind of SNIPPET_ORDER) {
          for (let f = 0; f < texts.length; f++) {
            if (document.fields[f]?.kind !== kind) continue;
            const text = texts[f] as string;
            const at = Math.min(...keys.map((k) => text.indexOf(k)).filter((i) => i >= 0));
            if (Number.isFinite(at)) {
              const snippet = snippetOf((document.fields[f] as SearchField).text, text, at, keys);
              return { document, score, field: kind, snippet };
            }
          }
        }
        return { document, score, field: 'title', snippet: [] };
      });
      return { terms, total: found.length, hits };
    },
  };
}

const archiveIndexes = new WeakMap<Archive, SearchIndex>();

/**
 * Searches the paragraphs of an archive: every word of `query` must occur (see {@link createSearchIndex}).
 * The index is built on the first search of an archive and kept with it.
 */
export function search(archive: Archive, query: string, options: SearchOptions = {}): SearchResult {
  let index = archiveIndexes.get(archive);
  if (!index) {
    index = createSearchIndex(searchDocuments(archive));
    archiveIndexes.set(archive, index);
  }
  return index.search(query, options);
}
