// Hostile documents against the importer's read limits: each file (built by hostile-files.mjs) is
// given to the built CLI (`sammantrade parse FILE`) as its own process; prints the exit code, the
// one-line refusal, the wall and CPU time and the peak memory of the process (every thread), next to a real
// PDF and Word file read the same way. Acceptance (issue 12): each refused within 10 s, under 500 MB.
// Usage (after `pnpm build`): node bench/hostile.mjs
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedPdf, manyPagesPdf, type3Pdf, zipBombDocx } from './hostile-files.mjs';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(REPO, 'apps/cli/bin/sammantrade.js');
const MAXRSS = join(REPO, 'tests/maxrss.mjs');
const dir = await mkdtemp(join(tmpdir(), 'sammantrade-hostile-'));

function parse(file) {
  const rss = `${file}.maxrss`;
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', MAXRSS, BIN, 'parse', file],
      { env: { ...process.env, MAXRSS_FILE: rss }, maxBuffer: 64 << 20 },
      async (error, _stdout, stderr) => {
        const seconds = (performance.now() - started) / 1000;
        const [kb, cpu] = (await readFile(rss, 'utf8')).split(' ').map(Number);
        resolve({
          code: error ? error.code : 0,
          message: stderr.trim().split('\n')[0] ?? '',
          seconds,
          cpu,
          peakMb: kb / 1024,
        });
      },
    );
  });
}

const files = [
  ['zip bomb .docx (300 MB unpacked)', 'bomb.docx', () => zipBombDocx()],
  ['zip bomb .docx, lying headers', 'liar.docx', () => zipBombDocx(300 * 1024 * 1024, true)],
  ['PDF of 50,000 pages', 'pages.pdf', () => manyPagesPdf()],
  ['PDF with a heavy Type3 font', 'type3.pdf', () => type3Pdf()],
  ['compressed PDF (streams inflate to 1 GB)', 'compressed.pdf', () => compressedPdf()],
];
const fixtures = join(REPO, 'packages/core/test/fixtures/read');
const rows = [];
try {
  for (const [what, name, build] of files) {
    const path = join(dir, name);
    const bytes = await build();
    await writeFile(path, bytes);
    rows.push({ what, size: bytes.length, ...(await parse(path)) });
  }
  for (const name of ['ljusnan-protokoll.pdf', 'ljusnan-protokoll.docx']) {
    const path = join(dir, name);
    await copyFile(join(fixtures, name), path);
    rows.push({ what: `real minutes (${name})`, size: (await readFile(path)).length, ...(await parse(path)) });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log('| file | size | exit | seconds | CPU seconds | peak MB | message |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows)
  console.log(
    `| ${r.what} | ${(r.size / 1024).toFixed(0)} KB | ${r.code} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.message.replace(/^sammantrade: \S+: /, '').replace(/\|/g, '\\|') || '(read)'} |`,
  );
