import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, files, tempDir } from './helpers.js';

/** A schedule page through the CLI: parse shows it, import files it, the calendar and reports use it. */

const page = fileURLToPath(
  new URL('../../../packages/core/test/fixtures/vintervik-sammantradestider.txt', import.meta.url),
);

describe('a schedule page', () => {
  it('is shown meeting by meeting by parse, in Swedish by default', async () => {
    const { code, stdout, stderr } = await cli(['parse', page, '--lang', 'sv']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'sammanträdesplan: Sammanträdestider 2026',
        '  Sammanträdesplan 2026, Kommunfullmäktige (publicerad)',
        '    måndag 2 februari 2026 kl 18:30 (Gillesalen)',
        '    måndag 16 mars 2026 kl 18:30 (Gillesalen)',
        '    måndag 27 april 2026 kl 18:30 (Gillesalen, årsredovisning)',
        '    måndag 15 juni 2026 kl 18:30 (Gillesalen)',
        '    måndag 28 september 2026 kl 18:30 (Gillesalen)',
        '    måndag 23 november 2026 kl 09:00 (Gillesalen, 23–24 november, budget)',
        '    måndag 14 december 2026 kl 18:30 (Gillesalen)',
        '  Sammanträdesplan 2026, Kommunstyrelsen (publicerad)',
        '    tisdag 20 januari 2026 kl 13:00',
        '    tisdag 3 mars 2026 kl 13:00',
        '    tisdag 14 april 2026 kl 13:00',
        '    tisdag 26 maj 2026 kl 13:00 (inställt)',
        '    tisdag 8 september 2026 kl 13:00',
        '    tisdag 3 november 2026 kl 13:00',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await cli(['parse', page, '--json'])).stdout);
    expect(json).toMatchObject({ kind: 'schedule', title: 'Sammanträdestider 2026' });
    expect(json.schedules.map((s: { body: string; status: string }) => [s.body, s.status])).toEqual([
      ['Kommunfullmäktige', 'published'],
      ['Kommunstyrelsen', 'published'],
    ]);
  });

  it('is imported as one schedule per body, with the page kept beside the first, into an archive that validates', async () => {
    const dir = await tempDir('sammantrade-schedule-');
    const { code, stdout, stderr } = await cli(['import', page, '--into', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'vintervik-sammantradestider.txt: schedule page of Kommunfullmäktige, Kommunstyrelsen, schedule 2026, 2026 → bodies/kommunfullmaktige.yaml, bodies/kommunstyrelsen.yaml, schedules/kommunfullmaktige/2026.yaml, schedules/kommunstyrelsen/2026.yaml, schedules/kommunfullmaktige/2026.txt; 0 warnings\n',
    );
    expect((await files(dir)).filter((f) => !f.startsWith('schema/'))).toEqual([
      'bodies/kommunfullmaktige.yaml',
      'bodies/kommunstyrelsen.yaml',
      'schedules/kommunfullmaktige/2026.txt',
      'schedules/kommunfullmaktige/2026.yaml',
      'schedules/kommunstyrelsen/2026.yaml',
    ]);
    expect(await readFile(join(dir, 'schedules/kommunfullmaktige/2026.txt'), 'utf8')).toBe(
      await readFile(page, 'utf8'),
    );
    const record = await readFile(join(dir, 'schedules/kommunstyrelsen/2026.yaml'), 'utf8');
    expect(record).toMatch(/status: published/);
    expect(record).toMatch(/file: schedules\/kommunfullmaktige\/2026\.txt/);
    expect(await cli(['validate', dir])).toMatchObject({ code: 0, stderr: '' });

    // The calendar shows the published meetings as confirmed, the cancelled one as cancelled.
    const ics = (await cli(['calendar', dir, '--body', 'kommunstyrelsen'])).stdout.replace(/\r\n /g, '');
    const events = ics.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(6);
    expect(events.filter((e) => /STATUS:CONFIRMED/.test(e))).toHaveLength(5);
    expect(events.find((e) => /20260526/.test(e))).toMatch(/STATUS:CANCELLED/);

    // Reports and the summary name the schedule's status.
    expect((await cli(['show', dir])).stdout).toMatch(/sammanträdesplan 2026: 7 möten \(publicerad\)/);
    const report = await cli([
      'report',
      'schedule',
      dir,
      '--body',
      'kommunfullmaktige',
      '--format',
      'csv',
      '--lang',
      'sv',
    ]);
    expect(report.stdout).toMatch(/publicerad sammanträdesplan 2026/);
  });

  it('without a body is imported only under --body', async () => {
    const dir = await tempDir('sammantrade-schedule-');
    const lone = join(dir, 'plan.txt');
    await (await import('node:fs/promises')).writeFile(lone, 'Mötestider 2026\n\n8/1 5/2 5/3 9/4\n');
    const refused = await cli(['import', lone, '--into', join(dir, 'a')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/does not name its body; give one \(--body NAME\)/);
    const done = await cli(['import', lone, '--into', join(dir, 'a'), '--body', 'Valnämnden']);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/schedule page of Valnämnden, schedule 2026 → bodies\/valnamnden\.yaml/);
  });
});
