import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type Archive, createArchive } from '../archive/archive.js';
import { fault } from '../errors.js';
import { type Body, BodySchema } from '../model/body.js';
import { type Meeting, MeetingSchema } from '../model/meeting.js';
import { type Programme, ProgrammeSchema } from '../model/programme.js';
import { type Schedule, ScheduleSchema } from '../model/schedule.js';

/**
 * A record from the database, validated again as a file would be: a row edited by hand or written by
 * another program cannot put something into the archive the model forbids.
 */
function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  where: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw fault('INVALID', 'stored-record-invalid', {
    file: where,
    path: issue?.path.join('.') || 'record',
    detail: issue?.message ?? 'wrong shape',
  });
}

/** Which part of the database to read; everything by default. */
export interface ReadScope {
  /** Only these bodies, their meetings, schedules and programmes. */
  bodies?: readonly string[];
  /**
   * Only these meetings (ids) of those bodies, with the bodies, their schedules and programmes: what
   * one meeting's page needs, without reading the body's other meetings.
   */
  meetings?: readonly string[];
  /**
   * With `bodies`: also the meetings of other bodies of the same organisation that handled a case in
   * which one of these bodies gave an assignment (with those bodies' own records), since whether an
   * assignment was reported back is judged across bodies. A case number is its organisation's diarium's:
   * the same number in another organisation is another case (in a national archive "KS 2020/45" is in
   * hundreds), so those are not read.
   */
  related?: boolean;
  /**
   * With `related`: only the related meetings in these cases (case keys, see `caseKey`): what judging
   * the assignments of one meeting takes.
   */
  cases?: readonly string[];
  /**
   * With `meetings`: other meetings to read besides (of any body, each with its body's record alone),
   * such as those a meeting's kept follow-up leads name.
   */
  also?: readonly { readonly body: string; readonly meeting: string }[];
  /** Only records of these kinds (a directory of bodies and programmes reads no meetings). */
  kinds?: readonly Kind[];
}

/** What a stored record is. */
export type Kind = 'body' | 'meeting' | 'schedule' | 'programme';
type AnyRecord = Body | Meeting | Schedule | Programme;

const TABLE: Readonly<Record<Kind, string>> = {
  body: 'bodies',
  meeting: 'meetings',
  schedule: 'schedules',
  programme: 'programmes',
};
const SCHEMA: Readonly<Record<Kind, Parameters<typeof parse<AnyRecord>>[0]>> = {
  body: BodySchema,
  meeting: MeetingSchema,
  schedule: ScheduleSchema,
  programme: ProgrammeSchema,
};

/**
 * Records validated once per content (path and SHA-256), kept per pool, the least recently read
 * forgotten first: reads after the first parse only what changed.
 */
interface RecordCache {
  readonly entries: Map<string, { sha256: string; record: AnyRecord }>;
  limit: number;
}
/** Enough for the records of a national archive; past it, the oldest are forgotten (and parsed again when read). */
const CACHE_LIMIT = 2_000_000;
const caches = new WeakMap<pg.Pool, RecordCache>();

function cacheOf(pool: pg.Pool): RecordCache {
  let cache = caches.get(pool);
  if (!cache) {
    cache = { entries: new Map(), limit: CACHE_LIMIT };
    caches.set(pool, cache);
  }
  return cache;
}

/**
 * Keeps at most `limit` validated records for `pool` (a process serving a large archive per body keeps
 * the bodies themselves, and only needs the records of bodies read again after a change).
 */
export function limitRecordCache(pool: pg.Pool, limit: number): void {
  cacheOf(pool).limit = limit;
}

/** A stored record's row in the first step of a read: where it is, its body, hash and change time. */
export interface Listed {
  kind: Kind;
  source: string;
  /** The body the record is of (a body's own id); null for a programme of no body. */
  body: string | null;
  sha256: string;
  modified: Date;
  /** The record as JSON text, when the listing brought it (see {@link listRecords}). */
  record?: string;
}

/**
 * A statement of a few fixed shapes run for every body read: prepared once per connection (named by
 * its text), so PostgreSQL plans it once, not on every read (tens of milliseconds on a large database).
 */
function prepared(text: string): { name: string; text: string } {
  return { name: `sammantrade-${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
}

/** What each archive read was made from (see {@link recordsStamp}). */
const stamps = new WeakMap<Archive, string>();

/**
 * One hash of a read's records (their paths and content hashes, in path order): equal stamps mean the
 * same records, so what was made from them once holds.
 */
export function recordsStamp(rows: readonly Listed[]): string {
  const hash = createHash('sha256');
  for (const r of rows) hash.update(`${r.source}\t${r.sha256}\n`);
  return hash.digest('hex');
}

/** The {@link recordsStamp} of the records an archive was read from; undefined for one not read here. */
export function stampOf(archive: Archive): string | undefined {
  return stamps.get(archive);
}

/**
 * The source row of each of a few records, looked up by its key. Joined plainly, PostgreSQL merges
 * with the `sources` index from its start (it guesses that the few paths asked for sort near it, and
 * body paths do): up to every body's row read for one, 70–120 ms on a national archive. The `offset 0`
 * keeps the subquery apart, so each path is one index lookup.
 */
const SOURCE_OF_EACH = 'cross join lateral (select sha256, modified from sources where path = t.source offset 0) s';

/**
 * The rows of other bodies' meetings in the cases where `bodies` gave assignments, and of those bodies'
 * own records (see {@link ReadScope.related}).
 */
async function relatedRows(pool: pg.Pool, bodies: string[], cases: readonly string[] | null): Promise<Listed[]> {
  const { rows } = await pool.query<Listed>(
    prepared(`with related as (
       select distinct p2.body, p2.meeting
         from paragraphs p1
         join assignments a on a.body = p1.body and a.meeting = p1.meeting and a.paragraph = p1.ordinal
         join bodies b1 on b1.id = p1.body
         join paragraphs p2 on p2.case_key = p1.case_key and not p2.body = any($1::text[])
         join bodies b2 on b2.id = p2.body and b2.organisation is not distinct from b1.organisation
        where p1.body = any($1::text[]) and p1.case_key is not null
          and ($2::text[] is null or p1.case_key = any($2::text[])))
     select 'meeting' as kind, t.source, t.body, s.sha256, s.modified
       from related r join meetings t on t.body = r.body and t.id = r.meeting ${SOURCE_OF_EACH}
     union all
     select 'body' as kind, t.source, t.id as body, s.sha256, s.modified
       from bodies t ${SOURCE_OF_EACH} where t.id = any(array(select body from related))`),
    [bodies, cases],
  );
  return rows;
}

/**
 * The first step of {@link readArchive}: the paths, bodies and hashes of the records `scope` reads, in
 * path order, from the indexes alone; with `content`, each record's JSON text too.
 */
export async function listRecords(pool: pg.Pool, scope: ReadScope = {}, content = false): Promise<Listed[]> {
  const only = scope.bodies ? [...scope.bodies] : null;
  const meetingIds = only && scope.meetings ? [...scope.meetings] : null;
  const record = content ? ', t.record::text as record' : '';
  const args: unknown[] = only ? [only] : [];
  if (meetingIds) args.push(meetingIds);
  const where = (column: string) => (only ? `where t.${column} = any($1::text[])` : '');
  const list = (kind: Kind, column: string, extra = '') =>
    `select '${kind}' as kind, t.source, t.${column} as body, s.sha256, s.modified${record} from ${TABLE[kind]} t ${only ? SOURCE_OF_EACH : 'join sources s on s.path = t.source'} ${where(column)}${extra}`;
  const parts: [Kind, string][] = [
    ['body', list('body', 'id')],
    ['meeting', list('meeting', 'body', meetingIds ? ' and t.id = any($2::text[])' : '')],
    ['schedule', list('schedule', 'body')],
    ['programme', list('programme', 'body')],
  ];
  // The other meetings asked for besides, and their bodies (those not read already).
  const also = meetingIds ? (scope.also ?? []).filter((m) => !only?.includes(m.body)) : [];
  if (also.length > 0) {
    args.push(
      also.map((m) => m.body),
      also.map((m) => m.meeting),
    );
    parts.push(
      [
        'meeting',
        `select 'meeting' as kind, t.source, t.body, s.sha256, s.modified${record} from meetings t ${SOURCE_OF_EACH}
          where (t.body, t.id) in (select * from unnest($3::text[], $4::text[]))`,
      ],
      [
        'body',
        `select 'body' as kind, t.source, t.id as body, s.sha256, s.modified${record} from bodies t ${SOURCE_OF_EACH}
          where t.id = any($3::text[])`,
      ],
    );
  }
  // The related rows are asked for at the same time, on another connection: one round trip, not two.
  const [{ rows }, related] = await Promise.all([
    pool.query<Listed>(
      prepared(
        parts
          .filter(([kind]) => !scope.kinds || scope.kinds.includes(kind))
          .map(([, sql]) => sql)
          .join(' union all '),
      ),
      args,
    ),
    only && !meetingIds && scope.related ? relatedRows(pool, only, scope.cases ? [...scope.cases] : null) : [],
  ]);
  rows.push(...related);
  rows.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return rows;
}

/**
 * Reads the records of the database (or of some bodies) and indexes them as an {@link Archive}: the
 * same object a YAML folder gives, so every query, report, page and feed is made by the same code.
 * Two steps: the records' paths and hashes (from the indexes), then the content of those the pool has
 * not validated before, so reading a body again, or the whole archive after a change, costs what
 * changed.
 */
export async function readArchive(pool: pg.Pool, scope: ReadScope = {}): Promise<Archive> {
  // A read of some meetings (a page's) is a few records: their content comes with the listing, one
  // round trip, and what the pool validated before is not parsed again.
  const rows = await listRecords(pool, scope, scope.bodies !== undefined && scope.meetings !== undefined);
  const cache = cacheOf(pool);
  // This read's records, held here: the cache may let go of some of them before the read ends.
  const got = new Map<string, AnyRecord>();
  const missing = new Map<Kind, string[]>();
  const keep = (source: string, sha256: string, record: AnyRecord): void => {
    got.set(source, record);
    cache.entries.delete(source);
    cache.entries.set(source, { sha256, record });
  };
  for (const r of rows) {
    const known = cache.entries.get(r.source);
    if (known?.sha256 === r.sha256) {
      got.set(r.source, known.record);
      cache.entries.delete(r.source);
      cache.entries.set(r.source, known); // the most recently used last
      continue;
    }
    if (r.record !== undefined) {
      keep(r.source, r.sha256, parse<AnyRecord>(SCHEMA[r.kind], JSON.parse(r.record), r.source));
      continue;
    }
    const list = missing.get(r.kind) ?? [];
    list.push(r.source);
    missing.set(r.kind, list);
  }
  const hashes = new Map(rows.map((r) => [r.source, r.sha256]));
  await Promise.all(
    [...missing].map(async ([kind, sources]) => {
      const { rows: found } = await pool.query<{ source: string; record: string }>(
        `select source, record::text as record from ${TABLE[kind]} where source = any($1::text[])`,
        [sources],
      );
      for (const r of found) {
        keep(r.source, hashes.get(r.source) ?? '', parse<AnyRecord>(SCHEMA[kind], JSON.parse(r.record), r.source));
      }
    }),
  );
  while (cache.entries.size > cache.limit) {
    const oldest = cache.entries.keys().next().value as string;
    cache.entries.delete(oldest);
  }

  const records = {
    bodies: [] as Body[],
    meetings: [] as Meeting[],
    schedules: [] as Schedule[],
    programmes: [] as Programme[],
  };
  // Where a diagnostic points: the record's path, as the YAML archive would name its file.
  const paths = new WeakMap<object, string>();
  let when = 0;
  for (const r of rows) {
    const record = got.get(r.source);
    if (!record) continue; // deleted between the two steps: the next read will not list it
    paths.set(record, r.source);
    when = Math.max(when, r.modified.getTime());
    if (r.kind === 'body') records.bodies.push(record as Body);
    else if (r.kind === 'meeting') records.meetings.push(record as Meeting);
    else if (r.kind === 'schedule') records.schedules.push(record as Schedule);
    else records.programmes.push(record as Programme);
  }
  const archive = createArchive(records, {
    locate: (record) => {
      const file = paths.get(record);
      return file ? { file, line: 1 } : undefined;
    },
    ...(rows.length > 0 ? { modified: new Date(Math.floor(when / 1000) * 1000).toISOString() } : {}),
  });
  // A record deleted between the two steps is in the rows but not the archive: then it has no stamp.
  if (got.size === rows.length) stamps.set(archive, recordsStamp(rows));
  return archive;
}
