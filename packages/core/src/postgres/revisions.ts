import type pg from 'pg';
import type { RevisionState } from '../calendar/revisions.js';
import { inTransaction } from './write.js';

/** Feed processes take turns updating SEQUENCE numbers, so two never give one change two numbers. */
const REVISIONS_LOCK = 7_155_003;

/**
 * Updates the calendar feeds' revision state (SEQUENCE, LAST-MODIFIED per event) in the database:
 * `next` gets the stored state and returns the new one, under a lock shared by every process that
 * serves the database, and the difference is written in the same transaction. With `uids`, only those
 * events' state is read and `next` answers for them alone (one body's feed); the rest stays as it is.
 */
export async function updateRevisions(
  pool: pg.Pool,
  next: (previous: RevisionState) => RevisionState | Promise<RevisionState>,
  uids?: readonly string[],
): Promise<RevisionState> {
  return inTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock($1)', [REVISIONS_LOCK]);
    const { rows } = await client.query<{
      uid: string;
      fingerprint: string;
      sequence: number;
      last_modified: string;
    }>(
      `select uid, fingerprint, sequence, last_modified from calendar_revisions ${uids ? 'where uid = any($1::text[])' : ''} order by uid`,
      uids ? [uids] : [],
    );
    const previous: RevisionState = {};
    for (const r of rows)
      previous[r.uid] = { fingerprint: r.fingerprint, sequence: r.sequence, lastModified: r.last_modified };
    const state = await next(previous);
    const changed = Object.entries(state).filter(([uid, r]) => {
      const p = previous[uid];
      return !p || p.fingerprint !== r.fingerprint || p.sequence !== r.sequence || p.lastModified !== r.lastModified;
    });
    const gone = Object.keys(previous).filter((uid) => !(uid in state));
    if (gone.length > 0) await client.query('delete from calendar_revisions where uid = any($1::text[])', [gone]);
    for (let i = 0; i < changed.length; i += 1000) {
      const batch = changed.slice(i, i + 1000);
      await client.query(
        `insert into calendar_revisions (uid, fingerprint, sequence, last_modified)
         select * from unnest($1::text[], $2::text[], $3::int[], $4::text[])
         on conflict (uid) do update set fingerprint = excluded.fingerprint, sequence = excluded.sequence,
           last_modified = excluded.last_modified`,
        [
          batch.map(([uid]) => uid),
          batch.map(([, r]) => r.fingerprint),
          batch.map(([, r]) => r.sequence),
          batch.map(([, r]) => r.lastModified),
        ],
      );
    }
    return state;
  });
}
