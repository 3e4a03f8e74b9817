import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stripControlChars } from '@sammantrade/core';
import { formatError, redactUrl } from '@sammantrade/core/node';
import { createServer, listenOrigin } from './server.js';

const HELP = `sammantrade-feed: serve a Sammanträde archive as iCalendar feeds.

Usage: sammantrade-feed [--archive DIR] [--port N] [--host H] [--public-url URL] [--viewer-url URL] [--deadlines]

  --archive DIR|URL  the archive folder, or a postgres:// database (env SAMMANTRADE_ARCHIVE or
                     SAMMANTRADE_DATABASE_URL; default: the bundled sample)
  --port N           port to listen on (env PORT; default 8787)
  --host H           address to listen on (env HOST; default 127.0.0.1)
  --public-url URL   the origin people reach the server at, for subscribe links (env SAMMANTRADE_PUBLIC_URL;
                     default: the address listened on, never a request's Host header)
  --viewer-url URL   the web viewer's origin, linked from each event (env SAMMANTRADE_VIEWER_URL)
  --deadlines        add adjustment deadlines and report-back dates as events
  --state FILE       where SEQUENCE numbers are kept (default <archive>/.sammantrade/calendar-state.json;
                     a database keeps them itself)
  --no-prepare       a database served per body: do not make every body's feed in the background
                     after start (by default each feed the database does not keep is made, one at a time)

Exit codes: 0 stopped cleanly, 1 the archive is invalid or the port is taken, 2 bad arguments.`;

/** One line on stderr; nothing from an archive or a file name can move the terminal's cursor. */
const warn = (message: string) => process.stderr.write(`sammantrade-feed: ${stripControlChars(message)}\n`);

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

/** Starts the feed server from arguments and environment; resolves once it listens. */
export async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        archive: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        'viewer-url': { type: 'string' },
        state: { type: 'string' },
        deadlines: { type: 'boolean' },
        'no-prepare': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`sammantrade-feed: ${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const archive =
    str(values.archive) ?? str(process.env.SAMMANTRADE_ARCHIVE) ?? str(process.env.SAMMANTRADE_DATABASE_URL) ?? SAMPLE;
  const port = Number(str(values.port) ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sammantrade-feed: not a port: ${str(values.port) ?? process.env.PORT}\n`);
    return 2;
  }
  const host = str(values.host) ?? str(process.env.HOST) ?? '127.0.0.1';
  const publicUrl = str(values['public-url']) ?? str(process.env.SAMMANTRADE_PUBLIC_URL);
  if (publicUrl !== undefined && !/^https?:\/\/[^/?#\s]+\/?$/.test(publicUrl)) {
    warn(`--public-url ${publicUrl}: give the origin people reach, such as https://kalender.example.se`);
    return 2;
  }
  const viewerUrl = str(values['viewer-url']) ?? str(process.env.SAMMANTRADE_VIEWER_URL);
  const stateFile = str(values.state);
  try {
    const feed = await createServer({
      archive,
      ...(publicUrl ? { publicUrl } : {}),
      ...(viewerUrl ? { viewerUrl } : {}),
      ...(stateFile ? { stateFile } : {}),
      adjustments: values.deadlines === true,
      reportBacks: values.deadlines === true,
      ...(values['no-prepare'] === true ? { prepare: false } : {}),
      onWarning: warn,
    });
    const url = await feed.listen(port, host);
    if (!publicUrl && ['', '0.0.0.0', '::'].includes(host))
      warn(
        `subscribe links use ${listenOrigin(host, Number(new URL(url).port))}; set --public-url to the address people reach`,
      );
    process.stdout.write(`Kalenderflöden: ${publicUrl ?? url}/  (arkiv: ${redactUrl(archive)})\n`);
    const stop = () => {
      // Graceful: finish requests in flight, then exit; a stuck client cannot hold shutdown forever.
      setTimeout(() => process.exit(0), 10_000).unref();
      void feed.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    return 0;
  } catch (error) {
    const lines = formatError(error);
    for (const line of lines.slice(0, -1)) process.stderr.write(`${stripControlChars(line)}\n`);
    warn(lines.at(-1) ?? '');
    return 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
