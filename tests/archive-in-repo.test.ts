import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../', import.meta.url));
const run = (file: string, args: string[]) =>
  promisify(execFile)(file, args, { cwd: repo }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

// The README imports into `my-archive` inside the repository: the cache Sammanträde keeps beside it
// (.sammantrade/, minified JSON) made `pnpm lint`, and so `pnpm test`, fail.
describe('an archive inside the repository', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has its .sammantrade/ ignored by git and by the linters', async () => {
    dir = await mkdtemp(join(repo, 'my-archive-'));
    await mkdir(join(dir, '.sammantrade'));
    await writeFile(join(dir, '.sammantrade', 'archive-cache.json'), '{"version":1,   "files":{}}');
    await writeFile(join(dir, '.sammantrade', 'calendar-state.json'), '{\n "x": {"sequence":0}}\n');
    await writeFile(join(dir, 'notes.json'), '{ "a": 1 }\n'); // a file biome does check, so it has work to do
    const ignored = await run('git', ['check-ignore', join(dir, '.sammantrade', 'archive-cache.json')]);
    expect(ignored.code).toBe(0);
    const lint = await run(`${repo}node_modules/.bin/biome`, ['check', dir]);
    expect(lint.out).toMatch(/Checked 1 file/);
    expect(lint.code).toBe(0);
  }, 60_000);
});
