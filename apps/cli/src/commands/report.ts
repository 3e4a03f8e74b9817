import {
  buildReport,
  escapeControlChars,
  isIsoDate,
  isReportKind,
  isSammantradeError,
  REPORT_KINDS,
  type Report,
  type ReportOptions,
  stockholmDate,
} from '@sammantrade/core';
import { loadArchive, writeFileAtomic } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';
import type { Lang } from '../render/cells.js';
import { renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';

const FORMATS = ['table', 'md', 'csv', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface Flags {
  body?: string;
  from?: string;
  to?: string;
  year?: string;
  today?: string;
  format: string;
  out?: string;
  lang: string;
  open?: boolean;
  separator: string;
  force?: boolean;
}

const KIND_HELP = `
Kinds:
  assignments        every assignment with its report-back date and status (--open: not yet reported)
  decisions          the decision register
  attendance         per person and per municipality
  schedule           planned and held meetings, with warnings (--year)
  case NUMBER        the history of one case, e.g. report case GNS/8/2019 ARCHIVE
  deadlines          adjustment, notice (KL 8:12) and appeal (KL 13:5) dates per set of minutes
  programme          the action programme's status per area`;

const date = (value: string | undefined, flag: string): string | undefined => {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${flag} ${value}: not a date (use YYYY-MM-DD)`);
  return value;
};

/** Reads the options, refusing bad values as usage errors (exit 2). */
function options(flags: Flags, caseNumber: string | undefined): { report: ReportOptions; format: Format; lang: Lang } {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(`--format ${flags.format}: use one of ${FORMATS.join(', ')}`);
  }
  if (flags.lang !== 'sv' && flags.lang !== 'en') throw new UsageError(`--lang ${flags.lang}: use sv or en`);
  if (flags.separator !== ';' && flags.separator !== ',')
    throw new UsageError(`--separator ${flags.separator}: use ; or ,`);
  const year = flags.year === undefined ? undefined : Number(flags.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
    throw new UsageError(`--year ${flags.year}: not a year`);
  }
  const from = date(flags.from, 'from');
  const to = date(flags.to, 'to');
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const today = date(flags.today, 'today') ?? stockholmDate(new Date());
  return {
    report: {
      today,
      ...(flags.body !== undefined ? { body: flags.body } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(flags.open ? { open: true } : {}),
      ...(caseNumber ? { caseNumber } : {}),
    },
    format: flags.format as Format,
    lang: flags.lang,
  };
}

/** A report in the format asked for. */
export function render(
  report: Report,
  format: Format,
  lang: Lang,
  separator: ',' | ';',
  options: ReportOptions,
): string {
  switch (format) {
    case 'table':
      return renderText(report, lang);
    case 'md':
      return renderMarkdown(report, lang);
    case 'csv':
      return renderCsv(report, lang, { separator });
    case 'html':
      return renderHtml(report, lang, options.today);
    case 'json': {
      // Plain values for other programs: a phrase in both languages becomes the one asked for.
      const tables = report.tables.map((table) => ({
        ...table,
        rows: table.rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v && typeof v === 'object' ? v[lang] : v])),
        ),
      }));
      return `${JSON.stringify({ ...report, tables, options }, null, 2)}\n`;
    }
  }
}

/** `sammantrade report KIND ARCHIVE`: follow-up reports for secretaries and auditors. */
export function registerReport(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('report')
    .description('reports: assignments, decisions, attendance, schedule, case, deadlines, programme')
    .argument('<kind>', `one of ${REPORT_KINDS.join(', ')}`)
    .argument('<archive>', 'the archive folder (for case: the case number, then the archive)')
    .argument('[archive]', 'the archive folder, after the case number')
    .option('--body <id>', 'only this body')
    .option('--from <date>', 'from this date (YYYY-MM-DD)')
    .option('--to <date>', 'up to this date (YYYY-MM-DD)')
    .option('--year <year>', 'only this year (schedule)')
    .option('--open', 'assignments: only those not yet reported back')
    .option('--format <format>', `${FORMATS.join(', ')}`, 'table')
    .option('--out <file>', 'write to a file instead of the terminal')
    .option('--force', 'replace --out if it exists')
    .option('--lang <lang>', 'sv or en', 'sv')
    .option('--separator <char>', 'CSV separator: ; (Excel in Swedish) or ,', ';')
    .option('--today <date>', 'judge due dates as of this day (default: today in Stockholm)')
    .addHelpText('after', KIND_HELP)
    .action(async (kind: string, first: string, second: string | undefined, flags: Flags) => {
      if (!isReportKind(kind)) throw new UsageError(`unknown report "${kind}": use one of ${REPORT_KINDS.join(', ')}`);
      const isCase = kind === 'case';
      if (isCase && second === undefined) throw new UsageError('usage: sammantrade report case NUMBER ARCHIVE');
      if (!isCase && second !== undefined) throw new UsageError(`unexpected argument "${second}"`);
      const dir = isCase ? (second as string) : first;
      const { report: opts, format, lang } = options(flags, isCase ? first : undefined);
      const archive = await loadArchive(dir);
      let report: Report;
      try {
        report = buildReport(kind, archive, opts);
      } catch (error) {
        // An unknown --body is a mistake in the call, not in the archive.
        if (isSammantradeError(error) && error.code === 'NOT_FOUND') throw new UsageError(`--body: ${error.message}`);
        throw error;
      }
      const text = render(report, format, lang, flags.separator as ',' | ';', opts);
      if (flags.out) {
        await writeFileAtomic(flags.out, text, { overwrite: flags.force === true });
        io.err(
          `${escapeControlChars(flags.out)}: ${report.tables.reduce((n, t) => n + t.rows.length, 0)} rows written\n`,
        );
      } else {
        io.out(text);
      }
      done(EXIT.ok);
    });
}
