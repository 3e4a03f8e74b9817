import { type DecisionRef, listDecisions, type Outcome, OutcomeSchema, WORDS } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { capitalize, count, paragraphLabel } from '../format.js';
import { page } from '../layout.js';
import { heading, meetingLink, pager } from './parts.js';

/** Query parameters of the decisions page, as received. */
export interface DecisionsQuery {
  organ?: string | undefined;
  utfall?: string | undefined;
  page?: number;
}

const PAGE_SIZE = 100;

/** Decisions grouped under their meeting, in the order given. */
function byMeeting(ctx: ViewContext, refs: readonly DecisionRef[], level: number): Html {
  const groups: DecisionRef[][] = [];
  for (const ref of refs) {
    const last = groups.at(-1);
    if (last?.[0]?.meeting === ref.meeting) last.push(ref);
    else groups.push([ref]);
  }
  return html`${groups.map((group) => {
    const first = group[0] as DecisionRef;
    return html`${heading(level, meetingLink(ctx, first.meeting, { withBody: true }))}
<ul class="plain">${group.map(
      (d) =>
        html`<li class="decision"><p><a href="${ctx.urls.paragraph(d.body.id, d.meeting.id, d.paragraph.number)}">${capitalize(paragraphLabel(d.meeting.kind, d.paragraph.number))} ${d.paragraph.title}</a></p>
<p>${d.decision.point !== undefined ? `${d.decision.point}. ` : ''}${d.decision.text}</p>
<p class="muted">Utfall: ${WORDS.sv.outcome[d.decision.outcome]}</p></li>`,
    )}</ul>`;
  })}`;
}

/** The decisions of the archive, newest meeting first; on the server filtered by body and outcome. */
export function decisionsPage(ctx: ViewContext, query: DecisionsQuery = {}): Html {
  const { archive, urls } = ctx;
  const notes: string[] = [];
  let organ: string | undefined;
  if (query.organ) {
    if (archive.body(query.organ)) organ = query.organ;
    else notes.push(`Organet ”${query.organ}” finns inte i arkivet; alla organ visas.`);
  }
  let outcome: Outcome | undefined;
  if (query.utfall) {
    const parsed = OutcomeSchema.safeParse(query.utfall);
    if (parsed.success) outcome = parsed.data;
    else notes.push(`Utfallet ”${query.utfall}” finns inte; alla utfall visas.`);
  }
  const intro = html`<h1>Beslut</h1>
<p class="lead">Besluten i arkivets protokoll, senaste mötet först. Beslut från möten utan datum står sist.</p>
${notes.map((n) => html`<p role="status"><strong>${n}</strong></p>`)}`;
  const crumbs = [{ label: 'Start', href: urls.home() }];

  if (ctx.mode === 'static') {
    const sections = archive.bodies.map((body) => {
      const refs = listDecisions(archive, { body: body.id });
      return html`<section id="organ-${body.id}" aria-labelledby="organ-${body.id}-rubrik"><h2 id="organ-${body.id}-rubrik">${body.name}</h2>
${refs.length ? byMeeting(ctx, refs, 3) : html`<p>Inga beslut.</p>`}</section>`;
    });
    return page(ctx, { title: 'Beslut', nav: 'decisions', crumbs, main: html`${intro}${sections}` });
  }

  const all = listDecisions(archive, { ...(organ ? { body: organ } : {}), ...(outcome ? { outcome } : {}) });
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const current = Math.min(query.page ?? 1, pages);
  const filter = html`<form class="filters" method="get" action="${urls.decisions()}">
<div><label for="organ">Organ</label><select id="organ" name="organ"><option value="">Alla organ</option>${ctx.site.bodies.map(
    (b) => html`<option value="${b.id}"${b.id === organ ? html` selected` : ''}>${b.name}</option>`,
  )}</select></div>
<div><label for="utfall">Utfall</label><select id="utfall" name="utfall"><option value="">Alla utfall</option>${OutcomeSchema.options.map(
    (o) =>
      html`<option value="${o}"${o === outcome ? html` selected` : ''}>${capitalize(WORDS.sv.outcome[o])}</option>`,
  )}</select></div>
<div><button type="submit">Visa</button></div>
</form>`;
  const main = html`${intro}${filter}
<p role="status">${count(all.length, 'beslut', 'beslut')}${pages > 1 ? `, sida ${current} av ${pages}` : ''}.</p>
${byMeeting(ctx, all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), 2)}
${pager(current, pages, (p) => urls.decisions({ ...(organ ? { organ } : {}), ...(outcome ? { utfall: outcome } : {}), page: p }))}`;
  return page(ctx, { title: 'Beslut', nav: 'decisions', crumbs, main });
}
