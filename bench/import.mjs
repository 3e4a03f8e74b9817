// Import benchmark: decode, parse and turn into validated records a generated corpus of seed-like
// documents (default 1,000), on one core, in memory (file I/O is left out: it measures the importer,
// not the disk). Prints MB/s and documents/s, overall and per layout, for parsing alone and for the
// whole import.
// Usage: pnpm --filter @sammantrade/core build && node bench/import.mjs [N] [ROUNDS]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodeText, parseDocument, toRecords } from '../packages/core/dist/index.js';
import { generateCorpus } from './import-corpus.mjs';

const count = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
// Only the bytes are kept, as a file read from disk would be: the texts would double the heap the
// garbage collector has to walk, which the importer (one file at a time) never holds.
const corpus = generateCorpus(count).map(({ text, ...d }) => ({ ...d, bytes: new TextEncoder().encode(text) }));
const totalBytes = corpus.reduce((n, d) => n + d.bytes.length, 0);

function parseOne(doc) {
  const decoded = decodeText(doc.bytes, doc.name);
  if (decoded.error) throw new Error(`${doc.name}: ${decoded.error.message}`);
  return parseDocument(decoded.text, { file: doc.name });
}

function importOne(doc) {
  const parsed = parseOne(doc);
  // toRecords validates every record against the model's schemas, as saving it would.
  const records = toRecords(parsed, { body: { name: 'Benchrådet' }, sourceFile: doc.name });
  return { parsed, records };
}

// Check once that the corpus exercises the importer: every document yields its records.
const kinds = new Map();
for (const doc of corpus) {
  const { parsed, records } = importOne(doc);
  if (parsed.diagnostics.some((d) => d.message.startsWith('internal error')))
    throw new Error(`${doc.name}: internal error`);
  if (!records.meeting && !records.programme)
    throw new Error(`${doc.name}: no records (${records.diagnostics[0]?.message})`);
  const k = kinds.get(doc.layout) ?? { docs: 0, paragraphs: 0, participants: 0, items: 0 };
  k.docs++;
  k.paragraphs += parsed.paragraphs.length;
  k.participants += parsed.participants.length;
  k.items += parsed.areas.reduce((n, a) => n + a.items.length, 0);
  kinds.set(doc.layout, k);
}

function measure(docs, run) {
  let best = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const doc of docs) run(doc);
    const wall = (performance.now() - t0) / 1000;
    const cpuUsed = process.cpuUsage(cpu0);
    const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
    if (wall < best.wall) best = { wall, cpu };
  }
  return best;
}

// The plain alternative run side by side: decode, split into lines and try a heading, a label and a date
// pattern on each, the least any importer does. Its MB/s moves with the machine's load as ours does, so
// the ratio is what a run on a busy machine still tells.
const HEADING = /^\s*(?:#+\s*)?§\s*\d+/u;
const LABEL =
  /^(?:Plats och tid|Tid och plats|Beslutande|Övriga närvarande|Utses att justera|Justeringens plats och tid)\b/u;
const DATE =
  /\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)/u;
function scanOne(doc) {
  const decoded = decodeText(doc.bytes, doc.name);
  let n = 0;
  for (const line of decoded.text.split('\n')) if (HEADING.test(line) || LABEL.test(line) || DATE.test(line)) n++;
  return n;
}

const mb = (bytes) => bytes / 1024 / 1024;
const row = (label, docs) => {
  const bytes = docs.reduce((n, d) => n + d.bytes.length, 0);
  const scan = measure(docs, scanOne);
  const parse = measure(docs, parseOne);
  const all = measure(docs, importOne);
  return {
    corpus: label,
    docs: docs.length,
    MB: Number(mb(bytes).toFixed(2)),
    'parse MB/s': Number((mb(bytes) / parse.wall).toFixed(1)),
    'parse docs/s': Math.round(docs.length / parse.wall),
    'import MB/s': Number((mb(bytes) / all.wall).toFixed(1)),
    'import docs/s': Math.round(docs.length / all.wall),
    'import MB/s (CPU time)': Number((mb(bytes) / all.cpu).toFixed(1)),
    'line scan MB/s': Number((mb(bytes) / scan.wall).toFixed(1)),
    'parse ÷ line scan (CPU time)': Number((parse.cpu / scan.cpu).toFixed(1)),
  };
};

// Warm up: one full pass, so that every layout's code is compiled before anything is timed.
for (const doc of corpus) importOne(doc);
const rows = [];
for (const layout of kinds.keys())
  rows.push(
    row(
      layout,
      corpus.filter((d) => d.layout === layout),
    ),
  );
rows.unshift(row('all', corpus));
console.log(
  `${count} generated seed-like documents, ${mb(totalBytes).toFixed(1)} MB of UTF-8, one core, best of ${rounds} rounds, Node ${process.version}.`,
);
console.log(
  'parse = decode + parseDocument; import = parse + toRecords, which validates the records against the model;',
);
console.log(
  'line scan = decode + split into lines + a heading, label and date pattern on each (the plain alternative).',
);
const { loadavg } = await import('node:os');
console.log(
  `Load average while measuring: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (${(await import('node:os')).cpus().length} cores).`,
);
console.table(rows);
console.log('What the parser found, per layout:');
console.table(Object.fromEntries([...kinds].map(([k, v]) => [k, v])));

// The real documents beside the repository (../shared): the five seeds and the development corpus of 47
// first pages of other bodies. They are small, so each is parsed many times over.
const shared = new URL('../../shared/', import.meta.url);
const real = [];
for (const part of ['seeds', 'corpus']) {
  const dir = new URL(`${part}/`, shared);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    real.push({ name: `${part}/${name}`, layout: part, bytes: new Uint8Array(readFileSync(new URL(name, dir))) });
}
if (real.length === 0) {
  console.log('Real documents: ../shared/seeds and ../shared/corpus are not beside the repository; skipped.');
} else {
  const repeat = Math.max(1, Math.round(5_000_000 / real.reduce((n, d) => n + d.bytes.length, 0)));
  const many = (docs) => Array.from({ length: repeat }, () => docs).flat();
  for (const doc of real) parseOne(doc);
  const realRows = ['seeds', 'corpus']
    .filter((part) => real.some((d) => d.layout === part))
    .map((part) => row(`${part} (×${repeat})`, many(real.filter((d) => d.layout === part))));
  console.log('Real documents from ../shared, each parsed', repeat, 'times:');
  console.table(realRows);
}
