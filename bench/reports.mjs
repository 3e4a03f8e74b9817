// Time of every `sammantrade report` kind on a generated archive of 10,000 meetings, end to end:
// the CLI process loads and validates the archive, builds the report and prints it.
// Usage: pnpm build && node bench/reports.mjs [N]
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArchive } from './generate-archive.mjs';

const count = Number(process.argv[2] ?? 10_000);
const dir = await mkdtemp(join(tmpdir(), 'sammantrade-bench-'));
const files = await generateArchive(dir, count);
const cli = new URL('../apps/cli/bin/sammantrade.js', import.meta.url).pathname;
// The first load parses every YAML file and fills the archive's cache (.sammantrade/); later loads
// reuse what did not change. Both are printed.
const cold = performance.now();
execFileSync(process.execPath, [cli, 'validate', dir]);
const coldSeconds = ((performance.now() - cold) / 1000).toFixed(1);
const runs = [
  ['assignments'],
  ['assignments', '--open'],
  ['decisions'],
  ['attendance'],
  ['schedule', '--year', '2000'],
  ['case', 'SO/7/2000'],
  ['deadlines'],
  ['programme'],
];
const rows = [];
for (const [kind, ...rest] of runs) {
  const args = kind === 'case' ? ['report', 'case', rest[0], dir] : ['report', kind, dir, ...rest];
  const times = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    bytes = execFileSync(process.execPath, [cli, ...args, '--format', 'csv', '--today', '2024-01-10'], {
      maxBuffer: 1 << 30,
    }).length;
    times.push(performance.now() - t);
  }
  rows.push({
    report: [kind, ...rest].join(' '),
    'best s': (Math.min(...times) / 1000).toFixed(2),
    'output KB': Math.round(bytes / 1024),
  });
}
console.log(`Archive of ${count} meetings (${files} files): first load without cache ${coldSeconds} s.`);
console.log(`Reports with the cache, CSV to a pipe, best of 3, Node ${process.version}:`);
console.table(rows);
await rm(dir, { recursive: true, force: true });
