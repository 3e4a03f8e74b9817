import { openArchive } from '@sammantrade/core/node';
import { openDatabase } from '@sammantrade/core/postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../tests/postgres.js';
import { createApp } from '../src/app.js';
import { NOW, SAMPLE, sampleArchive } from './helpers.js';

/** Every page of the site reachable from the start page, by following its links. */
async function crawl(app: ReturnType<typeof createApp>): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const queue = ['/'];
  while (queue.length > 0 && pages.size < 500) {
    const path = queue.shift() as string;
    if (pages.has(path)) continue;
    const response = await app.request(path);
    const text = await response.text();
    pages.set(path, `${response.status}\n${text}`);
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    for (const m of text.matchAll(/href="(\/[^"#]*)"/g)) {
      const next = (m[1] as string).replaceAll('&amp;', '&');
      if (!pages.has(next) && !next.startsWith('/assets/')) queue.push(next);
    }
  }
  return pages;
}

describePostgres('the viewer over a PostgreSQL archive', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    const db = openDatabase(test.url);
    await db.migrate();
    await db.sync(SAMPLE);
    await db.close();
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('shows every page byte for byte as from the folder', async () => {
    const live = await openArchive(test.url, { watch: false });
    try {
      const fromDatabase = createApp({
        archive: live.current,
        now: NOW,
        ...(live.search ? { search: live.search } : {}),
      });
      const fromFolder = createApp({ archive: await sampleArchive(), now: NOW });
      const [sql, yaml] = await Promise.all([crawl(fromDatabase), crawl(fromFolder)]);
      expect(sql.size).toBeGreaterThan(20);
      expect([...sql.keys()].sort()).toEqual([...yaml.keys()].sort());
      for (const [path, page] of yaml) expect(sql.get(path), path).toBe(page);
    } finally {
      await live.close();
    }
  }, 120_000);

  it('searches with PostgreSQL: "beslutet" finds paragraphs that say "beslut", marked', async () => {
    const live = await openArchive(test.url, { watch: false });
    try {
      expect(live.search).toBeDefined();
      const app = createApp({ archive: live.current, now: NOW, ...(live.search ? { search: live.search } : {}) });
      const page = await (await app.request('/sok?q=beslutet')).text();
      expect(page).toContain('<h2 id="traffar">Träffar</h2>');
      expect(page).toMatch(/<mark>beslut<\/mark>/i);
      const none = await (await app.request('/sok?q=xyzzyplugh')).text();
      expect(none).not.toContain('<mark>');
    } finally {
      await live.close();
    }
  });
});
