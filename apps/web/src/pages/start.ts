import { meetingTimeline, summarizeArchive, type TimelineEntry } from '@sammantrade/core';
import type { ArchiveOverview } from '@sammantrade/core/node';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { count, dueText, paragraphLabel, timeText } from '../format.js';
import { page } from '../layout.js';
import { dateTime, meetingLink, stateTag } from './parts.js';

const START_LIMIT = 8;

function entry(ctx: ViewContext, e: TimelineEntry): Html {
  const body = html`<a href="${ctx.urls.body(e.body.id)}">${e.body.name}</a>`;
  if (e.source === 'record') {
    return html`<li>${dateTime(e.date)}: ${body}, ${meetingLink(ctx, e.meeting)}</li>`;
  }
  if (e.source === 'schedule') {
    const time = timeText(e.planned.start, e.planned.end);
    return html`<li>${dateTime(e.date)}: ${body}${time ? `, ${time}` : ''}${e.planned.location ? `, ${e.planned.location}` : ''} <span class="${e.proposed ? 'maybe' : 'muted'}">(${e.proposed ? `förslag till sammanträdesplan ${e.schedule.year}, inte beslutat` : `enligt sammanträdesplanen ${e.schedule.year}`})</span></li>`;
  }
  return html`<li>${dateTime(e.date)}: ${body}${e.next.location ? `, ${e.next.location}` : ''} <span class="muted">(aviserat i ${meetingLink(ctx, e.announcedIn)})</span></li>`;
}

/**
 * The start page: the bodies, meetings to come and held, and the open assignments due first. Given an
 * `overview` (an archive served per body), its counts and timeline; the open assignments are then
 * each body's to show (judging them takes every body's records).
 */
export function startPage(ctx: ViewContext, overview?: ArchiveOverview): Html {
  const { archive, urls } = ctx;
  const summary = overview ?? summarizeArchive(archive, ctx.today);
  const { upcoming, recent } = overview?.timeline ?? meetingTimeline(archive, ctx.today, { limit: START_LIMIT });
  const open = 'openAssignments' in summary ? summary.openAssignments : undefined;
  const shown = open?.slice(0, START_LIMIT) ?? [];
  const main = html`<h1>Möten, beslut och uppdrag</h1>
<p class="lead">Protokoll och kallelser från ${count(archive.bodies.length, 'organ', 'organ')}: ${count(summary.meetings, 'möte', 'möten')}, ${count(summary.paragraphs, 'paragraf', 'paragrafer')} och ${count(summary.decisions, 'beslut', 'beslut')}.</p>
<section aria-labelledby="organ"><h2 id="organ">Organ</h2>
<ul class="cards">${summary.bodies.map((b) => {
    const body = archive.body(b.id);
    const minutes = b.years.reduce((n, y) => n + y.minutes, 0);
    const agendas = b.years.reduce((n, y) => n + y.agendas, 0);
    const parts = [
      minutes ? count(minutes, 'protokoll', 'protokoll') : '',
      agendas ? count(agendas, 'kallelse', 'kallelser') : '',
      b.undated ? `${b.undated} utan datum` : '',
    ].filter(Boolean);
    return html`<li><h3><a href="${urls.body(b.id)}">${b.name}</a></h3>
${body?.organisation ? html`<p class="muted">${body.organisation}</p>` : ''}
<p>${parts.length ? parts.join(', ') : 'Inga möten ännu'}</p></li>`;
  })}</ul></section>
<section aria-labelledby="kommande"><h2 id="kommande">Kommande möten</h2>
${upcoming.length ? html`<ul class="plain">${upcoming.map((e) => entry(ctx, e))}</ul>` : html`<p>Arkivet har inga möten från och med ${dateTime(ctx.today, { weekday: false })}.</p>`}
</section>
<section aria-labelledby="senaste"><h2 id="senaste">Senaste möten</h2>
${recent.length ? html`<ul class="plain">${recent.map((e) => entry(ctx, e))}</ul>` : html`<p>Arkivet har inga daterade möten före i dag.</p>`}
</section>
<section aria-labelledby="uppdrag"><h2 id="uppdrag">Öppna uppdrag</h2>
${
  open === undefined
    ? html`<p>Öppna uppdrag visas per organ: välj ett organ på sidan <a href="${urls.assignments()}">Uppdrag</a>.</p>`
    : shown.length
      ? html`<table>
<caption>${open.length > shown.length ? `De ${shown.length} första av ${open.length} öppna uppdragen` : count(open.length, 'öppet uppdrag', 'öppna uppdrag')}, tidigaste återrapportering först</caption>
<thead><tr><th scope="col">Återrapportering</th><th scope="col">Status</th><th scope="col">Uppdrag</th><th scope="col">Givet i</th></tr></thead>
<tbody>${shown.map(
          (a) =>
            html`<tr><td>${dueText(a.assignment.due)}</td><td>${stateTag(a.state)}</td><td><strong>${a.assignment.assignee}</strong>: ${a.assignment.task}</td><td><a href="${urls.paragraph(a.body.id, a.meeting.id, a.paragraph.number)}">${a.body.name} ${paragraphLabel(a.meeting.kind, a.paragraph.number)}</a></td></tr>`,
        )}</tbody></table>`
      : html`<p>Inga öppna uppdrag.</p>`
}
${open === undefined ? '' : html`<p><a href="${ctx.mode === 'server' ? urls.assignments({ status: 'open' }) : urls.assignments()}">Alla uppdrag</a></p>`}
</section>`;
  return page(ctx, { title: 'Start', nav: 'start', main, description: 'Protokoll, beslut och uppdrag.' });
}
