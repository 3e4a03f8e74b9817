import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));
const KINDS = ['assignments', 'decisions', 'attendance', 'schedule', 'deadlines', 'programme'] as const;
const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;

async function cli(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const report = (kind: string, ...rest: string[]) => cli('report', kind, SAMPLE, '--today', '2024-01-10', ...rest);

describe('sammantrade report: every kind in every format', () => {
  for (const kind of [...KINDS, 'case']) {
    for (const format of FORMATS) {
      it(`${kind} as ${format}`, async () => {
        const args =
          kind === 'case'
            ? ['case', 'GNS/6/2020', SAMPLE, '--today', '2024-01-10']
            : [kind, SAMPLE, '--today', '2024-01-10'];
        const { code, stdout, stderr } = await cli('report', ...args, '--format', format);
        expect(stderr).toBe('');
        expect(code).toBe(0);
        if (format === 'json') {
          const json = JSON.parse(stdout);
          expect(json.kind).toBe(kind);
          expect(json.tables[0].rows.length).toBeGreaterThan(0);
        } else if (format === 'csv') {
          expect(stdout.startsWith('\uFEFF')).toBe(true);
          const rows = parseCsv(stdout.slice(1), { delimiter: ';', relax_column_count: true, skip_empty_lines: true });
          expect(rows.length).toBeGreaterThan(1);
        } else if (format === 'html') {
          expect(stdout).toMatch(/^<!doctype html>\n<html lang="sv">/);
          expect(stdout).toContain('<th scope="col">');
        } else if (format === 'md') {
          expect(stdout).toMatch(/^# /);
          expect(stdout).toMatch(/^\| .* \|$/m);
        } else {
          expect(stdout.split('\n')[0]?.length).toBeGreaterThan(3);
        }
      });
    }
  }
});

describe('the facts the reports give on the sample archive', () => {
  it('lists the assignments with their report-back dates, due first', async () => {
    const { stdout } = await report('assignments', '--format', 'json');
    const rows = JSON.parse(stdout).tables[0].rows as {
      due: string | null;
      assignee: string;
      status: string;
      paragraph: number;
    }[];
    expect(rows.map((r) => [r.paragraph, r.due])).toEqual([
      [617, '--01-19'],
      [623, '--01-19'],
      [760, null],
      [624, null],
    ]);
    // "19 januari" without a year cannot be judged late: open, and never reported by a title alike.
    expect(rows.find((r) => r.paragraph === 623)?.status).toBe('open');
    expect(rows.find((r) => r.paragraph === 617)).toMatchObject({
      status: 'open',
      reportedIn: expect.stringMatching(/^möjligen Hälsingerådet 2023-10-11 § 758/),
    });
    const open = JSON.parse((await report('assignments', '--format', 'json', '--open')).stdout).tables[0].rows;
    expect(open.every((r: { status: string }) => r.status !== 'reported')).toBe(true);
  });

  it('lists the six 2024 Hälsingeråd meetings with the right weekdays', async () => {
    const { stdout } = await report('schedule', '--year', '2024', '--body', 'halsingeradet');
    for (const day of [
      'onsdag 24 januari 2024',
      'onsdag 20 mars 2024',
      'onsdag 19 juni 2024',
      'onsdag 28 augusti 2024',
      'onsdag 16 oktober 2024',
      'onsdag 18 december 2024',
    ]) {
      expect(stdout).toContain(day);
    }
    expect(stdout).toContain('6 sammanträden, 0 med varning.');
  });

  it('warns about a meeting on a holiday, off the weekday rule, or with a wrong stated weekday', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-report-'));
    await cp(SAMPLE, dir, { recursive: true });
    const file = join(dir, 'schedules/gemensam-namnd-samverkan/2021.yaml');
    const text = (await readFile(file, 'utf8')).replace('2021-05-03', '2021-05-13');
    await writeFile(file, text);
    const { stdout } = await cli('report', 'schedule', dir, '--year', '2021', '--format', 'json');
    const row = JSON.parse(stdout).tables[0].rows.find((r: { date: string }) => r.date === '2021-05-13');
    expect(row.warning).toMatch(/torsdag: organet sammanträder måndag eller fredag/);
    expect(row.warning).toMatch(/Kristi himmelsfärdsdag/);
    expect(row.warning).toMatch(/handlingen skriver måndag, men 2021-05-13 är en torsdag/);
  });

  it('gives the adjustment deadline 18 October 2023 14:00, and no KL dates for an economic association', async () => {
    const { stdout } = await report('deadlines', '--format', 'json');
    const row = JSON.parse(stdout).tables[0].rows.find((r: { date: string }) => r.date === '2023-10-11');
    expect(row).toMatchObject({ adjustBy: '2023-10-18', adjustByTime: '14:00', notice: null, appealBy: null });
    expect(row.remark).toMatch(/gäller inte en ekonomisk förening/);
    expect((await report('deadlines')).stdout).toMatch(/KL 8 kap\. 12 §.*\n.*KL 13 kap\. 5 §/);
  });

  it('counts the programme statuses', async () => {
    const { stdout } = await report('programme', '--format', 'json');
    const total = JSON.parse(stdout).tables[0].rows.find((r: { area: string }) => r.area === 'Totalt');
    expect(total).toMatchObject({ done: 5, ongoing: 1, onHold: 2, none: 15, total: 23 });
  });

  it('shows the history of a case, oldest first', async () => {
    const { stdout } = await cli('report', 'case', 'GNS/6/2020', SAMPLE, '--format', 'json');
    const rows = JSON.parse(stdout).tables[0].rows;
    expect(rows[0]).toMatchObject({ date: '2020-05-29', paragraph: 14, event: 'tidigare beslut' });
    expect(rows.at(-1)).toMatchObject({ date: null, paragraph: 5 });
  });

  it('counts attendance per person, with substitutes', async () => {
    const { stdout } = await report('attendance', '--format', 'json');
    const people = JSON.parse(stdout).tables[0].rows;
    expect(people.find((p: { name: string }) => p.name === 'Mikael Löthstam')).toMatchObject({
      attended: 2,
      absent: 0,
    });
    expect(people.find((p: { name: string }) => p.name === 'Lena Svahn')).toMatchObject({
      substituteFor: 'Marit Holmstrand',
    });
    expect(people.find((p: { name: string }) => p.name === 'Tomas Jonsson')).toMatchObject({ attended: 0, absent: 1 });
  });

  it('speaks English when asked', async () => {
    const { stdout } = await report('deadlines', '--lang', 'en');
    expect(stdout).toMatch(/^Adjustment, notice and appeal/);
    expect(stdout).toContain('Wednesday 18 October 2023');
  });
});

describe('output that other programs read', () => {
  it('CSV round-trips through a CSV parser, with Swedish characters, for Excel', async () => {
    const { stdout } = await report('decisions', '--format', 'csv');
    expect(stdout).toMatch(/^\uFEFFDatum;Organ;§;s.;Ärende;Diarienummer;Utfall;Beslut;Källa\r\n/);
    const rows = parseCsv(stdout.slice(1), { delimiter: ';', columns: true }) as Record<string, string>[];
    const json = JSON.parse((await report('decisions', '--format', 'json')).stdout).tables[0].rows as Record<
      string,
      unknown
    >[];
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      expect(row.Beslut).toBe(json[i]?.text);
      expect(row.Datum).toBe(json[i]?.date ?? '');
    });
    const comma = await report('decisions', '--format', 'csv', '--separator', ',');
    expect(parseCsv(comma.stdout.slice(1), { delimiter: ',', columns: true })).toHaveLength(json.length);
  });

  it('escapes everything in HTML and defuses formulas in CSV', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-report-'));
    await cp(SAMPLE, dir, { recursive: true });
    const file = join(dir, 'meetings/halsingeradet/2023-10-11.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('assignee: Linda Beigler', 'assignee: "<script>alert(1)</script> & \\"x\\""')
        .replace(/task: .*/, 'task: "=HYPERLINK(\\"http://x\\")"'),
    );
    const html = (await cli('report', 'assignments', dir, '--format', 'html')).stdout;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    const csv = (await cli('report', 'assignments', dir, '--format', 'csv')).stdout;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes --out atomically and refuses to overwrite without --force', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-report-'));
    const out = join(dir, 'beslut.html');
    expect((await report('decisions', '--format', 'html', '--out', out)).code).toBe(0);
    const again = await report('decisions', '--format', 'html', '--out', out);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/finns redan \(använd --force/) });
    expect((await report('decisions', '--format', 'html', '--out', out, '--force')).code).toBe(0);
  });
});

describe('mistakes get one clear line and the documented exit code', () => {
  it.each([
    [['report', 'budget', SAMPLE], 2, /okänd rapport "budget": ange en av assignments, decisions/],
    [['report', 'decisions', SAMPLE, '--body', 'nope'], 2, /--body: okänt organ "nope" \(arkivet har: /],
    [['report', 'decisions', SAMPLE, '--from', '2024-13-01'], 2, /--from 2024-13-01: inget datum \(skriv ÅÅÅÅ-MM-DD\)/],
    [['report', 'decisions', SAMPLE, '--format', 'pdf'], 2, /--format pdf: ange en av table, md, csv, json, html/],
    [['report', 'case', SAMPLE], 2, /användning: sammantrade report case NUMMER ARKIV/],
    [['report', 'decisions', '/nonexistent'], 1, /\/nonexistent: arkivmappen finns inte/],
  ])('%j exits %i', async (argv, code, message) => {
    const result = await cli(...(argv as string[]));
    expect(result.code).toBe(code);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message as RegExp);
  });

  it('refuses an archive that does not validate', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sammantrade-report-'));
    await cp(SAMPLE, dir, { recursive: true });
    await writeFile(join(dir, 'bodies/halsingeradet.yaml'), 'id: halsingeradet\n');
    const result = await cli('report', 'decisions', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bodies\/halsingeradet\.yaml:1: fel: fältet "name" saknas/);
  });

  it('documents the exit codes and kinds in --help', async () => {
    const { stdout } = await cli('report', '--help');
    expect(stdout).toMatch(/case NUMMER/);
    expect(stdout).toMatch(/Slutkoder:/);
    const english = await cli('report', '--help', '--lang', 'en');
    expect(english.stdout).toMatch(/case NUMBER/);
    expect(english.stdout).toMatch(/Exit codes:/);
  });
});

describe('sammantrade calendar', () => {
  it('writes the same iCalendar the feed serves', async () => {
    const { code, stdout } = await cli('calendar', SAMPLE, '--body', 'halsingeradet', '--year', '2024');
    expect(code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(6);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hälsingerådet 2024');
  });

  it('refuses an unknown body', async () => {
    expect((await cli('calendar', SAMPLE, '--body', 'nope')).code).toBe(2);
  });
});
