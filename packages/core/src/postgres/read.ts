import type pg from 'pg';
import { type Archive, createArchive } from '../archive/archive.js';
import { SammantradeError } from '../errors.js';
import { type Body, BodySchema } from '../model/body.js';
import { type Meeting, MeetingSchema } from '../model/meeting.js';
import { type Programme, ProgrammeSchema } from '../model/programme.js';
import { type Schedule, ScheduleSchema } from '../model/schedule.js';

/** Which part of the database to read; everything by default. */
export interface ReadScope {
  /** Only these bodies, their meetings, schedules and programmes. */
  bodies?: readonly string[];
}

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
  throw new SammantradeError(
    'INVALID',
    `${where}: the stored record breaks the model (${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'wrong shape'})`,
  );
}

/**
 * Reads the records of the database (or of some bodies) and indexes them as an {@link Archive}: the
 * same object a YAML folder gives, so every query, report, page and feed is made by the same code.
 */
export async function readArchive(pool: pg.Pool, scope: ReadScope = {}): Promise<Archive> {
  const only = scope.bodies ? [...scope.bodies] : null;
  const where = (column: string) => (only ? `where ${column} = any($1::text[])` : '');
  const args = only ? [only] : [];
  const [bodies, meetings, schedules, programmes, modified] = await Promise.all([
    pool.query<{ source: string; record: unknown }>(`select source, record from bodies ${where('id')}`, args),
    pool.query<{ source: string; record: unknown }>(`select source, record from meetings ${where('body')}`, args),
    pool.query<{ source: string; record: unknown }>(`select source, record from schedules ${where('body')}`, args),
    pool.query<{ source: string; record: unknown }>(`select source, record from programmes ${where('body')}`, args),
    pool.query<{ modified: Date | null }>(
      only
        ? `select max(s.modified) as modified from sources s where s.path in (
             select source from bodies where id = any($1::text[]) union all
             select source from meetings where body = any($1::text[]) union all
             select source from schedules where body = any($1::text[]) union all
             select source from programmes where body = any($1::text[]))`
        : 'select max(modified) as modified from sources',
      args,
    ),
  ]);
  const records = {
    bodies: bodies.rows.map((r) => parse<Body>(BodySchema, r.record, r.source)),
    meetings: meetings.rows.map((r) => parse<Meeting>(MeetingSchema, r.record, r.source)),
    schedules: schedules.rows.map((r) => parse<Schedule>(ScheduleSchema, r.record, r.source)),
    programmes: programmes.rows.map((r) => parse<Programme>(ProgrammeSchema, r.record, r.source)),
  };
  const when = modified.rows[0]?.modified;
  // Where a diagnostic points: the record's path, as the YAML archive would name its file.
  const paths = new WeakMap<object, string>();
  for (const [list, rows] of [
    [records.bodies, bodies.rows],
    [records.meetings, meetings.rows],
    [records.schedules, schedules.rows],
    [records.programmes, programmes.rows],
  ] as const)
    list.forEach((record, i) => {
      paths.set(record, (rows[i] as { source: string }).source);
    });
  return createArchive(records, {
    locate: (record) => {
      const file = paths.get(record);
      return file ? { file, line: 1 } : undefined;
    },
    ...(when ? { modified: new Date(Math.floor(when.getTime() / 1000) * 1000).toISOString() } : {}),
  });
}
