import { basename } from 'node:path';
import { formatDiagnostic, type ImportRecords, escapeControlChars as shown } from '@sammantrade/core';
import { type ImportResult, importDocuments, listDocuments } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { hint, UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';
import { dateOption, type LimitFlags, limitOptions, limitsOption } from './parse.js';

interface Flags extends LimitFlags {
  into?: string;
  date?: string;
  body?: string;
  force?: boolean;
}

/** A progress bar on stderr, for a terminal and many files; nothing otherwise. */
function progress(io: Io, total: number) {
  const visible = io.isTty && total >= 5;
  // The bar is terminal control, written as it is: everything else loses its control characters.
  const terminal = (text: string) => (io.progress ?? io.err)(text);
  const draw = (done: number) => {
    if (!visible) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    terminal(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    draw,
    /** Clears the bar so a line can be printed, then draws it again after. */
    print(write: () => void, done: number) {
      if (visible) terminal('\r\x1b[K');
      write();
      draw(done);
    },
    end() {
      if (visible) terminal('\r\x1b[K');
    },
  };
}

const KIND = { minutes: 'minutes', agenda: 'agenda', extract: 'extract' } as const;

function summary(records: ImportRecords, result: ImportResult, warnings: number): string {
  const m = records.meeting;
  const what = m
    ? `${KIND[m.kind]} of ${records.body?.name} ${m.date ?? '(no date)'}, ${m.paragraphs.length} ${m.kind === 'agenda' ? 'items' : '§'}, ${m.participants.length} people`
    : records.programme
      ? `programme "${records.programme.title}", ${records.programme.areas.length} areas`
      : records.schedules.length > 0
        ? `schedule page of ${(records.bodies ?? (records.body ? [records.body] : [])).map((b) => b.name).join(', ')}`
        : 'nothing';
  const schedules = records.schedules.length > 0 ? `, schedule ${records.schedules.map((s) => s.year).join(', ')}` : '';
  const replaced = result.removed.length > 0 ? ` (replaces ${result.removed.join(', ')})` : '';
  const kept = result.kept.length > 0 ? `; kept as it was: ${result.kept.join(', ')}` : '';
  return `${what}${schedules} → ${result.written.join(', ')}${replaced}${kept}; ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/**
 * `sammantrade import FILE… --into ARCHIVE`: core's `importDocuments`, with a line per document and a
 * progress bar. Each document is imported whole or not at all; see the core function for what is kept.
 */
export function registerImport(program: Command, io: Io, done: (code: number) => void): void {
  const command = program
    .command('import')
    .description('parse documents and write their records (body, meeting, schedules, programme) into an archive')
    .argument('<file...>', 'documents (PDF, Word .docx, UTF-8 text; at most 20 MB each) or folders of them')
    .option('--into <archive>', 'the archive folder to write into (required)')
    .option('--date <YYYY-MM-DD>', "the meeting's date when a document does not state it")
    .option('--body <name>', 'the body to file the records under, when a document does not name it')
    .option('--force', 'replace the meeting record a document would otherwise be refused for');
  limitOptions(command).action(async (paths: string[], flags: Flags) => {
    if (!flags.into) throw new UsageError('import needs --into ARCHIVE');
    const date = dateOption(flags.date);
    const limits = limitsOption(flags);
    const files = await listDocuments(paths);
    if (files.length === 0) {
      io.err(`sammantrade: no documents (.pdf, .docx, .txt, .md) in ${paths.map(shown).join(', ')}\n`);
      done(EXIT.problems);
      return;
    }
    const bar = progress(io, files.length);
    bar.draw(0);
    const results = await importDocuments(files, {
      into: flags.into,
      ...(date ? { date } : {}),
      ...(flags.body ? { body: flags.body } : {}),
      force: flags.force === true,
      limits,
      onResult: (result, n) =>
        bar.print(() => {
          if (result.error) {
            io.err(`sammantrade: ${result.error.message}${hint(result.error)}\n`);
            return;
          }
          const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
          io.out(
            `${shown(basename(result.file))}: ${summary(result.records ?? { schedules: [], diagnostics: [] }, result, warnings.length)}\n`,
          );
          for (const w of warnings) io.out(`  ${formatDiagnostic({ ...w, file: w.file ?? result.file })}\n`);
        }, n),
    });
    bar.end();
    const failed = results.filter((r) => r.error).length;
    if (files.length > 1)
      io.out(`${files.length - failed} of ${files.length} documents imported into ${shown(flags.into)}\n`);
    done(failed > 0 ? EXIT.problems : EXIT.ok);
  });
}
