import { CLI_WORDS, type Lang } from '@sammantrade/core';
import { Command, CommanderError } from 'commander';
import { registerCalendar } from './commands/calendar.js';
import { registerDb } from './commands/db.js';
import { registerImport } from './commands/import.js';
import { registerParse } from './commands/parse.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerShow } from './commands/show.js';
import { registerSync } from './commands/sync.js';
import { registerValidate } from './commands/validate.js';
import { reportFailure } from './errors.js';
import { EXIT, type Io, safeIo } from './io.js';
import { langOf, localise, localiseError, sayIn } from './lang.js';

/** Builds the `sammantrade` program writing to `io`. Each command reports its exit code to `done`. */
export function createProgram(io: Io, done: (code: number) => void, version = '0.0.0', lang: Lang = 'sv'): Command {
  const say = sayIn(lang);
  const output = {
    writeOut: io.out,
    writeErr: io.err,
    outputError: (text: string, write: (text: string) => void) => write(localiseError(text, lang)),
  };
  const program = localise(new Command('sammantrade'), lang)
    .description(say(CLI_WORDS.program))
    .version(version, '-V, --version', say(CLI_WORDS.help.version))
    .option('--lang <lang>', say(CLI_WORDS.lang))
    .showHelpAfterError(say(CLI_WORDS.helpAfterError))
    .addHelpText('after', say(CLI_WORDS.exitCodes))
    .configureOutput(output)
    .exitOverride();
  const context = { io, done, lang, say };
  registerValidate(program, context);
  registerShow(program, context);
  registerSchema(program, context);
  registerReport(program, context);
  registerCalendar(program, context);
  registerParse(program, context);
  registerImport(program, context);
  registerSync(program, context);
  registerDb(program, context);
  // Commands and their subcommands (db migrate) alike.
  const commands = program.commands.flatMap((command) => [command, ...command.commands]);
  for (const command of commands) {
    localise(command, lang).addHelpText('after', say(CLI_WORDS.exitCodes)).exitOverride().configureOutput(output);
    // Every command takes --lang (read before commander runs), so it may stand anywhere.
    if (!command.options.some((o) => o.long === '--lang')) command.option('--lang <lang>', say(CLI_WORDS.lang));
  }
  return program;
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code.
 * Never throws: every failure becomes a one-line message on stderr. Nothing it writes carries
 * control characters from a document or a file name.
 */
export async function run(argv: readonly string[], given: Io, version?: string): Promise<number> {
  const io = safeIo(given);
  const lang = langOf(argv);
  if (typeof lang === 'object') {
    io.err(`sammantrade: ${CLI_WORDS.langBad(lang.bad).sv}\n`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  const program = createProgram(
    io,
    (c) => {
      code = c;
    },
    version,
    lang,
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
    return reportFailure(error, io, lang);
  }
}
