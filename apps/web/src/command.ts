import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_FEED_URL } from './app.js';

/** The bundled sample archive, found from the package (src/ or dist/, both one folder below it). */
export const SAMPLE_ARCHIVE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

/** What the binary was asked to do. */
export type Command =
  | { kind: 'serve'; archive: string; port: number; host: string; feedUrl: string; prepare: boolean }
  | { kind: 'build'; archive: string; out: string; base: string; feedUrl: string }
  | { kind: 'help' };

/** How to call the binary, in its own words. */
export const USAGE = `Användning:
  sammantrade-web [--archive MAPP] [--port PORT] [--host VÄRD] [--feed-url URL] [--no-prepare]
      visa arkivet på http://VÄRD:PORT/ (standard 127.0.0.1:3000); en databas: --no-prepare gör inte
      mötessidornas underlag för varje organ i bakgrunden efter start (de görs då när de först behövs)
  sammantrade-web build --out MAPP [--archive MAPP] [--base SÖKVÄG] [--feed-url URL]
      skriv arkivet som en statisk webbplats i MAPP

MAPP kan också vara en PostgreSQL-databas: postgres://…
Miljövariabler: SAMMANTRADE_ARCHIVE, SAMMANTRADE_DATABASE_URL, PORT, HOST, SAMMANTRADE_FEED_URL.
Utan arkiv visas exempelarkivet examples/samverkan.`;

/**
 * Reads the command line and the environment (flags win). Returns an error message, never throws,
 * so the binary can print one line and exit 2.
 */
export function parseCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Command | { error: string } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const archive = values.archive ?? env.SAMMANTRADE_ARCHIVE ?? env.SAMMANTRADE_DATABASE_URL ?? SAMPLE_ARCHIVE;
  const feedUrl = values['feed-url'] ?? env.SAMMANTRADE_FEED_URL ?? DEFAULT_FEED_URL;
  if (!/^https?:\/\/[^/]/.test(feedUrl)) return { error: `--feed-url must be an http(s) URL: ${feedUrl}` };
  const [verb, ...rest] = positionals;
  if (rest.length) return { error: `unexpected argument: ${rest[0]}` };
  if (verb === 'build') {
    if (!values.out) return { error: 'build needs --out DIR' };
    const base = (values.base ?? '').replace(/\/+$/, '');
    if (base && !/^\/[\w\-./~%]*$/.test(base)) return { error: `--base must be a path such as /protokoll: ${base}` };
    return { kind: 'build', archive, out: values.out, base, feedUrl };
  }
  if (verb !== undefined) return { error: `unknown command: ${verb}` };
  const portText = values.port ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) return { error: `not a port: ${portText}` };
  const prepare = values['no-prepare'] !== true;
  return { kind: 'serve', archive, port, host: values.host ?? env.HOST ?? '127.0.0.1', feedUrl, prepare };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      archive: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'feed-url': { type: 'string' },
      'no-prepare': { type: 'boolean' },
      out: { type: 'string' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
