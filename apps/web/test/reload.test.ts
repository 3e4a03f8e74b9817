import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

describe('the viewer binary', () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill('SIGTERM'));

  it('shows a change to the archive without a restart, and keeps the last good version on a broken file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-web-'));
    await cp(SAMPLE, dir, { recursive: true });
    child = spawn(process.execPath, [MAIN, '--archive', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout?.on('data', (d) => {
      output += String(d);
    });
    child.stderr?.on('data', (d) => {
      errors += String(d);
    });
    const until = async (check: () => boolean) => {
      // Up to a minute: a busy 2-core machine may take long to start the server or see a change.
      for (let i = 0; i < 1200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(check()).toBe(true);
    };
    await until(() => /http:\/\/[\d.]+:\d+\//.test(output));
    const base = /http:\/\/[\d.]+:\d+/.exec(output)?.[0] ?? '';
    const start = async () => (await fetch(`${base}/`)).text();
    expect(await start()).toContain('Samverkanstid kommuner, Region och Länsstyrelse');

    const body = join(dir, 'bodies/samverkanstid-jh.yaml');
    await writeFile(body, (await readFile(body, 'utf8')).replace(/^name: .*$/m, 'name: Samverkansrådet i länet'));
    await until(() => output.includes('arkivet har ändrats'));
    expect(await start()).toContain('Samverkansrådet i länet');

    await writeFile(body, 'id: samverkanstid-jh\nname: [\n');
    await until(() => errors.includes('den förra versionen visas'));
    expect(await start()).toContain('Samverkansrådet i länet');
  }, 240_000);
});
