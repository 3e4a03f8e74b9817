// Takes the README's screenshots of the viewer over the sample archive, in Debian's Chromium.
// Run after `pnpm build`: node apps/web/scripts/screenshots.mjs [outDir]
// "Today" is fixed at 20 September 2024, inside the sample's dates, so the start page has meetings
// both to come and held; the pages say which day they count from.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '@sammantrade/core/node';
import { chromium } from 'playwright-core';
import { close, createServer, listen } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = resolve(process.argv[2] ?? `${root}docs/screenshots`);
const archive = await loadArchive(`${root}examples/samverkan`);
const server = createServer({ archive, now: () => new Date('2024-09-20T10:00:00Z') });
const { port } = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.screenshot({ path: `${outDir}/start.png`, fullPage: true });
  await page.goto(`http://127.0.0.1:${port}/organ/halsingeradet/2023-10-11/`);
  await page.screenshot({ path: `${outDir}/meeting.png` });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await close(server);
}
