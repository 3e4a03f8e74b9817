import { listCases, type ParagraphRef } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { count } from '../format.js';
import { page } from '../layout.js';
import { paragraphArticle } from './paragraph.js';
import { dateTime } from './parts.js';

/** Every case (diarienummer) the archive knows, with where it was last handled. */
export function casesPage(ctx: ViewContext): Html {
  const cases = listCases(ctx.archive);
  const main = html`<h1>Ärenden</h1>
<p class="lead">Ärenden med diarienummer och de möten där de behandlats.</p>
${
  cases.length
    ? html`<table>
<caption>${count(cases.length, 'ärende', 'ärenden')}</caption>
<thead><tr><th scope="col">Diarienummer</th><th scope="col">Ärende</th><th scope="col">Senast behandlat</th><th scope="col">Behandlingar</th></tr></thead>
<tbody>${cases.map((c) => {
        const last = c.paragraphs.at(-1);
        return html`<tr><th scope="row"><a href="${ctx.urls.case(c.slug)}">${c.caseNumber}</a></th><td>${c.title}</td><td>${last ? html`${last.body.name}, ${dateTime(last.meeting.date, { weekday: false })}` : ''}</td><td>${c.paragraphs.length}</td></tr>`;
      })}</tbody></table>`
    : html`<p>Inga paragrafer i arkivet har diarienummer.</p>`
}`;
  return page(ctx, { title: 'Ärenden', nav: 'cases', crumbs: [{ label: 'Start', href: ctx.urls.home() }], main });
}

/** One case across meetings: every paragraph that handled it, oldest first, with its decisions. */
export function casePage(ctx: ViewContext, refs: readonly ParagraphRef[]): Html {
  const latest = refs.at(-1);
  const caseNumber = latest?.paragraph.caseNumber ?? '';
  const titles = [...new Set(refs.map((r) => r.paragraph.title))];
  const main = html`<p class="eyebrow">Ärende</p>
<h1>${caseNumber}</h1>
<p class="lead">${titles.join(' · ')}</p>
<p>${count(refs.length, 'behandling', 'behandlingar')} i arkivet, äldst först. Tidigare beslut som handlingarna citerar står under respektive behandling.</p>
${refs.map((ref) => paragraphArticle(ctx, ref, { level: 2, onMeetingPage: false }))}`;
  return page(ctx, {
    title: `Ärende ${caseNumber}`,
    nav: 'cases',
    crumbs: [
      { label: 'Start', href: ctx.urls.home() },
      { label: 'Ärenden', href: ctx.urls.cases() },
    ],
    crumbLabel: caseNumber,
    main,
  });
}
