// PDF import benchmark: renders a corpus of minutes PDFs (default 500 pages in 10 files, pdfkit, the
// fixtures' layout: page header with "Sida N (M)", a two-column header, signature labels, tables,
// hyphenated words) into a temporary folder, then reads and parses them as `sammantrade import` does
// (readDocument + parseDocument), on one core. Prints pages/s, best of ROUNDS.
// Usage: pnpm --filter @sammantrade/core build && node bench/pdf.mjs [PAGES] [FILES] [ROUNDS]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../packages/core/dist/index.js';
import { readDocument } from '../packages/core/dist/read.js';
import PDFDocument from '../packages/core/node_modules/pdfkit/js/pdfkit.js';
import { drawMinutes, MINUTES } from '../packages/core/scripts/make-fixtures.mjs';

const targetPages = Number(process.argv[2] ?? 500);
const fileCount = Number(process.argv[3] ?? 10);
const rounds = Number(process.argv[4] ?? 3);

/** Minutes with `n` paragraphs made from the fixture's, numbered on from 1. */
function minutesWith(n) {
  const paragraphs = [];
  for (let i = 0; i < n; i++) {
    const p = MINUTES.paragraphs[i % MINUTES.paragraphs.length];
    paragraphs.push({ ...p, heading: p.heading.replace(/§ \d+/, `§ ${i + 1}`) });
  }
  const header = MINUTES.header.map(([label, values]) => [label, label === 'Paragrafer' ? [`§§ 1-${n}`] : values]);
  return { ...MINUTES, header, paragraphs };
}

function render(m) {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    drawMinutes(doc, m);
    doc.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'sammantrade-bench-pdf-'));
try {
  // Long minutes run at about 5 paragraphs a page.
  const perFile = Math.round((targetPages / fileCount) * 5);
  const files = [];
  for (let f = 0; f < fileCount; f++) {
    const path = join(dir, `protokoll-${f}.pdf`);
    writeFileSync(path, await render(minutesWith(perFile)));
    files.push(path);
  }
  let pages = 0;
  let paragraphs = 0;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    pages = 0;
    paragraphs = 0;
    const start = performance.now();
    for (const path of files) {
      const read = await readDocument(new Uint8Array(readFileSync(path)), { file: path });
      const doc = parseDocument(read.text, { file: path, pages: read.pages });
      pages += read.pageCount;
      paragraphs += doc.paragraphs.length;
      if (doc.paragraphs.length !== perFile)
        throw new Error(`${path}: ${doc.paragraphs.length} of ${perFile} paragraphs`);
    }
    best = Math.min(best, performance.now() - start);
  }
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  console.log(
    `${files.length} PDFs, ${pages} pages, ${paragraphs} paragraphs, ${(bytes / 1024 / 1024).toFixed(1)} MB: ` +
      `${(best / 1000).toFixed(2)} s, ${Math.round(pages / (best / 1000))} pages/s (best of ${rounds}, Node ${process.version})`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
