import type { MiddlewareHandler } from 'hono';

/** A built page: what the handler answered, kept to be answered again. */
interface CachedPage {
  body: string;
  headers: [string, string][];
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
    if (page.body.length * 2 > this.maxBytes) return;
    this.pages.set(key, page);
    this.bytes += page.body.length * 2;
    for (const [oldest, old] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= old.body.length * 2;
    }
  }
}

/** Searches are not kept: every query is different, and the search has an index of its own. */
const UNCACHED = /^\/sok(?:\/|$)|^\/assets\//;

/**
 * Answers a GET for a page already built today from `cache`, and keeps each successful page built.
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
      return c.body(hit.body, 200);
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('text/html') || c.res.headers.has('content-encoding')) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      headers.push([name, value]);
    });
    cache.set(key, { body: await c.res.clone().text(), headers });
  };
}
