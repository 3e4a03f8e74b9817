import { CLI_WORDS, formatDiagnostic } from '@sammantrade/core';
import { checkArchive } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { type CommandContext, EXIT } from '../io.js';

/** `sammantrade validate ARCHIVE`: every problem with file:line; exit 1 when there are errors. */
export function registerValidate(program: Command, { io, done, lang, say }: CommandContext): void {
  const W = CLI_WORDS.validate;
  program
    .command('validate')
    .description(say(W.description))
    .argument('<archive>', say(CLI_WORDS.archive))
    .option('--quiet', say(W.quiet))
    .action(async (dir: string, options: { quiet?: boolean }) => {
      const { diagnostics, files } = await checkArchive(dir);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
      for (const d of diagnostics) {
        if (options.quiet && d.severity !== 'error') continue;
        (d.severity === 'error' ? io.err : io.out)(`${formatDiagnostic(d, lang)}\n`);
      }
      io.out(`${say(W.summary(dir, files, errors, warnings))}\n`);
      done(errors > 0 ? EXIT.problems : EXIT.ok);
    });
}
