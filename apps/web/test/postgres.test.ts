import { type LiveArchive, openArchive, prepareInThread } from '@sammantrade/core/node';
import { openDatabase } from '@sammantrade/core/postgres';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
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

/** The viewer over a database, as `followArchive` makes it: its parts (served per body) and its search. */
function appOver(live: LiveArchive): ReturnType<typeof createApp> {
  return createApp({
    archive: live.current,
    now: NOW,
    ...(live.parts ? { parts: live.parts } : {}),
    ...(live.search ? { search: live.search } : {}),
  });
}

/** A page as the crawl keeps it: status, then the body. */
async function page(app: ReturnType<typeof createApp>, path: string): Promise<string> {
  const response = await app.request(path);
  return `${response.status}\n${await response.text()}`;
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
      const fromDatabase = appOver(live);
      const fromFolder = createApp({ archive: await sampleArchive(), now: NOW });
      const [sql, yaml] = await Promise.all([crawl(fromDatabase), crawl(fromFolder)]);
      expect(sql.size).toBeGreaterThan(20);
      expect([...sql.keys()].sort()).toEqual([...yaml.keys()].sort());
      for (const [path, page] of yaml) expect(sql.get(path), path).toBe(page);
    } finally {
      await live.close();
    }
  }, 120_000);

  it('served per body: every page about a body, meeting, case or programme as from the folder', async () => {
    const live = await openArchive(test.url, { watch: false, perBody: true });
    try {
      expect(live.parts).toBeDefined();
      expect(live.current.meetings).toEqual([]);
      const fromDatabase = appOver(live);
      const fromFolder = createApp({ archive: await sampleArchive(), now: NOW });
      const yaml = await crawl(fromFolder);
      const same = [...yaml.keys()].filter((path) => /^\/(organ\/|program|arende\/.)/.test(path));
      expect(same.length).toBeGreaterThan(15);
      for (const path of same) expect(await page(fromDatabase, path), path).toBe(yaml.get(path));
      // The start page: the same counts, bodies and meetings; open assignments are each body's to show.
      const start = await page(fromDatabase, '/');
      const folderStart = yaml.get('/') ?? '';
      const section = (html: string, id: string) =>
        html.match(new RegExp(`<section aria-labelledby="${id}">[^]*?</section>`))?.[0];
      for (const id of ['organ', 'kommande', 'senaste']) expect(section(start, id), id).toBe(section(folderStart, id));
      expect(start.match(/<p class="lead">.*<\/p>/)?.[0]).toBe(folderStart.match(/<p class="lead">.*<\/p>/)?.[0]);
      expect(start).toContain('Öppna uppdrag visas per organ');
      // Pages over every body ask for one, and show it as the folder's page filtered to it does.
      expect(await page(fromDatabase, '/uppdrag')).toContain('Välj ett organ');
      expect(await page(fromDatabase, '/beslut')).toContain('Välj ett organ');
      for (const path of ['/uppdrag?organ=halsingeradet&status=all', '/beslut?organ=halsingeradet'])
        expect(await page(fromDatabase, path), path).toBe(await page(fromFolder, path));
      expect(await page(fromDatabase, '/organ/no-such-body/')).toMatch(/^404/);
    } finally {
      await live.close();
    }
  }, 120_000);

  it('served per body: a meeting page with nothing in memory reads the meeting alone, or with what judging its assignments takes', async () => {
    const live = await openArchive(test.url, { watch: false, perBody: true });
    try {
      const whole = await sampleArchive();
      const fromFolder = createApp({ archive: whole, now: NOW });
      const fromDatabase = appOver(live);
      const unsettled = (m: (typeof whole.meetings)[number]) =>
        m.paragraphs.some((p) => p.assignments.some((a) => a.status !== 'reported' && a.status !== 'withdrawn'));
      const [alone, judged] = [false, true].map((u) =>
        whole.meetings.filter((m) => unsettled(m) === u).map((m) => `/organ/${m.body}/${m.id}/`),
      );
      expect(alone?.length).toBeGreaterThan(1);
      expect(judged?.length).toBeGreaterThan(0);
      for (const path of alone ?? []) expect(await page(fromDatabase, path), path).toBe(await page(fromFolder, path));
      expect(live.parts?.cached).toBe(0); // no body read whole
      // Those with assignments to judge: the first page of a body makes its follow-up leads (reading
      // its records and the related ones) and keeps them in the database.
      const first = await openArchive(test.url, { watch: false, perBody: true });
      try {
        for (const path of judged ?? [])
          expect(await page(appOver(first), path), path).toBe(await page(fromFolder, path));
      } finally {
        await first.close();
      }
      // Then a page reads the meeting and the meetings its leads name, and shows the same.
      for (const path of judged ?? []) expect(await page(fromDatabase, path), path).toBe(await page(fromFolder, path));
      expect(live.parts?.cached).toBe(0);
    } finally {
      await live.close();
    }
  }, 120_000);

  it("served per body: the pass after start makes every body's leads, and a later pass finds them kept", async () => {
    const db = openDatabase(test.url);
    await db.pool.query("delete from made_parts where key like 'follow-up-leads/%'");
    await db.close();
    const live = await openArchive(test.url, { watch: false, perBody: true });
    try {
      const bodies = live.current.bodies.map((b) => b.id);
      const once = await live.parts?.prepare(bodies, () => false);
      expect(once?.made).toBeGreaterThan(0);
      expect((once?.made ?? 0) + (once?.kept ?? 0)).toBe(bodies.length);
      expect(live.parts?.cached).toBe(0); // nothing pushed into memory
      // In a thread of its own, as the server runs it: everything found kept.
      const pass = prepareInThread(test.url, bodies, { stay: true });
      try {
        expect(await pass.done).toEqual({ made: 0, kept: bodies.length });
        // After it, a body a page found without its leads is made there (here, one whose leads went).
        const [first] = bodies;
        const db = openDatabase(test.url);
        try {
          const gone = () =>
            db.pool.query("select 1 from made_parts where key like 'follow-up-leads/%' and body = $1", [first]);
          await db.pool.query("delete from made_parts where key like 'follow-up-leads/%' and body = $1", [first]);
          expect((await gone()).rowCount).toBe(0);
          pass.make([first as string]);
          await vi.waitFor(async () => expect((await gone()).rowCount).toBe(1), { timeout: 60_000, interval: 100 });
        } finally {
          await db.close();
        }
      } finally {
        await pass.stop();
      }
      const whole = await sampleArchive();
      const fromFolder = createApp({ archive: whole, now: NOW });
      for (const m of whole.meetings) {
        const path = `/organ/${m.body}/${m.id}/`;
        expect(await page(appOver(live), path), path).toBe(await page(fromFolder, path));
      }
      expect(live.parts?.cached).toBe(0);
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
