import { gunzipSync } from 'node:zlib';
import type { Archive } from '@sammantrade/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/index.js';
import { NOW, sampleArchive } from './helpers.js';

/** The archive, counting how often a page asks it for a body's meetings. */
function counting(archive: Archive): { archive: Archive; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(archive, {
    get(target, key, receiver) {
      if (key === 'meetingsOf') calls++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { archive: proxy, calls: () => calls };
}

describe('pages built once per archive version', () => {
  it('answers the start and body pages again without computing them, the same bytes each time', async () => {
    const { archive, calls } = counting(await sampleArchive());
    let now = NOW();
    const app = createApp({ archive, now: () => now });
    const first = await app.request('/organ/halsingeradet/');
    const computed = calls();
    expect(computed).toBeGreaterThan(0);
    const again = await app.request('/organ/halsingeradet/');
    expect(calls()).toBe(computed);
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8');

    await app.request('/');
    const start = calls();
    await app.request('/');
    expect(calls()).toBe(start);
    // A new day is a new start page ("upcoming" moves), and a query string another page.
    now = new Date('2024-09-21T10:00:00Z');
    await app.request('/');
    expect(calls()).toBeGreaterThan(start);
    expect((await app.request('/organ/halsingeradet/?x=1')).status).toBe(200);
    // Nothing that failed is kept.
    expect((await app.request('/organ/finns-inte/')).status).toBe(404);
    expect((await app.request('/organ/finns-inte/')).status).toBe(404);
  });

  it('answers a page served again gzipped when the client takes gzip, the same page as built', async () => {
    const app = createApp({ archive: await sampleArchive(), now: NOW });
    const built = await (await app.request('/organ/halsingeradet/')).text();
    const zipped = await app.request('/organ/halsingeradet/', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(built);
    const refused = await app.request('/organ/halsingeradet/', { headers: { 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(built);
  });

  it('answers a page just built as it will answer it again: gzipped once, the same bytes and headers', async () => {
    const app = createApp({ archive: await sampleArchive(), now: NOW });
    const gzip = { headers: { 'accept-encoding': 'gzip' } };
    // Counts the compress middleware's streams: a page gzipped for the cache is not gzipped again.
    const Original = globalThis.CompressionStream;
    let streams = 0;
    globalThis.CompressionStream = class extends Original {
      constructor(format: CompressionFormat) {
        super(format);
        streams++;
      }
    };
    let first: Response;
    try {
      first = await app.request('/organ/halsingeradet/', gzip);
    } finally {
      globalThis.CompressionStream = Original;
    }
    expect(streams).toBe(0);
    const again = await app.request('/organ/halsingeradet/', gzip);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const listed = (r: Response) => {
      const out: string[] = [];
      r.headers.forEach((value, name) => {
        out.push(`${name}: ${value}`);
      });
      return out.sort();
    };
    expect(listed(first)).toEqual(listed(again));
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await again.arrayBuffer())];
    expect(a.equals(b)).toBe(true); // not gzipped a second time on the way out
    expect(gunzipSync(a).toString('utf8')).toMatch(/^<!doctype html>/i);
    const plain = await createApp({ archive: await sampleArchive(), now: NOW }).request('/organ/halsingeradet/');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(gunzipSync(a).toString('utf8'));
  });
});
