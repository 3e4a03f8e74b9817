// Fuzz campaign: N mutated documents through the importer, as a hostile or careless user would send
// them. Starting points are the real seeds and corpus excerpts (../shared, when beside the repository)
// and the project's own fixtures; each document is mutated by one pattern (byte flips, splices, lines
// repeated, control characters, odd Unicode, long lines, huge numbers, truncation…), then parsed
// (`decodeText` + `parseDocument`), turned into records (`toRecords`), checked against the public
// schemas, written as YAML and read back; one in SAVE_EVERY is saved into a scratch archive with
// `saveRecord`, which is loaded at the end. Reports throws, schema failures and refusals, and the time
// per KB (CPU time) at 10 KB, 100 KB, 1 MB and 10 MB of every pattern and of texts built to find a
// step that is not linear (ADVERSARIAL: one line, labels, long lists, headings, § signs, dates). A
// finding is shrunk to a minimal reproducer, written to bench/results/fuzz-findings/.
//
// Usage (after `pnpm build`): node bench/fuzz.mjs [N] [--seed S] [--sizes 10k,100k,1m,10m] [--json FILE]
//   [--patterns one-line,dates-run,…] (time only these; N = 0 times without the campaign; --sizes none
//   runs the campaign without timing) [--from I] (documents I to N-1 only: one campaign split in parts)
//   [--samples K] (each size timed as the best of K runs, 3 unless told) [--starts K] (the median of K
//   starting documents per pattern, 3 unless told)
// The CI's property tests run a small campaign through `runFuzz` (tests/fuzz.test.ts).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  decodeText,
  ParsedDocumentSchema,
  parseDocument,
  parseRecordYaml,
  recordSchemas,
  stringifyRecordYaml,
  toRecords,
} from '../packages/core/dist/index.js';
import { loadArchive, saveRecord } from '../packages/core/dist/node.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SHARED = process.env.SAMMANTRADE_SHARED_DIR || join(REPO, '..', 'shared');
// Saving costs disk time (an fsync per file): one document in SAVE_EVERY (a prime, so every pattern gets its turn).
const SAVE_EVERY = 97;
/** A size whose parse would take longer than this, judged from the sizes below it, is left out. */
const MAX_PROJECTED_MS = 120_000;
/** How many times every starting document is parsed before the first timing. */
const WARM_UP_PASSES = 10;
const SIZES = { '10k': 10 * 1024, '100k': 100 * 1024, '1m': 1024 * 1024, '10m': 10 * 1024 * 1024 };

/** The starting documents: seeds, corpus and fixtures that are there. */
export function startingPoints() {
  const docs = [];
  const add = (dir, source, filter = (f) => /\.(txt|md)$/.test(f)) => {
    if (!existsSync(dir)) return false;
    for (const f of readdirSync(dir).filter(filter).sort())
      docs.push({ name: `${source}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    return true;
  };
  const missing = [];
  if (!add(join(SHARED, 'seeds'), 'seeds', (f) => f.endsWith('.txt'))) missing.push('seeds');
  if (!add(join(SHARED, 'corpus'), 'corpus', (f) => /^\d+_.*\.txt$/.test(f))) missing.push('corpus');
  add(join(REPO, 'packages/core/test/fixtures'), 'fixtures');
  add(join(REPO, 'packages/core/test/fixtures/read'), 'fixtures/read');
  return { docs, missing };
}

/** A small, seeded random source (mulberry32), so a campaign can be run again exactly. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

const CONTROL = [...Array(32).keys()].filter((c) => c !== 10).map((c) => String.fromCharCode(c));
CONTROL.push('\x7f', '\x85', '\x9b', '\x1b[31m', '\x1b]8;;http://x\x07');
const ODD = ['\u0301', '\u202e', '\u2066', '\u200b', '\u00a0', '\ufeff', '\u2028', '１２', '§\u0308', '😀', 'ﬁ', 'İ'];
const WORDS = ['§', '§§ ', 'kl ', 'den ', 'Dnr ', 'beslutar', 'får i uppdrag att', 'återrapporteras', 'Justeras'];

const lines = (text) => text.split('\n');

/** The mutation patterns: each takes a text (and another, for splices) and returns a new one. */
export const PATTERNS = {
  'byte-flip': (t, r) => {
    // On the bytes, as a damaged file would be: the UTF-8 check may refuse it.
    const b = new TextEncoder().encode(t);
    for (let i = 0, n = 1 + r.int(20); i < n && b.length > 0; i++) b[r.int(b.length)] ^= 1 << r.int(8);
    return b;
  },
  'char-flip': (t, r) => {
    const c = [...t];
    for (let i = 0, n = 1 + r.int(40); i < n && c.length > 0; i++)
      c[r.int(c.length)] = String.fromCodePoint(r.int(3) === 0 ? 0x20 + r.int(0x2000) : 0x20 + r.int(0x60));
    return c.join('');
  },
  splice: (t, r, other) => {
    const a = lines(t);
    const b = lines(other);
    const i = r.int(a.length + 1);
    const j = r.int(b.length + 1);
    return [...a.slice(0, i), ...b.slice(j, j + r.int(b.length - j + 1)), ...a.slice(i + r.int(a.length - i + 1))].join(
      '\n',
    );
  },
  lines: (t, r) => {
    const l = lines(t);
    for (let k = 0, n = 1 + r.int(30); k < n && l.length > 0; k++) {
      const i = r.int(l.length);
      const j = r.int(l.length);
      const op = r.int(4);
      if (op === 0) l.splice(i, 1);
      else if (op === 1) l.splice(j, 0, l[i]);
      else if (op === 2) [l[i], l[j]] = [l[j], l[i]];
      else l[i] = `${r.pick(WORDS)}${l[i]}`;
    }
    return l.join('\n');
  },
  repeat: (t, r) => {
    // One block of lines repeated many times: a table of contents or a participant list gone wild.
    const l = lines(t);
    const i = r.int(l.length);
    const block = l.slice(i, i + 1 + r.int(8));
    return [
      ...l.slice(0, i),
      ...Array(20 + r.int(400))
        .fill(block)
        .flat(),
      ...l.slice(i),
    ].join('\n');
  },
  control: (t, r) => {
    const c = [...t];
    for (let i = 0, n = 1 + r.int(60); i < n; i++) c.splice(r.int(c.length + 1), 0, r.pick(CONTROL));
    return c.join('');
  },
  unicode: (t, r) => {
    const c = [...t];
    for (let i = 0, n = 1 + r.int(60); i < n; i++) c.splice(r.int(c.length + 1), 0, r.pick(ODD));
    return c.join('').normalize(r.int(2) ? 'NFC' : 'NFD');
  },
  'long-line': (t, r) => (r.int(2) ? t.replace(/\n/g, ' ') : t.replace(/\n/g, r.pick(['\t', '  ', ' § ', '**']))),
  numbers: (t, r) =>
    t.replace(/\d+/g, (d) => (r.int(4) === 0 ? String(r.int(10) ** r.int(12) + r.int(1e6)) : r.int(2) ? d : '0')),
  truncate: (t, r) => t.slice(0, r.int(t.length + 1)),
};

const FIRST = [
  'Anna',
  'Bo',
  'Cecilia',
  'Dragan',
  'Eva',
  'Fredrik',
  'Göran',
  'Hanna',
  'Ingrid',
  'Jonas',
  'Karin',
  'Lars',
];
const LAST = ['Berg', 'Ek', 'Lind', 'Holm', 'Sjöberg', 'Åström', 'Nyström', 'Dahl', 'Wikström', 'Forsberg'];
const PARTY = ['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober'];
const person = (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`;

/** Units joined until the text has about `bytes` bytes (cut there: a cut unit is part of the test). */
function fill(bytes, unit) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    size += Buffer.byteLength(u);
  }
  return parts.join('').slice(0, bytes);
}

/**
 * Texts built to find the steps of the reader that are not linear: each gives a text of about
 * `bytes` bytes, made of units a reader might compare with each other or scan again from each one.
 * They are only timed (and checked like every document), not mutated.
 */
export const ADVERSARIAL = {
  // A whole document with its line breaks removed, then more of the same: one line of `bytes`.
  'one-line': (bytes, r, pool) =>
    fill(bytes, () =>
      r
        .pick(pool)
        .text.replace(/\s+/g, ' ')
        .slice(0, 20_000 + r.int(20_000)),
    ),
  // One word without a space or a break.
  'one-token': (bytes) => fill(bytes, (i) => `Kommunfullmäktige${i % 10}`),
  // Every label of a front page, over and over, on one line.
  'labels-one-line': (bytes, r) =>
    fill(
      bytes,
      () =>
        `Tid och plats: Stadshuset den ${1 + r.int(28)} ${r.pick(MONTHS)} 2024 kl 13.00 Beslutande: ${person(r)} (${r.pick(PARTY)}) ` +
        `Ersättare: ${person(r)} Övriga närvarande: ${person(r)} Utses att justera: ${person(r)} Justeringens plats och tid: ` +
        `Kansliet ${1 + r.int(28)} ${r.pick(MONTHS)} 2024 Paragrafer: ${r.int(900)}-${r.int(900)} Sekreterare ${person(r)} Ordförande ${person(r)} `,
    ),
  // One list of attendance with thousands of people, with the substitutes' notes and parties.
  'people-list': (bytes, r) =>
    'SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\nTid och plats\nStadshuset den 4 mars 2024 kl 13.00-15.00\n\nBeslutande\n' +
    fill(bytes, (i) =>
      i % 5 === 4
        ? `${person(r)} (${r.pick(PARTY)}) tjänstgörande ersättare för ${person(r)} (${r.pick(PARTY)})\n`
        : `${person(r)} (${r.pick(PARTY)}), ${i % 7 === 0 ? 'ordförande' : 'ledamot'}\n`,
    ),
  // The same headings, numbered and not, repeated and nested.
  'repeated-headings': (bytes, r) =>
    fill(
      bytes,
      (i) =>
        `§ ${1 + (i % 50)} Val av justerare\n\nBeslut\n\nBeslut\n\n${1 + (i % 9)}. Ärende\n${1 + (i % 9)}.${1 + (i % 9)} Ärende\n` +
        `Förslag till beslut\nNämnden beslutar att godkänna ${r.pick(['förslaget', 'rapporten', 'planen'])}.\n\n`,
    ),
  // Paragraph signs in every shape, on lines and within them.
  'paragraph-storm': (bytes, r) =>
    fill(bytes, (i) =>
      r.pick([
        '§',
        '§§ ',
        `§ ${i} `,
        `§§ ${i}-${i + r.int(1e6)} `,
        `§${r.int(1e9)}\n`,
        '§\n',
        ' §§§§ ',
        `§ ${i}–§ ${i + 2}, `,
      ]),
    ),
  // Dates, times and weekdays without end, in the shapes schedules and front pages use.
  'dates-run': (bytes, r) =>
    fill(bytes, (i) =>
      r.pick([
        `${2020 + (i % 8)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')} `,
        `måndag den ${1 + r.int(28)} ${r.pick(MONTHS)} ${2020 + (i % 8)} kl ${8 + r.int(10)}.00-${12 + r.int(8)}.30, `,
        `${1 + r.int(28)}/${1 + r.int(12)} `,
        `${1 + r.int(28)} ${r.pick(MONTHS)}\n`,
      ]),
    ),
};

/** `text` repeated (with the pattern's mutation each time) until it has about `bytes` bytes. */
function grow(text, bytes, r, pattern, pool) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const m = mutate(pattern, text, r, pool);
    const s = typeof m === 'string' ? m : new TextDecoder().decode(m);
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return parts.join('\n').slice(0, bytes);
}

function mutate(pattern, text, r, pool) {
  return PATTERNS[pattern](text, r, r.pick(pool).text);
}

/** CPU milliseconds of this process: on a machine others share, wall time measures them too. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const sizeOf = (input) => (typeof input === 'string' ? Buffer.byteLength(input) : input.length);

/**
 * Runs one document through the importer. Returns what happened: `refused` (the UTF-8 check said no,
 * as it should for a damaged file), `throw` (any exception: a bug), `schema` (a result or record the
 * public schemas reject: a bug), or `ok`; and the milliseconds the parse took.
 */
export function importOnce(input, name, scratch) {
  let text;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeText(input, name);
    if (decoded.error) return { outcome: 'refused', ms: 0 };
    text = decoded.text;
  }
  let stage = 'parseDocument';
  try {
    const t0 = cpuMs();
    const doc = parseDocument(text, { file: name });
    const ms = cpuMs() - t0;
    stage = 'ParsedDocumentSchema';
    const valid = ParsedDocumentSchema.safeParse(doc);
    if (!valid.success) return { outcome: 'schema', ms, detail: `${stage}: ${issue(valid.error)}` };
    stage = 'toRecords';
    const records = toRecords(doc, { body: { name: 'Fuzzrådet' }, sourceFile: name });
    const all = [
      // A schedule page of several bodies files its dates under each (`bodies`; `body` is the first).
      ...(records.bodies ?? [records.body]).map((b) => ['body', b]),
      ['meeting', records.meeting],
      ['programme', records.programme],
      ...records.schedules.map((s) => ['schedule', s]),
    ].filter(([, rec]) => rec !== undefined);
    for (const [kind, record] of all) {
      stage = `${kind} schema`;
      const checked = recordSchemas[kind].safeParse(record);
      if (!checked.success) return { outcome: 'schema', ms, detail: `${stage}: ${issue(checked.error)}` };
      stage = `${kind} YAML round trip`;
      const back = parseRecordYaml(stringifyRecordYaml(checked.data), kind, `${kind}.yaml`);
      if (back.diagnostics.some((d) => d.severity === 'error'))
        return { outcome: 'schema', ms, detail: `${stage}: ${back.diagnostics[0].message}` };
    }
    return { outcome: 'ok', ms, records: scratch ? all : undefined };
  } catch (error) {
    return {
      outcome: 'throw',
      ms: 0,
      detail: `${stage}: ${String(error?.stack ?? error)
        .split('\n', 3)
        .join(' | ')}`,
    };
  }
}

const issue = (error) => {
  const first = error.issues[0];
  return `${first?.path.join('.')}: ${first?.message}`;
};

/** The smallest text (by lines, then by characters) that still gives the same outcome. */
export function shrink(text, outcome) {
  const fails = (t) => importOnce(t, 'reproducer.txt').outcome === outcome;
  let l = lines(text);
  for (let chunk = Math.ceil(l.length / 2); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < l.length; ) {
      const tryLines = [...l.slice(0, i), ...l.slice(i + chunk)];
      if (tryLines.length > 0 && fails(tryLines.join('\n'))) l = tryLines;
      else i += chunk;
    }
  }
  let s = l.join('\n');
  for (let chunk = Math.ceil(s.length / 2); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let i = 0; i < s.length; ) {
      const t = s.slice(0, i) + s.slice(i + chunk);
      if (t.length > 0 && fails(t)) s = t;
      else i += chunk;
    }
  }
  return s;
}

/**
 * The campaign. `n` documents mutated from the starting points with `seed`; then every pattern at
 * every size in `sizes`, timed as the best of `samples` runs that each parse `sampleBytes` or more. Returns counts, findings (each with a minimal reproducer) and timings.
 */
export async function runFuzz({
  n = 1000,
  seed = 1,
  sizes = Object.keys(SIZES),
  samples = 3,
  starts: startCount = 3,
  sampleBytes = SIZES['1m'],
  timed: only,
  from = 0,
  onProgress,
} = {}) {
  const startLoad = loadavg()[0];
  const r = random(seed);
  const { docs: pool, missing } = startingPoints();
  const patterns = Object.keys(PATTERNS);
  const scratch = mkdtempSync(join(tmpdir(), 'sammantrade-fuzz-'));
  const counts = { documents: 0, bytes: 0, ok: 0, refused: 0, throw: 0, schema: 0, saved: 0, tooLarge: 0 };
  const perPattern = Object.fromEntries(
    [...patterns, ...Object.keys(ADVERSARIAL)].map((p) => [p, { documents: 0, throw: 0, schema: 0, refused: 0 }]),
  );
  const findings = [];
  const seen = new Set();
  const note = (pattern, start, input, result) => {
    counts[result.outcome]++;
    perPattern[pattern][result.outcome] = (perPattern[pattern][result.outcome] ?? 0) + 1;
    if (result.outcome !== 'throw' && result.outcome !== 'schema') return;
    const key = `${result.outcome} ${result.detail?.replace(/\d+/g, '#').slice(0, 160)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
    findings.push({
      outcome: result.outcome,
      pattern,
      start,
      detail: result.detail,
      reproducer: shrink(text, result.outcome),
    });
  };
  try {
    for (let i = 0; i < n; i++) {
      const start = r.pick(pool);
      const pattern = patterns[i % patterns.length];
      const input = mutate(pattern, start.text, r, pool);
      if (i < from) continue; // the random sequence is replayed up to `from`, so a campaign can be split in parts
      const result = importOnce(input, `fuzz-${i}.txt`, i % SAVE_EVERY === 0);
      counts.documents++;
      counts.bytes += sizeOf(input);
      perPattern[pattern].documents++;
      note(pattern, start.name, input, result);
      if (result.records) {
        try {
          for (const [kind, record] of result.records) await saveRecord(scratch, kind, record, { overwrite: true });
          counts.saved++;
        } catch (error) {
          // A record too large for the archive to read back is refused before it is written, as it should be.
          if (error?.code !== 'TOO_LARGE') throw error;
          counts.tooLarge++;
        }
      }
      if (onProgress && i % 1000 === 999) onProgress(i + 1, counts);
    }
    // What was saved must load back as an archive.
    let loaded = 'not tried';
    if (counts.saved > 0) {
      try {
        const archive = await loadArchive(scratch);
        loaded = `ok (${archive.meetings.length} meetings, ${archive.bodies.length} bodies)`;
      } catch (error) {
        const problems = (error?.diagnostics ?? []).filter((d) => d.severity === 'error');
        loaded = `failed: ${String(error?.message ?? error).split('\n')[0]}${problems
          .slice(0, 3)
          .map((d) => `; ${d.file.slice(scratch.length + 1)}:${d.line ?? ''} ${d.message}`)
          .join('')}`;
        findings.push({ outcome: 'load', pattern: '-', start: '-', detail: loaded, reproducer: '' });
      }
    }
    // Time per KB, per pattern and size, like for like: three starting documents per pattern, each
    // grown to every size by repeating its mutated copies from the same random sequence (so the 100 KB
    // text begins with the 10 KB one); each timed as the best of `samples` runs of at least `sampleBytes`;
    // the median of the three. A size more than 3x slower per KB than the smallest is kept as a finding.
    // Warm up the JIT before anything is timed: one pass over the starting documents left the first pattern
    // timed at 10 KB paying for the compilation of the readers (0.9 against 0.6 ms/KB for `byte-flip` after
    // ten passes, the same code in the same run), which read as a cost per KB that falls with the size.
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const doc of pool) parseDocument(doc.text);
    const timing = {};
    const slow = [];
    const timed = [...patterns, ...Object.keys(ADVERSARIAL)];
    for (const [p, pattern] of timed.entries()) {
      if (only && !only.includes(pattern)) continue;
      timing[pattern] = {};
      const built = pattern in ADVERSARIAL;
      const starts = Array.from({ length: startCount }, () => (built ? { name: `${pattern} (built)` } : r.pick(pool)));
      let previous;
      let first;
      for (const size of sizes) {
        const bytes = SIZES[size];
        if (previous && previous.ms * (bytes / previous.bytes) ** previous.slope > MAX_PROJECTED_MS) {
          // Left out, but a size this slow is a finding in itself.
          timing[pattern][size] = null;
          if (!slow.some((x) => x.pattern === pattern))
            slow.push({ pattern, size, start: 'projected', msPerKb: Number.NaN, smallest: first, text: '' });
          continue;
        }
        const runs = [];
        for (const [k, start] of starts.entries()) {
          const r2 = random(seed * 1009 + p * 31 + k);
          const text = built ? ADVERSARIAL[pattern](bytes, r2, pool) : grow(start.text, bytes, r2, pattern, pool);
          const result = importOnce(text, `fuzz-${pattern}-${size}.txt`);
          note(pattern, `${start.name} grown to ${size}`, text, result);
          counts.documents++;
          perPattern[pattern].documents++;
          counts.bytes += Buffer.byteLength(text);
          if (result.outcome === 'throw' || result.outcome === 'refused') continue;
          // Each sample parses the text as many times as make `sampleBytes` (once at 10 MB, 100 times at
          // 10 KB), so that every size is timed over as much work and as many samples: the best of many
          // short runs would favour the small sizes on a busy machine, and a small text's garbage would
          // be collected by the next size's run.
          const times = Math.max(1, Math.round(sampleBytes / bytes));
          let best = Number.POSITIVE_INFINITY;
          for (let k = 0; k < samples; k++) {
            const t0 = cpuMs();
            for (let j = 0; j < times; j++) parseDocument(text, { file: 'timing.txt' });
            best = Math.min(best, (cpuMs() - t0) / times);
          }
          runs.push({ ms: best, text, start: start.name });
        }
        runs.sort((a, b) => a.ms - b.ms);
        const median = runs[Math.floor(runs.length / 2)];
        timing[pattern][size] = median === undefined ? null : median.ms / (bytes / 1024);
        if (median === undefined) continue;
        first ??= timing[pattern][size];
        if (timing[pattern][size] > 3 * first && !slow.some((x) => x.pattern === pattern))
          slow.push({
            pattern,
            size,
            start: median.start,
            msPerKb: timing[pattern][size],
            smallest: first,
            text: median.text,
          });
        const slope = previous ? Math.max(1, Math.log(median.ms / previous.ms) / Math.log(bytes / previous.bytes)) : 1;
        previous = { ms: median.ms, bytes, slope };
      }
    }
    const machine =
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.versions.node}; ` +
      `load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`;
    return { seed, n, from, missing, counts, perPattern, findings, timing, slow, loaded, machine };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The campaign's figures as Markdown. */
export function formatReport(result, sizes) {
  const out = [];
  const c = result.counts;
  out.push(
    `${c.documents.toLocaleString('en')} documents (${(c.bytes / 1024 / 1024).toFixed(1)} MB), seed ${result.seed}` +
      `${result.from ? ` (numbers ${result.from} to ${result.n - 1} of the sequence)` : ''}: ` +
      `${c.throw} throws, ${c.schema} schema failures, ${c.refused} refused as not UTF-8 (byte flips), ${c.ok} imported; ` +
      `${c.saved} saved into a scratch archive, which loads: ${result.loaded}` +
      `${c.tooLarge ? `; ${c.tooLarge} refused by saveRecord as too large for the archive to read` : ''}.`,
  );
  if (result.missing.length > 0) out.push(`(../shared/${result.missing.join(', ../shared/')} missing: fixtures only.)`);
  // max/min over the sizes; largest/smallest says whether a difference grows with the size (a step
  // that is not linear) or is the fixed cost of the first 30 KB, which every document's head pays.
  out.push(
    '',
    `| pattern | docs | throws | schema | ${sizes.map((s) => `ms/KB ${s}`).join(' | ')} | max/min | largest/smallest |`,
  );
  out.push(`| --- | ---: | ---: | ---: | ${sizes.map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const [pattern, t] of Object.entries(result.timing)) {
    const p = result.perPattern[pattern];
    const values = sizes.map((s) => t[s]).filter((v) => v !== null);
    const ratio = values.length > 1 ? Math.max(...values) / Math.min(...values) : null;
    const growth = values.length > 1 ? values[values.length - 1] / values[0] : null;
    const times = (x) => (x === null ? '–' : `${x.toFixed(1)}×`);
    out.push(
      `| ${pattern} | ${p.documents} | ${p.throw} | ${p.schema} | ${sizes.map((s) => (t[s] === null ? '–' : t[s].toFixed(3))).join(' | ')} | ${times(ratio)} | ${times(growth)} |`,
    );
  }
  for (const x of result.slow ?? [])
    out.push(
      '',
      x.start === 'projected'
        ? `- **slow** (${x.pattern}): ${x.size} left out, its projected time passes ${MAX_PROJECTED_MS / 1000} s`
        : `- **slow** (${x.pattern}, ${x.start} grown to ${x.size}): ${x.msPerKb.toFixed(3)} ms/KB, ${(x.msPerKb / x.smallest).toFixed(1)}× the smallest size`,
    );
  if (result.machine) out.push('', result.machine);
  for (const f of result.findings) {
    out.push('', `- **${f.outcome}** (${f.pattern}, from ${f.start}): ${f.detail}`);
    if (f.reproducer) out.push(`  minimal reproducer: ${JSON.stringify(f.reproducer.slice(0, 400))}`);
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args.splice(i, 2)[1];
  };
  const seed = Number(flag('--seed', '1'));
  const sizes = flag('--sizes', Object.keys(SIZES).join(','))
    .split(',')
    .filter((s) => s !== '' && s !== 'none');
  const json = flag('--json', undefined);
  const timed = flag('--patterns', undefined)?.split(',');
  // `--from I` runs documents I to N-1 of the same sequence: N = 100000 split in two runs at once.
  const from = Number(flag('--from', '0'));
  const samples = Number(flag('--samples', '3'));
  const starts = Number(flag('--starts', '3'));
  const n = Number(args[0] ?? 10_000);
  const t0 = performance.now();
  const result = await runFuzz({
    n,
    seed,
    sizes,
    timed,
    from,
    samples,
    starts,
    onProgress: (done, c) =>
      process.stderr.write(`\r${done}/${n} documents, ${c.throw} throws, ${c.schema} schema failures   `),
  });
  process.stderr.write('\n');
  console.log(formatReport(result, sizes));
  console.log(`\n${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const dir = join(REPO, 'bench/results/fuzz-findings');
  if (result.findings.length + result.slow.length > 0) {
    mkdirSync(dir, { recursive: true });
    for (const x of result.slow.filter((s) => s.text))
      writeFileSync(join(dir, `${seed}-slow-${x.pattern}-${x.size}.txt`), x.text);
    for (const [i, f] of result.findings.entries())
      writeFileSync(join(dir, `${seed}-${i}-${f.outcome}.txt`), f.reproducer);
    console.log(`reproducers in ${dir}`);
  }
  if (json) writeFileSync(json, JSON.stringify({ ...result, slow: result.slow.map(({ text, ...x }) => x) }, null, 1));
  process.exitCode = result.counts.throw + result.counts.schema > 0 ? 1 : 0;
}
