import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/**
 * A real PostgreSQL for the tests: `SAMMANTRADE_TEST_DATABASE_URL` names a server where the tests may
 * create and drop databases (`.ci/run` starts one; `scripts/pg-cluster.sh start DIR` does it by hand).
 * Without it, tests that need PostgreSQL are skipped with one line saying so.
 */
export const TEST_DATABASE_URL = process.env.SAMMANTRADE_TEST_DATABASE_URL || undefined;

/** The one line a skipped test shows. */
export const missingPostgres =
  'needs PostgreSQL: set SAMMANTRADE_TEST_DATABASE_URL (scripts/pg-cluster.sh start DIR prints one; CI sets it)';

/** `describe(title, body)` when a test server is configured; otherwise one skipped test saying why. */
export function describePostgres(title: string, body: () => void): void {
  if (TEST_DATABASE_URL) describe(title, body);
  else describe(title, () => it.skip(missingPostgres, () => {}));
}

/** A fresh, empty database on the test server, and a way to drop it. */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Creates a database of its own for one test file, so files running in parallel never meet. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error(missingPostgres);
  const name = `sammantrade_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
