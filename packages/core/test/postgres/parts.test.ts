import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../../../tests/postgres.js';
import {
  type Archive,
  assignmentStanding,
  type Body,
  type Meeting,
  meetingTimeline,
  recordPath,
  renderBodyFeed,
  renderFeeds,
  summarizeArchive,
} from '../../src/index.js';
import { type LiveArchive, loadArchive } from '../../src/node.js';
import { openLiveDatabase } from '../../src/postgres/live.js';
import { CHANGE_CHANNEL, type Database, openDatabase, recordHash, type StoredRecord } from '../../src/postgres.js';

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

  it("keeps the start page's counts on every write, as counting every row gives them", async () => {
    const { readCounts } = await import('../../src/postgres/counts.js');
    const { MIGRATIONS } = await import('../../src/postgres/migrations.js');
    // What the start page counted before the counts were kept: every row.
    const recount = async () => {
      const [totals, years] = await Promise.all([
        db.pool.query<{ meetings: string; paragraphs: string; decisions: string }>(
          `select (select count(*) from meetings) as meetings, (select count(*) from paragraphs) as paragraphs,
                  (select count(*) from decisions) as decisions`,
        ),
        db.pool.query<{ body: string; year: number | null; minutes: number; agendas: number }>(
          `select body, extract(year from date)::int as year, count(*) filter (where kind <> 'agenda')::int as minutes,
                  count(*) filter (where kind = 'agenda')::int as agendas from meetings group by body, 2`,
        ),
      ]);
      const t = totals.rows[0];
      return {
        meetings: Number(t?.meetings),
        paragraphs: Number(t?.paragraphs),
        decisions: Number(t?.decisions),
        years: years.rows.map((r) => `${r.body} ${r.year} ${r.minutes} ${r.agendas}`).sort(),
      };
    };
    const kept = async () => {
      const c = await readCounts(db.pool);
      return { ...c, years: c.years.map((r) => `${r.body} ${r.year} ${r.minutes} ${r.agendas}`).sort() };
    };
    const put = (...records: Meeting[]) =>
      db.write({
        put: records.map((r) => ({
          path: recordPath('meeting', r),
          kind: 'meeting' as const,
          sha256: recordHash(r),
          modified: '2025-01-01T00:00:00Z',
          record: r,
        })),
        delete: [],
      });
    expect(await kept()).toEqual(await recount());
    const [first, second, third] = (await db.archive()).meetings;
    if (!first || !second || !third) throw new Error('the sample has fewer than three meetings');
    // Moved to another year, made an agenda, undated, given another paragraph; a new one; then deleted.
    const { date: _date, ...undated } = third;
    await put({ ...first, date: '2031-05-05' }, { ...second, kind: 'agenda' }, {
      ...undated,
      paragraphs: [...third.paragraphs, ...first.paragraphs.slice(0, 1)],
    } as Meeting);
    expect(await kept()).toEqual(await recount());
    const added = { ...first, id: '2032-02-02', date: '2032-02-02' };
    await put(added);
    expect(await kept()).toEqual(await recount());
    await db.write({ put: [], delete: [recordPath('meeting', added), recordPath('meeting', second)] });
    expect(await kept()).toEqual(await recount());
    await put(first, second, third); // as they were (the next tests read the sample)
    const now = await recount();
    expect(await kept()).toEqual(now);
    // Migration 5 fills the counts from the rows a database held before it.
    await db.pool.query('delete from meeting_counts');
    const sql = MIGRATIONS.find((m) => m.version === 5)?.sql ?? '';
    await db.pool.query(sql.slice(sql.indexOf('insert into meeting_counts')));
    expect(await kept()).toEqual(now);
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

  for (const related of [true, false])
    it(`keeps what was made in the database for the next process, until the records it was made from change (${related ? 'with' : 'without'} related records)`, async () => {
      let made = 0;
      const options = { related };
      const key = `test/feed-${related}`;
      const make = async (archive: Archive) => ({
        meta: { made: ++made, meetings: archive.meetingsOf('halsingeradet').length },
        bytes: Buffer.from(`feed ${made}`),
      });
      const open = () => openLiveDatabase(test.url, { perBody: true, watch: false });
      const first = await open();
      const second = await open();
      try {
        const a = await first.parts?.kept('halsingeradet', key, make, options);
        expect(a?.meta).toMatchObject({ made: 1 });
        expect(await first.parts?.kept('halsingeradet', key, make, options)).toBe(a); // kept in memory
        // Another process finds it in the database and reads no records (its archive is not in memory).
        const b = await second.parts?.kept('halsingeradet', key, make, options);
        expect(b?.meta).toEqual(a?.meta);
        expect(Buffer.from(b?.bytes ?? []).toString()).toBe('feed 1');
        expect(made).toBe(1);
        // Another key is made on its own; an unknown body has nothing.
        expect((await second.parts?.kept('halsingeradet', `${key}-other`, make, options))?.meta).toMatchObject({
          made: 2,
        });
        expect(await second.parts?.kept('no-such-body', key, make, options)).toBeUndefined();

        const file = join(dir, 'meetings', 'halsingeradet', '2023-10-11.yaml');
        await writeFile(
          file,
          (await readFile(file, 'utf8')).replace(/^location: .*$/m, `location: Åter ändrad ${related}`),
        );
        await utimes(file, new Date(), new Date(Date.now() + (related ? 120_000 : 130_000)));
        await db.sync(dir);
        // A third process: the records changed since it was made, so it is made again (and kept again).
        const third = await open();
        try {
          expect((await third.parts?.kept('halsingeradet', key, make, options))?.meta).toMatchObject({ made: 3 });
          // The first kept what it made before the change (it does not follow NOTIFY here): asked to read
          // again, it lists the records and finds what the third made from them.
          await first.reload();
          expect((await first.parts?.kept('halsingeradet', key, make, options))?.meta).toMatchObject({ made: 3 });
          expect(made).toBe(3);
        } finally {
          await third.close();
        }
      } finally {
        await first.close();
        await second.close();
      }
    });

  it('makes a kept part again as soon as a change names its body, serving the one before meanwhile', async () => {
    const parts = live.parts;
    if (!parts) throw new Error('no parts');
    let made = 0;
    let release: () => void = () => {};
    let started: () => void = () => {};
    let gate: Promise<void> | undefined;
    const make = async (archive: Archive) => {
      made++;
      started();
      if (gate) await gate;
      const place = archive.meeting('samverkanstid-jh', '2024-09-16')?.location ?? '';
      return { meta: { made, place }, bytes: Buffer.from(place) };
    };
    const before = await parts.kept('samverkanstid-jh', 'test/refresh', make);
    expect(before?.meta).toMatchObject({ made: 1 });

    gate = new Promise((r) => {
      release = r;
    });
    const remaking = new Promise<void>((r) => {
      started = r;
    });
    const file = join(dir, 'meetings', 'samverkanstid-jh', '2024-09-16.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^location: .*$/m, 'location: Ny lokal'));
    await utimes(file, new Date(), new Date(Date.now() + 180_000));
    await db.sync(dir);
    await remaking; // made again after the NOTIFY, though nobody asked
    expect(made).toBe(2);
    expect(await parts.kept('samverkanstid-jh', 'test/refresh', make)).toBe(before); // meanwhile
    release();
    const end = Date.now() + 20_000;
    let after = await parts.kept('samverkanstid-jh', 'test/refresh', make);
    while (after === before && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 20));
      after = await parts.kept('samverkanstid-jh', 'test/refresh', make);
    }
    expect(after?.meta).toEqual({ made: 2, place: 'Ny lokal' });
    expect(made).toBe(2);
  });

  it("hands the leads of a changed body's whole organisation to the thread that makes them", async () => {
    const watching = await openLiveDatabase(test.url, { perBody: true });
    const put = (kind: StoredRecord['kind'], record: StoredRecord['record']) =>
      db.write({
        put: [
          {
            path: recordPath(kind, record),
            kind,
            sha256: recordHash(record),
            modified: '2025-01-01T00:00:00Z',
            record,
          },
        ],
        delete: [],
      });
    const until = async (ok: () => boolean) => {
      const end = Date.now() + 20_000;
      while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(ok()).toBe(true);
    };
    const colleague = {
      ...(watching.current.body('halsingeradet') as Body),
      id: 'halsinge-kollega',
      name: 'Kollegiet',
    };
    try {
      const handed = new Set<string>();
      watching.parts?.makeElsewhere((bodies) => {
        for (const b of bodies) handed.add(b);
      });
      // Another body of Hälsingerådet's organisation: its leads read Hälsingerådet's meetings.
      await put('body', colleague);
      await until(
        () => watching.current.body(colleague.id) !== undefined && live.current.body(colleague.id) !== undefined,
      );
      handed.clear();
      const meeting = (await db.archive({ bodies: ['halsingeradet'] })).meetingsOf('halsingeradet')[0] as Meeting;
      await put('meeting', { ...meeting, location: 'Överlämnad plats' });
      await until(() => handed.has('halsingeradet'));
      // Both bodies of the organisation, and no body of another.
      expect([...handed].sort()).toEqual(['halsinge-kollega', 'halsingeradet']);
      // A reconnection names no body: every body's may be out of date.
      handed.clear();
      watching.parts?.changed();
      expect([...handed].sort()).toEqual(watching.current.bodies.map((b) => b.id).sort());
    } finally {
      await watching.close();
      await db.write({ put: [], delete: [recordPath('body', colleague)] });
      // The suite's own live archive hears of the deletion later; the next test must not take it for its own change.
      await until(() => live.current.body(colleague.id) === undefined);
    }
  });

  it('announces whether the bodies or programmes changed, and reads them again only then', async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    const notices: unknown[] = [];
    client.on('notification', (m) => notices.push(JSON.parse(m.payload ?? '{}')));
    await client.query(`listen ${CHANGE_CHANNEL}`);
    const told: Archive[] = [];
    const stop = live.subscribe((archive) => told.push(archive));
    try {
      const directory = live.current;
      const file = join(dir, 'meetings', 'halsingeradet', '2023-10-11.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^location: .*$/m, 'location: Tredje platsen'));
      await utimes(file, new Date(), new Date(Date.now() + 240_000));
      await db.sync(dir);
      const end = Date.now() + 20_000;
      while ((notices.length < 1 || told.length < 1) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(notices).toEqual([{ bodies: ['halsingeradet'], directory: false }]);
      expect(told).toEqual([directory]); // told, the bodies and programmes not read again
      expect(live.current).toBe(directory);

      const body = join(dir, 'bodies', 'halsingeradet.yaml');
      await writeFile(body, `${await readFile(body, 'utf8')}\n# ändrad\n`);
      await utimes(body, new Date(), new Date(Date.now() + 240_000));
      await db.sync(dir);
      while ((notices.length < 2 || told.length < 2) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      expect(notices[1]).toEqual({ bodies: ['halsingeradet'] });
      expect(told[1]).not.toBe(directory);
    } finally {
      stop();
      await client.end();
    }
  });

  it("counts a change of a body's records for that body alone, and of records of no body for all", async () => {
    const { bodyVersion } = await import('../../src/postgres/versions.js');
    const versions = async () => Promise.all(['halsingeradet', 'samverkanstid-jh'].map((b) => bodyVersion(db.pool, b)));
    const [a0, b0] = await versions();
    const meeting = (await db.archive({ bodies: ['halsingeradet'] })).meetingsOf('halsingeradet')[0] as Meeting;
    const record = { ...meeting, location: 'Räknad plats' };
    const put = (path: string, kind: StoredRecord['kind'], r: StoredRecord['record']) =>
      db.write({
        put: [{ path, kind, sha256: recordHash(r), modified: '2025-01-01T00:00:00Z', record: r }],
        delete: [],
      });
    await put(recordPath('meeting', record), 'meeting', record);
    const [a1, b1] = await versions();
    expect(a1).not.toBe(a0);
    expect(b1).toBe(b0);
    // A programme's file names no body: every body's count moves.
    const programme = (await db.archive({ bodies: ['halsingeradet'] })).programmes[0];
    if (!programme) throw new Error('the sample has no programme');
    await put(recordPath('programme', programme), 'programme', programme);
    const [a2, b2] = await versions();
    expect(a2).not.toBe(a1);
    expect(b2).not.toBe(b1);
  });

  it("judges a meeting's assignments as the whole archive does, reading only the meetings in their cases", async () => {
    const whole0 = await db.archive();
    const ref = whole0.paragraphs.find((r) => r.body.id === 'halsingeradet' && r.paragraph.assignments.length > 0);
    if (!ref?.meeting.date) throw new Error('the sample has no assignment of Hälsingerådet');
    // The assignment's paragraph given a case number, and another body of the same organisation
    // handling that case later: that reports the assignment back.
    const given = {
      ...ref.meeting,
      paragraphs: ref.meeting.paragraphs.map((p) => (p === ref.paragraph ? { ...p, caseNumber: 'HR 2024/99' } : p)),
    };
    const body = { ...ref.body, id: 'halsinge-au', name: 'Hälsingerådets arbetsutskott' };
    const later: Meeting = {
      ...ref.meeting,
      id: 'uppfoljning',
      body: body.id,
      date: new Date(Date.parse(`${ref.meeting.date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      kind: 'minutes',
      status: 'held',
      paragraphs: [{ ...ref.paragraph, caseNumber: 'HR 2024/99', assignments: [], title: 'Återrapport' }],
    };
    const stored = (record: StoredRecord['record'], kind: StoredRecord['kind']): StoredRecord => ({
      path: recordPath(kind, record),
      kind,
      sha256: recordHash(record),
      modified: '2025-01-01T00:00:00Z',
      record,
    });
    const records: StoredRecord[] = [stored(body, 'body'), stored(later, 'meeting')];
    await db.write({ put: [...records, stored(given, 'meeting')], delete: [] });
    const line = (a: Archive) => standings(a, 'halsingeradet', TODAY).filter((l) => l.startsWith(`${ref.meeting.id}§`));
    /** The meeting as a process that has read nothing yet serves its page. */
    const page = async (check?: (scope: Archive) => void) => {
      const fresh = await openLiveDatabase(test.url, { perBody: true, watch: false });
      try {
        const scope = await fresh.parts?.meeting('halsingeradet', ref.meeting.id);
        if (!scope) throw new Error('no meeting');
        check?.(scope);
        return line(scope);
      } finally {
        await fresh.close();
      }
    };
    try {
      const whole = await db.archive();
      expect(line(whole).some((l) => l.includes('halsinge-au/uppfoljning'))).toBe(true);
      // The first page reads the body's records and the meetings in its cases alone (the leads are
      // made after it, where `makeElsewhere` says); the pass makes the leads, as the viewer's does.
      const handed: string[] = [];
      const elsewhere = await openLiveDatabase(test.url, { perBody: true, watch: false });
      try {
        elsewhere.parts?.makeElsewhere((bodies) => handed.push(...bodies));
        const scope = await elsewhere.parts?.meeting('halsingeradet', ref.meeting.id);
        expect(scope && line(scope)).toEqual(line(whole));
        expect(handed).toEqual(['halsingeradet']);
      } finally {
        await elsewhere.close();
      }
      expect(await page()).toEqual(line(whole));
      const pass = await openLiveDatabase(test.url, { perBody: true, watch: false });
      try {
        const once = await pass.parts?.prepare(['halsingeradet', 'no-such-body'], () => false);
        // The body's leads are kept after the pass: made by it, or already by the page before, whose process
        // makes them after its answer and may finish before it closes (a quiet machine); no such body, none.
        expect((once?.made ?? 0) + (once?.kept ?? 0)).toBe(1);
      } finally {
        await pass.close();
      }
      // The next process reads the meeting and the meetings its leads name, and judges the same.
      expect(
        await page((scope) => {
          expect(scope.meetingsOf('halsingeradet').length).toBeLessThan(whole.meetingsOf('halsingeradet').length);
          expect(scope.meetingsOf('halsinge-au').map((m) => m.id)).toEqual(['uppfoljning']);
        }),
      ).toEqual(line(whole));
      // The assignment rows, edited by hand, say nothing needs judging: the record decides, and the
      // page still judges from what it needs.
      await db.pool.query("update assignments set status = 'reported' where body = $1 and meeting = $2", [
        'halsingeradet',
        ref.meeting.id,
      ]);
      expect(await page()).toEqual(line(whole));
      // The report-back deleted: the kept leads no longer stand for the records, and are not used.
      await db.write({ put: [], delete: [records[1]?.path ?? ''] });
      const without = await db.archive();
      expect(line(without).some((l) => l.includes('halsinge-au/uppfoljning'))).toBe(false);
      expect(await page()).toEqual(line(without));
      expect(await page()).toEqual(line(without));
    } finally {
      await db.write({ put: [stored(ref.meeting, 'meeting')], delete: records.map((r) => r.path) });
    }
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
