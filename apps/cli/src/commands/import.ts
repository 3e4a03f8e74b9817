import { basename } from 'node:path';
import {
  CLI_WORDS,
  errorMessage,
  formatDiagnostic,
  type ImportRecords,
  escapeControlChars as shown,
  WORDS,
} from '@sammantrade/core';
import { type ImportResult, importDocuments, listDocuments } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { hint, UsageError } from '../errors.js';
import { type CommandContext, EXIT, type Io } from '../io.js';
import type { Say } from '../lang.js';
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

function summary(records: ImportRecords, result: ImportResult, warnings: number, say: Say): string {
  const W = CLI_WORDS.import;
  const m = records.meeting;
  const what = m
    ? say(
        W.meeting(
          { sv: WORDS.sv.meetingKind[m.kind], en: WORDS.en.meetingKind[m.kind] },
          records.body?.name ?? '',
          m.date,
          m.paragraphs.length,
          m.kind === 'agenda',
          m.participants.length,
        ),
      )
    : records.programme
      ? say(W.programme(records.programme.title, records.programme.areas.length))
      : records.schedules.length > 0
        ? say(W.schedulePage((records.bodies ?? (records.body ? [records.body] : [])).map((b) => b.name).join(', ')))
        : say(W.nothing);
  const schedules =
    records.schedules.length > 0 ? say(W.schedules(records.schedules.map((s) => s.year).join(', '))) : '';
  const replaced = result.removed.length > 0 ? say(W.replaces(result.removed.join(', '))) : '';
  const kept = result.kept.length > 0 ? say(W.kept(result.kept.join(', '))) : '';
  return `${what}${schedules} → ${result.written.join(', ')}${replaced}${kept}; ${say(W.warnings(warnings))}`;
}

/**
 * `sammantrade import FILE… --into ARCHIVE`: core's `importDocuments`, with a line per document and a
 * progress bar. Each document is imported whole or not at all; see the core function for what is kept.
 */
export function registerImport(program: Command, { io, done, lang, say }: CommandContext): void {
  const W = CLI_WORDS.import;
  const command = program
    .command('import')
    .description(say(W.description))
    .argument('<file...>', say(W.files))
    .option('--into <archive>', say(W.into))
    .option('--date <YYYY-MM-DD>', say(CLI_WORDS.parse.date))
    .option('--body <name>', say(W.body))
    .option('--force', say(W.force));
  limitOptions(command, say).action(async (paths: string[], flags: Flags) => {
    if (!flags.into) throw new UsageError(say(W.needsInto));
    const date = dateOption(flags.date, say);
    const limits = limitsOption(flags, say);
    const files = await listDocuments(paths);
    if (files.length === 0) {
      io.err(`sammantrade: ${say(W.noDocuments(paths.map(shown).join(', ')))}\n`);
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
            io.err(`sammantrade: ${errorMessage(result.error, lang)}${hint(result.error, lang)}\n`);
            return;
          }
          const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
          io.out(
            `${shown(basename(result.file))}: ${summary(result.records ?? { schedules: [], diagnostics: [] }, result, warnings.length, say)}\n`,
          );
          for (const w of warnings) io.out(`  ${formatDiagnostic({ ...w, file: w.file ?? result.file }, lang)}\n`);
        }, n),
    });
    bar.end();
    const failed = results.filter((r) => r.error).length;
    if (files.length > 1) io.out(`${say(W.total(files.length - failed, files.length, shown(flags.into)))}\n`);
    done(failed > 0 ? EXIT.problems : EXIT.ok);
  });
}
