#!/usr/bin/env node
import { type Archive, isSammantradeError } from '@sammantrade/core';
import { formatError, type LiveArchive, openLiveArchive } from '@sammantrade/core/node';
import { createApp } from './app.js';
import { parseCommand, USAGE } from './command.js';
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
  const { feedUrl } = command;
  // The archive follows its folder; a change that breaks it leaves the last good version on show.
  let app: Awaited<ReturnType<typeof appFor>> | undefined;
  let live: LiveArchive;
  try {
    live = await openLiveArchive(command.archive, {
      watch: command.kind !== 'build',
      onChange: (next) =>
        void appFor(next).then((built) => {
          app = built;
          out(`Sammanträde: arkivet har ändrats och visas på nytt`);
        }),
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
  const archive = live.current;

  if (command.kind === 'build') {
    const result = await buildStaticSite({
      archive,
      outDir: command.out,
      basePath: command.base,
      feedUrl: command.feedUrl,
    });
    out(
      `${result.pages.length} sidor och ${result.files.length - result.pages.length} andra filer skrivna till ${command.out}`,
    );
    if (!result.search)
      err('varning: sökskriptet saknas (kör pnpm build); sökningen fungerar inte på den statiska webbplatsen');
    return 0;
  }

  async function appFor(shown: Archive) {
    const app = createApp({
      archive: shown,
      feedUrl,
      onError: (error) =>
        err(`sammantrade-web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    // Build the search index before taking requests, so the first visitor to search does not wait for it.
    await app.request('/sok/?q=sammantrade');
    return app;
  }
  const first = await appFor(archive);
  app ??= first;
  // Requests go to the app of the latest valid archive; a reload swaps it in whole.
  const server = createServer({ fetch: (request, env) => (app ?? first).fetch(request, env) });
  const address = await listen(server, command.port, command.host);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  out(`Sammanträde visar ${command.archive} på http://${host}:${address.port}/`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  live.close();
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
