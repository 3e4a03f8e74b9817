import { readdirSync } from 'node:fs';
import { buildReport, REPORT_KINDS, WORDS } from '@sammantrade/core';
import { loadArchive } from '@sammantrade/core/node';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { itShared, sharedPath } from '../../../tests/shared.js';
import { bufferIo } from '../src/io.js';
import { run } from '../src/program.js';
import { tempDir } from './helpers.js';

// Swedish by default in everything a user reads, English with --lang en. (The other tests run in
// English through helpers.ts; these run the CLI as a user would, without --lang.)
const SAMPLE = new URL('../../../examples/samverkan', import.meta.url).pathname;

async function sammantrade(...argv: string[]) {
  const io = bufferIo();
  const code = await run(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('the language of the command line', () => {
  it('speaks Swedish by default in --help, and English with --lang en', async () => {
    const sv = await sammantrade('--help');
    expect(sv.stdout).toMatch(/^Användning: sammantrade \[flaggor\] \[kommando\]/);
    expect(sv.stdout).toMatch(/Kommandon:\n {2}validate \[flaggor\] <archive>/);
    expect(sv.stdout).toMatch(/Slutkoder:\n {2}0 {2}allt är i ordning/);
    expect(sv.stdout).not.toMatch(/\b(Usage|Options|Commands|display help)\b/);
    const en = await sammantrade('--help', '--lang', 'en');
    expect(en.stdout).toMatch(/^Usage: sammantrade \[options\] \[command\]/);
    expect(en.stdout).toMatch(/Exit codes:/);
    for (const command of ['validate', 'show', 'schema', 'report', 'calendar', 'parse', 'import']) {
      const help = await sammantrade(command, '--help');
      expect(help.stdout, command).toMatch(/^Användning: /);
      expect(help.stdout, command).toMatch(/Flaggor:/);
      expect(help.stdout, command).not.toMatch(/\b(the|only|write|refuse|display)\b/);
    }
  });

  it('says its usage errors in Swedish, commander’s own too', async () => {
    expect((await sammantrade('validera')).stderr).toMatch(/^fel: okänt kommando validera/);
    expect((await sammantrade('validate', SAMPLE, '--tyst')).stderr).toMatch(/^fel: okänd flagga --tyst/);
    expect((await sammantrade('import', 'x.txt')).stderr).toBe('sammantrade: import kräver --into ARKIV\n');
    expect(await sammantrade('show', SAMPLE, '--lang', 'fi')).toMatchObject({
      code: 2,
      stderr: 'sammantrade: --lang fi: ange sv eller en\n',
    });
  });

  it('validates with a Swedish summary and Swedish severities', async () => {
    const { stdout } = await sammantrade('validate', SAMPLE);
    expect(stdout).toMatch(/: varning: /);
    expect(stdout).toMatch(/samverkan: 10 filer kontrollerade, 0 fel, 2 varningar\n$/);
    expect((await sammantrade('validate', SAMPLE, '--lang', 'en')).stdout).toMatch(
      /10 files checked, 0 errors, 2 warnings\n$/,
    );
  });

  itShared('seeds', 'prints the import summary and its warnings in Swedish', async () => {
    const into = await tempDir();
    const { code, stdout } = await sammantrade(
      'import',
      sharedPath('seeds', '001_1446fac81f405354.txt'),
      '--into',
      into,
      '--body',
      'Hälsingerådet',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /001_1446fac81f405354\.txt: protokoll från Hälsingerådet \(datum saknas\), 15 §, 17 personer → .*; \d+ varningar?\n/,
    );
    expect(stdout).toMatch(/\n {2}.*001_1446fac81f405354\.txt:3: varning: /);
  });

  itShared(
    'seeds',
    'says every warning and error of importing each seed in Swedish, and in English with --lang en',
    async () => {
      const seeds = readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt'));
      expect(seeds.length).toBeGreaterThan(0);
      let english = 0;
      for (const seed of seeds) {
        const file = sharedPath('seeds', seed);
        const sv = await sammantrade('import', file, '--into', await tempDir());
        const en = await sammantrade('import', file, '--into', await tempDir(), '--lang', 'en');
        // The English messages of this seed, from its warning and error lines ("file:3: warning: …").
        const messages = `${en.stdout}${en.stderr}`
          .split('\n')
          .flatMap(
            (line) => /: (?:warning|error): (.+)$/.exec(line)?.[1] ?? /^sammantrade: \S+: (.+)$/.exec(line)?.[1] ?? [],
          )
          .filter((m) => m.length > 12);
        english += messages.length;
        const out = `${sv.stdout}${sv.stderr}`;
        expect(out, seed).not.toMatch(/: (warning|error|info): /);
        expect(out, seed).not.toMatch(/not imported|nothing to import|left out|the document/);
        for (const message of messages) expect(out, `${seed}: ${message}`).not.toContain(message);
        for (const line of out.split('\n').filter((l) => /: (varning|fel): /.test(l)))
          expect(line.replace(/"[^"]*"/g, '""'), seed).not.toMatch(/\b(the|is|are|not|of|and)\b/);
      }
      // The seeds do give warnings: the test would not pass on output that had none.
      expect(english).toBeGreaterThan(0);
    },
    600_000,
  );

  it('prints what parse reads in the language asked for', async () => {
    const fixture = new URL('../../../packages/core/test/fixtures/norrdal-protokoll.txt', import.meta.url).pathname;
    const sv = await sammantrade('parse', fixture);
    expect(sv.stdout).toMatch(/^protokoll: /);
    expect(sv.stdout).toMatch(/\n {2}Deltagare \(\d+\)\n/);
    const en = await sammantrade('parse', fixture, '--lang', 'en');
    expect(en.stdout).toMatch(/^minutes: /);
    expect(en.stdout).toMatch(/\n {2}Participants \(\d+\)\n/);
    expect(en.stdout).not.toMatch(/\b(Deltagare|beslut|Justering|datum saknas)\b/);
  });

  it('writes every report as CSV without code words: labels in the report’s language', async () => {
    const archive = await loadArchive(SAMPLE);
    for (const lang of ['sv', 'en'] as const) {
      for (const kind of REPORT_KINDS) {
        const argv = kind === 'case' ? ['report', 'case', 'GNS/6/2020', SAMPLE] : ['report', kind, SAMPLE];
        const { code, stdout } = await sammantrade(...argv, '--format', 'csv', '--today', '2024-01-10', '--lang', lang);
        expect(code, kind).toBe(0);
        const rows = parseCsv(stdout.replace(/^\uFEFF/, ''), {
          delimiter: ';',
          relax_column_count: true,
        }) as string[][];
        const report = buildReport(kind, archive, {
          today: '2024-01-10',
          ...(kind === 'case' ? { caseNumber: 'GNS/6/2020' } : {}),
        });
        const many = report.tables.length > 1;
        let at = 0;
        for (const table of report.tables) {
          const header = rows[at] as string[];
          for (const [i, column] of table.columns.entries()) {
            const words = column.codes
              ? new Set(Object.values(column.codes).map((l) => l[lang]))
              : column.type === 'weekday'
                ? new Set(Object.values(WORDS[lang].weekday))
                : undefined;
            if (!words) continue;
            for (const row of rows.slice(at + 1, at + 1 + table.rows.length)) {
              const cell = row[i + (many ? 1 : 0)] ?? '';
              for (const part of cell ? cell.split(', ') : [])
                expect(words, `${kind} ${header[i]}: ${part}`).toContain(part);
            }
          }
          at += table.rows.length + 2;
        }
      }
    }
  });
});
