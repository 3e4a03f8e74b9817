import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/boundaries/', import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Runs dependency-cruiser with the repository's own rules and returns what it reports. */
async function cruise(cwd: string, ...paths: string[]): Promise<Violation[]> {
  const args = [...paths, '--config', `${repo}.dependency-cruiser.cjs`, '--output-type', 'json'];
  const { stdout } = await promisify(execFile)(`${repo}node_modules/.bin/depcruise`, args, {
    cwd,
    maxBuffer: 64 << 20,
  }).catch((e: { stdout: string }) => e);
  return (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the dependency rule between packages', () => {
  it('holds in the repository: apps use core only through its public entries', async () => {
    expect(await cruise(repo, 'packages', 'apps')).toEqual([]);
  }, 60_000);

  it('catches each forbidden dependency: between apps, into core, between the stages of core', async () => {
    const found = (await cruise(fixture, 'apps', 'packages')).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual([
      'app-decides-dates: apps/web/src/status.ts → luxon',
      'app-imports-core-internals: apps/web/src/page.ts → packages/core/src/model/meeting.ts',
      'app-imports-other-app: apps/web/src/page.ts → apps/cli/src/io.ts',
      'core-imports-app: packages/core/src/index.ts → apps/cli/src/io.ts',
      'core-main-entry-uses-node: packages/core/src/model/meeting.ts → fs',
      'not-to-unresolvable: apps/web/src/status.ts → luxon',
      'parse-imports-archive: packages/core/src/parse/header.ts → packages/core/src/archive/archive.ts',
      'read-imports-parse: packages/core/src/read/pdf.ts → packages/core/src/parse/header.ts',
      'report-imports-parse: packages/core/src/report/case.ts → packages/core/src/parse/dates.ts',
    ]);
  }, 60_000);
});
