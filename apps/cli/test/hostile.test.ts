import { execFileSync, spawn } from 'node:child_process';
import { cp, lstat, mkdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { cli, tempDir } from './helpers.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/sammantrade.js', import.meta.url));
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/u;

// Each test here starts the CLI several times, each a Node process of its own: at a load of 20 on a
// 2-core machine that took more than the 30 s the other tests get.
vi.setConfig({ testTimeout: 120_000 });

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
/** A character device of our own (the null device's numbers), where the system allows making one. */
const mknod = (path: string): boolean => {
  try {
    execFileSync('mknod', [path, 'c', '1', '3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('special files as input are refused, not waited on', () => {
  it('refuses a FIFO given to parse and import, with one line, and goes on with the next file', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'protokoll.txt');
    mkfifo(fifo);
    const parsed = await cli(['parse', fifo]);
    expect(parsed).toMatchObject({
      code: 1,
      stderr: `sammantrade: ${fifo}: is a FIFO (named pipe), not a regular file; only regular files are read\n`,
    });
    const good = fileURLToPath(new URL('../../../packages/core/test/fixtures/norrdal-protokoll.txt', import.meta.url));
    const imported = await cli(['import', fifo, good, '--into', join(dir, 'archive')]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/protokoll\.txt: is a FIFO \(named pipe\), not a regular file/);
    expect(imported.stdout).toMatch(/1 of 2 documents imported/);
  });
});

describe('read limits on the command line', () => {
  const pdf = fileURLToPath(
    new URL('../../../packages/core/test/fixtures/read/ljusnan-protokoll.pdf', import.meta.url),
  );

  it('are set with --max-pages, --max-seconds and --max-memory, and checked', async () => {
    const refused = await cli(['parse', pdf, '--max-pages', '1']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^sammantrade: \S+ljusnan-protokoll\.pdf: the PDF has \d+ pages; the limit is 1\n$/);
    const imported = await cli(['import', pdf, '--into', join(await tempDir(), 'archive'), '--max-pages', '1']);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(
      /^sammantrade: \S+ljusnan-protokoll\.pdf: the PDF has \d+ pages; the limit is 1\n$/,
    );
    expect((await cli(['parse', pdf, '--max-pages', '500', '--max-seconds', '60', '--max-memory', '300'])).code).toBe(
      0,
    );
    expect(await cli(['parse', pdf, '--max-memory', 'lots'])).toMatchObject({
      code: 2,
      stderr: 'sammantrade: --max-memory lots: not a positive number\n',
    });
  }, 60_000);
});

describe('--out writes only regular files, --force or not', () => {
  const report = (out: string, ...flags: string[]) =>
    cli(['report', 'decisions', SAMPLE, '--format', 'csv', '--out', out, ...flags]);

  it('refuses a FIFO, a folder and a device, leaving each as it was', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'fifo.csv');
    mkfifo(fifo);
    for (const flags of [[], ['--force']]) {
      const { code, stderr } = await report(fifo, ...flags);
      expect(code).toBe(1);
      expect(stderr).toBe(
        `sammantrade: ${fifo}: is a FIFO (named pipe), not a regular file; only regular files are written\n`,
      );
      expect((await lstat(fifo)).isFIFO()).toBe(true);
    }
    const folder = join(dir, 'folder.csv');
    await mkdir(folder);
    expect((await report(folder, '--force')).stderr).toMatch(/folder\.csv: is a folder, not a regular file/);
    expect((await lstat(folder)).isDirectory()).toBe(true);
    const device = join(dir, 'null.csv');
    if (mknod(device)) {
      const { code, stderr } = await cli(['calendar', SAMPLE, '--out', device, '--force']);
      expect(code).toBe(1);
      expect(stderr).toMatch(/null\.csv: is a character device, not a regular file/);
      expect((await lstat(device)).isCharacterDevice()).toBe(true);
    }
  });

  it('refuses a link to a FIFO, a device or nothing', async () => {
    const dir = await tempDir();
    mkfifo(join(dir, 'fifo'));
    await symlink(join(dir, 'fifo'), join(dir, 'to-fifo.csv'));
    await symlink('/dev/null', join(dir, 'to-null.csv'));
    await symlink(join(dir, 'missing'), join(dir, 'dangling.csv'));
    expect((await report(join(dir, 'to-fifo.csv'), '--force')).stderr).toMatch(
      /to-fifo\.csv: is a symbolic link to a FIFO \(named pipe\); only regular files are written/,
    );
    expect((await report(join(dir, 'to-null.csv'), '--force')).stderr).toMatch(
      /to-null\.csv: is a symbolic link to a character device/,
    );
    expect((await report(join(dir, 'dangling.csv'), '--force')).stderr).toMatch(
      /dangling\.csv: is a symbolic link to nothing/,
    );
    expect((await lstat(join(dir, 'dangling.csv'))).isSymbolicLink()).toBe(true);
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('replaces the file a link points at, atomically, keeping the link; only with --force', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'share'));
    const real = join(dir, 'share', 'beslut.csv');
    await writeFile(real, 'old\n');
    const link = join(dir, 'latest.csv');
    await symlink(real, link);
    const refused = await report(link);
    expect(refused).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/latest\.csv: already exists \(use --force/),
    });
    const before = await stat(real);
    const { code } = await report(link, '--force');
    expect(code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toMatch(/^\uFEFFDate;/);
    expect((await stat(real)).ino).not.toBe(before.ino); // a new file renamed into place, never half written
  });
});

describe('control characters never reach the output', () => {
  /** The sample archive with escape codes, NUL and C1 controls in a paragraph title. */
  async function hostileArchive(): Promise<string> {
    const dir = await tempDir();
    await cp(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.sammantrade') });
    const file = join(dir, 'meetings/halsingeradet/2023-10-11.yaml');
    const text = await readFile(file, 'utf8');
    const changed = text.replace('title: Konvertering av halsingeradet.se', 'title: "Budget\\e[2J\\0 2024\\x9b31m\\r"');
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    return dir;
  }

  it('in tables, Markdown, CSV and HTML, to the terminal or to a file', async () => {
    const dir = await hostileArchive();
    for (const format of ['table', 'md', 'csv', 'html']) {
      const { code, stdout } = await cli(['report', 'decisions', dir, '--format', format]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Budget(\\\[|\[)2J 2024/);
      expect(stdout, format).not.toMatch(CONTROL);
      const out = join(dir, `out.${format}`);
      await cli(['report', 'decisions', dir, '--format', format, '--out', out]);
      expect(await readFile(out, 'utf8'), format).not.toMatch(CONTROL);
    }
    const show = await cli(['show', dir]);
    expect(show.stdout).not.toMatch(CONTROL);
  });

  it('shows file names with their control characters escaped', async () => {
    const dir = await tempDir();
    const name = join(dir, 'evil\u001b[2J\u0007.txt');
    await writeFile(name, new Uint8Array([0x00, 0x01, 0x02]));
    const { code, stderr } = await cli(['parse', name]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `sammantrade: ${join(dir, 'evil\\x1b[2J\\x07.txt')}:1: error: not a text file (it holds NUL bytes)\n`,
    );
    const imported = await cli(['import', name, '--into', join(dir, 'archive')]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toBe(
      `sammantrade: ${join(dir, 'evil\\x1b[2J\\x07.txt')}:1: error: not a text file (it holds NUL bytes)\n`,
    );
  });
});

describe('a closed pipe', () => {
  it('ends the CLI quietly with 141, as for other Unix tools (| head)', async () => {
    const child = spawn(process.execPath, [BIN, 'report', 'decisions', SAMPLE], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before the first line
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(141);
  }, 120_000); // a Node process of its own: seconds, or more, on a busy 2-core machine
});
