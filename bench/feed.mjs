// Feed server throughput: requests per second for a body feed (plain and gzip) and for the 304 path,
// measured with autocannon against the running server and, in the same run, a static-file baseline:
// node:http serving the same bytes from memory, without routing, negotiation or conditional logic.
// Each server runs in its own process, the load generator in this one.
// Usage: pnpm build && node bench/feed.mjs [--seconds 5] [--connections 50]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' } },
});
const duration = Number(values.seconds);
const connections = Number(values.connections);
const root = new URL('..', import.meta.url).pathname;
const path = '/calendars/halsingeradet.ics';
const FEED_PORT = 18787;
const STATIC_PORT = 18788;

function start(args, ready) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      if (String(d).includes(ready)) resolve(child);
    });
  });
}

const feed = await start(
  [
    join(root, 'apps/feed/dist/main.js'),
    '--port',
    String(FEED_PORT),
    '--state',
    join(tmpdir(), 'sammantrade-bench.json'),
  ],
  'Kalenderflöden',
);
const base = `http://127.0.0.1:${FEED_PORT}`;
const plainRes = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'identity' } });
const etag = plainRes.headers.get('etag');
const bytes = join(tmpdir(), 'sammantrade-bench.ics');
writeFileSync(bytes, Buffer.from(await plainRes.arrayBuffer()));

const baselineScript = `
const http = require('node:http'), fs = require('node:fs'), zlib = require('node:zlib');
const plain = fs.readFileSync(${JSON.stringify(bytes)}), gz = zlib.gzipSync(plain, { level: 9 });
http.createServer((req, res) => {
  const zipped = /gzip/.test(req.headers['accept-encoding'] || '');
  const body = zipped ? gz : plain;
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'content-length': body.length, ...(zipped ? { 'content-encoding': 'gzip' } : {}) });
  res.end(body);
}).listen(${STATIC_PORT}, '127.0.0.1', () => console.log('static ready'));`;
const baseline = await start(['-e', baselineScript], 'static ready');

async function rate(url, headers = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  const expected = headers['if-none-match'] ? result['3xx'] : result['2xx'];
  if (result.errors || expected !== result.requests.total) {
    throw new Error(`${url}: ${result.errors} errors, ${result.requests.total - expected} unexpected statuses`);
  }
  return Math.round(result.requests.average);
}

const rows = [];
for (const [name, headers] of [
  ['plain', {}],
  ['gzip', { 'accept-encoding': 'gzip' }],
]) {
  const staticRate = await rate(`http://127.0.0.1:${STATIC_PORT}${path}`, headers);
  const feedRate = await rate(`${base}${path}`, headers);
  rows.push({
    case: name,
    'feed req/s': feedRate,
    'static req/s': staticRate,
    'feed / static': (feedRate / staticRate).toFixed(2),
  });
}
rows.push({ case: '304 (If-None-Match)', 'feed req/s': await rate(`${base}${path}`, { 'if-none-match': etag }) });

console.log(`Feed server: ${path}, ${connections} connections, ${duration} s per case, Node ${process.version}`);
console.table(rows);
feed.kill('SIGTERM');
baseline.kill('SIGTERM');
