import { escapeControlChars as shown } from '@sammantrade/core';
import { openDatabase, redactUrl } from '@sammantrade/core/postgres';
import type { Command } from 'commander';
import { EXIT, type Io } from '../io.js';
import { databaseUrl } from './db.js';

/**
 * `sammantrade sync ARCHIVE [URL]`: brings a YAML archive into a database, incrementally, so a
 * municipality keeps editing YAML in git and publishes through the database.
 */
export function registerSync(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('sync')
    .description('bring a YAML archive folder into a PostgreSQL database: only changed records, deleted files deleted')
    .argument('<archive>', 'the archive folder')
    .argument('[url]', 'postgres://user@host:port/database (default: SAMMANTRADE_DATABASE_URL)')
    .option('--verbose', 'list every record added, changed and deleted')
    .action(async (dir: string, given: string | undefined, flags: { verbose?: boolean }) => {
      const url = databaseUrl(given);
      const database = openDatabase(url, { maxConnections: 2 });
      try {
        const result = await database.sync(dir);
        if (flags.verbose) {
          for (const path of result.added) io.out(`+ ${path}\n`);
          for (const path of result.changed) io.out(`~ ${path}\n`);
          for (const path of result.deleted) io.out(`- ${path}\n`);
        }
        io.out(
          `${shown(dir)} → ${redactUrl(url)}: ${result.added.length} added, ${result.changed.length} changed, ${result.deleted.length} deleted, ${result.unchanged} unchanged\n`,
        );
        done(EXIT.ok);
      } finally {
        await database.close();
      }
    });
}
