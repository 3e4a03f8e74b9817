import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkArchive, recoverImport } from '@sammantrade/core/node';
import { describe, expect, it } from 'vitest';
import { files, tempDir } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/sammantrade.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../../packages/core/test/fixtures/asbygden-utan-datum.txt', import.meta.url));
const DOCUMENTS = 8;

/** Documents of one body, each with its own §§ (12–15, 22–25 …), in a folder of their own. */
async function documents(): Promise<string> {
  const dir = await tempDir('sammantrade-docs-');
  const text = await readFile(FIXTURE, 'utf8');
  for (let i = 0; i < DOCUMENTS; i++) {
    const shift = (n: string) => String(Number(n) + i * 10);
    const doc = text
      .replace(/§§ (\d+)–(\d+)/, (_m, a, b) => `§§ ${shift(a)}–${shift(b)}`)
      .replace(/^§ (\d+)/gm, (_m, n) => `§ ${shift(n)}`);
    await writeFile(join(dir, `protokoll-${String(i).padStart(2, '0')}.txt`), doc);
  }
  return dir;
}

const importArgs = (docs: string, into: string) => [
  BIN,
  'import',
  docs,
  '--into',
  into,
  '--body',
  'Åsbygdens samverkansråd',
];

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ? null : code)));

/** Each meeting record with its original, or neither: what a reader of the archive may find. */
async function pairs(archive: string): Promise<{ records: string[]; originals: string[]; stray: string[] }> {
  const folder = join(archive, 'meetings/asbygdens-samverkansrad');
  const names = await readdir(folder).catch(() => [] as string[]);
  return {
    records: names
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -5))
      .sort(),
    originals: names
      .filter((n) => n.endsWith('.txt'))
      .map((n) => n.slice(0, -4))
      .sort(),
    stray: names.filter((n) => n.startsWith('.')),
  };
}

describe('imports that lose nothing, as real processes', () => {
  it('a kill -9 at any point of an import leaves each document nothing or both files, and a re-run succeeds', async () => {
    const docs = await documents();
    // How long a whole run takes here, so the kills land anywhere in it: start-up, reading, writing.
    // The shorter of two runs (the first also warms the disk and the compile cache; a burst of load on a
    // busy machine lengthens one), so that kills spread over it land inside the later runs too.
    let span = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) {
      const timing = await tempDir();
      const started = Date.now();
      expect(await exited(spawn('node', importArgs(docs, timing), { stdio: 'ignore' }))).toBe(0);
      span = Math.min(span, Date.now() - started);
    }
    // Eight kills that land in a running import, spread from its very start to its very end. A run the
    // kill came too late for (it had finished: the machine was faster than when timed) is checked all
    // the same, and shortens the span the next kills are spread over.
    const wanted = 8;
    let interrupted = 0;
    for (let run = 0; interrupted < wanted && run < 3 * wanted; run++) {
      const archive = join(await tempDir(), 'arkiv');
      await mkdir(archive);
      const started = Date.now();
      const child = spawn('node', importArgs(docs, archive), { stdio: 'ignore' });
      const done = exited(child);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.floor(((interrupted + Math.random()) / wanted) * span * 0.9)),
      );
      child.kill('SIGKILL');
      if ((await done) === null) interrupted++;
      else span = Math.min(span, Date.now() - started);
      // What the crash left is finished or undone, as the next import would do first.
      await recoverImport(archive);
      const left = await pairs(archive);
      expect(left.records).toEqual(left.originals);
      expect(left.stray).toEqual([]);
      expect((await checkArchive(archive)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // The same import again completes it.
      expect(await exited(spawn('node', importArgs(docs, archive), { stdio: 'ignore' }))).toBe(0);
      const after = await pairs(archive);
      expect(after.records).toHaveLength(DOCUMENTS);
      expect(after.records).toEqual(after.originals);
    }
    // The kills must have hit running imports, or the test proves nothing.
    expect(interrupted).toBe(wanted);
  }, 600_000);

  it('serialises imports running at once into one new body: every one succeeds', async () => {
    const docs = await documents();
    const archive = await tempDir();
    const names = (await readdir(docs)).sort();
    const results = await Promise.all(
      names.map((name) =>
        promisify(execFile)('node', importArgs(join(docs, name), archive)).then(
          () => 0,
          (e: { code?: number; stderr?: string }) => e.stderr ?? e.code,
        ),
      ),
    );
    expect(results).toEqual(names.map(() => 0));
    const { archive: loaded } = await checkArchive(archive);
    expect(loaded?.meetings).toHaveLength(DOCUMENTS);
    // No lock or journal is left behind.
    expect((await files(archive)).filter((f) => /^\.sammantrade\/import/.test(f))).toEqual([]);
  }, 300_000);
});
