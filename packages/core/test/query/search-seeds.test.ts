import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeShared, sharedPath } from '../../../../tests/shared.js';
import type { Archive } from '../../src/archive/archive.js';
import { loadArchive } from '../../src/archive/load.js';
import { importDocuments } from '../../src/node/import.js';
import { archiveSearchIndex, loadSearchIndex, search } from '../../src/query/search.js';

// The acceptance, on the archive a new user imports from the five seeds.
describeShared('seeds', 'search on the imported seed archive', () => {
  let dir = '';
  let archive: Archive;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sammantrade-search-'));
    const seed = (n: string) => sharedPath('seeds', n);
    await importDocuments(
      [seed('000_c6125869e6929b6e.txt'), seed('002_58aa16ed7b361087.txt'), seed('003_effe2c7c135b0eba.txt')],
      { into: dir },
    );
    await importDocuments([seed('001_1446fac81f405354.txt')], { into: dir, date: '2021-12-08', body: 'Hälsingerådet' });
    await importDocuments([seed('004_d0b6e16a505175b7.txt')], { into: dir, date: '2020-12-14' });
    archive = await loadArchive(dir);
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ids = (q: string) =>
    search(archive, q, { limit: 10_000 })
      .hits.map((h) => h.document.id)
      .sort();

  it('finds with an inflected word what the word finds', () => {
    for (const [word, inflected] of [
      ['beslut', 'beslutet'],
      ['nämnd', 'nämnden'],
      ['uppdrag', 'uppdraget'],
    ] as const) {
      expect(ids(word).length, word).toBeGreaterThan(0);
      expect(ids(inflected), inflected).toEqual(ids(word));
    }
  });

  it('never lets "får" match "far", and matches a phrase word for word', () => {
    const marked = search(archive, 'får', { limit: 10_000 }).hits.flatMap((h) =>
      h.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase()),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => m.startsWith('få'))).toBe(true);
    const phrase = search(archive, '"ekonomisk förening"');
    expect(phrase.total).toBeGreaterThan(0);
    expect(phrase.hits[0]?.snippet.some((p) => p.match && p.text.toLowerCase() === 'ekonomisk förening')).toBe(true);
  });

  it('gives the same hits from the prebuilt index the static site ships', () => {
    const shipped = loadSearchIndex(JSON.parse(JSON.stringify(archiveSearchIndex(archive))));
    for (const q of ['beslutet', 'nämnden', 'uppdraget', '"ekonomisk förening"', 'GNS/10/2020', 'utbildning']) {
      expect(shipped.search(q, { limit: 10_000 }), q).toEqual(search(archive, q, { limit: 10_000 }));
    }
  });
});
