import { CLI_WORDS } from '@sammantrade/core';
import { writeSchemas } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { type CommandContext, EXIT } from '../io.js';

/** `sammantrade schema ARCHIVE`: writes the JSON Schemas the archive's YAML files point editors at. */
export function registerSchema(program: Command, { io, done, say }: CommandContext): void {
  program
    .command('schema')
    .description(say(CLI_WORDS.schema.description))
    .argument('<archive>', say(CLI_WORDS.archive))
    .action(async (dir: string) => {
      await writeSchemas(dir);
      io.out(`${say(CLI_WORDS.schema.written(dir))}\n`);
      done(EXIT.ok);
    });
}
