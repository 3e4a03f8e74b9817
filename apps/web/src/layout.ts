import type { ViewContext } from './context.js';
import { type Content, type Html, html } from './escape.js';

/** The sections of the main menu. */
export type NavKey = 'start' | 'assignments' | 'decisions' | 'cases' | 'programmes' | 'search';

/** A link in the breadcrumb trail. */
export interface Crumb {
  readonly label: string;
  readonly href: string;
}

/** What a page puts into the layout. */
export interface PageOptions {
  /** The page's own title; the site name is added. */
  readonly title: string;
  readonly nav?: NavKey;
  /** The trail above the heading, without the current page (it is the title). */
  readonly crumbs?: readonly Crumb[];
  /** The current page's name at the end of the trail, when shorter than the title. */
  readonly crumbLabel?: string;
  readonly main: Content;
  readonly description?: string;
  /** Scripts by URL, deferred; only the static site's search page has one. */
  readonly scripts?: readonly string[];
}

/**
 * The static site cannot send headers, so it carries its policy in a meta element (which cannot say
 * frame-ancestors; the server's header does).
 */
const STATIC_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'";

/** A whole HTML page: skip link, header with menu and search, breadcrumbs, main, footer. */
export function page(ctx: ViewContext, options: PageOptions): Html {
  const { urls } = ctx;
  const menu: [NavKey, string, string][] = [
    ['start', 'Start', urls.home()],
    ['assignments', 'Uppdrag', urls.assignments()],
    ['decisions', 'Beslut', urls.decisions()],
    ['cases', 'Ärenden', urls.cases()],
    ...(ctx.site.programmes.length ? [['programmes', 'Program', urls.programmes()] as [NavKey, string, string]] : []),
    ['search', 'Sök', urls.search()],
  ];
  const crumbs = options.crumbs ?? [];
  return html`<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${ctx.mode === 'static' ? html`<meta http-equiv="Content-Security-Policy" content="${STATIC_CSP}">` : ''}
<title>${options.title} – ${ctx.siteName}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<link rel="stylesheet" href="${urls.asset(ctx.assets.style.name)}">
<link rel="icon" href="${urls.asset(ctx.assets.favicon.name)}" type="image/svg+xml">
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">Hoppa till innehållet</a>
<header class="site-header">
<div class="wrap">
<a class="brand" href="${urls.home()}">${ctx.siteName}</a>
<nav class="site-nav" aria-label="Huvudmeny"><ul>
${menu.map(([key, label, href]) => html`<li><a href="${href}"${options.nav === key ? html` aria-current="page"` : ''}>${label}</a></li>`)}
</ul></nav>
${
  options.nav === 'search'
    ? ''
    : html`<form class="site-search" role="search" action="${urls.search()}" method="get">
<label class="visually-hidden" for="sok-sidhuvud">Sök i protokoll och beslut</label>
<input id="sok-sidhuvud" type="search" name="q" maxlength="200" autocomplete="off">
<button type="submit">Sök</button>
</form>`
}
</div>
</header>
<div class="wrap">
${
  crumbs.length
    ? html`<nav class="crumbs" aria-label="Du är här"><ol>
${crumbs.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}
<li><span aria-current="page">${options.crumbLabel ?? options.title}</span></li>
</ol></nav>`
    : ''
}
<main id="main" tabindex="-1">
${options.main}
</main>
</div>
<footer class="site-footer">
<div class="wrap">
<p>Uppgifterna kommer från arkivets protokoll, kallelser och planer. Det som handlingarna inte anger visas som saknat, aldrig gissat.${
    ctx.mode === 'static' ? html` Sidorna skapades ${ctx.today}.` : ''
  }</p>
<p>Skapad med Sammanträde, öppen källkod.</p>
</div>
</footer>
</body>
</html>
`;
}
