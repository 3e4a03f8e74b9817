import { escapeControlChars, renderFeeds, renderICalendar } from '@sammantrade/core';
import { loadArchive, writeFileAtomic } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXIT, type Io } from '../io.js';

/** `sammantrade calendar ARCHIVE`: the same iCalendar the feed serves, to a file or stdout. */
export function registerCalendar(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('calendar')
    .description("write the iCalendar of an archive, a body or a body's year (as the feed serves it)")
    .argument('<archive>', 'the archive folder')
    .option('--body <id>', 'only this body')
    .option('--year <year>', 'only this year (with --body)')
    .option('--deadlines', 'add adjustment deadlines and report-back dates as events')
    .option('--public-url <url>', "the address the calendar is published at; its host goes into every event's UID")
    .option('--out <file>', 'write to a file (.ics) instead of the terminal')
    .option('--force', 'replace --out if it exists')
    .action(
      async (
        dir: string,
        flags: { body?: string; year?: string; deadlines?: boolean; publicUrl?: string; out?: string; force?: boolean },
      ) => {
        if (flags.year !== undefined && !/^\d{4}$/.test(flags.year))
          throw new UsageError(`--year ${flags.year}: not a year`);
        if (flags.year !== undefined && flags.body === undefined) throw new UsageError('--year needs --body');
        if (
          (flags.publicUrl !== undefined && !/^https?:\/\//.test(flags.publicUrl)) ||
          (flags.publicUrl && !URL.canParse(flags.publicUrl))
        )
          throw new UsageError(`--public-url ${flags.publicUrl}: not an http(s) address`);
        const archive = await loadArchive(dir);
        if (flags.body !== undefined && !archive.body(flags.body)) {
          throw new UsageError(
            `--body: unknown body "${flags.body}" (the archive has: ${archive.bodies.map((b) => b.id).join(', ')})`,
          );
        }
        const id =
          flags.body === undefined ? 'all' : flags.year === undefined ? flags.body : `${flags.body}/${flags.year}`;
        // The feed server's rendering, as its first build sees the archive: the same bytes.
        const { feeds } = renderFeeds(
          archive,
          {},
          {
            adjustments: flags.deadlines === true,
            reportBacks: flags.deadlines === true,
            ...(flags.publicUrl ? { uidDomain: new URL(flags.publicUrl).hostname } : {}),
          },
        );
        const body = flags.body === undefined ? undefined : archive.body(flags.body);
        // A year without meetings is an empty calendar, not an error.
        const feed = feeds.find((f) => f.id === id) ?? {
          events: [],
          text: renderICalendar([], { name: `${body?.name ?? ''} ${flags.year ?? ''}`.trim() }),
        };
        const { events, text } = feed;
        if (flags.out) {
          await writeFileAtomic(flags.out, text, { overwrite: flags.force === true });
          io.err(`${escapeControlChars(flags.out)}: ${events.length} events written\n`);
        } else {
          io.out(text);
        }
        done(EXIT.ok);
      },
    );
}
