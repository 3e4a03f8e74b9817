import { MAX_QUERY_LENGTH, search } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { page } from '../layout.js';
import { pager } from './parts.js';
import { hitList } from './search-hit.js';

const PAGE_SIZE = 20;

/** Where the static site keeps its search documents, below the search page. */
export const SEARCH_INDEX_FILE = 'index.json';

/**
 * The search page. On the server it answers `?q=` itself; on a static site a small script searches
 * the prebuilt index in the browser and writes the same list.
 */
export function searchPage(ctx: ViewContext, q = '', pageNo = 1): Html {
  const { urls } = ctx;
  const query = q.slice(0, MAX_QUERY_LENGTH);
  const form = html`<form role="search" method="get" action="${urls.search()}">
<label for="q">Sök i titlar, texter och beslut</label>
<div class="site-search"><input id="q" type="search" name="q" value="${query}" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off">
<button type="submit">Sök</button></div>
</form>
<p class="muted">Alla ord måste finnas med. Versaler och accenter spelar ingen roll, och ord hittas också inuti längre ord. Sätt citattecken runt en fras: ”svenskt ramverk”.</p>`;

  let results: Html = html``;
  if (ctx.mode === 'static') {
    results = html`<div id="sok-resultat" data-index="${urls.search()}${SEARCH_INDEX_FILE}" data-base="${urls.base}" aria-live="polite"></div>
<noscript><p>På den här webbplatsen sker sökningen i webbläsaren och behöver JavaScript. Utan JavaScript kan du bläddra bland <a href="${urls.cases()}">ärenden</a> och <a href="${urls.decisions()}">beslut</a>.</p></noscript>`;
  } else if (query.trim()) {
    let current = pageNo;
    let result = search(ctx.archive, query, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
    if (current > pages) {
      // A page past the end (an old link): show the last one rather than nothing.
      current = pages;
      result = search(ctx.archive, query, { limit: PAGE_SIZE, offset: (current - 1) * PAGE_SIZE });
    }
    results = html`<section aria-labelledby="traffar"><h2 id="traffar">Träffar</h2>
${hitList(result, urls, (current - 1) * PAGE_SIZE)}
${pager(current, pages, (p) => urls.search(query, p))}</section>`;
  }
  const scripts = ctx.mode === 'static' && ctx.assets.search ? [urls.asset(ctx.assets.search.name)] : [];
  return page(ctx, {
    title: query.trim() ? `Sök: ${query.trim()}` : 'Sök',
    crumbLabel: 'Sök',
    nav: 'search',
    crumbs: [{ label: 'Start', href: urls.home() }],
    main: html`<h1>Sök</h1>${form}${results}`,
    scripts,
  });
}
