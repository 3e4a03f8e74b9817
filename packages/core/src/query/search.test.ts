import { describe, expect, it } from 'vitest';
import { fixtureArchive } from './__fixtures__/archive.js';
import { createSearchIndex, foldForSearch, MAX_QUERY_TERMS, parseQuery, searchDocuments } from './search.js';

const documents = searchDocuments(fixtureArchive());
const index = createSearchIndex(documents);

describe('foldForSearch', () => {
  it('folds case and accents and keeps the length', () => {
    expect(foldForSearch('Hälsingerådet ÖVER É')).toBe('halsingeradet over e');
    for (const text of ['İstanbul ß ﬁ', 'a\u0308 x', '😀 Ω']) expect(foldForSearch(text)).toHaveLength(text.length);
    expect(foldForSearch('İstanbul')).toBe('istanbul');
  });
});

describe('parseQuery', () => {
  it('splits words, keeps quoted phrases and drops repeats', () => {
    expect(parseQuery('  budget "ramverket för"  Budget ')).toEqual(['budget', 'ramverket för']);
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('a b c d e f g h i j k')).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery('x'.repeat(10_000))[0]).toHaveLength(200);
  });
});

describe('search', () => {
  it('finds paragraphs by title, text and decision, title matches first, newest first', () => {
    const result = index.search('budget');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => `${h.document.meeting} § ${h.document.number}`)).toEqual([
      '2024-03-20 § 1',
      '2023-12-01 § 9',
    ]);
  });

  it('needs every word, ignores accents and finds words inside compounds', () => {
    expect(index.search('halsingeradet ramverk').hits.map((h) => h.document.number)).toEqual([1]);
    expect(index.search('budget frukost').total).toBe(0);
    expect(index.search('BORDLÄGGS').hits[0]?.field).toBe('decision');
  });

  it('returns a snippet with the matches marked', () => {
    const hit = index.search('ramverket').hits[0];
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['ramverket']);
    expect(hit?.snippet.map((p) => p.text).join('')).toBe('Budgeten för Hälsingerådet gäller ramverket för samverkan.');
  });

  it('finds by case number and pages through hits', () => {
    expect(index.search('KS 2024/1').total).toBe(2);
    expect(index.search('budget', { limit: 1, offset: 1 }).hits.map((h) => h.document.number)).toEqual([9]);
    expect(index.search('   ').total).toBe(0);
  });

  it('keeps text as data: markup in a paragraph is just characters to match', () => {
    const hit = index.search('<script>').hits[0];
    expect(hit?.document.number).toBe(2);
    expect(hit?.snippet.find((p) => p.match)?.text).toBe('<script>');
  });

  it('survives the JSON round trip the static site makes', () => {
    const again = createSearchIndex(JSON.parse(JSON.stringify(documents)));
    expect(again.search('budget').total).toBe(2);
  });
});
