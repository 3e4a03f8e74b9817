import { cp, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../../tests/postgres.js';
import {
  buildReport,
  REPORT_KINDS,
  renderFeeds,
  type SearchOptions,
  type SearchResult,
  search,
} from '../../src/index.js';
import { loadArchive } from '../../src/node.js';
import { limitRecordCache } from '../../src/postgres/read.js';
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
    expect(await db.migrate()).toEqual({ applied: [1, 2, 3, 4, 5], version: 5 });
    expect(await db.migrate()).toEqual({ applied: [], version: 5 });
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

  it('searches as the in-memory index does: the same hits for words, inflections, prefixes, typos, phrases, case numbers and filters', async () => {
    const yaml = await loadArchive(dir);
    const ids = (r: SearchResult) => r.hits.map((h) => h.document.id).sort();
    const queries: [string, SearchOptions][] = [
      ['beslutet', {}],
      ['nämnden', {}],
      ['besl', {}],
      ['och', {}],
      ['"och"', {}],
      ['uppdrag rapport', {}],
      ['beslut', { kind: 'agenda' }],
      ['beslut', { body: 'halsingeradet', year: 2023 }],
      ['GNS/6/2020', {}],
      ['xyzzyplugh', {}],
    ];
    const title = yaml.paragraphs.find((p) => p.paragraph.title.split(' ').length > 2)?.paragraph.title;
    if (title) queries.push([`"${title.split(' ').slice(0, 2).join(' ')}"`, {}]);
    const long = yaml.paragraphs.flatMap((p) => p.paragraph.title.split(/\s+/)).find((w) => /^\p{L}{8,}$/u.test(w));
    if (long) queries.push([`${long.slice(0, 3)}x${long.slice(4)}`, {}]); // one typo
    for (const [query, options] of queries) {
      const all = { ...options, limit: 1000 };
      const memory = search(yaml, query, all);
      const sql = await db.search(query, all);
      expect({ query, total: sql.total, ids: ids(sql) }).toEqual({ query, total: memory.total, ids: ids(memory) });
      // The same documents, marked the same way.
      const byId = new Map(memory.hits.map((h) => [h.document.id, h]));
      for (const hit of sql.hits) {
        expect(hit.document).toEqual(byId.get(hit.document.id)?.document);
        expect({ field: hit.field, snippet: hit.snippet }).toEqual({
          field: byId.get(hit.document.id)?.field,
          snippet: byId.get(hit.document.id)?.snippet,
        });
      }
    }
    const beslutet = await db.search('beslutet');
    expect(beslutet.total).toBeGreaterThan(0);
    expect(beslutet.hits.some((h) => h.snippet.some((s) => s.match && /^beslut/i.test(s.text)))).toBe(true);
    expect((await db.search('')).total).toBe(0);
    // A page past the end still says how many there are.
    expect((await db.search('beslut', { offset: 10_000 })).total).toBe(search(yaml, 'beslut').total);
  });

  it('reads one body, or one meeting of it, as the same records', async () => {
    const yaml = await loadArchive(dir);
    const meeting = yaml.meetingsOf('halsingeradet')[1];
    expect(meeting).toBeDefined();
    const body = await db.archive({ bodies: ['halsingeradet'] });
    expect(JSON.stringify(body.meetings)).toBe(JSON.stringify(yaml.meetingsOf('halsingeradet')));
    const one = await db.archive({ bodies: ['halsingeradet'], meetings: [meeting?.id ?? ''] });
    expect(one.bodies.map((b) => b.id)).toEqual(['halsingeradet']);
    expect(JSON.stringify(one.meetings)).toBe(JSON.stringify([meeting]));
  });

  it('a read keeps every record it listed though the cache is smaller than the read', async () => {
    const yaml = await loadArchive(dir);
    limitRecordCache(db.pool, 2);
    try {
      for (let round = 0; round < 2; round++) {
        const body = await db.archive({ bodies: ['halsingeradet'] });
        expect(body.body('halsingeradet')).toBeDefined();
        expect(JSON.stringify(body.meetings)).toBe(JSON.stringify(yaml.meetingsOf('halsingeradet')));
      }
    } finally {
      limitRecordCache(db.pool, 2_000_000);
    }
  });

  it('validates a row changed by hand again, and refuses what breaks the model', async () => {
    await db.archive(); // every record validated and kept by the pool
    const { rows } = await db.pool.query<{ source: string; record: unknown }>(
      "select source, record from meetings where body = 'halsingeradet' limit 1",
    );
    const row = rows[0] as { source: string; record: unknown };
    try {
      await db.pool.query(`update meetings set record = jsonb_set(record, '{kind}', '"nonsense"') where source = $1`, [
        row.source,
      ]);
      await db.pool.query(`update sources set sha256 = 'changed by hand' where path = $1`, [row.source]);
      await expect(db.archive()).rejects.toThrow(/the stored record breaks the model \(kind:/);
    } finally {
      await db.pool.query('update meetings set record = $2 where source = $1', [
        row.source,
        JSON.stringify(row.record),
      ]);
    }
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
