import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPORT_KINDS } from '@sammantrade/core';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';
import { tempDir } from './helpers.js';

// Every report as .xlsx, opened by LibreOffice (soffice converts each sheet to CSV) gives the rows of
// the report's CSV. CI installs LibreOffice Calc; locally the test skips with one line without it.
const SAMPLE = new URL('../../../examples/samverkan', import.meta.url).pathname;
const hasCalc = existsSync('/usr/lib/libreoffice/program/libsclo.so');
const suite = hasCalc || process.env.CI ? describe : describe.skip;

async function sammantrade(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const argsOf = (kind: string) =>
  kind === 'case' ? ['report', 'case', 'GNS/6/2020', SAMPLE] : ['report', kind, SAMPLE];
// The CSV defuses a leading = + - @ with an apostrophe; a workbook stores such text as text instead.
const undefuse = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
const rowsOf = (csv: string) =>
  (parseCsv(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][]).map((r) =>
    r.map(undefuse),
  );

suite(`reports as .xlsx${hasCalc ? '' : ' (skipped: LibreOffice Calc is missing; apt-get install libreoffice-calc-nogui)'}`, () => {
  it('opens in LibreOffice with the same rows as the CSV, one sheet per table', { timeout: 300_000 }, async () => {
    const dir = await tempDir('sammantrade-xlsx-');
    const expected = new Map<string, string[][]>();
    for (const kind of REPORT_KINDS) {
      const csv = await sammantrade(...argsOf(kind), '--format', 'csv', '--today', '2024-01-10');
      const rows = rowsOf(csv.stdout);
      // Several tables: the CSV names the table in its first column; the workbook gives each a sheet.
      const many = rows[0]?.[0] === 'Tabell';
      expected.set(kind, many ? rows.filter((r) => r.length > 1).map((r) => r.slice(1)) : rows);
      const out = join(dir, `${kind}.xlsx`);
      const written = await sammantrade(...argsOf(kind), '--format', 'xlsx', '--out', out, '--today', '2024-01-10');
      expect(written.code, written.stderr).toBe(0);
    }
    // Field ; quote " UTF-8, from line 1, values as shown (dates as YYYY-MM-DD), every sheet its own file.
    const filter = 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1';
    await promisify(execFile)(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        filter,
        '--outdir',
        join(dir, 'csv'),
        ...REPORT_KINDS.map((k) => join(dir, `${k}.xlsx`)),
      ],
      { timeout: 240_000 },
    );
    const converted = await readdir(join(dir, 'csv'));
    for (const kind of REPORT_KINDS) {
      const sheets = converted.filter((f) => f.startsWith(`${kind}-`) && !f.endsWith('-Om rapporten.csv'));
      expect(sheets.length, kind).toBeGreaterThan(0);
      const got: string[][] = [];
      for (const sheet of sheets) got.push(...rowsOf(await readFile(join(dir, 'csv', sheet), 'utf8')));
      const key = (rows: string[][]) => rows.map((r) => JSON.stringify(r)).sort();
      // A header row per table in both; the rows themselves, cell for cell.
      expect(key(got), kind).toEqual(key(expected.get(kind) ?? []));
    }
  });

  it('writes a workbook only to a file', async () => {
    expect(await sammantrade('report', 'decisions', SAMPLE, '--format', 'xlsx')).toMatchObject({
      code: 2,
      stderr: 'sammantrade: --format xlsx skriver en fil: ange --out FIL.xlsx\n',
    });
  });
});
