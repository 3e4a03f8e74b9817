// The PostgreSQL store at national scale, side by side with the YAML archive.
//   node bench/postgres.mjs --url postgres://…/postgres --meetings 1000000 --bodies 5000   (database)
//   node bench/postgres.mjs --yaml DIR --meetings 100000 --bodies 500                      (YAML folder)
// The database run creates (or, with --reuse, keeps) a database named after the size, bulk-loads the
// generated archive with COPY (meetings/s), then times what the apps ask of it: one body's feed, a
// meeting page, a body page, searches and each report for one body, as p50/p95 over random picks.
// The YAML run writes the same generator's records as files, loads them as the apps do (time, memory)
// and times the same questions on the archive in memory. Run both with `nice`: the machine is shared.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { random } from './generate-archive.mjs';
import { bodyId, nationalRecords } from './generate-national.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    yaml: { type: 'string' },
    meetings: { type: 'string', default: '100000' },
    bodies: { type: 'string', default: '5000' },
    paragraphs: { type: 'string', default: '6' },
    samples: { type: 'string', default: '100' },
    reuse: { type: 'boolean', default: false },
    // Which questions to ask (default all): feed, meeting, body, search, reports; for a database also
    // start, and `perrequest` to time the old way too (the body read from the database for every question);
    // `prepare` times the feed server's pass over every body after start.
    questions: { type: 'string', default: 'feed,meeting,body,search,reports,start' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const core = await import(`${root}packages/core/dist/index.js`);
const coreNode = await import(`${root}packages/core/dist/node.js`);
const corePg = await import(`${root}packages/core/dist/postgres.js`);
const { createApp } = await import(`${root}apps/web/dist/index.js`);
const feedApp = await import(`${root}apps/feed/dist/index.js`);

const meetings = Number(values.meetings);
const bodies = Number(values.bodies);
const paragraphs = Number(values.paragraphs);
const samples = Number(values.samples);
const perBody = Math.ceil(meetings / bodies);
const bodyCount = Math.ceil(meetings / perBody);
const TODAY = '2025-06-01';
const QUERIES = [
  'beslutet',
  'budget',
  'detaljplan',
  'remissen gymnasieskola',
  '"inom ramen för budgeten"',
  'kollektivtrafik Umeå',
  'medborgarförslag',
  'hemtjänst',
  'uppdraget',
  'klimatstrategi',
];

const rnd = random(12345);
const someBody = () => bodyId(Math.floor(rnd() * bodyCount));

/**
 * p50 and p95 of `n` runs of `fn`, in milliseconds of the clock, and of this process's processor time
 * (user and system): on a shared, busy machine the clock counts the waits for a core too, the processor
 * time does not (the database server's work is in the clock only).
 */
async function time(label, n, fn, before) {
  const ms = [];
  const cpu = [];
  for (let i = 0; i < n; i++) {
    if (before) await before(i);
    const t = performance.now();
    const c = process.cpuUsage();
    await fn(i);
    const used = process.cpuUsage(c);
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  const f = (v) => v.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(32)} clock p50 ${f(at(ms, 0.5))} p95 ${f(at(ms, 0.95))} ms | node CPU p50 ${f(at(cpu, 0.5))} p95 ${f(at(cpu, 0.95))} ms (${n} runs)`,
  );
}

const mb = () => Math.round(process.memoryUsage().rss / 1e6);

const asked = new Set(values.questions.split(','));

/**
 * `archiveOf(body, meeting?)` reads what one request needs: a body's records, or one meeting of it;
 * `meetingOf(body)` picks one of the body's meetings (before the clock starts).
 */
async function questions(archiveOf, meetingOf, search, label) {
  console.log(`\n${label}`);
  if (asked.has('feed'))
    await time('one body: feed (.ics)', samples, async () => {
      const archive = await archiveOf(someBody());
      const { feeds } = core.renderFeeds(archive, {});
      if (!feeds.length) throw new Error('no feed');
    });
  if (asked.has('meeting')) {
    const picks = [];
    for (let i = 0; i < samples; i++) {
      const id = someBody();
      picks.push([id, await meetingOf(id)]);
    }
    await time('meeting page', samples, async (i) => {
      const [id, meeting] = picks[i];
      // The page's address names the body and the meeting: only those are read.
      const archive = await archiveOf(id, meeting);
      const app = createApp({ archive, now: () => new Date(`${TODAY}T10:00:00Z`) });
      const response = await app.request(`/organ/${id}/${meeting}`);
      if (response.status !== 200) throw new Error(`meeting page: ${response.status}`);
      await response.text();
    });
  }
  if (asked.has('body'))
    await time('body page', samples, async () => {
      const id = someBody();
      const app = createApp({ archive: await archiveOf(id), now: () => new Date(`${TODAY}T10:00:00Z`) });
      const response = await app.request(`/organ/${id}`);
      if (response.status !== 200) throw new Error(`body page: ${response.status}`);
      await response.text();
    });
  if (asked.has('search'))
    await time('search (10 queries, each twice)', QUERIES.length * 2, async (i) => {
      const result = await search(QUERIES[i % QUERIES.length]);
      if (i === 0) console.log(`  "${QUERIES[0]}": ${result.more ? 'more than ' : ''}${result.total} records`);
    });
  for (const kind of asked.has('reports') ? core.REPORT_KINDS : []) {
    await time(`report ${kind} --body`, Math.max(10, samples / 5), async () => {
      const id = someBody();
      const archive = await archiveOf(id);
      const caseNumber = archive.paragraphs[0]?.paragraph.caseNumber;
      core.buildReport(kind, archive, { today: TODAY, body: id, ...(kind === 'case' ? { caseNumber } : {}) });
    });
  }
}

/**
 * The feed server and the viewer as they serve a database per body (`openArchive` → `parts`), asked
 * in-process (Hono's `app.request`, no sockets): a body's first request reads it and renders the one
 * feed or page asked for; later ones find the body (and the feed) in memory until a change names it.
 */
async function served(url, db) {
  const live = await coreNode.openArchive(url, { perBody: true });
  console.log(
    `\nPostgreSQL served per body (the feed server and the viewer, ${live.current.bodies.length} bodies listed)`,
  );
  // The timed server makes feeds only when asked (the pass over every body after start is timed apart).
  const feeds = await feedApp.createServer({
    archive: live,
    publicUrl: 'https://kalender.example.se',
    prepare: false,
  });
  const feed = feedApp.createApp(feeds.store, { publicUrl: 'https://kalender.example.se' });
  const web = createApp({
    archive: live.current,
    parts: live.parts,
    search: live.search,
    now: () => new Date(`${TODAY}T10:00:00Z`),
  });
  const get = async (app, path) => {
    const response = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    await response.arrayBuffer();
  };
  // Distinct bodies for each cold question, so none is in memory before it is asked.
  const fresh = [];
  const unused = () => {
    for (;;) {
      const id = someBody();
      if (!fresh.includes(id)) {
        fresh.push(id);
        return id;
      }
    }
  };
  if (asked.has('feed')) {
    const bodies = Array.from({ length: samples }, unused);
    // Feeds made before by another process (or before a restart) are kept in the database with the
    // stamp of the records they were made from; clear them so this run makes them first.
    await db.pool.query("delete from made_parts where key like 'feed/%' and body = any($1::text[])", [bodies]);
    await time('feed made (body not in memory)', samples, (i) => get(feed, `/calendars/${bodies[i]}.ics`));
    await time('feed, kept since made', samples, (i) => get(feed, `/calendars/${bodies[i]}.ics`));
    {
      // A second server process (or this one after a restart): nothing in memory, the feed kept in the database.
      const other = await coreNode.openArchive(url, { perBody: true });
      const otherFeeds = await feedApp.createServer({
        archive: other,
        publicUrl: 'https://kalender.example.se',
        prepare: false,
      });
      const otherApp = feedApp.createApp(otherFeeds.store, { publicUrl: 'https://kalender.example.se' });
      await time('feed kept in the database', samples, (i) => get(otherApp, `/calendars/${bodies[i]}.ics`));
      await otherFeeds.close();
      await other.close();
    }
    await time('feed of a year, body in memory', samples, (i) => get(feed, `/calendars/${bodies[i]}/2015.ics`));
    // A change to one meeting of the body: NOTIFY drops the body, the next request reads it again
    // (only the changed record is parsed again) and renders the feed again.
    const changes = Math.min(samples, 20);
    const changed = [];
    for (let i = 0; i < changes; i++) {
      const id = bodies[i];
      const { rows } = await db.pool.query(
        `select m.source, m.record, s.modified from meetings m join sources s on s.path = m.source where m.body = $1 order by m.date desc limit 1`,
        [id],
      );
      const record = { ...rows[0].record, location: `Sal ${i}` };
      changed.push({ id, record, source: rows[0].source });
    }
    let at = 0;
    const write = (i) => {
      const { record, source } = changed[i];
      return db.write({
        put: [
          {
            path: source,
            kind: 'meeting',
            sha256: corePg.recordHash(record),
            modified: new Date(Date.UTC(2026, 0, 1, 0, 0, ++at)).toISOString(),
            record,
          },
        ],
        delete: [],
      });
    };
    const etag = async (path) => {
      const response = await feed.request(path, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      return response.headers.get('etag');
    };
    // A change of one meeting of the body: its NOTIFY makes the body's feed again at once, and the feed
    // made before is served meanwhile. Timed: requests right after the change's commit (not waiting for
    // the NOTIFY), and, apart, the clock from the commit to the new ETag.
    await time(
      'feed right after a change of its body',
      changes,
      (i) => etag(`/calendars/${changed[i].id}.ics`),
      (i) => write(i),
    );
    // The changes above are made again one after another: let them all arrive before timing one at a time.
    const text = async (path) => {
      const response = await feed.request(path);
      return response.text();
    };
    const drained = Date.now() + 60_000;
    for (let i = 0; i < changes; i++)
      while (!(await text(`/calendars/${changed[i].id}.ics`)).includes(`Sal ${i}`) && Date.now() < drained)
        await new Promise((r) => setTimeout(r, 20));
    // …and their years' feeds, made after the bodies' feeds (some 70 ms each): then time one change at a time.
    await new Promise((r) => setTimeout(r, 3000));
    const reached = [];
    for (let i = 0; i < changes; i++) {
      const path = `/calendars/${changed[i].id}.ics`;
      changed[i].record = { ...changed[i].record, location: `Sal ${i} igen` };
      const was = await etag(path);
      await write(i);
      const t = performance.now();
      const end = Date.now() + 10_000;
      while ((await etag(path)) === was && Date.now() < end) await new Promise((r) => setTimeout(r, 2));
      reached.push(performance.now() - t);
    }
    const order = [...reached];
    reached.sort((a, b) => a - b);
    const q = (f) => reached[Math.min(changes - 1, Math.floor(changes * f))].toFixed(1).padStart(7);
    console.log(
      `${'change committed → new ETag'.padEnd(32)} clock p50 ${q(0.5)} p95 ${q(0.95)} ms (${changes} changes)`,
    );
    console.log(`  each, in the order made: ${order.map((ms) => ms.toFixed(0)).join(' ')} ms`);
  }
  if (asked.has('prepare')) {
    // A server's pass over every body after start, for a minute: how many feeds it makes a second.
    const other = await coreNode.openArchive(url, { perBody: true });
    const t = performance.now();
    const c = process.cpuUsage();
    const preparing = await feedApp.createServer({ archive: other, publicUrl: 'https://kalender.example.se' });
    // Meanwhile a subscriber asks over HTTP, from another thread, for one body's feed every 100 ms:
    // the first request makes it, the rest are served from memory, and show whether the pass holds up
    // the thread answering requests (asked from this thread, a request would only start when it is free).
    const base = await preparing.listen(0);
    const { Worker } = await import('node:worker_threads');
    const subscriber = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       (async () => {
         const url = workerData.url;
         await (await fetch(url)).arrayBuffer();
         const times = [];
         const end = Date.now() + workerData.ms;
         while (Date.now() < end) {
           const s = performance.now();
           await (await fetch(url, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
           times.push(performance.now() - s);
           await new Promise((r) => setTimeout(r, 100));
         }
         parentPort.postMessage(times);
       })();`,
      { eval: true, workerData: { url: `${base}/calendars/${someBody()}.ics`, ms: 60_000 - (performance.now() - t) } },
    );
    const during = await new Promise((resolve, reject) => {
      subscriber.once('message', resolve);
      subscriber.once('error', reject);
    });
    await preparing.close();
    during.sort((a, b) => a - b);
    const at = (q) => during[Math.min(during.length - 1, Math.floor(q * during.length))].toFixed(1);
    console.log(
      `a feed in memory, asked every 100 ms during the pass: p50 ${at(0.5)} p95 ${at(0.95)} p99 ${at(0.99)} max ${at(1)} ms (${during.length} requests)`,
    );
    const { made, kept } = await preparing.store.preparing;
    const s = (performance.now() - t) / 1000;
    const used = process.cpuUsage(c);
    console.log(
      `prepare after start (60 s): ${made} feeds made, ${kept} found kept; ${((made + kept) / s).toFixed(1)} bodies/s, node CPU ${((used.user + used.system) / 1000 / Math.max(1, made)).toFixed(0)} ms a feed made`,
    );
    await other.close();
  }
  if (asked.has('meeting')) {
    const picks = [];
    for (let i = 0; i < samples; i++) {
      const id = unused();
      const { rows } = await db.pool.query('select id from meetings where body = $1 order by id', [id]);
      picks.push([id, rows[Math.floor(rnd() * rows.length)].id, rows[Math.floor(rnd() * rows.length)].id]);
    }
    // As after the viewer's pass (in a thread of its own, with its own connections, as the server
    // runs it): each body's follow-up leads kept in the database, the body not read in this process.
    // The thread stays, as in the server, and makes the leads a page finds not kept.
    // Ten other bodies' pages first, as a server that has answered pages before (the compiler warmed up).
    const warm = Array.from({ length: 10 }, unused);
    const t = performance.now();
    const thread = coreNode.prepareInThread(url, [...picks.map((p) => p[0]), ...warm], { stay: true });
    const pass = await thread.done;
    live.parts.makeElsewhere(thread.make);
    console.log(
      `the viewer's pass over ${samples + warm.length} bodies: ${pass.made} made, ${pass.kept} found kept, ${((performance.now() - t) / (samples + warm.length)).toFixed(0)} ms a body`,
    );
    for (const id of warm) {
      const { rows } = await db.pool.query('select id from meetings where body = $1 order by id limit 1', [id]);
      await get(web, `/organ/${id}/${rows[0].id}/`);
    }
    await time('meeting page, body not in memory (leads kept)', samples, (i) =>
      get(web, `/organ/${picks[i][0]}/${picks[i][1]}/`),
    );
    await time('meeting page, another of the body', samples, (i) => get(web, `/organ/${picks[i][0]}/${picks[i][2]}/`));
    await time('meeting page, page kept', samples, (i) => get(web, `/organ/${picks[i][0]}/${picks[i][2]}/`));
    // The first page of a body after a change of its organisation's records: it makes the leads.
    const changed = [];
    for (let i = 0; i < samples; i++) {
      const id = unused();
      const { rows } = await db.pool.query('select id from meetings where body = $1 order by id', [id]);
      changed.push([id, rows[Math.floor(rnd() * rows.length)].id]);
    }
    await db.pool.query("delete from made_parts where key like 'follow-up-leads/%' and body = any($1::text[])", [
      changed.map((p) => p[0]),
    ]);
    await time('meeting page, first of a body after a change (leads made after it, in the thread)', samples, (i) =>
      get(web, `/organ/${changed[i][0]}/${changed[i][1]}/`),
    );
    await thread.stop();
  }
  if (asked.has('body')) {
    const bodies = Array.from({ length: samples }, unused);
    await time('body page, body not in memory', samples, (i) => get(web, `/organ/${bodies[i]}/`));
  }
  if (asked.has('start')) {
    await time('start page (overview made)', 1, () => get(web, '/'));
    // The same page again, not from the viewer's page cache: the overview kept, the page rendered.
    const uncached = createApp({
      archive: live.current,
      parts: live.parts,
      now: () => new Date(`${TODAY}T10:00:00Z`),
      cachePages: false,
    });
    await time('start page (overview kept)', 10, () => get(uncached, '/'));
  }
  if (asked.has('search')) {
    // A server's connections have each planned a search before (the first plan on a connection reads the
    // full-text statistics, 100–300 ms): ten searches of other words at once, one per connection.
    await Promise.all(
      [
        'vatten',
        'skolskjuts',
        'bygglov',
        'äldreomsorg',
        'simhall',
        'bredband',
        'avfall',
        'parkering',
        'kultur',
        'brandskydd',
      ].map((q) => live.search(q)),
    );
    await time('search (10 queries, each twice)', QUERIES.length * 2, async (i) => {
      const result = await live.search(QUERIES[i % QUERIES.length]);
      if (i < QUERIES.length)
        console.log(`  "${QUERIES[i]}": ${result.more ? 'more than ' : ''}${result.total} records`);
    });
  }
  console.log(`bodies in memory: ${live.parts.cached}; RSS ${mb()} MB`);
  await feeds.close();
  await live.close();
}

console.log(
  `load average: ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${(await import('node:os')).cpus().length} cores`,
);
console.log(
  `${meetings.toLocaleString('en')} meetings over ${bodyCount.toLocaleString('en')} bodies, ${paragraphs} paragraphs each; Node ${process.version}`,
);

if (values.url) {
  const name = `sammantrade_bench_${meetings}`;
  const admin = new pg.Client({ connectionString: values.url });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount > 0;
  if (!values.reuse || !exists) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  const url = new URL(values.url);
  url.pathname = `/${name}`;
  const db = corePg.openDatabase(url.toString(), { maxConnections: 4 });
  await db.migrate();
  if (!values.reuse || !exists) {
    // The search index is built once after the load, not row by row during it: the usual way to bulk-load.
    await db.pool.query('drop index search_documents_terms');
    const started = performance.now();
    let put = [];
    let loaded = 0;
    let batchMeetings = 0;
    const flush = async () => {
      if (put.length === 0) return;
      await db.write({ put, delete: [] });
      loaded += batchMeetings;
      put = [];
      batchMeetings = 0;
      const s = (performance.now() - started) / 1000;
      process.stdout.write(
        `\r  loaded ${loaded.toLocaleString('en')} meetings in ${s.toFixed(0)} s (${Math.round(loaded / s)}/s)   `,
      );
    };
    for (const batch of nationalRecords({ meetings, bodies, paragraphs, validate: false })) {
      put.push(...batch);
      batchMeetings += batch.filter((r) => r.kind === 'meeting').length;
      if (batchMeetings >= 10_000) await flush();
    }
    await flush();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `\nbulk load (generate + COPY, one transaction per 10,000 meetings): ${seconds.toFixed(0)} s, ${Math.round(meetings / seconds)} meetings/s`,
    );
    let t = performance.now();
    await db.pool.query('create index search_documents_terms on search_documents using gin (terms)');
    console.log(`search index built: ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
    await db.pool.query('vacuum analyze');
    console.log(`vacuum analyze: ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const size = await db.pool.query('select pg_size_pretty(pg_database_size(current_database())) as s');
  console.log(`database size: ${size.rows[0].s}`);
  if (asked.has('perrequest'))
    await questions(
      (id, meeting) => db.archive({ bodies: [id], ...(meeting ? { meetings: [meeting] } : {}) }),
      async (id) => {
        const { rows } = await db.pool.query('select id from meetings where body = $1 order by id', [id]);
        return rows[Math.floor(rnd() * rows.length)].id;
      },
      (q) => db.search(q),
      'PostgreSQL, read per request (one body read from the database each time)',
    );
  await served(url.toString(), db);
  await db.close();
} else if (values.yaml) {
  const dir = values.yaml;
  const started = performance.now();
  let files = 0;
  for (const batch of nationalRecords({ meetings, bodies, paragraphs })) {
    for (const r of batch) {
      const path = join(dir, r.path);
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(path, core.stringifyRecordYaml(r.record));
      files++;
    }
  }
  console.log(
    `wrote ${files.toLocaleString('en')} YAML files in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const round of ['first load (parses every file)', 'second load (from the cache)']) {
    const t = performance.now();
    const archive = await coreNode.loadArchive(dir);
    console.log(
      `${round}: ${((performance.now() - t) / 1000).toFixed(1)} s, ${archive.meetings.length.toLocaleString('en')} meetings, RSS ${mb()} MB`,
    );
    if (round.startsWith('second')) {
      const t2 = performance.now();
      core.renderFeeds(archive, {});
      console.log(
        `every feed rendered once (what the feed server does on each change): ${((performance.now() - t2) / 1000).toFixed(1)} s`,
      );
      // One body's part of the archive in memory, as the database run reads it: the same work per question.
      const scoped = async (id, meeting) =>
        core.createArchive({
          bodies: [archive.body(id)],
          meetings: archive.meetingsOf(id).filter((m) => !meeting || m.id === meeting),
          schedules: archive.schedules.filter((s) => s.body === id),
          programmes: archive.programmes.filter((p) => p.body === id),
        });
      await questions(
        scoped,
        async (id) => {
          const list = archive.meetingsOf(id);
          return list[Math.floor(rnd() * list.length)].id;
        },
        async (q) => core.search(archive, q),
        'YAML archive in memory (one body taken from it per request)',
      );
    }
  }
} else {
  console.error('give --url postgres://… or --yaml DIR');
  process.exit(2);
}
