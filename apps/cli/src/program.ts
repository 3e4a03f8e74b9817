import { Command, CommanderError } from 'commander';
import { registerCalendar } from './commands/calendar.js';
import { registerImport } from './commands/import.js';
import { registerParse } from './commands/parse.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerShow } from './commands/show.js';
import { registerValidate } from './commands/validate.js';
import { reportFailure } from './errors.js';
import { EXIT, type Io, safeIo } from './io.js';

const EXIT_HELP = `
Exit codes:
  0  everything is fine
  1  problems found (invalid archive, unreadable file, errors in a document)
  2  the command was called wrongly (unknown command or option, bad value)
  141  the output was closed early (piped into head), as for other Unix tools`;

/** Builds the `sammantrade` program writing to `io`. Each command reports its exit code to `done`. */
export function createProgram(io: Io, done: (code: number) => void, version = '0.0.0'): Command {
  const program = new Command('sammantrade')
    .description('Sammanträde: check, import and report on the records of Swedish municipal bodies.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run sammantrade --help for usage)')
    .addHelpText('after', EXIT_HELP)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  registerValidate(program, io, done);
  registerShow(program, io, done);
  registerSchema(program, io, done);
  registerReport(program, io, done);
  registerCalendar(program, io, done);
  registerParse(program, io, done);
  registerImport(program, io, done);
  for (const command of program.commands)
    command.addHelpText('after', EXIT_HELP).exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * Never throws: every failure becomes a one-line message on stderr. Nothing it writes carries
 * control characters from a document or a file name.
 */
export async function run(argv: readonly string[], given: Io, version?: string): Promise<number> {
  const io = safeIo(given);
  let code: number = EXIT.ok;
  const program = createProgram(
    io,
    (c) => {
      code = c;
    },
    version,
  );
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportFailure(error, io);
  }
}
