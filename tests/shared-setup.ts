import { missingPostgres, TEST_DATABASE_URL } from './postgres.js';
import { hasShared, missingShared, type SharedPart } from './shared.js';

/**
 * Vitest global setup: one line per package run when `../shared` is not beside the repository, so a
 * plain clone's test output says what it skipped and why (`--reporter verbose` names each test).
 */
export default function setup(): void {
  if (!TEST_DATABASE_URL) process.stdout.write(`skipping the PostgreSQL tests: ${missingPostgres}\n`);
  const missing = (['seeds', 'corpus'] as SharedPart[]).filter((part) => !hasShared(part));
  if (missing.length === 0) return;
  process.stdout.write(
    `skipping the tests that read ${missing.map((p) => `../shared/${p}`).join(' and ')}: ${missingShared(missing[0] as SharedPart).replace(/^needs \S+, /, '')}\n`,
  );
}
