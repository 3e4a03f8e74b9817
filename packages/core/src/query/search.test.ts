import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSwedish, stemSwedish } from '../text/swedish-terms.js';
import { fixtureArchive } from './__fixtures__/archive.js';
import { createSearchIndex, loadSearchIndex } from './search.js';
import { type ParagraphSearchDocument, type SearchDocument, searchDocuments } from './search-documents.js';
import { MAX_QUERY_TERMS, parseQuery } from './search-query.js';

const documents = searchDocuments(fixtureArchive());
const index = createSearchIndex(documents);
const where = (d: SearchDocument): string => (d.kind === 'programme' ? d.id : `${d.meeting} § ${d.number}`);

/** Small paragraphs in our own words, one inflection each, to test the language. */
function paragraph(
  number: number,
  title: string,
  text: string,
  date = '2024-01-10',
  body = 'radet',
): ParagraphSearchDocument {
  return {
    id: `p/${body}/${date}/${number}`,
    kind: 'minutes',
    body,
    bodyName: body,
    meeting: date,
    date,
    number,
    title,
    fields: [
      { kind: 'title', text: title },
      { kind: 'text', text },
    ],
  };
}
const words = createSearchIndex([
  paragraph(1, 'Ordförandens beslut', 'Beslutet gäller från januari.'),
  paragraph(2, 'Besluten om taxor', 'Nämnden fattar besluten i mars.', '2023-05-02', 'namnden'),
  paragraph(3, 'Nämndernas uppdrag', 'Uppdraget återrapporteras till nämnder i länet.'),
  paragraph(4, 'Resa', 'Vi far till Gävle på tisdag.'),
  paragraph(5, 'Vad kommunen får göra', 'Kommunen får anlita konsulter.'),
  paragraph(6, 'Café och möte', 'Mötet hölls på ett café i centrum med ett svenskt ramverk för samverkan.'),
  paragraph(7, 'Ramverk', 'Samverkan enligt ramverk som är svenskt.'),
]);
const numbers = (q: string, options = {}): number[] =>
  words
    .search(q, options)
    .hits.map((h) => (h.document.kind === 'programme' ? 0 : h.document.number))
    .sort((a, b) => a - b);

describe('Swedish words', () => {
  it('folds case and accents but keeps å, ä and ö', () => {
    expect(foldSwedish('CAFÉ Nämnden Über Ångermanland')).toBe('cafe nämnden uber ångermanland');
    expect(stemSwedish('får')).not.toBe(stemSwedish('far'));
  });

  it('gives inflections one stem', () => {
    for (const group of [
      ['beslut', 'beslutet', 'besluten', 'beslutets'],
      ['nämnd', 'nämnden', 'nämnder', 'nämndens'],
      ['uppdrag', 'uppdraget', 'uppdragen'],
    ]) {
      expect(new Set(group.map(stemSwedish)).size, group.join(' ')).toBe(1);
    }
  });
});

describe('search', () => {
  it('finds the same paragraphs for a word and its inflections', () => {
    expect(numbers('beslut')).toEqual([1, 2]);
    expect(numbers('beslutet')).toEqual(numbers('beslut'));
    expect(numbers('besluten')).toEqual(numbers('beslut'));
    expect(numbers('nämnden')).toEqual(numbers('nämnd'));
    expect(numbers('nämnd')).toEqual([2, 3]);
    expect(numbers('uppdraget')).toEqual(numbers('uppdrag'));
  });

  it('keeps å, ä and ö apart from a and o, and folds é', () => {
    expect(numbers('får')).toEqual([5]);
    expect(numbers('far')).toEqual([4]);
    expect(numbers('cafe')).toEqual([6]);
  });

  it('matches prefixes and one typo in a long word', () => {
    expect(numbers('samver')).toEqual([6, 7]);
    expect(numbers('samvrkan')).toEqual([6, 7]);
    expect(numbers('fr')).toEqual([]);
  });

  it('needs every term, and a phrase word for word', () => {
    expect(numbers('ramverk samverkan')).toEqual([6, 7]);
    expect(numbers('"svenskt ramverk"')).toEqual([6]);
    expect(numbers('"ramverk svenskt"')).toEqual([]);
    expect(numbers('ramverk frukost')).toEqual([]);
  });

  it('filters by body, year and kind', () => {
    expect(numbers('beslut', { body: 'namnden' })).toEqual([2]);
    expect(numbers('beslut', { year: 2024 })).toEqual([1]);
    expect(numbers('beslut', { kind: 'agenda' })).toEqual([]);
    expect(numbers('beslut', { kind: ['minutes', 'agenda'], body: ['radet', 'namnden'] })).toEqual([1, 2]);
  });

  it('ranks title matches first, then newest first', () => {
    const result = index.search('budget');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => where(h.document))).toEqual(['2024-03-20 § 1', '2023-12-01 § 9']);
  });

  it('returns a snippet with the matched words marked', () => {
    const hit = index.search('ramverket').hits[0];
    expect(hit?.field).toBe('text');
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['ramverket']);
    expect(hit?.snippet.map((p) => p.text).join('')).toBe('Budgeten för Hälsingerådet gäller ramverket för samverkan.');
    const phrase = words.search('"svenskt ramverk"').hits[0];
    expect(phrase?.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['svenskt ramverk']);
  });

  it('finds by case number, with or without its series, and pages through hits', () => {
    expect(index.search('KS 2024/1').total).toBe(2);
    expect(index.search('2024/1').total).toBe(2);
    expect(index.search('Dnr 2024 / 1').total).toBe(2);
    expect(index.search('KS 2024/11').total).toBe(0);
    expect(index.search('KS 2024/1').hits[0]?.field).toBe('case');
    expect(index.search('budget', { limit: 1, offset: 1 }).hits.map((h) => where(h.document))).toEqual([
      '2023-12-01 § 9',
    ]);
    expect(index.search('   ').total).toBe(0);
    const gns = createSearchIndex([
      {
        ...paragraph(1, 'Taxa', 'Ny taxa.'),
        caseNumber: 'GNS/10/2020',
        fields: [{ kind: 'case', text: 'GNS/10/2020' }],
      },
    ]);
    for (const q of ['GNS/10/2020', 'GNS 10/2020', 'dnr 10/2020', '10/2020']) expect(gns.search(q).total, q).toBe(1);
  });

  it('searches programme items', () => {
    const programme = documents.filter((d) => d.kind === 'programme');
    expect(programme.length).toBeGreaterThan(0);
    const item = programme[0] as SearchDocument;
    const hits = index.search(item.title).hits.map((h) => h.document.id);
    expect(hits).toContain(item.id);
    expect(index.search(item.title, { kind: 'programme' }).hits.every((h) => h.document.kind === 'programme')).toBe(
      true,
    );
  });

  it('keeps text as data: markup in a paragraph is just characters to match', () => {
    const hit = index.search('script').hits[0];
    expect(hit && where(hit.document)).toBe('2024-03-20 § 2');
    expect(hit?.snippet.map((p) => p.text).join('')).toContain('<script>');
  });

  it('gives the same answers after the JSON round trip the static site makes', () => {
    const again = loadSearchIndex(JSON.parse(JSON.stringify(index)));
    for (const q of ['budget', 'ramverket', 'KS 2024/1', '"första läsning"', 'bordläggs']) {
      expect(again.search(q)).toEqual(index.search(q));
    }
    expect(() => loadSearchIndex({ format: 'other' })).toThrow(/format/);
  });

  it('survives any query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const result = words.search(q);
        expect(result.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        expect(result.hits.length).toBeLessThanOrEqual(result.total);
      }),
    );
  });
});

describe('parseQuery', () => {
  it('splits words, keeps quoted phrases and case numbers, drops repeats', () => {
    expect(parseQuery('  budget "ramverket för"  Budget KS 2024/12').map((t) => [t.type, t.text])).toEqual([
      ['case', 'KS 2024/12'],
      ['word', 'budget'],
      ['phrase', 'ramverket för'],
    ]);
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('a b c d e f g h i j k')).toHaveLength(MAX_QUERY_TERMS);
  });
});
