// What an edit of one meeting costs the feed, in CPU time (a shared machine's wall clock says more
// about the other work on it): the feed's store in this process (its build thread watching the folder,
// reloading, rebuilding, compressing, handing the bytes over) from the edit to the new ETag of the
// body's feed, side by side with the floor of the same edit: reading and parsing that one file with
// js-yaml and hashing and gzipping the bytes of the feeds that changed.
// Usage: pnpm build && node bench/feed-edit-cpu.mjs [--meetings 10000] [--edits 5] [--dir DIR] [--deadlines]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import { FeedStore } from '../apps/feed/dist/index.js';
import { generateArchive } from './generate-archive.mjs';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    edits: { type: 'string', default: '5' },
    dir: { type: 'string' },
    deadlines: { type: 'boolean', default: false },
  },
});
const dir = values.dir ?? (await mkdtemp(join(tmpdir(), 'sammantrade-feed-edit-cpu-')));
if (!existsSync(join(dir, 'bodies'))) await generateArchive(dir, Number(values.meetings));
const state = join(await mkdtemp(join(tmpdir(), 'sammantrade-feed-state-')), 'state.json');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const deadlines = values.deadlines ? { adjustments: true, reportBacks: true } : {};
const store = await new FeedStore(dir, { stateFile: state, ...deadlines, onWarning: (m) => console.error(m) }).open();
while (store.builds === 0) await new Promise((r) => setTimeout(r, 100));
const path = '/calendars/organ-1.ics';
const file = join(dir, 'meetings/organ-1', readdirSync(join(dir, 'meetings/organ-1')).sort()[0]);
const original = await readFile(file, 'utf8');
const rows = [];
for (let i = 1; i <= Number(values.edits); i++) {
  const before = store.snapshot;
  const etag = before.feeds.get(path)?.etags.identity;
  const c0 = cpu();
  const t0 = performance.now();
  await writeFile(file, original.replace(/^location: .*$/m, `location: Sal ${i}`));
  while (store.snapshot.feeds.get(path)?.etags.identity === etag) await new Promise((r) => setTimeout(r, 5));
  const ms = performance.now() - t0;
  const used = cpu() - c0;
  const changed = store.snapshot.list
    .filter((f) => before.feeds.get(f.path)?.hash !== f.hash)
    .map((f) => ({ ...f, bytes: f.bodies.identity ?? gunzipSync(f.bodies.gzip) })); // the store keeps only gzip
  // The floor: the one file read and parsed, the changed feeds' bytes hashed and gzipped.
  const f0 = cpu();
  load(await readFile(file, 'utf8'));
  for (const feed of changed) {
    createHash('sha256').update(feed.bytes).digest();
    gzipSync(feed.bytes, { level: 6 });
  }
  const floor = cpu() - f0;
  rows.push({
    edit: i,
    'feeds changed': changed.length,
    'MB changed': (changed.reduce((n, f) => n + f.bytes.byteLength, 0) / 1e6).toFixed(1),
    'edit → new ETag, CPU ms': Math.round(used),
    'floor CPU ms': Math.round(floor),
    ratio: (used / floor).toFixed(2),
    'wall ms': Math.round(ms),
  });
  await new Promise((r) => setTimeout(r, 4000)); // past the cache's settle time, as edits by hand are
}
await writeFile(file, original);
await store.close();
console.log(
  `An edit of one meeting in ${values.meetings} meetings${values.deadlines ? ' (with deadline events)' : ''}, ${store.snapshot.list.length} feeds; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}; Node ${process.version}`,
);
console.table(rows);
await rm(state, { force: true });
if (!values.dir) await rm(dir, { recursive: true, force: true });
process.exit(0);
