import { CLI_WORDS, escapeControlChars as shown } from '@sammantrade/core';
import { openDatabase, redactUrl } from '@sammantrade/core/postgres';
import type { Command } from 'commander';
import { type CommandContext, EXIT } from '../io.js';
import { databaseUrl } from './db.js';

/**
 * `sammantrade sync ARCHIVE [URL]`: brings a YAML archive into a database, incrementally, so a
 * municipality keeps editing YAML in git and publishes through the database.
 */
export function registerSync(program: Command, { io, done, say }: CommandContext): void {
  const W = CLI_WORDS.sync;
  program
    .command('sync')
    .description(say(W.description))
    .argument('<archive>', say(CLI_WORDS.archive))
    .argument('[url]', say(CLI_WORDS.db.url))
    .option('--verbose', say(W.verbose))
    .action(async (dir: string, given: string | undefined, flags: { verbose?: boolean }) => {
      const url = databaseUrl(given, say);
      const database = openDatabase(url, { maxConnections: 2 });
      try {
        const result = await database.sync(dir);
        if (flags.verbose) {
          for (const path of result.added) io.out(`+ ${path}\n`);
          for (const path of result.changed) io.out(`~ ${path}\n`);
          for (const path of result.deleted) io.out(`- ${path}\n`);
        }
        const { added, changed, deleted, unchanged } = result;
        io.out(
          `${say(W.summary(shown(dir), redactUrl(url), added.length, changed.length, deleted.length, unchanged))}\n`,
        );
        done(EXIT.ok);
      } finally {
        await database.close();
      }
    });
}
