import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/** A built page: what the handler answered, kept to be answered again, also gzipped. */
interface CachedPage {
  body: string;
  gzip: Uint8Array;
  headers: [string, string][];
}

/** What a page costs the cache: its text (two bytes a character) and its gzip bytes. */
const costOf = (page: CachedPage) => page.body.length * 2 + page.gzip.byteLength;

/** True when the client takes gzip (`Accept-Encoding`, a zero q-value refuses it). */
function takesGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name?.trim() !== 'gzip' && name?.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * Built pages, least recently used first out when they pass `maxBytes`. One cache belongs to one app,
 * and one app to one version of the archive: a new version gets a new app and an empty cache.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      this.pages.delete(key); // most recently used last
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (costOf(page) > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += costOf(page);
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= costOf(old);
    }
  }
}

/** Searches are not kept: every query is different, and the search has an index of its own. */
const UNCACHED = /^\/sok(?:\/|$)|^\/assets\//;

/**
 * Answers a GET for a page already built today from `cache`, and keeps each successful page built,
 * gzipped once too, so a page served again costs neither building nor compressing.
 * Pages depend only on the archive (fixed per app), the address and the day ("upcoming", "overdue").
 */
export function pageCache(cache: PageCache, today: () => string): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || UNCACHED.test(url.pathname)) return next();
    const key = `${today()} ${url.pathname}${url.search}`;
    const hit = cache.get(key);
    if (hit) {
      for (const [name, value] of hit.headers) c.header(name, value);
      c.header('Vary', 'Accept-Encoding');
      if (c.req.method === 'GET' && takesGzip(c.req.header('accept-encoding'))) {
        c.header('Content-Encoding', 'gzip');
        return c.body(hit.gzip as Uint8Array<ArrayBuffer>, 200);
      }
      return c.body(hit.body, 200);
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('text/html') || c.res.headers.has('content-encoding')) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      if (name !== 'content-length') headers.push([name, value]);
    });
    const body = await c.res.text();
    const page: CachedPage = { body, gzip: gzipSync(body), headers };
    cache.set(key, page);
    // The page just built is answered as it will be from the cache: gzipped once here, not again by the
    // compress middleware (which leaves a response with a Content-Encoding as it is).
    const out = new Headers(headers);
    out.set('Vary', 'Accept-Encoding');
    const gzip = c.req.method === 'GET' && takesGzip(c.req.header('accept-encoding'));
    if (gzip) out.set('Content-Encoding', 'gzip');
    c.res = undefined;
    c.res = new Response(gzip ? (page.gzip as Uint8Array<ArrayBuffer>) : body, { status: 200, headers: out });
  };
}
