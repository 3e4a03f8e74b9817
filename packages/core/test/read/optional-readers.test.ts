import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The PDF and Word readers' libraries are optional peer dependencies. Installed from its packed
// tarball into an empty folder, core works without them, and reading a PDF or a Word file says in
// one line what to install. Needs the built package (pnpm build) and the npm registry (CI has both);
// locally it skips when dist/ is missing.
const run = promisify(execFile);
const CORE = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/read/', import.meta.url));
const built = await import('node:fs').then((fs) => fs.existsSync(join(CORE, 'dist/read.js')));
const suite = built || process.env.CI ? describe : describe.skip;

const SCRIPT = `
import { readFile } from 'node:fs/promises';
import { parseDocument } from '@sammantrade/core';
import { readDocument } from '@sammantrade/core/read';
const out = { parsed: parseDocument('Protokoll\\n\\n§ 1 Öppnande\\nMötet öppnades.').paragraphs.length };
for (const file of process.argv.slice(2)) {
  try {
    await readDocument(await readFile(file), { file: file.split('/').pop() });
    out[file.split('.').pop()] = 'read';
  } catch (error) {
    out[file.split('.').pop()] = { code: error.code, message: error.message };
  }
}
console.log(JSON.stringify(out));
`;

suite(`core installed without its optional readers${built ? '' : ' (skipped: run pnpm build in packages/core first)'}`, {
  timeout: 300_000,
}, () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loads, parses, and says in one line what to install for PDF and Word', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sammantrade-light-'));
    const { stdout: packed } = await run('pnpm', ['pack', '--pack-destination', dir], { cwd: CORE });
    const tarball = packed.trim().split('\n').pop() as string;
    await writeFile(join(dir, 'package.json'), '{"name":"light","private":true,"type":"module"}');
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], {
      cwd: dir,
    });
    await writeFile(join(dir, 'try.mjs'), SCRIPT);
    const { stdout } = await run(
      'node',
      ['try.mjs', join(FIXTURES, 'ljusnan-protokoll.pdf'), join(FIXTURES, 'ljusnan-protokoll.docx')],
      { cwd: dir },
    );
    const out = JSON.parse(stdout) as Record<string, { code: string; message: string } | number>;
    expect(out.parsed).toBe(1);
    expect(out.pdf).toEqual({
      code: 'MISSING_DEPENDENCY',
      message:
        'ljusnan-protokoll.pdf: reading PDF files needs the package pdfjs-dist, which is not installed (npm install pdfjs-dist)',
    });
    expect(out.docx).toEqual({
      code: 'MISSING_DEPENDENCY',
      message:
        'ljusnan-protokoll.docx: reading Word documents needs the packages mammoth and yauzl, which are not installed (npm install mammoth yauzl)',
    });
  });
});
