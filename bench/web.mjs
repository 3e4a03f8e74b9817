// Web viewer: the transferred size of each page type over the sample archive (HTML and the assets
// it needs, gzip as a browser asks for it, images aside), a check that nothing is loaded from a third
// party, and the meeting page's response time on a generated archive of 10,000 meetings.
// The servers run in their own processes, the measuring in this one.
// Usage: pnpm build && node bench/web.mjs [--meetings 10000] [--seconds 5] [--connections 10]
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'serve-generated': { type: 'boolean', default: false },
    'no-page-cache': { type: 'boolean', default: false },
    'serve-sample': { type: 'boolean', default: false },
  },
});
const root = new URL('..', import.meta.url).pathname;
const web = `${root}apps/web/dist/index.js`;
const core = `${root}packages/core/dist/index.js`;
const coreNode = `${root}packages/core/dist/node.js`;

/** An archive of `count` meetings over 20 bodies, each with 15 participants and 12 paragraphs. */
async function generate(count) {
  const { BodySchema, MeetingSchema, createArchive } = await import(core);
  const started = performance.now();
  const bodies = Array.from({ length: 20 }, (_, i) => BodySchema.parse({ id: `organ-${i}`, name: `Nämnd ${i}` }));
  const words = 'beslut förslag kommunen budget ramverk uppdrag samverkan utredning rapport plan'.split(' ');
  const text = (seed, n) => Array.from({ length: n }, (_, k) => words[(seed * 7 + k * 3) % words.length]).join(' ');
  const meetings = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 20) * 86_400_000 * 3).toISOString().slice(0, 10);
    meetings.push(
      MeetingSchema.parse({
        id: day,
        body: `organ-${i % 20}`,
        kind: 'minutes',
        date: day,
        start: '09:00',
        end: '12:00',
        location: 'Kommunhuset',
        status: 'held',
        paragraphRange: { from: i * 12, to: i * 12 + 11 },
        participants: Array.from({ length: 15 }, (_, k) => ({
          name: `Person ${k}`,
          roles: [k === 0 ? 'chair' : k < 11 ? 'member' : 'other'],
          party: ['S', 'M', 'C', 'V', 'KD'][k % 5],
          municipality: `Kommun ${k % 6}`,
        })),
        adjustment: { deadline: day, deadlineTime: '14:00', signatories: ['Person 0', 'Person 1'] },
        paragraphs: Array.from({ length: 12 }, (_, k) => ({
          number: i * 12 + k,
          title: `Ärende ${k} ${text(i + k, 4)}`,
          types: ['decision'],
          caseNumber: `KS ${2000 + (i % 25)}/${k}`,
          text: text(i * k, 60),
          decisions: [{ text: text(i + 2 * k, 20), outcome: 'approved' }],
          assignments: k % 4 === 0 ? [{ assignee: 'Kommunchefen', task: text(k, 10), due: day }] : [],
        })),
      }),
    );
  }
  const archive = createArchive({ bodies, meetings, schedules: [], programmes: [] });
  return { archive, ms: Math.round(performance.now() - started) };
}

function start(flag, ...more) {
  const child = spawn(
    process.execPath,
    [new URL(import.meta.url).pathname, flag, '--meetings', values.meetings, ...more],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  return new Promise((resolve) => {
    child.stdout.on('data', (d) => {
      const m = /ready (\d+)(?: (\d+))?/.exec(String(d));
      if (m) resolve({ child, port: Number(m[1]), ms: Number(m[2] ?? 0) });
    });
  });
}

/** The bytes that cross the wire for one URL, as a browser asks for it (gzip), and the decoded size. */
function transfer(url) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', async () => {
        const wire = Buffer.concat(chunks);
        const decoded =
          res.headers['content-encoding'] === 'gzip' ? (await import('node:zlib')).gunzipSync(wire) : wire;
        const headerBytes = res.rawHeaders.reduce((n, h) => n + h.length + 2, 0) + 17;
        resolve({ status: res.statusCode, wire: wire.length, headers: headerBytes, decoded: decoded.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

function kb(n) {
  return (n / 1024).toFixed(1);
}

const children = [];
process.on('exit', () => {
  for (const child of children) child.kill();
});

async function measure() {
  const sample = await start('--serve-sample');
  const origin = `http://127.0.0.1:${sample.port}`;
  const pages = {
    start: '/',
    body: '/organ/halsingeradet/',
    meeting: '/organ/halsingeradet/2023-10-11/',
    case: '/arende/GNS~6~2020/',
    assignments: '/uppdrag/',
    decisions: '/beslut/',
    programme: '/program/halsingeradet-utvecklingsprogram-2022/',
    search: '/sok/?q=budget',
    'not found': '/finns-inte/',
  };
  console.log('Page sizes, sample archive (gzip; HTML + stylesheet + scripts; images aside)\n');
  console.log(
    '| page | HTML decoded | HTML transferred | assets transferred | total transferred | third-party assets |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  let worst = 0;
  for (const [name, path] of Object.entries(pages)) {
    const page = await transfer(`${origin}${path}`);
    const refs = [
      ...page.decoded.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
      ...page.decoded.matchAll(/<script src="([^"]+)"/g),
    ].map((m) => m[1]);
    const thirdParty = refs.filter((r) => /^(https?:)?\/\//.test(r) && !r.startsWith(origin)).length;
    let assets = 0;
    for (const ref of refs) {
      const asset = await transfer(new URL(ref, origin).href);
      assets += asset.wire + asset.headers;
    }
    const total = page.wire + page.headers + assets;
    worst = Math.max(worst, total);
    console.log(
      `| ${name} | ${kb(page.decoded.length)} KB | ${kb(page.wire + page.headers)} KB | ${kb(assets)} KB | ${kb(total)} KB | ${thirdParty} |`,
    );
  }
  console.log(`\nLargest page: ${kb(worst)} KB transferred (target: under 60 KB).`);
  sample.child.kill();

  const generated = await start('--serve-generated');
  const base = `http://127.0.0.1:${generated.port}`;
  console.log(
    `\nGenerated archive: ${values.meetings} meetings (20 bodies, 12 paragraphs each), built in ${generated.ms} ms.`,
  );
  const meetingUrl = (i) =>
    `/organ/organ-${i % 20}/${new Date(Date.UTC(2000, 0, 1) + Math.floor(i / 20) * 86_400_000 * 3).toISOString().slice(0, 10)}/`;
  const probe = await transfer(`${base}${meetingUrl(Number(values.meetings) - 1)}`);
  if (probe.status !== 200) throw new Error(`meeting page answered ${probe.status}`);
  const times = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await transfer(`${base}${meetingUrl((i * 7919) % Number(values.meetings))}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.floor(p * (times.length - 1))].toFixed(1);
  console.log(
    `Meeting page, one request at a time (200 different meetings): median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`,
  );
  const result = await autocannon({
    url: base,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { 'accept-encoding': 'gzip' },
    requests: [
      { setupRequest: (req) => ({ ...req, path: meetingUrl(Math.floor(Math.random() * Number(values.meetings))) }) },
    ],
  });
  console.log(
    `Meeting page under load (${values.connections} connections, ${values.seconds} s, gzip): ${Math.round(result.requests.average)} req/s, latency median ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}`,
  );
  const t = performance.now();
  const search = await transfer(`${base}/sok/?q=budget+ramverk`);
  console.log(
    `First search on the generated archive (builds the index): ${(performance.now() - t).toFixed(0)} ms, status ${search.status}`,
  );
  const t2 = performance.now();
  await transfer(`${base}/sok/?q=rapport+plan`);
  console.log(`Next search: ${(performance.now() - t2).toFixed(0)} ms`);

  // The start and body pages, built once per archive version, against the same server building
  // every page for every request (as the viewer did before), side by side.
  const uncached = await start('--serve-generated', '--no-page-cache');
  const perRequest = async (origin, path) => {
    await transfer(`${origin}${path}`);
    const times = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      await transfer(`${origin}${path}`);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[15];
  };
  const rows = [];
  for (const [name, path] of [
    ['start', '/'],
    ['body', '/organ/organ-1/'],
  ]) {
    const built = await perRequest(`http://127.0.0.1:${uncached.port}`, path);
    const kept = await perRequest(base, path);
    const page = await transfer(`${base}${path}`);
    rows.push({
      page: name,
      'built every request ms': built.toFixed(1),
      'built once ms': kept.toFixed(1),
      'times faster': (built / kept).toFixed(0),
      'KB gzipped': kb(page.wire),
    });
  }
  console.log('\nStart and body pages on the generated archive, median of 30 requests one at a time:');
  console.table(rows);
  uncached.child.kill();
  generated.child.kill();
}

if (values['serve-sample']) {
  const { loadArchive } = await import(coreNode);
  const { createServer, listen } = await import(web);
  const server = createServer({ archive: await loadArchive(`${root}examples/samverkan`) });
  const { port } = await listen(server, 0);
  console.log(`ready ${port}`);
} else if (values['serve-generated']) {
  const { archive, ms } = await generate(Number(values.meetings));
  const { createServer, listen } = await import(web);
  const server = createServer({ archive, cachePages: !values['no-page-cache'] });
  const { port } = await listen(server, 0);
  console.log(`ready ${port} ${ms}`);
} else {
  await measure();
}
