import {
  ASSIGNMENT_FILTER_STATUSES,
  type AssignmentFilterStatus,
  type AssignmentStanding,
  isAssignmentFilterStatus,
  listAssignments,
} from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { count, dueText, paragraphLabel } from '../format.js';
import { page } from '../layout.js';
import { followUpNote, pager, stateTag } from './parts.js';

const STATUS_LABELS: Readonly<Record<AssignmentFilterStatus, string>> = {
  all: 'Alla',
  open: 'Öppna',
  overdue: 'Försenade',
  'due-soon': 'Snart dags',
  reported: 'Återrapporterade',
  withdrawn: 'Återkallade',
};

/** Query parameters of the assignments page, as received (possibly nonsense). */
export interface AssignmentsQuery {
  status?: string | undefined;
  organ?: string | undefined;
  page?: number;
}

const PAGE_SIZE = 100;

function table(ctx: ViewContext, rows: readonly AssignmentStanding[], caption: string): Html {
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Återrapportering</th><th scope="col">Status</th><th scope="col">Ansvarig</th><th scope="col">Uppdrag</th><th scope="col">Givet i</th></tr></thead>
<tbody>${rows.map(
    (a) =>
      html`<tr><td>${dueText(a.assignment.due)}${a.assignment.reportTo ? html`<br><span class="muted">till ${a.assignment.reportTo}</span>` : ''}</td><td>${stateTag(a.state)}${followUpNote(ctx, a)}</td><td>${a.assignment.assignee}</td><td>${a.assignment.task}</td><td><a href="${ctx.urls.paragraph(a.body.id, a.meeting.id, a.paragraph.number)}">${a.body.name} ${paragraphLabel(a.meeting.kind, a.paragraph.number)}</a>${a.meeting.date ? html`<br><span class="muted">${a.meeting.date}</span>` : ''}</td></tr>`,
  )}</tbody></table>`;
}

/**
 * Every assignment with its state today. On the server a form filters by status and body; the
 * static site lists them all, body by body.
 */
export function assignmentsPage(ctx: ViewContext, query: AssignmentsQuery = {}): Html {
  const { archive, urls } = ctx;
  const notes: string[] = [];
  let status: AssignmentFilterStatus = 'all';
  if (query.status) {
    if (isAssignmentFilterStatus(query.status)) status = query.status;
    else notes.push(`Statusen ”${query.status}” finns inte; alla uppdrag visas.`);
  }
  let organ: string | undefined;
  if (query.organ) {
    if (archive.body(query.organ)) organ = query.organ;
    else notes.push(`Organet ”${query.organ}” finns inte i arkivet; alla organ visas.`);
  }
  const intro = html`<h1>Uppdrag</h1>
<p class="lead">Uppdrag som getts i protokollen, med datum för återrapportering. Status räknas per ${ctx.today}, bara utifrån möten fram till dess: ”återrapporterat” när protokollet säger det eller ett senare protokoll behandlar samma ärende eller hänvisar till paragrafen, ”snart dags” inom två veckor. Ett datum utan år kan inte bedömas; uppdraget står då som öppet.</p>
${notes.map((n) => html`<p role="status"><strong>${n}</strong></p>`)}`;

  if (ctx.mode === 'static') {
    const sections = archive.bodies.map((body) => {
      const rows = listAssignments(archive, { body: body.id }, ctx.today).assignments;
      return html`<section id="organ-${body.id}" aria-labelledby="organ-${body.id}-rubrik"><h2 id="organ-${body.id}-rubrik">${body.name}</h2>
${rows.length ? table(ctx, rows, count(rows.length, 'uppdrag', 'uppdrag')) : html`<p>Inga uppdrag.</p>`}</section>`;
    });
    return page(ctx, {
      title: 'Uppdrag',
      nav: 'assignments',
      crumbs: [{ label: 'Start', href: urls.home() }],
      main: html`${intro}${sections}`,
    });
  }

  const all = listAssignments(archive, { status, ...(organ ? { body: organ } : {}) }, ctx.today).assignments;
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const current = Math.min(query.page ?? 1, pages);
  const rows = all.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const filter = html`<form class="filters" method="get" action="${urls.assignments()}">
<div><label for="status">Status</label><select id="status" name="status">${ASSIGNMENT_FILTER_STATUSES.map(
    (s) => html`<option value="${s}"${s === status ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`,
  )}</select></div>
<div><label for="organ">Organ</label><select id="organ" name="organ"><option value="">Alla organ</option>${ctx.site.bodies.map(
    (b) => html`<option value="${b.id}"${b.id === organ ? html` selected` : ''}>${b.name}</option>`,
  )}</select></div>
<div><button type="submit">Visa</button></div>
</form>`;
  const described = [STATUS_LABELS[status].toLowerCase(), organ ? archive.body(organ)?.name : undefined]
    .filter(Boolean)
    .join(', ');
  const main = html`${intro}${filter}
${all.length ? table(ctx, rows, `${count(all.length, 'uppdrag', 'uppdrag')} (${described})`) : html`<p role="status">Inga uppdrag matchar urvalet.</p>`}
${pager(current, pages, (p) => urls.assignments({ status, ...(organ ? { organ } : {}), page: p }))}`;
  return page(ctx, { title: 'Uppdrag', nav: 'assignments', crumbs: [{ label: 'Start', href: urls.home() }], main });
}
