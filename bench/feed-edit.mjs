// The feed server on a generated archive while a meeting file is edited: the time from the edit to
// the new ETag of the body's feed, and the latency of feed requests meanwhile, side by side with a
// static server of the same bytes under the same load. Also the time until the server answers after
// start (warm cache, the feeds of the last run saved). The servers run in their own processes, the load in this one.
// Requests come at a steady rate (--rate per second to each server, 40 by default), each timed from
// when it was due, so a server that stalls is charged for the requests that wait behind it; --rate 0
// sends them back to back on 10 connections instead (which measures the machine's saturation as much
// as the server).
// The bench's own instruments (its request loop and the static server) are warmed up while the feed
// server builds, so their first requests' costs (code not yet compiled, heaps growing) do not fall in
// the first edit; the feed server itself is not: its first edit comes right after its first build.
// On Linux each edit's row also gives the processor time of each process and the machine's idle share
// meanwhile, so a slow edit shows whether the server worked or waited for a core.
// Usage: pnpm build && node bench/feed-edit.mjs [--meetings 10000] [--edits 5] [--dir DIR] [--rate 40]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from './generate-archive.mjs';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '5' },
    dir: { type: 'string' },
    rate: { type: 'string', default: '40' },
  },
});
const rate = Number(values.rate);
const root = new URL('..', import.meta.url).pathname;
const dir = values.dir ?? (await mkdtemp(join(tmpdir(), 'sammantrade-feed-edit-')));
if (!existsSync(join(dir, 'bodies'))) await generateArchive(dir, Number(values.meetings));
const state = join(await mkdtemp(join(tmpdir(), 'sammantrade-feed-state-')), 'state.json');
const children = [];
process.on('exit', () => {
  for (const child of children) child.kill();
});

function start(args, ready) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = ready.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
  });
}

function get(url, headers = {}, method = 'GET') {
  return new Promise((resolve) => {
    const t = performance.now();
    const req = request(url, { headers, method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, etag: res.headers.etag, ms: performance.now() - t }));
    });
    req.on('error', (error) => resolve({ status: 0, error, ms: performance.now() - t }));
    req.end();
  });
}

// Start: once to fill the cache, then the start that counts.
const first = await start(
  [join(root, 'apps/feed/dist/main.js'), '--archive', dir, '--port', '0', '--state', state],
  /Kalenderflöden: (http:\/\/[\d.:]+)/,
);
/** Waits until the server has built the feeds from the archive (not only served the saved ones). */
async function built(url) {
  for (;;) {
    const health = await fetch(`${url}/healthz`)
      .then((r) => r.json())
      .catch(() => ({}));
    if (health.builds >= 1) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
// The first start fills the cache and saves the feeds for the next start.
await built(first.url);
await new Promise((r) => setTimeout(r, 2000)); // the saved feeds are written after the build
// The last run's server ends (writing its feeds for the next start) before the next one starts.
const exited = new Promise((resolve) => first.child.once('exit', resolve));
first.child.kill();
await exited;
const t0 = performance.now();
const feed = await start(
  [join(root, 'apps/feed/dist/main.js'), '--archive', dir, '--port', '0', '--state', state],
  /Kalenderflöden: (http:\/\/[\d.:]+)/,
);
const path = '/calendars/organ-1.ics';
// As calendar clients ask: with gzip.
while ((await get(`${feed.url}${path}`, { 'accept-encoding': 'gzip' })).status !== 200)
  await new Promise((r) => setTimeout(r, 20));
const startSeconds = (performance.now() - t0) / 1000;

// A static server of the same bytes (the saved feed served at start: the archive has not changed since),
// for the latency under the same request rate.
const bytesFile = join(tmpdir(), `sammantrade-feed-edit-${process.pid}.ics`);
await writeFile(
  bytesFile,
  Buffer.from(await (await fetch(`${feed.url}${path}`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer()),
);
const baseline = await start(
  [
    '-e',
    `const fs=require('node:fs'),b=fs.readFileSync(${JSON.stringify(bytesFile)});require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/calendar','content-length':b.length});s.end(b)}).listen(0,'127.0.0.1',function(){console.log('static http://127.0.0.1:'+this.address().port)})`,
  ],
  /static (http:\/\/[\d.:]+)/,
);

/**
 * Requests until `done()`, and their latencies: `rate` a second, each timed from when it was due (so a
 * stall counts for every request that waited behind it); or, with rate 0, back to back on 10 connections.
 */
async function load(url, done) {
  const times = [];
  const headers = { 'accept-encoding': 'gzip, br' };
  // A failed request counts as the slowest.
  const record = (res, from) => {
    times.push(res.status === 200 ? performance.now() - from : Number.POSITIVE_INFINITY);
    if (res.status !== 200)
      failures.set(res.error?.code ?? res.status, (failures.get(res.error?.code ?? res.status) ?? 0) + 1);
  };
  if (rate > 0) {
    const pending = [];
    const start = performance.now();
    for (let i = 0; !done(); i++) {
      const due = start + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(get(url, headers).then((res) => record(res, due)));
    }
    await Promise.all(pending);
  } else
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (!done()) {
          const from = performance.now();
          record(await get(url, headers), from);
        }
      }),
    );
  return times.sort((a, b) => a - b);
}
/** Why requests failed (error code or status), over the whole run. */
const failures = new Map();
const p = (times, q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

// The instruments warm up on the static server while the feed server builds: the request loop and the
// ETag watch, as during an edit, for two seconds. Their failures and times are not kept.
{
  const until = performance.now() + 2000;
  const watch = (async () => {
    while (performance.now() < until) {
      await get(`${baseline.url}${path}`, { 'accept-encoding': 'gzip' }, 'HEAD');
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  await Promise.all([load(`${baseline.url}${path}`, () => performance.now() >= until), watch]);
  failures.clear();
}
await built(feed.url);
const builtSeconds = (performance.now() - t0) / 1000;

/** Processor milliseconds of a process, all its threads (Linux; undefined elsewhere). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
  } catch {
    return undefined;
  }
}
/** The machine's idle and total processor milliseconds so far (Linux). */
function machineMs() {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: ((ticks[3] ?? 0) + (ticks[4] ?? 0)) * 10, total: ticks.reduce((a, b) => a + b, 0) * 10 };
  } catch {
    return undefined;
  }
}
/** Each process's processor time and the machine's now, to subtract at the end of an edit. */
const usage = () => ({
  feed: cpuMs(feed.child.pid),
  static: cpuMs(baseline.child.pid),
  bench: cpuMs(process.pid),
  machine: machineMs(),
});
const proc = existsSync('/proc/self/stat');

const file = join(
  dir,
  'meetings/organ-1',
  (await import('node:fs')).readdirSync(join(dir, 'meetings/organ-1')).sort()[0],
);
const original = await readFile(file, 'utf8');
const rows = [];
for (let i = 1; i <= Number(values.edits); i++) {
  const before = (await get(`${feed.url}${path}`, { 'accept-encoding': 'gzip' }, 'HEAD')).etag;
  let changed = false;
  const edited = performance.now();
  const used = usage();
  let seen = 0;
  const during = load(`${feed.url}${path}`, () => changed);
  const staticDuring = load(`${baseline.url}${path}`, () => changed);
  await writeFile(file, original.replace(/^location: .*$/m, `location: Sal ${i}`));
  while (!changed) {
    // HEAD: watching for the new ETag must not itself fetch the feed's megabytes a hundred times a second.
    const { etag } = await get(`${feed.url}${path}`, { 'accept-encoding': 'gzip' }, 'HEAD');
    if (etag !== before) {
      changed = true;
      seen = performance.now() - edited;
      const now = usage();
      for (const key of ['feed', 'static', 'bench']) used[key] = now[key] - used[key];
      used.idle =
        now.machine &&
        used.machine &&
        (now.machine.idle - used.machine.idle) / (now.machine.total - used.machine.total);
    } else await new Promise((r) => setTimeout(r, 10));
  }
  const [feedTimes, staticTimes] = await Promise.all([during, staticDuring]);
  rows.push({
    edit: i,
    'edit → new ETag ms': Math.round(seen),
    'feed p99 ms': p(feedTimes, 0.99).toFixed(1),
    'static p99 ms': p(staticTimes, 0.99).toFixed(1),
    'feed max ms': p(feedTimes, 1).toFixed(1),
    requests: feedTimes.length,
    ...(proc
      ? {
          'feed CPU ms': used.feed,
          'static CPU ms': used.static,
          'bench CPU ms': used.bench,
          'machine idle %': Math.round((used.idle ?? 0) * 100),
        }
      : {}),
  });
  await new Promise((r) => setTimeout(r, 500));
}
await writeFile(file, original);
console.log(
  `Feed server on ${values.meetings} meetings: answering ${startSeconds.toFixed(1)} s after start (the last run's feeds), its own first build done after ${builtSeconds.toFixed(1)} s (warm cache); load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}; Node ${process.version}`,
);
console.log(
  `Each edit changes one meeting; requests for its body feed run meanwhile (${rate > 0 ? `${rate} a second to each server, timed from when each was due` : 'back to back on 10 connections to each server'}), and against a static server of the same bytes${proc ? '; processor time of each process (all threads) from the edit to the new ETag, and the share of it the machine was idle' : ''}:`,
);
console.table(rows);
if (failures.size) console.log('Failed requests (counted as the slowest):', Object.fromEntries(failures));
// The servers end before their folders go (the feed server writes its cache and feeds until it exits).
await Promise.all(
  children.map((child) => {
    if (child.exitCode !== null) return undefined;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    return exited;
  }),
);
await rm(state, { force: true });
if (!values.dir) await rm(dir, { recursive: true, force: true });
process.exit(0);
