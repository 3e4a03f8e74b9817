import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type FeedServer } from '../src/index.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/samverkan', import.meta.url));

/** Every feed's path and ETag, as a client sees them over HTTP. */
async function etags(base: string): Promise<Map<string, string>> {
  const listing = (await (await fetch(`${base}/calendars.json`)).json()) as { feeds: { links: { https: string } }[] };
  const out = new Map<string, string>();
  for (const feed of listing.feeds) {
    const path = new URL(feed.links.https).pathname;
    const res = await fetch(`${base}${path}`);
    await res.arrayBuffer();
    out.set(path, String(res.headers.get('etag')));
  }
  return out;
}

/** A response's bytes as sent (fetch would unzip them). */
function raw(url: string, encoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('an edit to one meeting file, over real files and real HTTP', () => {
  let dir: string;
  let feed: FeedServer;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sammantrade-feed-edit-'));
    await cp(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes('.sammantrade') });
    // With the deadline events: report-backs are judged across bodies, so every body is looked at again.
    feed = await createServer({ archive: dir, adjustments: true, reportBacks: true });
    base = await feed.listen(0, '127.0.0.1');
  }, 240_000);
  afterAll(async () => {
    await feed.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('changes the ETags of the feeds that hold the meeting, and no other', async () => {
    const before = await etags(base);
    expect(before.size).toBeGreaterThan(5);
    const file = join(dir, 'meetings/halsingeradet/2023-10-11.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^location: /m);
    await writeFile(file, text.replace(/^location: .*$/m, 'location: Sammanträdesrummet Iggesund'));
    // Waits for the change as long as a busy machine needs; no timing is asserted.
    const target = '/calendars/halsingeradet.ics';
    for (let i = 0; i < 1200; i++) {
      const res = await fetch(`${base}${target}`);
      await res.arrayBuffer();
      if (res.headers.get('etag') !== before.get(target)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const after = await etags(base);
    const changed = [...after].filter(([path, etag]) => before.get(path) !== etag).map(([path]) => path);
    expect(changed.sort()).toEqual([
      '/calendars/all.ics',
      '/calendars/halsingeradet.ics',
      '/calendars/halsingeradet/2023.ics',
    ]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const all = await (await fetch(`${base}/calendars/all.ics`)).text();
    expect(all.replace(/\r\n /g, '')).toContain('LOCATION:Sammanträdesrummet Iggesund');
    // Only the changed pieces were compressed again: the gzip a client gets still unzips to the bytes.
    for (const path of changed) {
      const plain = await raw(`${base}${path}`, 'identity');
      const gzip = await raw(`${base}${path}`, 'gzip');
      expect(gzip.encoding).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    }
  }, 240_000);
});
