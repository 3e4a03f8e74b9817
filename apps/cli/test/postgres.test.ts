import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../tests/postgres.js';
import { cli, files, tempDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../packages/core/test/fixtures/', import.meta.url));
const KINDS = ['assignments', 'decisions', 'attendance', 'schedule', 'deadlines', 'programme'] as const;
const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;

describePostgres('sammantrade with a PostgreSQL archive', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('db migrate creates the schema, and again changes nothing', async () => {
    const first = await cli(['db', 'migrate', db.url]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/migrated to schema version 5 \(applied 1, 2, 3, 4, 5\)/);
    const again = await cli(['db', 'migrate', db.url]);
    expect(again.stdout).toMatch(/schema version 5, up to date/);
    expect(again.code).toBe(0);
  });

  it('sync brings the sample archive in, and a second sync changes nothing', async () => {
    const first = await cli(['sync', SAMPLE, db.url]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/: 10 added, 0 changed, 0 deleted, 0 unchanged\n$/);
    const second = await cli(['sync', SAMPLE, db.url]);
    expect(second.stdout).toMatch(/: 0 added, 0 changed, 0 deleted, 10 unchanged\n$/);
  });

  for (const kind of [...KINDS, 'case'])
    it(`the ${kind} report in every format is byte for byte the same from the folder and the database`, async () => {
      for (const format of FORMATS) {
        const args = (archive: string) =>
          kind === 'case'
            ? ['report', 'case', 'GNS/6/2020', archive, '--today', '2024-01-10', '--format', format]
            : ['report', kind, archive, '--today', '2024-01-10', '--format', format];
        const [yaml, sql] = await Promise.all([cli(args(SAMPLE)), cli(args(db.url))]);
        expect(sql.stderr, `${kind} ${format}`).toBe('');
        expect(sql.stdout.length).toBeGreaterThan(100);
        expect(sql.stdout, `${kind} ${format}`).toBe(yaml.stdout);
      }
      const english = (archive: string) =>
        cli([
          'report',
          ...(kind === 'case' ? ['case', 'GNS/6/2020'] : [kind]),
          archive,
          '--today',
          '2024-01-10',
          '--lang',
          'en',
        ]);
      expect((await english(db.url)).stdout).toBe((await english(SAMPLE)).stdout);
    }, 120_000);

  it('show and calendar are the same from the folder and the database', async () => {
    const show = (archive: string) => cli(['show', archive, '--today', '2024-01-10', '--json']);
    expect((await show(db.url)).stdout).toBe((await show(SAMPLE)).stdout);
    const calendar = (archive: string) => cli(['calendar', archive]);
    const ics = await calendar(db.url);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.stdout).toBe((await calendar(SAMPLE)).stdout);
  }, 120_000);

  it('import --into a database writes each document whole, and the same document again replaces itself', async () => {
    const doc = join(fixtures, 'norrdal-protokoll.txt');
    const first = await cli(['import', doc, '--into', db.url]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const count = async () =>
        (await client.query<{ n: string }>("select count(*) as n from meetings where body like 'norrdal%'")).rows[0]?.n;
      expect(await count()).toBe('1');
      expect((await client.query('select count(*)::int as n from documents')).rows[0].n).toBe(1);
      const again = await cli(['import', doc, '--into', db.url]);
      expect(again.stderr).toBe('');
      expect(await count()).toBe('1');
      // A document that cannot be imported leaves nothing behind.
      const before = (await client.query('select count(*)::int as n from sources')).rows[0].n;
      const bad = await cli(['import', join(fixtures, 'missing-parts.txt'), '--into', db.url]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/missing-parts\.txt: not imported/);
      expect((await client.query('select count(*)::int as n from sources')).rows[0].n).toBe(before);
    } finally {
      await client.end();
    }
    // The same import into a folder writes the same records.
    const dir = await tempDir('pg-import-');
    await cli(['import', doc, '--into', dir]);
    expect((await files(dir)).some((f) => f.startsWith('meetings/'))).toBe(true);
  });

  it('says in one line what is wrong with a database it cannot use', async () => {
    const unmigrated = await createTestDatabase();
    try {
      const report = await cli(['report', 'decisions', unmigrated.url]);
      expect(report.code).toBe(1);
      expect(report.stderr).toMatch(/^sammantrade: postgres:\/\/.*run sammantrade db migrate URL\n$/);
    } finally {
      await unmigrated.drop();
    }
    const refused = await cli(['sync', SAMPLE, 'postgres://nobody@127.0.0.1:1/none']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const usage = await cli(['db', 'migrate', 'mysql://x']);
    expect(usage.code).toBe(2);
  });
});
