import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaticSite, close, createServer, listen, loadSearchScript } from '../src/index.js';
import { NOW, sampleArchive } from './helpers.js';

// Browser tests in Debian's Chromium. Locally they skip without it; in CI (CI set) a missing
// Chromium fails the run, so the accessibility checks can never silently stop running.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const suite = available || process.env.CI ? describe : describe.skip;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One of each page type, by its path. */
const PAGES: Record<string, string> = {
  start: '/',
  body: '/organ/halsingeradet/',
  meeting: '/organ/halsingeradet/2023-10-11/',
  'undated meeting': '/organ/halsingeradet/p612-626/',
  agenda: '/organ/gemensam-namnd-samverkan/kallelse-2020-12/',
  cases: '/arende/',
  case: '/arende/GNS~6~2020/',
  assignments: '/uppdrag/?status=open',
  decisions: '/beslut/',
  programmes: '/program/',
  programme: '/program/halsingeradet-utvecklingsprogram-2022/',
  search: '/sok/?q=ramverk',
  'filtered search': '/sok/?q=beslutet&organ=halsingeradet&typ=minutes',
  'not found': '/finns/inte/',
};

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

suite('the viewer in Chromium', { timeout: 60_000 }, () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let axeSource: string;

  beforeAll(async () => {
    if (!available) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium) to run the browser tests`,
      );
    }
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = createServer({ archive: await sampleArchive(), now: NOW });
    const { port } = await listen(server, 0, '127.0.0.1');
    origin = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await close(server);
  });

  /** A page that fails the test on any console error (a CSP violation shows up as one). */
  async function open(
    context: BrowserContext,
    path: string,
  ): Promise<{ page: Page; errors: string[]; status: number }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // The 404 page's own status is reported as a console error by Chromium; that one is expected.
      if (m.type() === 'error' && !/status of 404/.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${origin}${path}`);
    return { page, errors, status: response?.status() ?? 0 };
  }

  it.each(Object.entries(PAGES))('opens the %s page with its styles and no errors', async (name, path) => {
    const context = await browser.newContext();
    try {
      const { page, errors, status } = await open(context, path);
      expect(status).toBe(name === 'not found' ? 404 : 200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(await page.title()).toMatch(/ – Sammanträde$/);
      // The stylesheet loaded despite the strict policy: the header is dark blue.
      const header = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(header).toBe('rgb(18, 53, 91)');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** The WCAG 2.1 A/AA violations axe-core finds on the page now shown, one line each. */
  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(
      async (tags) =>
        (
          await (
            window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: unknown[] }> } }
          ).axe.run(document, { runOnly: { type: 'tag', values: tags } })
        ).violations,
      WCAG_TAGS,
    );
    return (violations as AxeViolation[]).map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }

  it.each(Object.entries(PAGES))('axe finds no WCAG 2.1 A/AA violations on the %s page', async (_name, path) => {
    // axe is injected by the test, so this context bypasses the page's CSP; the pages themselves
    // are checked under their CSP above.
    const context = await browser.newContext({ bypassCSP: true });
    try {
      const { page } = await open(context, path);
      expect(await axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(Object.entries(PAGES))(
    'fits a 375 px phone without sideways scrolling, axe clean there: %s',
    async (_name, path) => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 }, bypassCSP: true });
      try {
        const { page } = await open(context, path);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(innerWidth).toBe(375);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        expect(await axe(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('finds a paragraph of the sample archive and opens it at its anchor', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, '/');
      await page.getByLabel('Sök i protokoll och beslut').fill('hälsingeråd 2024');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/sok\/\?q=/);
      const hit = page.locator('.hit a').first();
      await expect(hit.getAttribute('href')).resolves.toBe('/organ/halsingeradet/2023-10-11/#p763');
      await expect(page.locator('mark').count()).resolves.toBeGreaterThan(0);
      await hit.click();
      await page.waitForURL(/#p763$/);
      await expect(page.locator('#p763').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('points the subscribe links at the feed server', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, PAGES.body as string);
      const links = await page.locator('.subscribe a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([
        'webcal://localhost:8787/calendars/halsingeradet.ics',
        'https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2Flocalhost%3A8787%2Fcalendars%2Fhalsingeradet.ics&name=H%C3%A4lsinger%C3%A5det',
        'https://outlook.office.com/calendar/0/addfromweb?url=http%3A%2F%2Flocalhost%3A8787%2Fcalendars%2Fhalsingeradet.ics&name=H%C3%A4lsinger%C3%A5det',
        'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Flocalhost%3A8787%2Fcalendars%2Fhalsingeradet.ics',
      ]);
    } finally {
      await context.close();
    }
  });

  it('scrolls a permalink to its paragraph and highlights it', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    try {
      const { page } = await open(context, '/organ/halsingeradet/2023-10-11/#p763');
      const { scrollY, top, targeted } = await page.evaluate(() => {
        const article = document.getElementById('p763') as HTMLElement;
        return {
          scrollY: window.scrollY,
          top: article.getBoundingClientRect().top,
          targeted: article.matches(':target'),
        };
      });
      expect(scrollY).toBeGreaterThan(1000);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(40);
      expect(targeted).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('reaches the skip link first by keyboard, with a visible focus ring, and skips to the content', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, PAGES.meeting as string);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const style = getComputedStyle(a);
        const box = a.getBoundingClientRect();
        return {
          text: a.textContent,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
          ring: style.boxShadow,
          visible: box.left >= 0 && box.top >= 0 && box.width > 0,
        };
      });
      expect(skip).toEqual({
        text: 'Hoppa till innehållet',
        outline: 'solid 3px',
        ring: expect.stringContaining('rgb(255, 221, 0)'),
        visible: true,
      });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab lands inside the main content: the first link after the skip target.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => ({
        inMain: Boolean(document.activeElement?.closest('main')),
        outline: getComputedStyle(document.activeElement as Element).outlineStyle,
      }));
      expect(next).toEqual({ inMain: true, outline: 'solid' });
    } finally {
      await context.close();
    }
  });

  it('tabs through the header menu with focus visible on the dark background', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, '/');
      const seen: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        seen.push(
          await page.evaluate(() => {
            const e = document.activeElement as HTMLElement;
            const s = getComputedStyle(e);
            return `${e.textContent?.trim()}|${s.outlineStyle}|${s.boxShadow.includes('rgb(255, 221, 0)')}`;
          }),
        );
      }
      expect(seen).toEqual([
        'Hoppa till innehållet|solid|true',
        'Sammanträde|solid|true',
        'Start|solid|true',
        'Uppdrag|solid|true',
      ]);
    } finally {
      await context.close();
    }
  });

  it('works without JavaScript: search is a plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await open(context, '/sok/');
      await page.getByLabel('Sök i titlar, texter, beslut och program').fill('budget');
      await page.getByRole('button', { name: 'Sök' }).click();
      await page.waitForURL(/q=budget/);
      await expect(page.locator('.hit').count()).resolves.toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('prints a permalinked paragraph as a clean extract', async () => {
    const context = await browser.newContext();
    try {
      const { page } = await open(context, '/organ/halsingeradet/2023-10-11/#p763');
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (e: Element | null) => Boolean(e && e.getClientRects().length > 0);
        return {
          header: visible(document.querySelector('.site-header')),
          heading: visible(document.querySelector('h1')),
          target: visible(document.getElementById('p763')),
          others: Array.from(document.querySelectorAll('.paragraph:not(#p763)')).filter(visible).length,
          participants: visible(document.getElementById('deltagare')),
          permalink: visible(document.querySelector('#p763 .permalink')),
        };
      });
      expect(shown).toEqual({
        header: false,
        heading: true,
        target: true,
        others: 0,
        participants: false,
        permalink: false,
      });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await context.close();
    }
  });

  describe('the static site', () => {
    let out: string;
    let site: Server;
    let siteOrigin: string;

    beforeAll(async () => {
      const script = await loadSearchScript();
      if (!script) throw new Error('the search script is not built: run pnpm build in apps/web first');
      out = await mkdtemp(join(tmpdir(), 'sammantrade-site-'));
      await buildStaticSite({ archive: await sampleArchive(), outDir: out, now: NOW, searchScript: script });
      // Any plain file server will do; this one serves folders' index.html like most do.
      const files = new Hono().use('*', serveStatic({ root: out }));
      site = createServer(files);
      const { port } = await listen(site, 0, '127.0.0.1');
      siteOrigin = `http://127.0.0.1:${port}`;
    });

    afterAll(async () => {
      if (site) await close(site);
      if (out) await rm(out, { recursive: true, force: true });
    });

    it('searches in the browser under the page’s own policy', async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(`${siteOrigin}/sok/?q=ramverk`);
        const hit = page.locator('.hit a').first();
        await hit.waitFor();
        expect(await hit.getAttribute('href')).toMatch(/^\/organ\/gemensam-namnd-samverkan\/kallelse-2020-12\/#p\d+$/);
        expect(await page.inputValue('#q')).toBe('ramverk');
        expect(errors).toEqual([]);
        await hit.click();
        await page.waitForURL(/#p\d+$/);
      } finally {
        await context.close();
      }
    });

    it('gives the same hits in the browser as the server does', async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const hrefs = async (url: string, wait: boolean) => {
          await page.goto(url);
          if (wait) await page.locator('#sok-resultat [role=status]').waitFor();
          return page.locator('.hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        };
        for (const q of ['beslutet', 'nämnden', 'uppdraget', '"svenskt ramverk"', 'får']) {
          const query = `?q=${encodeURIComponent(q)}`;
          const server = await hrefs(`${origin}/sok/${query}`, false);
          const browserSide = await hrefs(`${siteOrigin}/sok/${query}`, true);
          expect(browserSide.slice(0, server.length), q).toEqual(server);
        }
      } finally {
        await context.close();
      }
    });

    it('has no WCAG 2.1 A/AA violations on its search results and listings', async () => {
      const context = await browser.newContext({ bypassCSP: true });
      try {
        const page = await context.newPage();
        for (const path of ['/sok/?q=budget', '/uppdrag/', '/beslut/', '/404.html']) {
          await page.goto(`${siteOrigin}${path}`);
          if (path.startsWith('/sok/')) await page.locator('.hit').first().waitFor();
          expect(await axe(page), path).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  });
});
