import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { count } from '../format.js';
import { type NavKey, page } from '../layout.js';

/**
 * A page over every body's meetings, for an archive served per body (a national database): too large
 * to show whole, so it asks for a body first (`action` is the page's own path, asked again with
 * `?organ=`), or, without `action`, points to the search.
 */
export function chooseBodyPage(ctx: ViewContext, title: string, nav: NavKey, action?: string): Html {
  const { archive, urls } = ctx;
  const main = html`<h1>${title}</h1>
<p class="lead">Arkivet har ${count(archive.bodies.length, 'organ', 'organ')}, för många för att visa allt på en sida. ${action ? 'Välj ett organ.' : html`Sök på ett diarienummer eller ett ord i <a href="${urls.search()}">sökningen</a>, eller gå till ett organs möten från <a href="${urls.home()}">startsidan</a>.`}</p>
${
  action
    ? html`<form method="get" action="${action}" class="filters">
<div><label for="organ">Organ</label><select id="organ" name="organ">${archive.bodies.map(
        (b) => html`<option value="${b.id}">${b.name}</option>`,
      )}</select></div>
<div><button type="submit">Visa</button></div></form>`
    : ''
}`;
  return page(ctx, { title, nav, crumbs: [{ label: 'Start', href: urls.home() }], main });
}
