import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';
import { inEnglish } from './helpers.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sample = join(repo, 'examples/samverkan');

async function cli(...argv: string[]) {
  const io = bufferIo();
  const code = await run(inEnglish(argv), io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

async function archive(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sammantrade-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

const body = 'id: gns\nname: Gemensam nämnd för samverkan\n';

describe('sammantrade validate', () => {
  it('passes the bundled sample archive', async () => {
    const { code, stdout, stderr } = await cli('validate', sample);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/files checked, 0 errors/);
  });

  it('prints one line per problem with file and line, exits 1, no stack trace', async () => {
    const dir = await archive({
      'bodies/gns.yaml': body,
      'meetings/gns/2021-02-08.yaml': [
        'id: 2021-02-08',
        'body: gns',
        'kind: minutes',
        'date: 2021-02-30',
        'status: held',
        'participants:',
        '  - name: Robert Hamberg',
        '    roles: [ordförande]',
        '  - roles: [member]',
        '',
      ].join('\n'),
      'schedules/gns/2021.yaml': 'body: gns\nyear: 2021\nstatus: [decided\n',
    });
    const { code, stderr } = await cli('validate', dir);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `${dir}/meetings/gns/2021-02-08.yaml:4: error: date: not a date (YYYY-MM-DD): "2021-02-30"`,
      expect.stringMatching(
        new RegExp(
          `^${dir}/meetings/gns/2021-02-08.yaml:8: error: participants\\[0\\].roles\\[0\\]: "ordförande" is not one of`,
        ),
      ),
      `${dir}/meetings/gns/2021-02-08.yaml:9: error: missing field "participants[1].name"`,
      expect.stringMatching(new RegExp(`^${dir}/schedules/gns/2021.yaml:\\d+: error: YAML: `)),
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says so in one line when the archive is not there', async () => {
    const { code, stderr } = await cli('validate', '/nonexistent/archive');
    expect(code).toBe(1);
    expect(stderr).toBe('sammantrade: /nonexistent/archive: no such archive folder\n');
  });
});

describe('sammantrade show', () => {
  it('summarises the sample archive: bodies, meetings per year, open assignments', async () => {
    const { code, stdout } = await cli('show', sample);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Hälsingerådet \(halsingeradet\)$/m);
    expect(stdout).toMatch(/^ {2}2023: 1 protokoll$/m);
    expect(stdout).toMatch(/sammanträdesplan 2024: 6 möten \(beslutad\)/);
    expect(stdout).toMatch(/sammanträdesplan 2021: 4 möten \(förslag\)/);
    expect(stdout).toMatch(/^Öppna uppdrag \(\d+\)$/m);
    expect(stdout).toMatch(/19 januari \(år okänt\)/);
  });

  it('refuses an invalid archive with its problems', async () => {
    const dir = await archive({ 'bodies/gns.yaml': 'id: gns\n' });
    const { code, stderr } = await cli('show', dir);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${dir}/bodies/gns.yaml:1: error: missing field "name"\nsammantrade: ${dir}: the archive has 1 error\n`,
    );
  });

  it('prints JSON for other tools', async () => {
    const { stdout } = await cli('show', sample, '--json');
    const summary = JSON.parse(stdout);
    expect(summary.bodies.map((b: { id: string }) => b.id)).toContain('halsingeradet');
  });
});

describe('usage', () => {
  it('documents the exit codes in --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/validate.*\n.*show/s);
    expect(stdout).toMatch(/Exit codes:\n {2}0 {2}everything is fine\n {2}1 {2}problems found/);
    const sub = await cli('validate', '--help');
    expect(sub.stdout).toMatch(/Usage: sammantrade validate \[options\] <archive>/);
    expect(sub.stdout).toMatch(/Exit codes:/);
  });

  it('exits 2 on an unknown command, a missing argument and no arguments', async () => {
    expect((await cli('bogus')).code).toBe(2);
    expect((await cli('validate')).code).toBe(2);
    expect((await cli()).code).toBe(2);
  });
});

describe('sammantrade schema', () => {
  it('writes the JSON Schemas into the archive', async () => {
    const dir = await archive({});
    expect((await cli('schema', dir)).code).toBe(0);
    expect(await readdir(join(dir, 'schema'))).toHaveLength(4);
  });

  it("keeps the sample archive's schemas current (run sammantrade schema examples/samverkan)", async () => {
    const dir = await archive({});
    await cli('schema', dir);
    for (const file of await readdir(join(sample, 'schema'))) {
      expect(await readFile(join(sample, 'schema', file), 'utf8')).toBe(
        await readFile(join(dir, 'schema', file), 'utf8'),
      );
    }
  });
});

describe('the built binary', () => {
  it('runs from the repository root as pnpm -s sammantrade does', async () => {
    const { stdout } = await promisify(execFile)('node', [
      join(repo, 'apps/cli/bin/sammantrade.js'),
      'validate',
      sample,
    ]);
    // Swedish by default.
    expect(stdout).toMatch(/filer kontrollerade, 0 fel, /);
    const failed = await promisify(execFile)('node', [
      join(repo, 'apps/cli/bin/sammantrade.js'),
      'show',
      '/nonexistent',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: 'sammantrade: /nonexistent: arkivmappen finns inte\n' });
  }, 120_000); // two Node processes: seconds, or more, on a busy 2-core machine
});
