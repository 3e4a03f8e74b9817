import type pg from 'pg';
import type { Archive } from '../archive/archive.js';
import type { RevisionState } from '../calendar/revisions.js';
import { caseKey } from '../model/case-key.js';
import type { ArchiveOverview, ArchiveParts, PartOptions } from '../node/live.js';
import { caseSlug } from '../query/cases.js';
import type { BodySummary } from '../query/summary.js';
import { meetingTimeline } from '../query/timeline.js';
import { limitRecordCache, readArchive } from './read.js';
import { updateRevisions } from './revisions.js';

/** How many meetings on each side of the day the overview's timeline is made from (the start page shows 8). */
const TIMELINE = 8;
/** The date of the next meeting a record announces (indexed, see migration 3). */
const NEXT = "(record->'nextMeeting'->>'date')";
/** Validated records kept for reading a body again after a change (only what changed is parsed again). */
const RECORDS_KEPT = 100_000;

/** One body's archive in memory, and what was made from it. */
interface Entry {
  readonly archive: Promise<Archive | undefined>;
  /** Every body whose records the archive holds (its own, and those of related meetings) once read. */
  readonly bodies: Set<string>;
  loaded: boolean;
  readonly derived: Map<string, Promise<unknown>>;
}

/**
 * {@link ArchiveParts} over a database: bodies read when first asked for, the least recently used
 * forgotten past `limit`, and each dropped when a change names it or a body its archive holds records
 * of (see {@link BodyArchives.changed}).
 */
export class BodyArchives implements ArchiveParts {
  private readonly entries = new Map<string, Entry>();
  private readonly overviews = new Map<string, Promise<ArchiveOverview>>();

  constructor(
    private readonly pool: pg.Pool,
    /** The bodies and programmes, in the archive's order (the overview lists the bodies so). */
    private readonly directory: () => Archive,
    private readonly limit = 256,
  ) {
    limitRecordCache(pool, RECORDS_KEPT);
  }

  get cached(): number {
    return this.entries.size;
  }

  body(id: string, options: PartOptions = {}): Promise<Archive | undefined> {
    return this.entry(id, options.related !== false).archive;
  }

  async derived<T>(
    id: string,
    key: string,
    make: (archive: Archive) => T | Promise<T>,
    options: PartOptions = {},
  ): Promise<T | undefined> {
    const entry = this.entry(id, options.related !== false);
    let made = entry.derived.get(key) as Promise<T | undefined> | undefined;
    if (!made) {
      made = entry.archive.then((archive) => (archive ? make(archive) : undefined));
      entry.derived.set(key, made);
      // A failure is not kept: the next request tries again.
      made.catch(() => {
        if (entry.derived.get(key) === made) entry.derived.delete(key);
      });
    }
    return made;
  }

  async case(slugOrNumber: string): Promise<Archive> {
    const key = caseKey(slugOrNumber.replaceAll('~', '/').replaceAll('_', ' '));
    let { rows } = await this.pool.query<{ body: string; case_key: string }>(
      'select distinct body, case_key from paragraphs where case_key = $1',
      [key],
    );
    if (rows.length === 0 && /[-_]/.test(slugOrNumber)) {
      // A slug stands for characters it could not keep ('-') and runs of spaces ('_'): match those loosely, then exactly.
      const pattern = slugOrNumber
        .replace(/[\\%]/g, (c) => `\\${c}`)
        .replaceAll('~', '/')
        .replaceAll('_', '%')
        .replaceAll('-', '_');
      ({ rows } = await this.pool.query<{ body: string; case_key: string }>(
        'select distinct body, case_key from paragraphs where case_key like $1',
        [pattern.toUpperCase()],
      ));
      rows = rows.filter((r) => caseSlug(r.case_key) === slugOrNumber);
    }
    return readArchive(this.pool, { bodies: [...new Set(rows.map((r) => r.body))], related: true });
  }

  overview(today: string): Promise<ArchiveOverview> {
    let made = this.overviews.get(today);
    if (!made) {
      made = this.makeOverview(today);
      this.overviews.clear(); // one day at a time
      this.overviews.set(today, made);
      made.catch(() => {
        if (this.overviews.get(today) === made) this.overviews.delete(today);
      });
    }
    return made;
  }

  updateRevisions(
    uids: readonly string[],
    next: (previous: RevisionState) => RevisionState | Promise<RevisionState>,
  ): Promise<RevisionState> {
    return updateRevisions(this.pool, next, uids);
  }

  /**
   * A change named `bodies` (undefined: it did not say which): their archives, those holding records
   * of them, every read still under way (it may have read before the change) and the overview go.
   */
  changed(bodies?: readonly string[]): void {
    this.overviews.clear();
    const named = bodies ? new Set(bodies) : undefined;
    for (const [id, entry] of this.entries)
      if (!named || !entry.loaded || [...entry.bodies].some((b) => named.has(b))) this.entries.delete(id);
  }

  private entry(id: string, related: boolean): Entry {
    const slot = related ? id : `${id}\u0000own`;
    const known = this.entries.get(slot);
    if (known) {
      this.entries.delete(slot);
      this.entries.set(slot, known); // the most recently used last
      return known;
    }
    const bodies = new Set([id]);
    const entry: Entry = {
      bodies,
      loaded: false,
      derived: new Map(),
      archive: readArchive(this.pool, { bodies: [id], related }).then(
        (archive) => {
          entry.loaded = true;
          if (!archive.body(id)) {
            this.drop(slot, entry); // no such body: nothing to keep
            return undefined;
          }
          for (const b of archive.bodies) bodies.add(b.id);
          return archive;
        },
        (error: unknown) => {
          this.drop(slot, entry);
          throw error;
        },
      ),
    };
    this.entries.set(slot, entry);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  private drop(id: string, entry: Entry): void {
    if (this.entries.get(id) === entry) this.entries.delete(id);
  }

  private async makeOverview(today: string): Promise<ArchiveOverview> {
    const pool = this.pool;
    const [counts, years, upcoming, before] = await Promise.all([
      pool.query<{ meetings: string; paragraphs: string; decisions: string }>(
        `select (select count(*) from meetings) as meetings, (select count(*) from paragraphs) as paragraphs,
                (select count(*) from decisions) as decisions`,
      ),
      pool.query<{ body: string; year: number | null; minutes: number; agendas: number }>(
        `select body, extract(year from date)::int as year, count(*) filter (where kind <> 'agenda')::int as minutes,
                count(*) filter (where kind = 'agenda')::int as agendas
           from meetings group by body, 2`,
      ),
      this.near(today, true),
      this.near(today, false),
    ]);
    const perBody = new Map<string, BodySummary>();
    for (const body of this.directory().bodies)
      perBody.set(body.id, { id: body.id, name: body.name, years: [], undated: 0, schedules: [], programmes: 0 });
    for (const r of years.rows) {
      const summary = perBody.get(r.body);
      if (!summary) continue;
      if (r.year === null) summary.undated += r.minutes + r.agendas;
      else summary.years.push({ year: r.year, minutes: r.minutes, agendas: r.agendas });
    }
    for (const summary of perBody.values()) summary.years.sort((a, b) => a.year - b.year);
    const row = counts.rows[0];
    return {
      bodies: [...perBody.values()],
      meetings: Number(row?.meetings ?? 0),
      paragraphs: Number(row?.paragraphs ?? 0),
      decisions: Number(row?.decisions ?? 0),
      timeline: {
        upcoming: meetingTimeline(upcoming, today, { limit: TIMELINE }).upcoming,
        recent: meetingTimeline(before, today, { limit: TIMELINE }).recent,
      },
    };
  }

  /**
   * The bodies with the meeting days nearest `today` (from it on, or before it), by record, schedule
   * or a record's announcement of the next meeting, with their schedules and every meeting that is or
   * announces a day up to the farthest of those: what the timeline's first entries on that side are
   * made from (see `meetingDays`).
   */
  private async near(today: string, later: boolean): Promise<Archive> {
    const [side, order] = later ? ['>=', 'asc'] : ['<', 'desc'];
    const { rows } = await this.pool.query<{ body: string; date: string }>(
      `select body, date from (
         (select body, date::text as date from meetings where date ${side} $1 order by date ${order} limit $2)
         union all
         (select body, date::text as date from planned_meetings where date ${side} $1 order by date ${order} limit $2)
         union all
         (select body, ${NEXT} as date from meetings where ${NEXT} ${side} $1::text and ${NEXT} like '____-__-__'
           order by ${NEXT} ${order} limit $2)) near
        order by date ${order} limit $2`,
      [today, TIMELINE],
    );
    const bodies = [...new Set(rows.map((r) => r.body))];
    const bound = rows.at(-1)?.date ?? today;
    const [from, to] = later ? [today, bound] : [bound, today];
    const upTo = later ? '<=' : '<';
    const ids = await this.pool.query<{ id: string }>(
      `select id from meetings where body = any($1::text[])
          and ((date >= $2 and date ${upTo} $3) or (${NEXT} >= $2::text and ${NEXT} ${upTo} $3::text))`,
      [bodies, from, to],
    );
    return readArchive(this.pool, {
      bodies,
      meetings: ids.rows.map((r) => r.id),
      kinds: ['body', 'meeting', 'schedule'],
    });
  }
}
