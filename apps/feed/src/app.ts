import { feedPath } from '@sammantrade/core';
import { Hono } from 'hono';
import { type Encoding, httpDate, ifNoneMatchHits, negotiateEncoding, parseHttpDate } from './http.js';
import { listBodyFeeds, listFeeds, renderIndexPage } from './page.js';
import type { FeedStore } from './store.js';

/** Options for {@link createApp}. */
export interface FeedAppOptions {
  /** The public origin (`https://kalender.example.se`) for subscribe links, as people reach the server. */
  publicUrl?: string;
  /**
   * Without `publicUrl`: the origin the server listens on, asked for when a page is built
   * ({@link createServer} gives it). Never taken from a request: a Host header is the client's word.
   */
  listenUrl?: () => string | undefined;
}

/** Longer request targets are refused: no feed URL comes near it. */
const MAX_URL = 2048;
const CACHE_CONTROL = 'public, max-age=300, must-revalidate';
const CONTENT_ENCODING: Record<Encoding, string | undefined> = { br: 'br', gzip: 'gzip', identity: undefined };

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/** The origin of absolute links: the configured public URL, or else the address the server listens on. */
function originOf(options: FeedAppOptions): string {
  const origin = options.publicUrl ?? options.listenUrl?.();
  if (!origin) throw new Error('the feed app needs publicUrl or listenUrl for its subscribe links');
  return origin.replace(/\/+$/, '');
}

/**
 * The feed server as a Hono app: `/calendars/{body}.ics`, `/calendars/{body}/{year}.ics`,
 * `/calendars/all.ics`, `/calendars.json`, `/` and `/healthz`. Feeds come from the store's
 * prebuilt snapshot; requests never touch the file system.
 */
export function createApp(store: FeedStore, options: FeedAppOptions = {}): Hono {
  const app = new Hono();

  app.use(async (c, next) => {
    const raw = c.req.raw.url;
    if (raw.length > MAX_URL) return text(414, 'Adressen är för lång. / URI too long.');
    const path = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2)).split('?')[0] ?? '';
    // Feed paths are plain ids: encoded dots, slashes or backslashes are never a feed, only an attempt.
    if (/%(?:2e|2f|5c|00)|\\|\/\.\.?(?:\/|$)/i.test(path)) return text(400, 'Ogiltig adress. / Bad request.');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return new Response('Bara GET och HEAD. / Method not allowed.\n', {
        status: 405,
        headers: { allow: 'GET, HEAD' },
      });
    }
    // Headers are set by each handler: touching c.res here would turn node-server's fast path
    // for prebuilt bodies into a stream copy.
    await next();
  });

  app.get('/healthz', (c) =>
    c.json(
      store.servedPerBody
        ? { ok: true, perBody: { bodies: store.bodies.length, cached: store.cachedBodies } }
        : { ok: true, builds: store.builds, feeds: store.snapshot.list.length },
    ),
  );

  // Served per body, the index lists each body's feed; its years' feeds are known once it is made.
  const listing = () =>
    store.servedPerBody
      ? listBodyFeeds(store.bodies, originOf(options))
      : listFeeds(store.snapshot.list, originOf(options));

  app.get('/calendars.json', (c) => {
    c.header('cache-control', 'no-cache');
    return c.json({ feeds: listing() });
  });

  app.get('/', (c) => {
    c.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    );
    c.header('cache-control', 'no-cache');
    return c.html(renderIndexPage(listing()));
  });

  app.get('/calendars/*', async (c) => {
    const feed = await store.feed(c.req.path);
    if (!feed) {
      if (store.servedPerBody)
        return text(
          404,
          c.req.path === feedPath('all')
            ? 'Arkivet är för stort för en kalender med alla organ: prenumerera på organens kalendrar. Se /calendars.json.'
            : `Ingen kalender på ${c.req.path}. Se /calendars.json.`,
        );
      const known = store.snapshot.list.map((f) => f.path).join(', ');
      return text(404, `Ingen kalender på ${c.req.path}. Finns: ${known}. Se /calendars.json.`);
    }
    const accepted = c.req.header('accept-encoding');
    const encoding = negotiateEncoding(accepted, (e) => feed.bodies[e] !== undefined);
    // Brotli is made the first time a client would take it; this one gets gzip.
    if (encoding !== 'br' && negotiateEncoding(accepted) === 'br') store.wantBrotli(feed);
    const headers: Record<string, string> = {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${feed.id.replace('/', '-')}.ics"`,
      'cache-control': CACHE_CONTROL,
      'last-modified': httpDate(feed.lastModified),
      etag: feed.etags[encoding],
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    const contentEncoding = CONTENT_ENCODING[encoding];
    if (contentEncoding) headers['content-encoding'] = contentEncoding;

    // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    const inm = c.req.header('if-none-match');
    const ims = c.req.header('if-modified-since');
    const notModified = inm
      ? ifNoneMatchHits(inm, Object.values(feed.etags))
      : ims !== undefined && (parseHttpDate(ims) ?? -Infinity) >= feed.lastModified;
    if (notModified) {
      delete headers['content-type'];
      delete headers['content-disposition'];
      delete headers['content-encoding'];
      return new Response(null, { status: 304, headers });
    }
    const body = feed.bodies[encoding] ?? feed.bodies.identity;
    headers['content-length'] = String(body.byteLength);
    return new Response(c.req.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  });

  app.notFound(() => text(404, 'Sidan finns inte. Kalendrarna finns under /calendars.json och på startsidan /.'));
  app.onError(() => text(500, 'Internt fel. / Internal error.'));
  return app;
}
