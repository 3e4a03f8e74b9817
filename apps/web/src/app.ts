import { type Archive, findCase, type SearchOptions, type SearchResult, stockholmDate } from '@sammantrade/core';
import type { ArchiveParts } from '@sammantrade/core/node';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import { type Assets, createAssets } from './assets.js';
import type { ViewContext } from './context.js';
import type { Html } from './escape.js';
import { PageCache, pageCache } from './page-cache.js';
import { assignmentsPage } from './pages/assignments.js';
import { bodyPage, bodyYearPage } from './pages/body.js';
import { casePage, casesPage } from './pages/case.js';
import { chooseBodyPage } from './pages/choose-body.js';
import { decisionsPage } from './pages/decisions.js';
import { meetingPage } from './pages/meeting.js';
import { errorPage, type NotFoundHint, notFoundPage } from './pages/not-found.js';
import { pageNumber } from './pages/parts.js';
import { programmePage, programmesPage } from './pages/programme.js';
import { searchAnswer, searchPage } from './pages/search.js';
import { searchRequestOf } from './pages/search-hit.js';
import { startPage } from './pages/start.js';
import { Urls } from './urls.js';

/** The default feed server: apps/feed listens on port 8787. */
export const DEFAULT_FEED_URL = 'http://localhost:8787';

/** Options for {@link createApp}. */
export interface WebOptions {
  /** The archive to show, loaded and validated (see `loadArchive` in `@sammantrade/core/node`). */
  readonly archive: Archive;
  /** The root URL of the calendar feed server, for subscribe links. Default {@link DEFAULT_FEED_URL}. */
  readonly feedUrl?: string;
  /** The clock; "today" is its date in Stockholm. Fix it in tests. */
  readonly now?: () => Date;
  /** `static` renders pages for a static site (see `buildStaticSite`). Default `server`. */
  readonly mode?: 'server' | 'static';
  /** The path the site is published under, for its links: `''` (default) or `/protokoll`. */
  readonly basePath?: string;
  /** The name in the header and titles. Default "Sammanträde". */
  readonly siteName?: string;
  /** Assets to serve; by default the stylesheet and icon (and no search script). */
  readonly assets?: Assets;
  /**
   * The archive store's own search (PostgreSQL's full-text search, from `openArchive`); by default the
   * embedded index over `archive` answers.
   */
  readonly search?: (query: string, options?: SearchOptions) => Promise<SearchResult>;
  /**
   * A large database served per body (`LiveArchive.parts`): `archive` then holds only the bodies and
   * programmes, and each page reads the body it shows (the start page an overview, a case its bodies).
   * Pages across every body's meetings (all assignments, all decisions, all cases) ask for a body first.
   */
  readonly parts?: ArchiveParts;
  /** Told of every error a request ran into, for a log. The visitor sees only a plain error page. */
  readonly onError?: (error: unknown) => void;
  /** Keep built pages for the next request (default true; false only to measure what that saves). */
  readonly cachePages?: boolean;
}

/**
 * The policy for every response: nothing but our own stylesheet, images and (on the static site's
 * search page) script; no framing, no plugins, forms only to ourselves.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const PAGE_CACHE = 'public, max-age=300';
/** What the built pages of one archive version may hold in memory. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

const FALLBACK_ERROR =
  '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Något gick fel</title></head><body><main><h1>Något gick fel</h1><p>Sidan kunde inte visas just nu. Försök igen om en stund.</p><p><a href="/">Till startsidan</a></p></main></body></html>';

/**
 * The viewer as a Hono app: server-rendered Swedish HTML over one archive. Pure over its options
 * (no I/O, no environment), so tests call `app.request()` and the static build renders through it.
 */
export function createApp(options: WebOptions): Hono {
  const { archive, parts } = options;
  const assets = options.assets ?? createAssets();
  const urls = new Urls((options.basePath ?? '').replace(/\/+$/, ''));
  const now = options.now ?? (() => new Date());
  const context = (scope: Archive = archive): ViewContext => ({
    archive: scope,
    site: archive,
    urls,
    today: stockholmDate(now()),
    mode: options.mode ?? 'server',
    feedUrl: options.feedUrl ?? DEFAULT_FEED_URL,
    siteName: options.siteName ?? 'Sammanträde',
    assets,
  });

  const app = new Hono({ strict: false });
  // Pages are computed once per archive version (this app serves one) and day, then served as built.
  const pages = new PageCache(PAGE_CACHE_BYTES);

  app.use('*', async (c, next) => {
    await next();
    // Every response, errors and assets included, carries the policy.
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
  });
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.text('Metoden stöds inte: sidorna kan bara läsas.', 405, { Allow: 'GET, HEAD' });
    }
    await next();
  });
  app.use('*', compress());
  if (options.cachePages !== false) {
    app.use(
      '*',
      pageCache(pages, () => stockholmDate(now())),
    );
  }

  const send = (c: Context, body: Html, status: 200 | 404 | 500 = 200): Response => {
    if (status === 200) c.header('Cache-Control', PAGE_CACHE);
    return c.body(body.value, status, { 'Content-Type': 'text/html; charset=utf-8' });
  };
  const notFound = (c: Context, hint?: NotFoundHint): Response =>
    send(c, notFoundPage(context(), c.req.path, hint), 404);

  /** The archive a page about one body reads: the whole one, or (served per body) that body's. */
  const bodyArchive = async (id: string): Promise<Archive | undefined> =>
    parts ? (archive.body(id) ? await parts.body(id) : undefined) : archive;

  app.get('/', async (c) =>
    send(c, startPage(context(), parts ? await parts.overview(stockholmDate(now())) : undefined)),
  );

  app.get('/organ/:body', async (c) => {
    const scope = await bodyArchive(c.req.param('body'));
    const body = scope?.body(c.req.param('body'));
    return scope && body ? send(c, bodyPage(context(scope), body)) : notFound(c);
  });

  app.get('/organ/:body/ar/:year', async (c) => {
    const scope = await bodyArchive(c.req.param('body'));
    const body = scope?.body(c.req.param('body'));
    if (!scope || !body) return notFound(c);
    const year = c.req.param('year');
    const shown = /^\d{4}$/.test(year) ? bodyYearPage(context(scope), body, Number(year)) : undefined;
    if (shown) return send(c, shown);
    return notFound(c, {
      text: `${body.name} har inga möten det året i arkivet.`,
      href: urls.body(body.id),
      label: `Se alla år för ${body.name}`,
    });
  });

  app.get('/organ/:body/:meeting', async (c) => {
    const id = c.req.param('body');
    // Served per body, a meeting whose assignments need no judging is read alone.
    const scope = parts ? (archive.body(id) ? await parts.meeting(id, c.req.param('meeting')) : undefined) : archive;
    const body = scope?.body(id);
    if (!scope || !body) return notFound(c);
    const meeting = scope.meeting(body.id, c.req.param('meeting'));
    if (!meeting) {
      return notFound(c, {
        text: `${body.name} har inget möte med den adressen i arkivet.`,
        href: urls.body(body.id),
        label: `Se alla möten för ${body.name}`,
      });
    }
    return send(c, meetingPage(context(scope), body, meeting));
  });

  /** Served per body, a page over every body's meetings shows the body asked for (`organ`), or asks for one. */
  const acrossBodies = async (
    c: Context,
    title: string,
    nav: 'assignments' | 'decisions',
    show: (ctx: ViewContext, organ: string | undefined) => Html,
  ): Promise<Response> => {
    if (!parts) return send(c, show(context(), c.req.query('organ')));
    const organ = c.req.query('organ') ?? '';
    const scope = archive.body(organ) ? await parts.body(organ) : undefined;
    if (!scope)
      return send(
        c,
        chooseBodyPage(context(), title, nav, nav === 'assignments' ? urls.assignments() : urls.decisions()),
      );
    return send(c, show(context(scope), organ));
  };

  // Every case of a national archive is no page: served per body, the search finds a case.
  app.get('/arende', (c) => send(c, parts ? chooseBodyPage(context(), 'Ärenden', 'cases') : casesPage(context())));
  app.get('/arende/:case', async (c) => {
    const scope = parts ? await parts.case(c.req.param('case')) : archive;
    const refs = findCase(scope, c.req.param('case'));
    if (refs.length) return send(c, casePage(context(scope), refs));
    return notFound(c, {
      text: 'Arkivet känner inte till det diarienumret.',
      href: urls.cases(),
      label: 'Se alla ärenden',
    });
  });

  app.get('/uppdrag', (c) =>
    acrossBodies(c, 'Uppdrag', 'assignments', (ctx, organ) =>
      assignmentsPage(ctx, { status: c.req.query('status'), organ, page: pageNumber(c.req.query('sida')) }),
    ),
  );
  app.get('/beslut', (c) =>
    acrossBodies(c, 'Beslut', 'decisions', (ctx, organ) =>
      decisionsPage(ctx, { organ, utfall: c.req.query('utfall'), page: pageNumber(c.req.query('sida')) }),
    ),
  );

  app.get('/program', (c) => send(c, programmesPage(context())));
  app.get('/program/:id', (c) => {
    const programme = archive.programmes.find((p) => p.id === c.req.param('id'));
    return programme ? send(c, programmePage(context(), programme)) : notFound(c);
  });

  app.get('/sok', async (c) => {
    const request = searchRequestOf((name) => c.req.query(name));
    const pageNo = pageNumber(c.req.query('sida'));
    const ask = options.search;
    if (!ask || options.mode === 'static') return send(c, searchPage(context(), request, pageNo));
    return send(c, searchPage(context(), request, pageNo, await searchAnswer(ask, request, pageNo)));
  });

  app.get('/assets/:name', (c) => {
    const asset = assets.all.find((a) => a.name === c.req.param('name'));
    if (!asset) return c.text('Filen finns inte.', 404);
    c.header('Cache-Control', asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400');
    return c.body(asset.body, 200, { 'Content-Type': asset.type });
  });
  // Browsers ask for it whatever the page says; a whole 404 page would be wasted bytes.
  app.get('/favicon.ico', (c) => c.body(null, 404));

  app.notFound((c) => notFound(c));
  app.onError((error, c) => {
    options.onError?.(error);
    try {
      return send(c, errorPage(context()), 500);
    } catch {
      // The layout itself failed (the archive is what broke): a page with no data at all.
      return c.body(FALLBACK_ERROR, 500, { 'Content-Type': 'text/html; charset=utf-8' });
    }
  });
  return app;
}
