import { openDatabase, redactUrl } from '@sammantrade/core/postgres';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';

/** The database named by the argument, else by SAMMANTRADE_DATABASE_URL. */
export function databaseUrl(given: string | undefined): string {
  const url = given ?? process.env.SAMMANTRADE_DATABASE_URL;
  if (!url) throw new UsageError('give the database as postgres://… or set SAMMANTRADE_DATABASE_URL');
  if (!/^postgres(?:ql)?:\/\//i.test(url)) throw new UsageError(`${url}: not a postgres:// URL`);
  return url;
}

/** `sammantrade db migrate [URL]`: brings the database's schema up to date. */
export function registerDb(program: Command, io: Io, done: (code: number) => void): void {
  const db = program.command('db').description('manage a PostgreSQL database that holds an archive');
  db.command('migrate')
    .description('create or update the tables of a Sammanträde database (safe to run again)')
    .argument('[url]', 'postgres://user@host:port/database (default: SAMMANTRADE_DATABASE_URL)')
    .action(async (given: string | undefined) => {
      const url = databaseUrl(given);
      const database = openDatabase(url, { maxConnections: 1 });
      try {
        const { applied, version } = await database.migrate();
        io.out(
          applied.length > 0
            ? `${redactUrl(url)}: migrated to schema version ${version} (applied ${applied.join(', ')})\n`
            : `${redactUrl(url)}: schema version ${version}, up to date\n`,
        );
        done(EXIT.ok);
      } finally {
        await database.close();
      }
    });
}
