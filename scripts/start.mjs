// `pnpm start`: the calendar feed and the web viewer on the bundled sample archive (or
// SAMMANTRADE_ARCHIVE), each in its own process, stopped together with Ctrl-C or SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const feedPort = process.env.FEED_PORT ?? '8787';
const webPort = process.env.WEB_PORT ?? '8788';
const host = process.env.HOST ?? '127.0.0.1';
const env = {
  ...process.env,
  SAMMANTRADE_FEED_URL: process.env.SAMMANTRADE_FEED_URL ?? `http://${host}:${feedPort}`,
  SAMMANTRADE_VIEWER_URL: process.env.SAMMANTRADE_VIEWER_URL ?? `http://${host}:${webPort}`,
};

const apps = [
  { name: 'feed', main: 'apps/feed/dist/main.js', port: feedPort },
  { name: 'web', main: 'apps/web/dist/main.js', port: webPort },
].filter((app) => existsSync(`${root}${app.main}`));
if (apps.length === 0) {
  console.error('Nothing is built yet: run `pnpm build` first.');
  process.exit(1);
}

const children = apps.map((app) => {
  const child = spawn(process.execPath, [`${root}${app.main}`, '--port', app.port, '--host', host], {
    env,
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${app.name} stopped (${signal ?? `exit ${code}`}); stopping the others.`);
      stop(code || 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
