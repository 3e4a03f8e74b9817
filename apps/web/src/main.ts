#!/usr/bin/env node
import { isSammantradeError } from '@sammantrade/core';
import {
  formatError,
  isDatabaseLocation,
  type LiveArchive,
  openArchive,
  type PreparePass,
  prepareInThread,
  redactUrl,
} from '@sammantrade/core/node';
import { parseCommand, USAGE } from './command.js';
import { followArchive } from './live.js';
import { close, createServer, listen } from './server.js';
import { buildStaticSite } from './static.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/** The `sammantrade-web` binary: serve an archive, or build it as a static site. Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv, process.env);
  if ('error' in command) {
    err(`sammantrade-web: ${command.error}`);
    err(USAGE);
    return 2;
  }
  if (command.kind === 'help') {
    out(USAGE);
    return 0;
  }
  // The archive follows its folder; a change that breaks it leaves the last good version on show.
  let live: LiveArchive;
  try {
    live = await openArchive(command.archive, {
      watch: command.kind !== 'build',
      // A static site is every page at once: the whole archive, however large.
      ...(command.kind === 'build' ? { perBody: false } : {}),
      onError: (error) =>
        err(
          `sammantrade-web: arkivet har ändrats men går inte att läsa; den förra versionen visas. ${formatError(error).join('; ')}`,
        ),
      onWarning: (message) => err(`sammantrade-web: ${message}`),
    });
  } catch (error) {
    if (!isSammantradeError(error)) throw error;
    const lines = formatError(error);
    for (const line of lines.slice(0, -1)) err(line);
    err(`sammantrade-web: ${lines.at(-1)}`);
    return 1;
  }

  if (command.kind === 'build') {
    const result = await buildStaticSite({
      archive: live.current,
      outDir: command.out,
      basePath: command.base,
      feedUrl: command.feedUrl,
    }).finally(() => live.close());
    out(
      `${result.pages.length} sidor och ${result.files.length - result.pages.length} andra filer skrivna till ${command.out}`,
    );
    if (!result.search)
      err('varning: sökskriptet saknas (kör pnpm build); sökningen fungerar inte på den statiska webbplatsen');
    return 0;
  }

  // Requests go to the app of the latest valid archive; a reload swaps it in whole.
  const viewer = followArchive(live, {
    feedUrl: command.feedUrl,
    // A database answers searches itself (PostgreSQL's Swedish full-text search).
    ...(live.search ? { search: live.search } : {}),
    onError: (error) =>
      err(`sammantrade-web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    onChange: () => out('Sammanträde: arkivet har ändrats och visas på nytt'),
  });
  await viewer.ready;
  const server = createServer({ fetch: viewer.fetch });
  const address = await listen(server, command.port, command.host);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  out(`Sammanträde visar ${redactUrl(command.archive)} på http://${host}:${address.port}/`);
  // A database served per body: what each body's meeting pages need is made in the background, in a
  // thread of its own, so a body's first page finds it kept (see ArchiveParts.prepare).
  let pass: PreparePass | undefined;
  /** Set once asked to stop: a first pass cut short then is not reported as done. */
  let stopping = false;
  const location = live.location;
  if (command.prepare && live.parts && location && isDatabaseLocation(location)) {
    pass = prepareInThread(
      location,
      live.current.bodies.map((b) => b.id),
      { stay: true },
    );
    // What a page finds not kept after a change is made there too, after the first pass.
    live.parts.makeElsewhere(pass.make);
    pass.done.then(
      ({ made, kept }) => {
        if (!stopping) out(`Sammanträde: mötessidornas underlag klart för ${made + kept} organ (${made} gjorda nu)`);
      },
      (error: unknown) =>
        err(
          `sammantrade-web: mötessidornas underlag gjordes inte efter start (${error instanceof Error ? error.message : String(error)}); de görs när de först behövs`,
        ),
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      stopping = true;
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  viewer.stop();
  await pass?.stop();
  await live.close();
  await close(server);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`sammantrade-web: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
