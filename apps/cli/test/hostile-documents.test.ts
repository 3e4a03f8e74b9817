import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compressedPdf, manyPagesPdf, type3Pdf, zipBombDocx } from '../../../bench/hostile-files.mjs';
import { tempDir } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/sammantrade.js', import.meta.url));
const MAXRSS = fileURLToPath(new URL('../../../tests/maxrss.mjs', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../packages/core/test/fixtures/', import.meta.url));

/** Runs the built CLI as its own process; returns its output and its peak memory in MB. */
function sammantrade(args: string[], dir: string) {
  const rss = join(dir, 'maxrss');
  return new Promise<{ code: number; stdout: string; stderr: string; peakMb: number }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', MAXRSS, BIN, ...args, '--lang', 'en'],
      { env: { ...process.env, MAXRSS_FILE: rss }, maxBuffer: 16 << 20 },
      async (error, stdout, stderr) => {
        const peakMb = Number((await readFile(rss, 'utf8')).split(' ')[0]) / 1024;
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr, peakMb });
      },
    );
  });
}

describe('a folder import with hostile documents among good ones', () => {
  it('refuses each hostile file with one line, imports every good one after it, in bounded memory', async () => {
    const dir = await tempDir();
    const docs = join(dir, 'protokoll');
    await mkdir(docs);
    await writeFile(join(docs, 'a1-bomb.docx'), await zipBombDocx());
    await copyFile(join(FIXTURES, 'norrdal-protokoll.txt'), join(docs, 'a2-norrdal.txt'));
    await writeFile(join(docs, 'b1-pages.pdf'), manyPagesPdf());
    await copyFile(join(FIXTURES, 'granskog-kallelse.txt'), join(docs, 'b2-granskog.txt'));
    await writeFile(join(docs, 'c1-type3.pdf'), type3Pdf());
    await copyFile(join(FIXTURES, 'read/ljusnan-protokoll.pdf'), join(docs, 'c2-ljusnan.pdf'));
    await writeFile(join(docs, 'd1-compressed.pdf'), compressedPdf());
    await copyFile(join(FIXTURES, 'dalaradet-protokoll.md'), join(docs, 'd2-dalaradet.md'));

    const { code, stdout, stderr, peakMb } = await sammantrade(['import', docs, '--into', join(dir, 'archive')], dir);
    expect(code).toBe(1);
    const refused = stderr.trimEnd().split('\n');
    expect(refused).toHaveLength(4);
    expect(refused[0]).toMatch(
      /a1-bomb\.docx: word\/document\.xml in the Word document unpacks to .* the limit is 64\.0 MB per part$/,
    );
    expect(refused[1]).toMatch(/b1-pages\.pdf: the PDF has 50000 pages; the limit is 2000$/);
    expect(refused[2]).toMatch(
      /c1-type3\.pdf: (reading page 1 of the PDF took over 3 s|reading the PDF needs over 256 MB)/,
    );
    expect(refused[3]).toMatch(
      /d1-compressed\.pdf: (reading page 1 of the PDF took over 3 s|reading the PDF needs over 256 MB)/,
    );
    for (const good of ['a2-norrdal.txt', 'b2-granskog.txt', 'c2-ljusnan.pdf', 'd2-dalaradet.md'])
      expect(stdout).toMatch(new RegExp(`^${good.replace('.', '\\.')}: `, 'm'));
    expect(stdout).toMatch(/4 of 8 documents imported/);
    expect(peakMb).toBeLessThan(500);
  }, 300_000);
});
