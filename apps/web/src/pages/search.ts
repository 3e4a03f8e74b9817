import { MAX_QUERY_LENGTH, SEARCH_KINDS, type SearchOptions, type SearchResult, search } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { page } from '../layout.js';
import { pager } from './parts.js';
import { hitList, type SearchRequest, searchKindName, searchOptionsOf } from './search-hit.js';

const PAGE_SIZE = 20;

/** Where the static site keeps its prebuilt search index, below the search page. */
export const SEARCH_INDEX_FILE = 'index.json';

/** One page of hits, and which page it is (the last one when asked past the end). */
export interface SearchAnswer {
  readonly result: SearchResult;
  readonly page: number;
}

/**
 * Asks a store's own search (a database's) for one page of hits of `request`, with its filters; the
 * last page when asked past the end.
 */
export async function searchAnswer(
  ask: (query: string, options?: SearchOptions) => Promise<SearchResult>,
  request: SearchRequest,
  pageNo: number,
): Promise<SearchAnswer | undefined> {
  const query = request.q.slice(0, MAX_QUERY_LENGTH);
  if (!query.trim()) return undefined;
  const filters = searchOptionsOf(request);
  let page = pageNo;
  let result = await ask(query, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (page > pages) {
    page = pages;
    result = await ask(query, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  }
  return { result, page };
}

/** The years the archive has records from, newest first, for the year filter. */
function yearsOf(ctx: ViewContext): string[] {
  const years = new Set<string>();
  for (const m of ctx.archive.meetings) if (m.date) years.add(m.date.slice(0, 4));
  for (const p of ctx.archive.programmes) if (p.date) years.add(p.date.slice(0, 4));
  return [...years].sort().reverse();
}

function searchForm(ctx: ViewContext, request: SearchRequest): Html {
  const { urls, archive } = ctx;
  const option = (value: string, label: string, current: string | undefined) =>
    html`<option value="${value}"${value === current ? html` selected` : ''}>${label}</option>`;
  return html`<form role="search" method="get" action="${urls.search()}">
<label for="q">Sök i titlar, texter, beslut och program</label>
<div class="site-search"><input id="q" type="search" name="q" value="${request.q}" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off">
<button type="submit">Sök</button></div>
<div class="filters">
<div><label for="organ">Organ</label><select id="organ" name="organ">${option('', 'Alla organ', request.organ)}${archive.bodies.map((b) => option(b.id, b.name, request.organ))}</select></div>
<div><label for="ar">År</label><select id="ar" name="ar">${option('', 'Alla år', request.ar)}${yearsOf(ctx).map((y) => option(y, y, request.ar))}</select></div>
<div><label for="typ">Typ</label><select id="typ" name="typ">${option('', 'Allt', request.typ)}${SEARCH_KINDS.map((k) => option(k, searchKindName(k), request.typ))}</select></div>
</div>
</form>
<p class="muted">Alla ord måste finnas med. Böjningar räknas (”nämnden” hittar ”nämnd” och ”nämnder”), liksom början av ord och ett litet stavfel i långa ord; å, ä och ö skiljs från a och o. Sätt citattecken runt en fras: ”svenskt ramverk”.</p>`;
}

/**
 * The search page. On the server it answers `?q=` itself, or shows `answer` (from the store's own
 * search, see {@link searchAnswer}); on a static site a small script searches the prebuilt index in the
 * browser and writes the same list.
 */
export function searchPage(ctx: ViewContext, request: SearchRequest, pageNo = 1, answer?: SearchAnswer): Html {
  const { urls } = ctx;
  const query = request.q;
  let results: Html = html``;
  if (ctx.mode === 'static') {
    results = html`<div id="sok-resultat" data-index="${urls.search()}${SEARCH_INDEX_FILE}" data-base="${urls.base}" aria-live="polite"></div>
<noscript><p>På den här webbplatsen sker sökningen i webbläsaren och behöver JavaScript. Utan JavaScript kan du bläddra bland <a href="${urls.cases()}">ärenden</a> och <a href="${urls.decisions()}">beslut</a>.</p></noscript>`;
  } else if (query.trim()) {
    const filters = searchOptionsOf(request);
    let current = answer?.page ?? pageNo;
    let result =
      answer?.result ?? search(ctx.archive, query, { ...filters, limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (current > pages && !answer) {
      // A page past the end (an old link): show the last one rather than nothing.
      current = pages;
      result = search(ctx.archive, query, { ...filters, limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    }
    results = html`<section aria-labelledby="traffar"><h2 id="traffar">Träffar</h2>
${hitList(result, urls, (current - 1) * PAGE_SIZE)}
${pager(current, pages, (p) => urls.search(query, p, request))}</section>`;
  }
  const scripts = ctx.mode === 'static' && ctx.assets.search ? [urls.asset(ctx.assets.search.name)] : [];
  return page(ctx, {
    title: query.trim() ? `Sök: ${query.trim()}` : 'Sök',
    crumbLabel: 'Sök',
    nav: 'search',
    crumbs: [{ label: 'Start', href: urls.home() }],
    main: html`<h1>Sök</h1>${searchForm(ctx, request)}${results}`,
    scripts,
  });
}
