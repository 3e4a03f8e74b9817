import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// Core's main entry must run in a browser: bundled by esbuild for the browser (a Node built-in
// anywhere in it fails the build), then run in Debian's Chromium, where it parses a document and
// renders its calendar. Locally it skips without Chromium; in CI (CI set) a missing Chromium fails.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const suite = available || process.env.CI ? describe : describe.skip;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const ENTRY = `
import { buildCalendarEvents, createArchive, parseDocument, renderICalendar, reviseEvents, toRecords } from './src/index.ts';
globalThis.runCore = (text) => {
  const parsed = parseDocument(text, { file: 'protokoll.txt' });
  const records = toRecords(parsed, {});
  const archive = createArchive({
    bodies: records.body ? [records.body] : [],
    meetings: records.meeting ? [records.meeting] : [],
    schedules: records.schedules,
    programmes: [],
  });
  const events = reviseEvents(buildCalendarEvents(archive)).events;
  return {
    paragraphs: parsed.paragraphs.length,
    date: records.meeting?.date,
    ics: renderICalendar(events, { name: archive.bodies[0]?.name ?? 'Kalender' }),
  };
};
`;

suite('core in a browser', { timeout: 120_000 }, () => {
  it('bundles for the browser without Node built-ins, and parses and renders a calendar in Chromium', async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'browser-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const bundle = result.outputFiles[0]?.text ?? '';
    // About 290 KB gzipped, most of it zod and core itself (it was 444 KB with date-holidays, which
    // brought moment-timezone and astronomia): a guard against a heavy dependency slipping back in.
    expect(gzipSync(bundle).length).toBeLessThan(330_000);

    const text = await readFile(new URL('./fixtures/norrdal-protokoll.txt', import.meta.url), 'utf8');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // An https page, as a site would be: a secure context, where crypto.randomUUID (ical-generator) exists.
      await page.route('https://core.test/', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>core</title>' }),
      );
      await page.goto('https://core.test/');
      await page.addScriptTag({ content: bundle });
      const out = await page.evaluate(
        (t) =>
          (
            globalThis as unknown as { runCore: (t: string) => { paragraphs: number; date?: string; ics: string } }
          ).runCore(t),
        text,
      );
      expect(errors).toEqual([]);
      expect(out.paragraphs).toBeGreaterThan(3);
      expect(out.date).toBe('2025-02-04');
      expect(out.ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
      expect(out.ics).toContain('DTSTART;TZID=Europe/Stockholm:20250204T131500');
    } finally {
      await browser.close();
    }
  });
});
