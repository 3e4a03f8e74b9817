import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { toRecords } from './to-records.js';

/** A schedule page as archive records: one published schedule per body and year, and its bodies. */

const PAGE = readFileSync(
  fileURLToPath(new URL('../../test/fixtures/vintervik-sammantradestider.txt', import.meta.url)),
  'utf8',
);

describe('toRecords of a schedule page', () => {
  it('makes one published schedule per body and year, and each body', () => {
    const doc = parseDocument(PAGE, { file: 'vintervik.txt' });
    const records = toRecords(doc, { sourceFile: 'vintervik.txt' });
    expect(records.diagnostics).toEqual([]);
    expect(records.bodies?.map((b) => [b.id, b.name])).toEqual([
      ['kommunfullmaktige', 'Kommunfullmäktige'],
      ['kommunstyrelsen', 'Kommunstyrelsen'],
    ]);
    expect(records.body?.id).toBe('kommunfullmaktige');
    expect(records.meeting).toBeUndefined();
    expect(records.schedules.map((s) => [s.body, s.year, s.status, s.meetings.length])).toEqual([
      ['kommunfullmaktige', 2026, 'published', 7],
      ['kommunstyrelsen', 2026, 'published', 6],
    ]);
    expect(records.schedules[1]?.meetings[3]).toEqual({ date: '2026-05-26', start: '13:00', status: 'cancelled' });
    expect(records.schedules[0]?.source).toEqual({ file: 'vintervik.txt', format: 'text', diagnostics: [] });
  });

  it('files a page of one unnamed body under --body, and refuses without it', () => {
    const page = 'Sammanträdestider 2026\n\n12 januari\n9 februari\n9 mars';
    const doc = parseDocument(page);
    expect(toRecords(doc).diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/--body/) }),
    ]);
    const records = toRecords(doc, { body: { name: 'Valnämnden' } });
    expect(records.schedules.map((s) => [s.body, s.meetings.length])).toEqual([['valnamnden', 3]]);
    expect(records.bodies?.map((b) => b.name)).toEqual(['Valnämnden']);
  });

  it('leaves out dates whose body a page of several bodies lost, saying how many', () => {
    const page = `Sammanträdesplan 2026

Kommunstyrelsen
tisdagar kl.13.00
  Kommunfullmäktige
  måndagar kl.18.00
  13 januari   9 februari
 6 oktober`;
    const records = toRecords(parseDocument(page), { body: { name: 'Kommunstyrelsen' } });
    expect(records.schedules.map((s) => [s.body, s.meetings.map((m) => m.date)])).toEqual([
      ['kommunstyrelsen', ['2026-01-13']],
      ['kommunfullmaktige', ['2026-02-09']],
    ]);
    expect(records.diagnostics.map((d) => d.message)).toEqual([
      'the page names the body of each schedule; --body is not used',
      '1 date of 2026 whose body the page does not say is not imported',
    ]);
  });
});
