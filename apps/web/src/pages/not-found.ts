import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { page } from '../layout.js';

/** A hint for a missing page that names what the visitor probably looked for. */
export interface NotFoundHint {
  readonly text: string;
  readonly href: string;
  readonly label: string;
}

/** The 404 page: says what is missing and offers ways on (the body's page, search, the start page). */
export function notFoundPage(ctx: ViewContext, path: string, hint?: NotFoundHint): Html {
  const words = decodeSafely(path)
    .split(/[/~_-]+/)
    .filter((w) => /\p{L}{3,}/u.test(w) && !['organ', 'arende', 'uppdrag', 'beslut', 'program', 'sok'].includes(w))
    .slice(0, 4)
    .join(' ');
  const main = html`<h1>Sidan finns inte</h1>
<p class="lead">Adressen <code>${path.slice(0, 300)}</code> finns inte i arkivet. Den kan vara felskriven, eller så har handlingen flyttats eller tagits bort.</p>
${hint ? html`<p>${hint.text} <a href="${hint.href}">${hint.label}</a></p>` : ''}
<h2>Gå vidare</h2>
<ul class="list">
<li><a href="${ctx.urls.home()}">Startsidan</a> med alla organ och de senaste mötena</li>
<li><a href="${ctx.urls.cases()}">Ärenden</a> efter diarienummer</li>
<li><a href="${ctx.urls.decisions()}">Beslut</a> och <a href="${ctx.urls.assignments()}">uppdrag</a></li>
</ul>
<form role="search" method="get" action="${ctx.urls.search()}">
<label for="q404">Sök i protokoll och beslut</label>
<div class="site-search"><input id="q404" type="search" name="q" value="${words}" maxlength="200"><button type="submit">Sök</button></div>
</form>`;
  return page(ctx, { title: 'Sidan finns inte', main });
}

/** The error page (500): no details, which belong in the server's log, not in front of a visitor. */
export function errorPage(ctx: ViewContext): Html {
  return page(ctx, {
    title: 'Något gick fel',
    main: html`<h1>Något gick fel</h1><p class="lead">Sidan kunde inte visas just nu. Försök igen om en stund, eller gå till <a href="${ctx.urls.home()}">startsidan</a>.</p>`,
  });
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
