import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSearchIndex, search as searchArchive } from '@sammantrade/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaticSite, type StaticResult, sitePaths } from '../src/index.js';
import { fileOf } from '../src/static.js';
import { NOW, sampleArchive } from './helpers.js';

let out: string;
let result: StaticResult;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'sammantrade-site-'));
  result = await buildStaticSite({
    archive: await sampleArchive(),
    outDir: out,
    basePath: '/protokoll',
    feedUrl: 'https://kalender.example.se',
    now: NOW,
    searchScript: '/* test */',
  });
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('buildStaticSite', () => {
  it('writes every page as index.html in its folder, a 404 page, the assets and the search index', async () => {
    const archive = await sampleArchive();
    expect(result.pages).toEqual(sitePaths(archive));
    for (const file of [
      'index.html',
      'organ/halsingeradet/index.html',
      'organ/halsingeradet/2023-10-11/index.html',
      'organ/halsingeradet/p612-626/index.html',
      'arende/index.html',
      'arende/GNS~10~2020/index.html',
      'uppdrag/index.html',
      'beslut/index.html',
      'program/halsingeradet-utvecklingsprogram-2022/index.html',
      'sok/index.html',
      'sok/index.json',
      '404.html',
    ]) {
      expect(result.files).toContain(file);
    }
    expect((await readdir(join(out, 'assets'))).sort()).toEqual([
      'favicon.svg',
      expect.stringMatching(/^search-[0-9a-f]{10}\.js$/),
      expect.stringMatching(/^style-[0-9a-f]{10}\.css$/),
    ]);
    expect(result.search).toBe(true);
  });

  it('links under the base path and carries its policy in a meta element', async () => {
    const page = await readFile(join(out, 'organ/halsingeradet/2023-10-11/index.html'), 'utf8');
    expect(page).toContain('href="/protokoll/organ/halsingeradet/"');
    expect(page).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(page).toContain('id="p763"');
    const start = await readFile(join(out, 'index.html'), 'utf8');
    expect(start).toContain('href="/protokoll/organ/halsingeradet/"');
  });

  it('searches in the browser: the page loads the script and the index holds the paragraphs', async () => {
    const search = await readFile(join(out, 'sok/index.html'), 'utf8');
    expect(search).toMatch(/<script src="\/protokoll\/assets\/search-[0-9a-f]{10}\.js" defer><\/script>/);
    expect(search).toContain('data-index="/protokoll/sok/index.json"');
    expect(search).toContain('<noscript>');
    // The index is prebuilt: the browser loads it and searches it as the server does.
    const data = JSON.parse(await readFile(join(out, 'sok/index.json'), 'utf8'));
    const archive = await sampleArchive();
    const items = archive.programmes.flatMap((p) => p.areas.flatMap((a) => a.items)).length;
    expect(data.documents.length).toBe(archive.paragraphs.length + items);
    for (const q of ['ramverket', 'beslutet', '"svenskt ramverk"']) {
      expect(loadSearchIndex(data).search(q)).toEqual(searchArchive(archive, q));
    }
  });

  it('lists assignments and decisions body by body, since a static site cannot filter', async () => {
    const page = await readFile(join(out, 'uppdrag/index.html'), 'utf8');
    expect(page).toContain('id="organ-halsingeradet"');
    expect(page).not.toContain('<select');
    const body = await readFile(join(out, 'organ/halsingeradet/index.html'), 'utf8');
    expect(body).toContain('href="/protokoll/uppdrag/#organ-halsingeradet"');
  });

  it('refuses a path that would leave the output folder', () => {
    expect(fileOf('/arende/GNS~10~2020/')).toBe('arende/GNS~10~2020/index.html');
    expect(() => fileOf('/arende/..%2F..%2Fetc/')).toThrow(/unsafe/);
    expect(() => fileOf('/arende/%2E%2E/')).toThrow(/unsafe/);
  });
});
