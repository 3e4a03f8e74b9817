import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { files as allFiles, cli, tempDir } from './helpers.js';

const fixtures = fileURLToPath(new URL('../../../packages/core/test/fixtures/read/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);

const temp = () => tempDir('sammantrade-pdf-');
const files = async (dir: string) => (await allFiles(dir)).filter((f) => !f.startsWith('schema/'));

describe('sammantrade parse: PDF and Word', () => {
  it('prints the facts of a PDF with the page of each paragraph', async () => {
    const { code, stdout, stderr } = await cli(['parse', fixture('ljusnan-protokoll.pdf')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('minutes: Ljusnanrådet (769699-0123)');
    expect(stdout).toContain('  § 105 Gemensam e-tjänst för bygglov, p. 2');
  });

  it('gives the same JSON facts for the text, the PDF and the Word file, pages aside', async () => {
    const json = async (name: string) => {
      const { code, stdout } = await cli(['parse', '--json', fixture(name)]);
      expect(code).toBe(0);
      const doc = JSON.parse(stdout);
      return {
        ...doc,
        paragraphs: doc.paragraphs.map(({ page: _, text: __, ...p }: Record<string, unknown>) => p),
        diagnostics: [],
      };
    };
    const text = await json('ljusnan-protokoll.txt');
    const strip = (v: unknown) =>
      JSON.parse(
        JSON.stringify(v)
          .replace(/"line":\d+,?/g, '')
          .replace(/,}/g, '}'),
      );
    expect(strip(await json('ljusnan-protokoll.pdf'))).toEqual(strip(text));
    expect(strip(await json('ljusnan-protokoll.docx'))).toEqual(strip(text));
  });

  it.each([
    ['scanned.pdf', 'has no text layer'],
    ['encrypted.pdf', 'is encrypted'],
    ['truncated.pdf', 'is truncated or damaged'],
    ['image-named.pdf', 'is a PNG image, not a PDF'],
    ['text-named.pdf', 'is not a PDF'],
  ])('refuses %s with one line and exit 1', async (name, what) => {
    const { code, stdout, stderr } = await cli(['parse', fixture(name)]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`sammantrade: ${fixture(name)}: `);
    expect(stderr).toContain(what);
  });
});

describe('sammantrade import: PDF, Word and folders', () => {
  it('imports a PDF with the original beside the meeting, and pages in the record', async () => {
    const dir = await temp();
    const { code, stdout, stderr } = await cli(['import', fixture('ljusnan-protokoll.pdf'), '--into', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ljusnan-protokoll\.pdf: minutes of Ljusnanrådet 2025-03-12, 8 §, 7 people, schedule 2026/);
    expect(await files(dir)).toEqual([
      'bodies/ljusnanradet.yaml',
      'meetings/ljusnanradet/2025-03-12.pdf',
      'meetings/ljusnanradet/2025-03-12.yaml',
      'schedules/ljusnanradet/2026.yaml',
    ]);
    const meeting = await readFile(join(dir, 'meetings/ljusnanradet/2025-03-12.yaml'), 'utf8');
    expect(meeting).toMatch(/format: pdf/);
    expect(meeting).toMatch(/page: 2/);
    expect(await readFile(join(dir, 'meetings/ljusnanradet/2025-03-12.pdf'))).toEqual(
      await readFile(fixture('ljusnan-protokoll.pdf')),
    );
    expect((await cli(['validate', dir])).code).toBe(0);
  });

  it('imports a Word file', async () => {
    const dir = await temp();
    const { code, stderr } = await cli(['import', fixture('ljusnan-protokoll.docx'), '--into', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(await files(dir)).toContain('meetings/ljusnanradet/2025-03-12.docx');
    expect(await readFile(join(dir, 'meetings/ljusnanradet/2025-03-12.yaml'), 'utf8')).toMatch(/format: docx/);
  });

  it('imports a folder of mixed files, reporting each bad one and going on; exit 1 at the end', async () => {
    const input = await temp();
    await mkdir(join(input, 'sub'));
    for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'image-named.pdf'])
      await copyFile(fixture(name), join(input, name));
    await copyFile(fixture('ljusnan-protokoll.pdf'), join(input, 'sub', 'ljusnan-protokoll.pdf'));
    await copyFile(fixture('text-named.pdf'), join(input, 'sub', 'text-named.pdf'));
    const dir = await temp();
    const { code, stdout, stderr } = await cli(['import', input, '--into', dir], true);
    expect(code).toBe(1);
    const errors = stderr
      .split(/\r|\n/)
      .map((l) => l.replaceAll('\x1b[K', ''))
      .filter((l) => l.startsWith('sammantrade:'));
    expect(errors).toHaveLength(5);
    for (const name of ['scanned', 'encrypted', 'truncated', 'image-named', 'text-named'])
      expect(errors.some((e) => e.includes(`${name}.pdf: `))).toBe(true);
    // The progress bar, on a terminal.
    expect(stderr).toContain('6/6');
    expect(stdout).toContain('ljusnan-protokoll.pdf: minutes of Ljusnanrådet');
    expect(stdout).toContain('1 of 6 documents imported');
    // Only the good file's records and original were written.
    expect(await files(dir)).toEqual([
      'bodies/ljusnanradet.yaml',
      'meetings/ljusnanradet/2025-03-12.pdf',
      'meetings/ljusnanradet/2025-03-12.yaml',
      'schedules/ljusnanradet/2026.yaml',
    ]);
  });

  it('draws no progress bar when not on a terminal', async () => {
    const input = await temp();
    for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'image-named.pdf', 'text-named.pdf'])
      await copyFile(fixture(name), join(input, name));
    const dir = await temp();
    const { code, stderr } = await cli(['import', input, '--into', dir]);
    expect(code).toBe(1);
    expect(stderr).not.toContain('[');
    expect(stderr.trimEnd().split('\n')).toHaveLength(5);
    expect(await files(dir)).toEqual([]);
  });
});
