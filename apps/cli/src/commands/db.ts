import { CLI_WORDS } from '@sammantrade/core';
import { openDatabase, redactUrl } from '@sammantrade/core/postgres';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type CommandContext, EXIT } from '../io.js';
import type { Say } from '../lang.js';

/** The database named by the argument, else by SAMMANTRADE_DATABASE_URL. */
export function databaseUrl(given: string | undefined, say: Say): string {
  const url = given ?? process.env.SAMMANTRADE_DATABASE_URL;
  if (!url) throw new UsageError(say(CLI_WORDS.db.needsUrl));
  if (!/^postgres(?:ql)?:\/\//i.test(url)) throw new UsageError(say(CLI_WORDS.db.notUrl(url)));
  return url;
}

/** `sammantrade db migrate [URL]`: brings the database's schema up to date. */
export function registerDb(program: Command, { io, done, say }: CommandContext): void {
  const W = CLI_WORDS.db;
  const db = program.command('db').description(say(W.description));
  db.command('migrate')
    .description(say(W.migrate))
    .argument('[url]', say(W.url))
    .action(async (given: string | undefined) => {
      const url = databaseUrl(given, say);
      const database = openDatabase(url, { maxConnections: 1 });
      try {
        const { applied, version } = await database.migrate();
        io.out(
          `${say(applied.length > 0 ? W.migrated(redactUrl(url), version, applied.join(', ')) : W.upToDate(redactUrl(url), version))}\n`,
        );
        done(EXIT.ok);
      } finally {
        await database.close();
      }
    });
}
