import type pg from 'pg';

/** The row counting the changes of records that belong to no body (a programme of no body). */
const NO_BODY = '';

/**
 * Counts one more change of `bodies`' records (and, with `all`, of records of no body or of too many to
 * name), in the open transaction of a write; bodies in one order, so two writers never wait in a circle.
 */
export async function countChanges(client: pg.PoolClient, bodies: readonly string[], all: boolean): Promise<void> {
  const names = [...new Set([...bodies, ...(all ? [NO_BODY] : [])])].sort();
  if (names.length === 0) return;
  await client.query(
    `insert into body_versions (body, version) select unnest($1::text[]), 1
       on conflict (body) do update set version = body_versions.version + 1`,
    [names],
  );
  // Too many to name: every body may have changed.
  if (all) await client.query('update body_versions set version = version + 1 where body <> all($1::text[])', [names]);
}

/**
 * A body's own records as of now, as one short stamp: its count of changes and that of records of no
 * body. Equal stamps mean no write touched them in between (a change of records of other bodies, which
 * a body's own feed does not show, leaves it as it was).
 */
export async function bodyVersion(pool: pg.Pool, body: string): Promise<string> {
  const { rows } = await pool.query<{ body: string; version: string }>({
    name: 'sammantrade-body-version',
    text: 'select body, version from body_versions where body = any(array[$1::text, $2::text])',
    values: [body, NO_BODY],
  });
  const of = (b: string) => rows.find((r) => r.body === b)?.version ?? '0';
  return `v${of(NO_BODY)}.${of(body)}`;
}
