import {
  buildReport,
  CLI_WORDS,
  escapeControlChars,
  isIsoDate,
  isReportKind,
  isSammantradeError,
  REPORT_KINDS,
  type Report,
  type ReportOptions,
  stockholmDate,
} from '@sammantrade/core';
import { loadArchiveAt, writeFileAtomic } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type CommandContext, EXIT } from '../io.js';
import type { Say } from '../lang.js';
import type { Lang } from '../render/cells.js';
import { renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';

const FORMATS = ['table', 'md', 'csv', 'json', 'html', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
type TextFormat = Exclude<Format, 'xlsx'>;

interface Flags {
  body?: string;
  from?: string;
  to?: string;
  year?: string;
  today?: string;
  format: string;
  out?: string;
  open?: boolean;
  separator: string;
  force?: boolean;
}

const date = (value: string | undefined, flag: string, say: Say): string | undefined => {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(say(CLI_WORDS.notDate(flag, value)));
  return value;
};

/** Reads the options, refusing bad values as usage errors (exit 2). */
function options(flags: Flags, caseNumber: string | undefined, say: Say): { report: ReportOptions; format: Format } {
  const W = CLI_WORDS.report;
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(say(W.badFormat(flags.format, FORMATS.join(', '))));
  }
  if (flags.separator !== ';' && flags.separator !== ',') throw new UsageError(say(W.badSeparator(flags.separator)));
  const year = flags.year === undefined ? undefined : Number(flags.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
    throw new UsageError(say(CLI_WORDS.notYear('year', flags.year as string)));
  }
  const from = date(flags.from, 'from', say);
  const to = date(flags.to, 'to', say);
  if (from && to && from > to) throw new UsageError(say(W.fromAfterTo(from, to)));
  const today = date(flags.today, 'today', say) ?? stockholmDate(new Date());
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
  };
}

/** A report in the format asked for. */
export function render(
  report: Report,
  format: TextFormat,
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
export function registerReport(program: Command, { io, done, lang, say }: CommandContext): void {
  const W = CLI_WORDS.report;
  program
    .command('report')
    .description(say(W.description))
    .argument('<kind>', say(W.kind(REPORT_KINDS.join(', '))))
    .argument('<archive>', say(W.archive))
    .argument('[archive]', say(W.archiveAfter))
    .option('--body <id>', say(CLI_WORDS.body))
    .option('--from <date>', say(W.from))
    .option('--to <date>', say(W.to))
    .option('--year <year>', say(W.year))
    .option('--open', say(W.open))
    .option('--format <format>', `${FORMATS.join(', ')}`, 'table')
    .option('--out <file>', say(CLI_WORDS.out))
    .option('--force', say(CLI_WORDS.force))
    .option('--separator <char>', say(W.separator), ';')
    .option('--today <date>', say(CLI_WORDS.today))
    .addHelpText('after', say(W.kinds))
    .action(async (kind: string, first: string, second: string | undefined, flags: Flags) => {
      if (!isReportKind(kind)) throw new UsageError(say(W.unknownKind(kind, REPORT_KINDS.join(', '))));
      const isCase = kind === 'case';
      if (isCase && second === undefined) throw new UsageError(say(W.caseUsage));
      if (!isCase && second !== undefined) throw new UsageError(say(W.unexpectedArgument(second)));
      const dir = isCase ? (second as string) : first;
      const { report: opts, format } = options(flags, isCase ? first : undefined, say);
      const archive = await loadArchiveAt(dir);
      let report: Report;
      try {
        report = buildReport(kind, archive, opts);
      } catch (error) {
        // An unknown --body is a mistake in the call, not in the archive.
        if (isSammantradeError(error) && error.code === 'NOT_FOUND') throw new UsageError(`--body: ${error.message}`);
        throw error;
      }
      // A workbook is a file, never terminal output.
      if (format === 'xlsx' && !flags.out) throw new UsageError(say(W.binaryToTerminal));
      // exceljs is loaded only for a workbook: every other command starts without it.
      const text =
        format === 'xlsx'
          ? await (await import('../render/xlsx.js')).renderXlsx(report, lang)
          : render(report, format, lang, flags.separator as ',' | ';', opts);
      if (flags.out) {
        await writeFileAtomic(flags.out, text, { overwrite: flags.force === true });
        io.err(
          `${say(
            W.written(
              escapeControlChars(flags.out),
              report.tables.reduce((n, t) => n + t.rows.length, 0),
            ),
          )}\n`,
        );
      } else if (typeof text === 'string') {
        io.out(text);
      }
      done(EXIT.ok);
    });
}
