import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../../tests/postgres.js';
import {
  type Archive,
  assignmentStanding,
  type Meeting,
  meetingTimeline,
  recordPath,
  renderBodyFeed,
  renderFeeds,
  summarizeArchive,
} from '../../src/index.js';
import { type LiveArchive, loadArchive } from '../../src/node.js';
import { openLiveDatabase } from '../../src/postgres/live.js';
import { type Database, openDatabase, recordHash, type StoredRecord } from '../../src/postgres.js';

const SAMPLE = fileURLToPath(new URL('../../../../examples/samverkan', import.meta.url));
const TODAY = '2024-03-01';

/** Every assignment's standing as text: the state and where it was (possibly) reported back. */
function standings(archive: Archive, body: string, today: string): string[] {
  return archive.paragraphs
    .filter((p) => p.body.id === body)
    .flatMap((ref) =>
      ref.paragraph.assignments.map((assignment) => {
        const s = assignmentStanding(archive, { ...ref, assignment }, today);
        const at = (p: typeof s.reportedIn) => (p ? `${p.body.id}/${p.meeting.id}§${p.paragraph.number}` : '');
        return `${ref.meeting.id}§${ref.paragraph.number}: ${s.state} ${at(s.reportedIn)} ${at(s.possiblyIn)}`;
      }),
    );
}

describe('one body feed rendered alone', () => {
  it('is the same text as renderFeeds makes among all the feeds', async () => {
    const archive = await loadArchive(SAMPLE);
    for (const reportBacks of [false, true]) {
      const { feeds, state } = renderFeeds(archive, {}, { reportBacks, refreshSeconds: 3600 });
      for (const feed of feeds.filter((f) => f.bodyId)) {
        const alone = renderBodyFeed(
          archive,
          feed.bodyId as string,
          {},
          {
            reportBacks,
            refreshSeconds: 3600,
            ...(feed.year ? { year: feed.year } : {}),
          },
        );
        expect(alone?.feed.text, feed.path).toBe(feed.text);
        for (const [uid, revision] of Object.entries(alone?.state ?? {})) expect(state[uid]).toEqual(revision);
      }
    }
    expect(renderBodyFeed(archive, 'halsingeradet', {}, { year: 1850 })).toBeUndefined();
    expect(renderBodyFeed(archive, 'no-such-body')).toBeUndefined();
  });
});

describePostgres('a database served per body', () => {
  let test: TestDatabase;
  let db: Database;
  let dir: string;
  let live: LiveArchive;
  beforeAll(async () => {
    test = await createTestDatabase();
    db = openDatabase(test.url);
    dir = await mkdtemp(join(tmpdir(), 'pg-parts-'));
    await cp(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.sammantrade') });
    await db.migrate();
    await db.sync(dir);
    live = await openLiveDatabase(test.url, { perBody: true });
  });
  afterAll(async () => {
    await live?.close();
    await db?.close();
    await test?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds only the bodies and programmes, and reads a body with what judges its assignments', async () => {
    const whole = await loadArchive(dir);
    expect(live.current.meetings).toEqual([]);
    expect(live.current.bodies.map((b) => b.id)).toEqual(whole.bodies.map((b) => b.id));
    expect(live.current.programmes.length).toBe(whole.programmes.length);
    const parts = live.parts;
    if (!parts) throw new Error('no parts');
    for (const body of whole.bodies) {
      const archive = await parts.body(body.id);
      expect(JSON.stringify(archive?.meetingsOf(body.id))).toBe(JSON.stringify(whole.meetingsOf(body.id)));
      expect(standings(archive as Archive, body.id, TODAY)).toEqual(standings(whole, body.id, TODAY));
      expect(await parts.body(body.id)).toBe(archive); // kept
    }
    expect(await parts.body('no-such-body')).toBeUndefined();
    expect(parts.cached).toBe(whole.bodies.length);
  });

  it('gives the start page the counts and timeline the whole archive gives', async () => {
    const whole = await loadArchive(dir);
    const overview = await live.parts?.overview(TODAY);
    const summary = summarizeArchive(whole, TODAY);
    expect(overview?.meetings).toBe(summary.meetings);
    expect(overview?.paragraphs).toBe(summary.paragraphs);
    expect(overview?.decisions).toBe(summary.decisions);
    expect(overview?.bodies.map((b) => [b.id, b.name, b.years, b.undated])).toEqual(
      summary.bodies.map((b) => [b.id, b.name, b.years, b.undated]),
    );
    const line = (t: { upcoming: readonly { date: string; body: { id: string }; source: string }[] }) =>
      t.upcoming.map((e) => `${e.date} ${e.body.id} ${e.source}`);
    const timeline = meetingTimeline(whole, TODAY, { limit: 8 });
    expect(line(overview?.timeline ?? { upcoming: [] })).toEqual(line(timeline));
    expect(line({ upcoming: overview?.timeline.recent ?? [] })).toEqual(line({ upcoming: timeline.recent }));
  });

  it('keeps what was made from a body until a change names it, then reads it again', async () => {
    const parts = live.parts;
    if (!parts) throw new Error('no parts');
    let made = 0;
    const make = () => ++made;
    expect(await parts.derived('halsingeradet', 'count', make)).toBe(1);
    expect(await parts.derived('halsingeradet', 'count', make)).toBe(1);
    expect(await parts.derived('samverkanstid-jh', 'count', make)).toBe(2);
    const before = await parts.body('halsingeradet');
    const other = await parts.body('samverkanstid-jh');

    const file = join(dir, 'meetings', 'halsingeradet', '2023-10-11.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^location: .*$/m, 'location: Ändrad plats'));
    await utimes(file, new Date(), new Date(Date.now() + 60_000));
    await db.sync(dir);
    const end = Date.now() + 20_000;
    while ((await parts.body('halsingeradet')) === before && Date.now() < end)
      await new Promise((r) => setTimeout(r, 50));
    const after = await parts.body('halsingeradet');
    expect(after).not.toBe(before);
    expect(after?.meeting('halsingeradet', '2023-10-11')?.location).toBe('Ändrad plats');
    expect(await parts.derived('halsingeradet', 'count', make)).toBe(3); // made again
    // A body the change did not name keeps its archive unless it holds records of the changed one.
    if (!(other?.bodies ?? []).some((b) => b.id === 'halsingeradet'))
      expect(await parts.body('samverkanstid-jh')).toBe(other);
  });

  it('finds a case by number or slug, with the bodies that handled it', async () => {
    const whole = await loadArchive(dir);
    const [key, refs] = [...whole.cases].find(([k]) => k.includes('/')) ?? [];
    if (!key || !refs) throw new Error('the sample has no case number');
    const archive = await live.parts?.case(key.replaceAll('/', '~'));
    expect(archive?.caseHistory(key).map((r) => `${r.body.id}/${r.meeting.id}`)).toEqual(
      refs.map((r) => `${r.body.id}/${r.meeting.id}`),
    );
    expect((await live.parts?.case('XYZ~0~0'))?.meetings).toEqual([]);
  });

  it('says when a search has more matches than it ranks (SearchResult.more)', async () => {
    const whole = await loadArchive(dir);
    const meeting = whole.meetingsOf('halsingeradet').find((m) => m.paragraphs.length > 0) as Meeting;
    // Copies of one meeting, each paragraph with a word of its own, until more than 1,000 paragraphs say it.
    const copies = Math.ceil(1100 / meeting.paragraphs.length);
    const put: StoredRecord[] = [];
    for (let i = 0; i < copies; i++) {
      const record: Meeting = {
        ...meeting,
        id: `kopia-${i}`,
        paragraphs: meeting.paragraphs.map((p) => ({ ...p, title: `${p.title} vindkraftsremiss` })),
      };
      put.push({
        path: recordPath('meeting', record),
        kind: 'meeting',
        sha256: recordHash(record),
        modified: '2024-01-01T00:00:00Z',
        record,
      });
    }
    await db.write({ put, delete: [] });
    // Before and after the planner knows the word is in most rows (then the table is read in order).
    for (const analyzed of [false, true]) {
      if (analyzed) await db.pool.query('analyze search_documents');
      const many = await db.search('vindkraftsremiss', { limit: 20 });
      expect(many.more).toBe(true);
      expect(many.total).toBe(1000);
      expect(many.hits).toHaveLength(20);
      expect(many.hits[0]?.document.title).toContain('vindkraftsremiss');
      const last = await db.search('vindkraftsremiss', { limit: 20, offset: 990 });
      expect(last.hits).toHaveLength(20);
      expect(last.more).toBe(true);
    }
    const few = await db.search('vindkraftsremiss', { limit: 20, body: 'samverkanstid-jh' });
    expect(few.more).toBeUndefined();
    expect(few.total).toBe(0);
    await db.write({ put: [], delete: put.map((r) => r.path) });
    const none = await db.search('vindkraftsremiss');
    expect(none).toMatchObject({ total: 0, hits: [] });
    expect(none.more).toBeUndefined();
  });
});
