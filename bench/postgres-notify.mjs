// How long an edit to a YAML file takes to reach the feed's ETag through the database: edit, `sync`,
// NOTIFY, the feed server reads the archive again and rebuilds; the clock stops when a request sees
// the new ETag. Runs on a copy of the sample archive in a database of its own.
// Usage: pnpm build && node bench/postgres-notify.mjs --url postgres://…/postgres [--runs 20]
import { cp, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({ options: { url: { type: 'string' }, runs: { type: 'string', default: '20' } } });
if (!values.url) throw new Error('give --url postgres://…');
const root = new URL('..', import.meta.url).pathname;
const { openDatabase } = await import(`${root}packages/core/dist/postgres.js`);
const { createServer } = await import(`${root}apps/feed/dist/index.js`);

const name = `sammantrade_notify_${process.pid}`;
const admin = new pg.Client({ connectionString: values.url });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(values.url);
url.pathname = `/${name}`;
const dir = await mkdtemp(join(tmpdir(), 'notify-'));
await cp(`${root}examples/samverkan`, dir, { recursive: true, filter: (s) => !s.includes('.sammantrade') });
const db = openDatabase(url.toString());
await db.migrate();
await db.sync(dir);
const feed = await createServer({ archive: url.toString(), publicUrl: 'https://kalender.example.se' });
const base = await feed.listen(0);
const path = '/calendars/halsingeradet.ics';
const etag = async () => (await fetch(`${base}${path}`)).headers.get('etag');

const total = [];
const afterSync = [];
const file = join(dir, 'meetings/halsingeradet/2031-01-13.yaml');
for (let i = 0; i < Number(values.runs); i++) {
  const before = await etag();
  const started = performance.now();
  await writeFile(
    file,
    `id: 2031-01-13\nbody: halsingeradet\nkind: agenda\nstatus: planned\ndate: 2031-01-13\nstart: "${String(8 + (i % 9)).padStart(2, '0')}:00"\n`,
  );
  const t = new Date(Date.now() + (i + 1) * 1000);
  await utimes(file, t, t);
  await db.sync(dir);
  const synced = performance.now();
  while ((await etag()) === before) await new Promise((r) => setTimeout(r, 5));
  total.push(performance.now() - started);
  afterSync.push(performance.now() - synced);
}
const p = (list, q) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(0);
console.log(
  `edit → sync → NOTIFY → new ETag, ${total.length} runs: p50 ${p(total, 0.5)} ms, p95 ${p(total, 0.95)} ms, max ${p(total, 1)} ms`,
);
console.log(
  `of which after the sync committed (NOTIFY, read, rebuild): p50 ${p(afterSync, 0.5)} ms, p95 ${p(afterSync, 0.95)} ms`,
);
await feed.close();
await db.close();
await admin.query(`drop database ${name} with (force)`);
await admin.end();
await rm(dir, { recursive: true, force: true });
