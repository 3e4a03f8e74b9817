import { CLI_WORDS, escapeControlChars, renderFeeds, renderICalendar } from '@sammantrade/core';
import { loadArchiveAt, writeFileAtomic } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { type CommandContext, EXIT } from '../io.js';

/** `sammantrade calendar ARCHIVE`: the same iCalendar the feed serves, to a file or stdout. */
export function registerCalendar(program: Command, { io, done, say }: CommandContext): void {
  const W = CLI_WORDS.calendar;
  program
    .command('calendar')
    .description(say(W.description))
    .argument('<archive>', say(CLI_WORDS.archiveOrDatabase))
    .option('--body <id>', say(CLI_WORDS.body))
    .option('--year <year>', say(W.year))
    .option('--deadlines', say(W.deadlines))
    .option('--public-url <url>', say(W.publicUrl))
    .option('--out <file>', say(W.out))
    .option('--force', say(CLI_WORDS.force))
    .action(
      async (
        dir: string,
        flags: { body?: string; year?: string; deadlines?: boolean; publicUrl?: string; out?: string; force?: boolean },
      ) => {
        if (flags.year !== undefined && !/^\d{4}$/.test(flags.year))
          throw new UsageError(say(CLI_WORDS.notYear('year', flags.year)));
        if (flags.year !== undefined && flags.body === undefined) throw new UsageError(say(W.yearNeedsBody));
        if (
          (flags.publicUrl !== undefined && !/^https?:\/\//.test(flags.publicUrl)) ||
          (flags.publicUrl && !URL.canParse(flags.publicUrl))
        )
          throw new UsageError(say(W.notUrl(flags.publicUrl)));
        const archive = await loadArchiveAt(dir);
        if (flags.body !== undefined && !archive.body(flags.body)) {
          throw new UsageError(say(W.unknownBody(flags.body, archive.bodies.map((b) => b.id).join(', '))));
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
          io.err(`${say(W.written(escapeControlChars(flags.out), events.length))}\n`);
        } else {
          io.out(text);
        }
        done(EXIT.ok);
      },
    );
}
