import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { subscribeLinks } from '@sammantrade/core';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedListing, renderIndexPage } from '../src/page.js';

// The subscribe page in Debian's Chromium, at a phone's width and a desktop's. Locally it skips
// without Chromium; in CI (CI set) a missing Chromium fails the run.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const suite = available || process.env.CI ? describe : describe.skip;

const origin = 'https://kalender.example.se';
const feed = (id: string, name: string, bodyId: string | null, year: number | null): FeedListing => ({
  id,
  name,
  bodyId,
  year,
  events: 12,
  links: subscribeLinks(`${origin}/calendars/${id}.ics`, name),
});
const FEEDS = [
  feed('alla', 'Alla organ', null, null),
  feed('gemensam-namnd', 'Gemensam nämnd för samverkan inom socialtjänst och vård i Gävleborgs län', 'gn', null),
  feed('gemensam-namnd/2025', 'Gemensam nämnd 2025', 'gn', 2025),
];

suite('the subscribe page in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let axeSource: string;

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium)`);
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each([375, 1280])(
    'fits %i px without sideways scrolling and axe finds no WCAG 2.1 A/AA violations',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        await page.setContent(renderIndexPage(FEEDS));
        const fit = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
          // The title is whole: no heading is wider than its box.
          clipped: Array.from(document.querySelectorAll('h1,h2,h3')).filter((h) => h.scrollWidth > h.clientWidth)
            .length,
        }));
        expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
        expect(fit.clipped).toBe(0);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (d: Document, o: unknown) => Promise<{ violations: { id: string }[] }> };
            }
          ).axe;
          const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
          return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => v.id);
        });
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
