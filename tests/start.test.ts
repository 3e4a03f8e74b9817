import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MEETING = 'meetings/halsingeradet/2023-10-11.yaml';

/** Waits (up to 90 s: two servers start on a busy machine) until `check` holds, then asserts it. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 900; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await check(), what).toBe(true);
}

describe('pnpm start: the feed and the viewer over one watched archive', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('shows an edit by rename, then in place, then a deletion, in the feed and in the viewer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-start-'));
    await cp(join(ROOT, 'examples/samverkan'), dir, {
      recursive: true,
      filter: (src) => !src.includes('.sammantrade'),
    });
    child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
      env: { ...process.env, SAMMANTRADE_ARCHIVE: dir, FEED_PORT: '0', WEB_PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += String(d);
    });
    child.stderr?.on('data', (d) => {
      output += String(d);
    });
    await until(async () => /Sammanträde visar .* på http/.test(output), `the servers start:\n${output}`);
    const feed = /Kalenderflöden: (http:\/\/[\d.:]+)/.exec(output)?.[1] ?? '';
    const web = /på (http:\/\/[\d.:]+)\//.exec(output)?.[1] ?? '';
    const calendar = async () => (await fetch(`${feed}/calendars/halsingeradet.ics`)).text();
    const page = () => fetch(`${web}/organ/halsingeradet/2023-10-11/`);
    const shows = async (place: string) =>
      (await calendar()).replace(/\r\n /g, '').includes(`LOCATION:${place}`) &&
      (await (await page()).text()).includes(place);
    expect(await shows('Orbaden')).toBe(true);

    const file = join(dir, MEETING);
    const original = await readFile(file, 'utf8');
    // 1. Saved as editors and git do: a new file renamed over the old one.
    await writeFile(`${file}.tmp`, original.replace('location: Orbaden', 'location: Bollnäs stadshus'));
    await rename(`${file}.tmp`, file);
    await until(() => shows('Bollnäs stadshus'), 'the renamed file reaches both');

    // 2. Then written in place: the watch must still hold the file after the rename.
    await writeFile(file, original.replace('location: Orbaden', 'location: Ljusdals kommunhus'));
    await until(() => shows('Ljusdals kommunhus'), 'the edit in place reaches both');

    // 3. Then deleted.
    await rm(file);
    await until(
      async () => (await page()).status === 404 && !(await calendar()).includes('Ljusdals kommunhus'),
      'the deletion reaches both',
    );
    // One watch for both: the archive was read once per change, not once per server.
    expect(output.match(/arkivet har ändrats och visas på nytt/g)?.length).toBeGreaterThanOrEqual(3);
  }, 480_000);
});
