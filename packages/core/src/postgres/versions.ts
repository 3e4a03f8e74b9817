import { createHash } from 'node:crypto';
import type pg from 'pg';

/** The row counting the changes of records that belong to no body (a programme of no body). */
const NO_BODY = '';

/**
 * Counts one more change of `bodies`' records (and, with `noBody`, of records of no body: every body's
 * stamp holds that count, see {@link bodyVersion}), in the open transaction of a write; in one order,
 * so two writers never wait for each other in a circle.
 */
export async function countChanges(client: pg.PoolClient, bodies: readonly string[], noBody: boolean): Promise<void> {
  const names = [...new Set([...bodies, ...(noBody ? [NO_BODY] : [])])].sort();
  if (names.length === 0) return;
  await client.query(
    `insert into body_versions (body, version) select unnest($1::text[]), 1
       on conflict (body) do update set version = body_versions.version + 1`,
    [names],
  );
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

/**
 * The SQL of the records a body's judging reads as of now: the counts of changes of every body named in
 * the JSON text parameter `param` (see {@link peersParameter}: the body's organisation, the only bodies
 * whose meetings count as the same case, see `ReadScope.related`, and the records of no body), as one
 * text. Coarser than the records themselves (a change of any of those bodies makes it another), and one
 * indexed read where listing the related records reads every case. Asked beside other things, so a page
 * asks the database once; {@link organisationStamp} makes it short.
 */
export const organisationCounts = (param: string): string =>
  `select string_agg(body || ':' || version, ',' order by body) from body_versions
    where body in (select jsonb_array_elements_text(${param}::jsonb))`;

/**
 * The parameter {@link organisationCounts} reads: `peers` and the records of no body, as one JSON text
 * (node-postgres writes an array parameter by concatenating it piece by piece: some fifty kilobytes of
 * garbage for an organisation of 200 bodies, on every page).
 */
export const peersParameter = (peers: readonly string[]): string => JSON.stringify([...peers, NO_BODY]);

/** The short stamp of the counts {@link organisationCounts} gave: equal stamps, no write in between. */
export const organisationStamp = (counts: string | null | undefined): string =>
  `o${createHash('sha256')
    .update(counts ?? '')
    .digest('base64url')
    .slice(0, 22)}`;
