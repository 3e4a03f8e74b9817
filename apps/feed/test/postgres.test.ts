import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LiveArchive, openArchive } from '@sammantrade/core/node';
import { openDatabase } from '@sammantrade/core/postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../tests/postgres.js';
import { createServer, type FeedServer } from '../src/index.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

/** Asks until `check` holds; the change travels through NOTIFY, so it comes without any polling by the server. */
async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describePostgres('the feed server over a PostgreSQL archive', () => {
  let test: TestDatabase;
  let dir: string;
  const servers: FeedServer[] = [];
  const bases: string[] = [];
  let live: LiveArchive | undefined;
  let perBody: LiveArchive | undefined;

  beforeAll(async () => {
    test = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'feed-pg-'));
    await cp(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.sammantrade') });
    const db = openDatabase(test.url);
    await db.migrate();
    await db.sync(dir);
    await db.close();
    // Two processes' worth of servers on one database, as behind a load balancer: one given the URL (its
    // build thread reads and follows the database), one given the archive its process already follows,
    // as `pnpm start` does (the build thread reads the database when that archive changes).
    live = await openArchive(test.url);
    // A third serves it per body, as a national database is served: each feed made when asked for.
    perBody = await openArchive(test.url, { perBody: true });
    for (const archive of [test.url, live, perBody]) {
      const server = await createServer({ archive, publicUrl: 'https://kalender.example.se' });
      servers.push(server);
      bases.push(await server.listen(0));
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await live?.close();
    await perBody?.close();
    await test?.drop();
  });

  it('serves the same feeds, byte for byte, as from the folder', async () => {
    const folder = await createServer({ archive: dir, publicUrl: 'https://kalender.example.se', watch: false });
    const folderBase = await folder.listen(0);
    try {
      const list = (await (await fetch(`${folderBase}/calendars.json`)).json()) as {
        feeds: { id: string; year: number | null; links: { https: string } }[];
      };
      expect(list.feeds.length).toBeGreaterThan(3);
      expect(await (await fetch(`${bases[0]}/calendars.json`)).text()).toBe(
        await (await fetch(`${folderBase}/calendars.json`)).text(),
      );
      for (const { links } of list.feeds) {
        const path = new URL(links.https).pathname;
        const [a, b] = await Promise.all([fetch(`${folderBase}${path}`), fetch(`${bases[0]}${path}`)]);
        expect(b.status).toBe(200);
        expect(await b.text()).toBe(await a.text());
        expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
        expect(b.headers.get('last-modified')).toBe(a.headers.get('last-modified'));
        // Served per body: the same bytes (Last-Modified is the body's own change time there).
        const c = await fetch(`${bases[2]}${path}`);
        if (path === '/calendars/all.ics') {
          expect(c.status).toBe(404);
          expect(await c.text()).toContain('prenumerera på organens kalendrar');
          continue;
        }
        expect(c.status).toBe(200);
        expect(await c.text()).toBe(await (await fetch(`${folderBase}${path}`)).text());
        expect(c.headers.get('etag')).toBe(a.headers.get('etag'));
      }
      const index = (await (await fetch(`${bases[2]}/calendars.json`)).json()) as {
        feeds: { id: string; events: number | null }[];
      };
      expect(index.feeds.map((f) => [f.id, f.events])).toEqual(
        list.feeds.filter((f) => f.year === null && f.id !== 'all').map((f) => [f.id, null]),
      );
    } finally {
      await folder.close();
    }
  });

  it('served per body, a feed made once is kept in the database for the next server, until its body changes', async () => {
    const path = '/calendars/samverkanstid-jh.ics';
    const made = await fetch(`${bases[2]}${path}`);
    expect(made.status).toBe(200);
    const text = await made.text();
    const db = openDatabase(test.url);
    let later: FeedServer | undefined;
    let archive: LiveArchive | undefined;
    try {
      const kept = await db.pool.query<{ key: string }>(
        "select key from made_parts where body = 'samverkanstid-jh' and key like 'feed/all/%'",
      );
      expect(kept.rows).toHaveLength(1);
      // What the next server serves is what the database keeps: changed there by hand, it shows.
      const { gzipSync } = await import('node:zlib');
      const marked = text.replace('BEGIN:VCALENDAR', 'BEGIN:VCALENDAR\r\nX-KEPT:1');
      await db.pool.query(
        "update made_parts set bytes = $1 where body = 'samverkanstid-jh' and key like 'feed/all/%'",
        [gzipSync(marked)],
      );
      archive = await openArchive(test.url, { perBody: true });
      later = await createServer({ archive, publicUrl: 'https://kalender.example.se' });
      const base = await later.listen(0);
      const again = await fetch(`${base}${path}`);
      expect(await again.text()).toBe(marked);
      expect(again.headers.get('etag')).toBe(made.headers.get('etag'));
      // Once the body's records change, what was kept is not served: the feed is made again.
      const file = join(dir, 'meetings/samverkanstid-jh/2031-05-05.yaml');
      await writeFile(
        file,
        'id: 2031-05-05\nbody: samverkanstid-jh\nkind: agenda\nstatus: planned\ndate: 2031-05-05\nstart: "10:00"\n',
      );
      await db.sync(dir);
      const changed = await until(
        async () => (await fetch(`${base}${path}`)).text(),
        (t) => t.includes('20310505T100000'),
      );
      expect(changed).not.toContain('X-KEPT');
      const { rm } = await import('node:fs/promises');
      await rm(file);
      await db.sync(dir);
    } finally {
      await later?.close();
      await archive?.close();
      await db.close();
    }
  });

  it("served per body, a server makes every body's feed after start, and the next finds them kept", async () => {
    const db = openDatabase(test.url);
    try {
      await db.pool.query("delete from made_parts where key like 'feed/%'");
      for (const pass of [1, 2]) {
        const archive = await openArchive(test.url, { perBody: true });
        // The pass runs in a thread of its own, with its own connections: this thread's parts make nothing.
        const parts = archive.parts;
        if (!parts) throw new Error('not served per body');
        let askedHere = 0;
        const keep = parts.kept.bind(parts);
        parts.kept = (...args) => {
          askedHere++;
          return keep(...args);
        };
        const server = await createServer({ archive, publicUrl: 'https://kalender.example.se' });
        try {
          const { made, kept } = (await server.store.preparing) ?? { made: -1, kept: -1 };
          expect(askedHere).toBe(0);
          expect(made + kept).toBe(3);
          // The per-body server above may meanwhile make again the one body the last test's change
          // named (it keeps it too); the second pass finds every feed kept.
          expect(made).toBeGreaterThanOrEqual(pass === 1 ? 2 : 0);
          if (pass === 2) expect(kept).toBe(3);
          const bodies = await db.pool.query<{ body: string }>(
            "select body from made_parts where key like 'feed/all/%' order by body",
          );
          expect(bodies.rows.map((r) => r.body)).toEqual(archive.current.bodies.map((b) => b.id).sort());
          expect(archive.parts?.cached).toBe(0); // made in passing: memory keeps the bodies asked for
        } finally {
          await server.close();
          await archive.close();
        }
      }
    } finally {
      await db.close();
    }
  });

  it('an edit synced into the database reaches every server through NOTIFY, with one SEQUENCE', async () => {
    const path = '/calendars/halsingeradet.ics';
    const etag = async (base: string) => (await fetch(`${base}${path}`)).headers.get('etag');
    const before = await Promise.all(bases.map(etag));
    expect(before[0]).toBe(before[1]);
    expect(before[2]).toBe(before[0]);
    const added = join(dir, 'meetings/halsingeradet/2031-03-10.yaml');
    await writeFile(
      added,
      'id: 2031-03-10\nbody: halsingeradet\nkind: agenda\nstatus: planned\ndate: 2031-03-10\nstart: "09:00"\n',
    );
    const db = openDatabase(test.url);
    try {
      expect((await db.sync(dir)).added).toEqual(['meetings/halsingeradet/2031-03-10.yaml']);
      for (const base of bases)
        expect(
          await until(
            () => etag(base),
            (e) => e !== before[0],
          ),
        ).not.toBe(before[0]);
      const texts = await Promise.all(bases.map(async (b) => (await fetch(`${b}${path}`)).text()));
      expect(texts[0]).toContain('DTSTART;TZID=Europe/Stockholm:20310310T090000');
      expect(texts[1]).toBe(texts[0]);
      expect(texts[2]).toBe(texts[0]);

      // Moved: the event's SEQUENCE rises once, though two servers rebuilt it.
      await writeFile(
        added,
        'id: 2031-03-10\nbody: halsingeradet\nkind: agenda\nstatus: planned\ndate: 2031-03-10\nstart: "13:00"\n',
      );
      const later = new Date(Date.now() + 3000);
      const { utimes } = await import('node:fs/promises');
      await utimes(added, later, later);
      expect((await db.sync(dir)).changed).toEqual(['meetings/halsingeradet/2031-03-10.yaml']);
      for (const base of bases)
        await until(
          async () => (await fetch(`${base}${path}`)).text(),
          (t) => t.includes('20310310T130000'),
        );
      const moved = await Promise.all(bases.map(async (b) => (await fetch(`${b}${path}`)).text()));
      const sequence = (t: string) => /UID:[^\r\n]*2031-03-10[\s\S]*?SEQUENCE:(\d+)/.exec(t)?.[1];
      expect(sequence(moved[0] as string)).toBe('1');
      expect(sequence(moved[1] as string)).toBe('1');
      expect(sequence(moved[2] as string)).toBe('1');

      // Deleted: gone from the feed.
      const { rm } = await import('node:fs/promises');
      await rm(added);
      expect((await db.sync(dir)).deleted).toEqual(['meetings/halsingeradet/2031-03-10.yaml']);
      for (const base of bases)
        expect(
          await until(
            async () => (await fetch(`${base}${path}`)).text(),
            (t) => !t.includes('20310310'),
          ),
        ).not.toContain('20310310');
    } finally {
      await db.close();
    }
  });
});
