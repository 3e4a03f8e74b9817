import { cp, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../../tests/postgres.js';
import { buildReport, REPORT_KINDS, renderFeeds, search } from '../../src/index.js';
import { loadArchive } from '../../src/node.js';
import { type Database, openDatabase } from '../../src/postgres.js';

const SAMPLE = fileURLToPath(new URL('../../../../examples/samverkan', import.meta.url));

describePostgres('the PostgreSQL store', () => {
  let test: TestDatabase;
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    test = await createTestDatabase();
    db = openDatabase(test.url);
    dir = await mkdtemp(join(tmpdir(), 'pg-store-'));
    await cp(SAMPLE, dir, { recursive: true });
  });
  afterAll(async () => {
    await db?.close();
    await test?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses to work before migrating, then migrates once', async () => {
    await expect(db.archive()).rejects.toThrow(/run sammantrade db migrate URL/);
    expect(await db.migrate()).toEqual({ applied: [1], version: 1 });
    expect(await db.migrate()).toEqual({ applied: [], version: 1 });
  });

  it('syncs the sample archive, and a second sync changes nothing', async () => {
    const first = await db.sync(dir);
    expect(first.added.length).toBeGreaterThan(5);
    expect(first.changed).toEqual([]);
    const second = await db.sync(dir);
    expect(second).toEqual({ added: [], changed: [], deleted: [], unchanged: first.added.length });
  });

  it('gives back the same archive: every report, the feeds and the search documents', async () => {
    const yaml = await loadArchive(dir);
    const sql = await db.archive();
    expect(sql.modified).toBe(yaml.modified);
    expect(JSON.stringify(sql.meetings)).toBe(JSON.stringify(yaml.meetings));
    for (const kind of REPORT_KINDS) {
      const options = { today: '2024-01-10', ...(kind === 'case' ? { caseNumber: 'GNS/6/2020' } : {}) };
      expect(JSON.stringify(buildReport(kind, sql, options))).toBe(JSON.stringify(buildReport(kind, yaml, options)));
    }
    const feeds = (a: typeof yaml) => renderFeeds(a, {}).feeds.map((f) => f.text);
    expect(feeds(sql)).toEqual(feeds(yaml));
  });

  it('edits, additions and deletions reach the database', async () => {
    const file = join(dir, 'programmes/halsingeradet-utvecklingsprogram-2022.yaml');
    await rm(file);
    const meetingDir = join(dir, 'meetings/halsingeradet');
    const added = join(meetingDir, '2030-01-14.yaml');
    await writeFile(added, 'id: 2030-01-14\nbody: halsingeradet\nkind: agenda\nstatus: planned\ndate: 2030-01-14\n');
    const result = await db.sync(dir);
    expect(result.added).toEqual(['meetings/halsingeradet/2030-01-14.yaml']);
    expect(result.deleted).toEqual(['programmes/halsingeradet-utvecklingsprogram-2022.yaml']);
    const later = new Date(Date.now() + 5000);
    await writeFile(added, 'id: 2030-01-14\nbody: halsingeradet\nkind: agenda\nstatus: cancelled\ndate: 2030-01-14\n');
    await utimes(added, later, later);
    expect((await db.sync(dir)).changed).toEqual(['meetings/halsingeradet/2030-01-14.yaml']);
    const sql = await db.archive();
    expect(sql.programmes).toEqual([]);
    expect(sql.meeting('halsingeradet', '2030-01-14')?.status).toBe('cancelled');
    expect(sql.modified).toBe((await loadArchive(dir)).modified);
  });

  it('searches in Swedish: "beslutet" finds "beslut", ranked, with marked snippets', async () => {
    const yaml = await loadArchive(dir);
    const hits = await db.search('beslutet');
    expect(hits.total).toBeGreaterThan(0);
    const withBeslut = yaml.paragraphs.filter((p) =>
      p.paragraph.decisions.some((d) => /\bbeslut\b/i.test(d.text)),
    ).length;
    expect(withBeslut).toBeGreaterThan(0);
    expect(hits.hits.some((h) => h.snippet.some((s) => s.match && /^beslut/i.test(s.text)))).toBe(true);
    // Each hit is a paragraph the embedded index also holds, in the same shape.
    const embedded = search(yaml, hits.hits[0]?.document.title ?? '');
    expect(embedded.hits.map((h) => h.document)).toContainEqual(hits.hits[0]?.document);
    expect((await db.search('')).total).toBe(0);
    expect((await db.search('"och" ')).total).toBe(0);
  });

  it('refuses an archive with errors and leaves the database as it was', async () => {
    const before = await db.archive();
    await writeFile(
      join(dir, 'meetings/halsingeradet/2030-02-11.yaml'),
      'id: 2030-02-11\nbody: halsingeradet\nkind: nonsense\n',
    );
    await expect(db.sync(dir)).rejects.toThrow(/error/);
    expect((await db.archive()).meetings.length).toBe(before.meetings.length);
  });
});
