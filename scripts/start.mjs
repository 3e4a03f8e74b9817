// `pnpm start`: the calendar feed and the web viewer on the bundled sample archive (or
// SAMMANTRADE_ARCHIVE, or the database SAMMANTRADE_DATABASE_URL), in one process over one loaded archive: the folder is watched once and each
// change is read once for both servers. Ctrl-C or SIGTERM stops both.
// Settings: FEED_PORT (8787), WEB_PORT (8788), HOST (127.0.0.1), SAMMANTRADE_ARCHIVE, SAMMANTRADE_DATABASE_URL,
// SAMMANTRADE_PUBLIC_URL, SAMMANTRADE_FEED_URL, SAMMANTRADE_VIEWER_URL; 0 as a port takes any free one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = ['packages/core/dist/node.js', 'apps/feed/dist/index.js', 'apps/web/dist/index.js'];
if (!built.every((file) => existsSync(`${root}${file}`))) {
  console.error('Nothing is built yet: run `pnpm build` first.');
  process.exit(1);
}
const { isSammantradeError } = await import(`${root}packages/core/dist/index.js`);
const { formatError, openArchive, redactUrl } = await import(`${root}packages/core/dist/node.js`);
const feedApp = await import(`${root}apps/feed/dist/index.js`);
const webApp = await import(`${root}apps/web/dist/index.js`);

const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const archiveDir = env.SAMMANTRADE_ARCHIVE || env.SAMMANTRADE_DATABASE_URL || `${root}examples/samverkan`;
const port = (value, fallback) => {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    console.error(`not a port: ${value}`);
    process.exit(2);
  }
  return n;
};
const feedPort = port(env.FEED_PORT, 8787);
const webPort = port(env.WEB_PORT, 8788);
const origin = (p) => `http://${host.includes(':') ? `[${host}]` : host}:${p}`;

const warn = (message) => console.error(`sammantrade: ${message}`);
let live;
try {
  live = await openArchive(archiveDir, {
    onWarning: warn,
    onError: (error) =>
      warn(
        `the archive changed but cannot be read; still showing the previous version. ${formatError(error).join('; ')}`,
      ),
  });
} catch (error) {
  if (!isSammantradeError(error)) throw error;
  const lines = formatError(error);
  for (const line of lines.slice(0, -1)) console.error(line);
  console.error(`sammantrade: ${lines.at(-1)}`);
  process.exit(1);
}

/** Listens, or ends with one line when the port is taken or not allowed (no stack trace). */
async function listening(what, setting, port, listen) {
  try {
    return await listen();
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
    const why = error.code === 'EADDRINUSE' ? 'is already in use' : 'may not be used by this user';
    console.error(
      `sammantrade: ${what}: ${origin(port)} ${why}; ${setting} chooses another port (0 takes any free one)`,
    );
    process.exit(1);
  }
}

// The viewer needs the feed's address and the feed the viewer's: the viewer listens first and
// answers once the feed is up.
let pages = () => new Response('Startar …', { status: 503, headers: { 'retry-after': '1' } });
const web = webApp.createServer({ fetch: (request, bindings, context) => pages(request, bindings, context) });
const webAddress = await listening('the viewer', 'WEB_PORT', webPort, () => webApp.listen(web, webPort, host));
const webUrl = env.SAMMANTRADE_VIEWER_URL ?? origin(webAddress.port);
const feed = await feedApp.createServer({
  archive: live,
  ...(env.SAMMANTRADE_PUBLIC_URL ? { publicUrl: env.SAMMANTRADE_PUBLIC_URL } : {}),
  viewerUrl: webUrl,
  onWarning: warn,
});
const feedUrl = await listening('the feed', 'FEED_PORT', feedPort, () => feed.listen(feedPort, host));
const viewer = webApp.followArchive(live, {
  feedUrl: env.SAMMANTRADE_FEED_URL ?? env.SAMMANTRADE_PUBLIC_URL ?? feedUrl,
  ...(live.search ? { search: live.search } : {}),
  onError: (error) => warn(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  onChange: () => console.log('Sammanträde: arkivet har ändrats och visas på nytt'),
});
await viewer.ready;
pages = viewer.fetch;
console.log(`Kalenderflöden: ${env.SAMMANTRADE_PUBLIC_URL ?? feedUrl}/  (arkiv: ${redactUrl(archiveDir)})`);
console.log(`Sammanträde visar ${redactUrl(archiveDir)} på ${origin(webAddress.port)}/`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 10_000).unref();
  viewer.stop();
  await Promise.all([feed.close(), webApp.close(web)]);
  await live.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
