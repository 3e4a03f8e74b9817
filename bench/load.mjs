// Loading an archive, side by side with the plainest way to read the same files, in one run:
// - cold: `loadArchive` without a cache, against reading every file and parsing it with js-yaml and
//   the same zod schemas (the floor: no checks across records, no index, no cache written);
// - warm: `loadArchive` after one meeting file changed, against reading and parsing that one file
//   plus reading and `JSON.parse` of the records the cache holds, as plain JSON files in as many
//   pieces as the cache has shards (the floor of any cache on disk).
// - live: a live archive (openLiveArchive, what the feed and the viewer hold) reloading after one more
//   edit, against a stat of every file and that file read and parsed.
// Each case runs --runs times, alternating, and the medians are compared.
// Usage: pnpm build && node bench/load.mjs [--meetings 10000] [--runs 3] [--dir DIR]
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { recordSchemas } from '../packages/core/dist/index.js';
import { loadArchive, openLiveArchive } from '../packages/core/dist/node.js';
import { generateArchive } from './generate-archive.mjs';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    dir: { type: 'string' },
  },
});
const count = Number(values.meetings);
const runs = Number(values.runs);
const dir = values.dir ?? (await mkdtemp(join(tmpdir(), 'sammantrade-load-')));
const floorDir = await mkdtemp(join(tmpdir(), 'sammantrade-load-floor-'));
if (!existsSync(join(dir, 'bodies'))) await generateArchive(dir, count);

const KIND = { bodies: 'body', meetings: 'meeting', schedules: 'schedule', programmes: 'programme' };
async function list(folder, out = []) {
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await list(path, out);
    else if (entry.name.endsWith('.yaml')) out.push(path);
  }
  return out;
}
const files = [];
for (const folder of Object.keys(KIND))
  for (const path of await list(join(dir, folder))) files.push([KIND[folder], path]);

/** The floor of a cold load: read, js-yaml, zod; nothing else. */
async function floorCold() {
  const records = [];
  for (let i = 0; i < files.length; i += 32) {
    const batch = files.slice(i, i + 32);
    const texts = await Promise.all(batch.map(([, path]) => readFile(path, 'utf8')));
    for (const [k, text] of texts.entries()) records.push(recordSchemas[batch[k][0]].parse(load(text)));
  }
  return records.length;
}

const edited = files.find(([kind]) => kind === 'meeting')[1];
const original = await readFile(edited, 'utf8');
let edits = 0;
/** Changes one meeting, as a secretary would: a new location. */
async function editOne() {
  edits++;
  await writeFile(edited, original.replace(/^location: .*$/m, `location: Sal ${edits}`));
}

/** The floor of a warm load: the changed file read and parsed, and the JSON of everything else. */
let cacheFiles;
async function floorWarm() {
  const text = await readFile(edited, 'utf8');
  recordSchemas.meeting.parse(load(text));
  const pieces = await Promise.all(cacheFiles.map((path) => readFile(path, 'utf8')));
  return pieces.reduce((n, json) => n + JSON.parse(json).length, 1);
}

/** The floor of a live reload: every file's stat (to see what changed) and the changed file read and parsed. */
async function floorLive() {
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(([, path]) => stat(path)));
  recordSchemas.meeting.parse(load(await readFile(edited, 'utf8')));
}

const time = async (f) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cold = [];
const coldFloor = [];
const warm = [];
const warmFloor = [];
const live = [];
const liveFloor = [];
for (let run = 0; run < runs; run++) {
  await rm(join(dir, '.sammantrade'), { recursive: true, force: true });
  cold.push(await time(() => loadArchive(dir)));
  coldFloor.push(await time(floorCold));
  // The records the cache holds, as JSON files in as many pieces as the cache's shards.
  if (!cacheFiles) {
    const archive = await loadArchive(dir);
    const all = [...archive.bodies, ...archive.meetings, ...archive.schedules, ...archive.programmes];
    const size = Math.ceil(all.length / 128);
    cacheFiles = [];
    for (let i = 0; i < all.length; i += size) {
      const path = join(floorDir, `${i}.json`);
      await writeFile(path, JSON.stringify(all.slice(i, i + size)));
      cacheFiles.push(path);
    }
  }
  await editOne();
  await new Promise((r) => setTimeout(r, 10));
  warm.push(await time(() => loadArchive(dir)));
  warmFloor.push(await time(floorWarm));
  // A live archive (what the feed and the viewer hold) after one more edit.
  const opened = await openLiveArchive(dir, { watch: false });
  await editOne();
  live.push(await time(() => opened.reload()));
  liveFloor.push(await time(floorLive));
  await opened.close();
}
await writeFile(edited, original);

const row = (name, ours, floor, what) => ({
  case: name,
  'loadArchive ms': Math.round(median(ours)),
  'floor ms': Math.round(median(floor)),
  ratio: (median(ours) / median(floor)).toFixed(2),
  floor: what,
});
console.log(
  `Archive of ${count} meetings (${files.length} files), median of ${runs} runs, Node ${process.version}, RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
);
console.table([
  row('cold (no cache)', cold, coldFloor, 'read + js-yaml + zod of every file'),
  row('warm, one file changed', warm, warmFloor, 'that file read + js-yaml + zod, JSON.parse of the rest'),
  row('live reload, one file changed', live, liveFloor, 'a stat of every file, that file read + js-yaml + zod'),
]);
await rm(floorDir, { recursive: true, force: true });
if (!values.dir) await rm(dir, { recursive: true, force: true });
