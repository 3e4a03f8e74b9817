import type pg from 'pg';
import type { Meeting } from '../model/meeting.js';

/**
 * What the start page counts (meetings per body and year, paragraphs and decisions), kept on write in
 * `meeting_counts` (migration 5): counting a national archive's rows took seconds after every change.
 * Each write adds what it puts and takes away what it deletes, in its own transaction.
 */

/** The year an undated meeting is counted under (no meeting is held in year 0). */
const UNDATED = 0;

/** One body's and year's change of counts. */
interface Delta {
  body: string;
  year: number;
  minutes: number;
  agendas: number;
  paragraphs: number;
  decisions: number;
}

/** The changes of one write, by body and year. */
export type CountDeltas = Map<string, Delta>;

function deltaOf(deltas: CountDeltas, body: string, year: number): Delta {
  const key = `${body}\u0000${year}`;
  let delta = deltas.get(key);
  if (!delta) {
    delta = { body, year, minutes: 0, agendas: 0, paragraphs: 0, decisions: 0 };
    deltas.set(key, delta);
  }
  return delta;
}

/** Counts a meeting record the write puts (as its rows are made: one per paragraph and decision). */
export function countMeeting(deltas: CountDeltas, meeting: Meeting): void {
  const delta = deltaOf(deltas, meeting.body, meeting.date ? Number(meeting.date.slice(0, 4)) : UNDATED);
  if (meeting.kind === 'agenda') delta.agendas++;
  else delta.minutes++;
  delta.paragraphs += meeting.paragraphs.length;
  for (const p of meeting.paragraphs) delta.decisions += p.decisions.length;
}

/** Takes away what the meetings stored at `paths` count, before the write deletes them. */
export async function uncountStored(
  client: pg.PoolClient,
  deltas: CountDeltas,
  paths: readonly string[],
): Promise<void> {
  const { rows } = await client.query<{
    body: string;
    year: number;
    minutes: number;
    agendas: number;
    paragraphs: string;
    decisions: string;
  }>(
    `select m.body, coalesce(extract(year from m.date)::int, ${UNDATED}) as year,
            (count(*) filter (where m.kind <> 'agenda'))::int as minutes,
            (count(*) filter (where m.kind = 'agenda'))::int as agendas,
            coalesce(sum((select count(*) from paragraphs p where p.body = m.body and p.meeting = m.id)), 0) as paragraphs,
            coalesce(sum((select count(*) from decisions d where d.body = m.body and d.meeting = m.id)), 0) as decisions
       from meetings m where m.source = any($1::text[]) group by 1, 2`,
    [paths],
  );
  for (const r of rows) {
    const delta = deltaOf(deltas, r.body, r.year);
    delta.minutes -= r.minutes;
    delta.agendas -= r.agendas;
    delta.paragraphs -= Number(r.paragraphs);
    delta.decisions -= Number(r.decisions);
  }
}

/** Adds a write's changes to the kept counts, in one order (two writers never wait for each other in a circle). */
export async function applyCounts(client: pg.PoolClient, deltas: CountDeltas): Promise<void> {
  const list = [...deltas.values()]
    .filter((d) => d.minutes || d.agendas || d.paragraphs || d.decisions)
    .sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : a.year - b.year));
  if (list.length === 0) return;
  await client.query(
    `insert into meeting_counts (body, year, minutes, agendas, paragraphs, decisions)
       select * from unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::bigint[], $6::bigint[])
       on conflict (body, year) do update set
         minutes = meeting_counts.minutes + excluded.minutes,
         agendas = meeting_counts.agendas + excluded.agendas,
         paragraphs = meeting_counts.paragraphs + excluded.paragraphs,
         decisions = meeting_counts.decisions + excluded.decisions`,
    [
      list.map((d) => d.body),
      list.map((d) => d.year),
      list.map((d) => d.minutes),
      list.map((d) => d.agendas),
      list.map((d) => d.paragraphs),
      list.map((d) => d.decisions),
    ],
  );
}

/** The kept counts: the whole archive's, and each body's meetings per year (`year` null: undated). */
export async function readCounts(pool: pg.Pool): Promise<{
  meetings: number;
  paragraphs: number;
  decisions: number;
  years: { body: string; year: number | null; minutes: number; agendas: number }[];
}> {
  // One short row per body ("year:minutes:agendas,…"): a national archive has 100,000 body-years, and
  // as rows of their own they cost the driver most of a second to read.
  const [totals, perBody] = await Promise.all([
    pool.query<{ meetings: string; paragraphs: string; decisions: string }>(
      `select coalesce(sum(minutes + agendas), 0) as meetings, coalesce(sum(paragraphs), 0) as paragraphs,
              coalesce(sum(decisions), 0) as decisions from meeting_counts`,
    ),
    pool.query<{ body: string; years: string }>(
      `select body, string_agg(year || ':' || minutes || ':' || agendas, ',') as years
         from meeting_counts where minutes + agendas > 0 group by body`,
    ),
  ]);
  const years = [];
  for (const r of perBody.rows)
    for (const entry of r.years.split(',')) {
      const [year, minutes, agendas] = entry.split(':').map(Number) as [number, number, number];
      years.push({ body: r.body, year: year === UNDATED ? null : year, minutes, agendas });
    }
  const t = totals.rows[0];
  return {
    meetings: Number(t?.meetings ?? 0),
    paragraphs: Number(t?.paragraphs ?? 0),
    decisions: Number(t?.decisions ?? 0),
    years,
  };
}
