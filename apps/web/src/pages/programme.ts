import { type Programme, programmeProgress, type StatusCounts, WORDS } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { capitalize, count } from '../format.js';
import { page } from '../layout.js';
import { dateTime } from './parts.js';

function countsRow(name: Html | string, c: StatusCounts, header = false): Html {
  const cell = header ? html`<th scope="row">${name}</th>` : html`<td>${name}</td>`;
  return html`<tr>${cell}<td>${c.done}</td><td>${c.ongoing}</td><td>${c['on-hold']}</td><td>${c.none}</td><td>${c.total}</td></tr>`;
}

/** Every programme of the archive. */
export function programmesPage(ctx: ViewContext): Html {
  const main = html`<h1>Program</h1>
${
  ctx.archive.programmes.length
    ? html`<ul class="list">${ctx.archive.programmes.map((p) => {
        const body = p.body ? ctx.archive.body(p.body) : undefined;
        return html`<li><a href="${ctx.urls.programme(p.id)}">${p.title}</a>${body ? `, ${body.name}` : ''}${p.date ? html` <span class="muted">(${dateTime(p.date, { weekday: false })})</span>` : ''}</li>`;
      })}</ul>`
    : html`<p>Arkivet har inga program.</p>`
}`;
  return page(ctx, { title: 'Program', nav: 'programmes', crumbs: [{ label: 'Start', href: ctx.urls.home() }], main });
}

/** An action programme: status per area, then every item with its activities, owner and notes. */
export function programmePage(ctx: ViewContext, programme: Programme): Html {
  const body = programme.body ? ctx.archive.body(programme.body) : undefined;
  const progress = programmeProgress(programme);
  const facts: [string, Html | string][] = [];
  if (body) facts.push(['Organ', html`<a href="${ctx.urls.body(body.id)}">${body.name}</a>`]);
  if (programme.date) facts.push(['Datum', dateTime(programme.date)]);
  if (programme.author) {
    facts.push([
      'Uppdaterat av',
      html`${programme.author}${programme.authorDate ? html`, ${dateTime(programme.authorDate, { weekday: false })}` : ''}`,
    ]);
  }
  const main = html`<h1>${programme.title}</h1>
${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}
<section aria-labelledby="status"><h2 id="status">Status per område</h2>
<table>
<caption>Antal punkter per status och område</caption>
<thead><tr><th scope="col">Område</th><th scope="col">Klart</th><th scope="col">Pågår</th><th scope="col">Avvaktar</th><th scope="col">Ingen status angiven</th><th scope="col">Totalt</th></tr></thead>
<tbody>${progress.areas.map((a, i) => countsRow(html`<a href="#omrade-${i + 1}">${a.name}</a>`, a.counts, true))}</tbody>
<tfoot>${countsRow('Hela programmet', progress.total, true)}</tfoot>
</table></section>
${programme.areas.map(
  (area, i) => html`<section aria-labelledby="omrade-${i + 1}"><h2 id="omrade-${i + 1}">${area.name}</h2>
${
  area.items.length
    ? html`<table>
<caption>${area.name}: ${count(area.items.length, 'punkt', 'punkter')}</caption>
<thead><tr><th scope="col">Punkt</th><th scope="col">Aktiviteter</th><th scope="col">Ansvarig</th><th scope="col">Status</th><th scope="col">Anmärkning</th></tr></thead>
<tbody>${area.items.map(
        (item) =>
          html`<tr><th scope="row">${item.name}</th><td>${item.activities.length ? html`<ul class="list">${item.activities.map((a) => html`<li>${a}</li>`)}</ul>` : ''}</td><td>${item.responsible ?? ''}</td><td>${item.status ? html`<span class="state-${item.status}">${capitalize(WORDS.sv.programmeStatus[item.status])}</span>` : html`<span class="muted">ej angiven</span>`}</td><td>${item.notes ?? ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p>Området har inga punkter.</p>`
}</section>`,
)}`;
  return page(ctx, {
    title: programme.title,
    nav: 'programmes',
    crumbs: [
      { label: 'Start', href: ctx.urls.home() },
      { label: 'Program', href: ctx.urls.programmes() },
    ],
    main,
  });
}
