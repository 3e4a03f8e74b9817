import { formatDiagnostic } from '@sammantrade/core';
import { checkArchive } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { EXIT, type Io } from '../io.js';

/** `sammantrade validate ARCHIVE`: every problem with file:line; exit 1 when there are errors. */
export function registerValidate(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check every file of an archive against the model; print each problem as file:line')
    .argument('<archive>', 'the archive folder')
    .option('--quiet', 'print errors only, not warnings')
    .action(async (dir: string, options: { quiet?: boolean }) => {
      const { diagnostics, files } = await checkArchive(dir);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
      for (const d of diagnostics) {
        if (options.quiet && d.severity !== 'error') continue;
        (d.severity === 'error' ? io.err : io.out)(`${formatDiagnostic(d)}\n`);
      }
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      io.out(`${dir}: ${plural(files, 'file')} checked, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
      done(errors > 0 ? EXIT.problems : EXIT.ok);
    });
}
