import {
  type Body,
  type BodyYear,
  bodyYears,
  feedPath,
  type Meeting,
  type PlannedWithRecord,
  type Schedule,
  subscribeLinks,
  WORDS,
} from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { capitalize, count, timeText } from '../format.js';
import { page } from '../layout.js';
import { dateTime, meetingLink } from './parts.js';

function meetingItem(ctx: ViewContext, meeting: Meeting): Html {
  const range = meeting.paragraphRange ? ` (§§ ${meeting.paragraphRange.from}–${meeting.paragraphRange.to})` : '';
  const n = meeting.paragraphs.length;
  const items = meeting.kind === 'agenda' ? count(n, 'ärende', 'ärenden') : count(n, 'paragraf', 'paragrafer');
  // An undated meeting's name already carries its § range.
  return html`<li>${meetingLink(ctx, meeting)}<span class="muted">${meeting.date ? range : ''}${n ? `, ${items}` : ''}${
    meeting.title ? ` – ${meeting.title}` : ''
  }</span></li>`;
}

/**
 * The feed's subscribe links. Built from the configured feed server, so they point at the same
 * `/calendars/<body>.ics` the feed app serves.
 */
function subscribe(ctx: ViewContext, body: Body): Html {
  let links: ReturnType<typeof subscribeLinks>;
  try {
    links = subscribeLinks(new URL(feedPath(body.id).slice(1), `${ctx.feedUrl.replace(/\/+$/, '')}/`).href, body.name);
  } catch {
    return html`<p>Kalenderflödet är inte inställt.</p>`;
  }
  return html`<section aria-labelledby="prenumerera"><h2 id="prenumerera">Prenumerera på kalendern</h2>
<p>Få organets möten i din kalender. Kalendern uppdateras när arkivet gör det.</p>
<ul class="subscribe">
<li><a href="${links.webcal}">Kalenderprogram (Apple, Outlook)</a></li>
<li><a href="${links.outlookPersonal}">Outlook på webben, privat konto</a></li>
<li><a href="${links.outlookWork}">Outlook på webben, jobb eller skola</a></li>
<li><a href="${links.google}">Google Kalender</a></li>
</ul>
<p>Kalenderns adress, att klistra in i andra program: <a href="${links.https}"><code>${links.https}</code></a></p>
</section>`;
}

function rules(body: Body): Html {
  const items: Html[] = [];
  const r = body.rules;
  if (r.adjustment) {
    items.push(
      html`<li>Protokollet justeras senast ${count(r.adjustment.withinDays, 'dag', 'dagar')} efter mötet${r.adjustment.since ? `, från och med ${r.adjustment.since}` : ''}${r.adjustment.source ? html` <span class="muted">(${r.adjustment.source})</span>` : ''}.</li>`,
    );
  }
  if (r.weekdays) {
    const days = r.weekdays.days.map((d) => WEEKDAYS[d]);
    items.push(
      html`<li>Sammanträder på ${days.join(' eller ')}${r.weekdays.source ? html` <span class="muted">(${r.weekdays.source})</span>` : ''}.</li>`,
    );
  }
  if (r.place) {
    items.push(
      html`<li>${r.place.text}${r.place.source ? html` <span class="muted">(${r.place.source})</span>` : ''}</li>`,
    );
  }
  return items.length ? html`<h2>Regler</h2><ul class="list">${items}</ul>` : html``;
}

const WEEKDAYS = {
  monday: 'måndagar',
  tuesday: 'tisdagar',
  wednesday: 'onsdagar',
  thursday: 'torsdagar',
  friday: 'fredagar',
  saturday: 'lördagar',
  sunday: 'söndagar',
} as const;

/**
 * The assignments or decisions of one body: a filter on the server, a section of the full list
 * (`#organ-<id>`) on a static site, which cannot read query strings.
 */
export function bodyFilter(ctx: ViewContext, list: 'assignments' | 'decisions', bodyId: string): string {
  if (ctx.mode === 'static')
    return `${list === 'assignments' ? ctx.urls.assignments() : ctx.urls.decisions()}#organ-${bodyId}`;
  return list === 'assignments' ? ctx.urls.assignments({ organ: bodyId }) : ctx.urls.decisions({ organ: bodyId });
}

/**
 * A year's schedule as a table. Columns the schedule leaves empty (many give only dates) are left
 * out rather than shown blank.
 */
function scheduleTable(
  ctx: ViewContext,
  year: number,
  schedule: Schedule,
  planned: readonly PlannedWithRecord[],
): Html {
  const rows = planned.map(({ planned: p, meetings }) => ({
    date: dateTime(p.date),
    time: timeText(p.start, p.end) ?? '',
    place: [p.location, p.host ? `värd: ${p.host}` : undefined].filter(Boolean).join(', '),
    note: [p.status !== 'planned' ? capitalize(WORDS.sv.meetingStatus[p.status]) : undefined, p.note]
      .filter(Boolean)
      .join('. '),
    record: meetings.length
      ? html`${meetings.map((m, i) => html`${i ? ', ' : ''}<a href="${ctx.urls.meeting(m.body, m.id)}">${capitalize(WORDS.sv.meetingKind[m.kind])}</a>`)}`
      : '',
  }));
  const columns = (
    [
      ['time', 'Tid'],
      ['place', 'Plats'],
      ['note', 'Anmärkning'],
      ['record', 'Handling'],
    ] as const
  ).filter(([key]) => rows.some((r) => r[key] !== ''));
  return html`<table>
<caption>Sammanträdesplan ${year} (${WORDS.sv.scheduleStatus[schedule.status]})</caption>
<thead><tr><th scope="col">Datum</th>${columns.map(([, label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.date}</td>${columns.map(([key]) => html`<td>${r[key]}</td>`)}</tr>`)}</tbody>
</table>`;
}

/** How many of the newest years a body's page shows; each year also has a page of its own. */
const YEARS_ON_BODY_PAGE = 2;

/** One year of a body: its meetings and its schedule, under a heading of `level`. */
function yearSection(ctx: ViewContext, bodyId: string, y: BodyYear, level: 'h2' | 'h3'): Html {
  const heading =
    level === 'h2'
      ? html`<h2 id="ar-${y.year}">Möten ${y.year}</h2>`
      : html`<h3 id="ar-${y.year}"><a href="${ctx.urls.bodyYear(bodyId, y.year)}">${y.year}</a></h3>`;
  return html`<section aria-labelledby="ar-${y.year}">${heading}
${y.meetings.length ? html`<ul class="list">${y.meetings.map((m) => meetingItem(ctx, m))}</ul>` : html`<p>Inga protokoll eller kallelser från ${y.year} i arkivet.</p>`}
${y.schedule ? scheduleTable(ctx, y.year, y.schedule, y.planned) : ''}
${y.schedule?.note ? html`<p class="muted">${y.schedule.note}</p>` : ''}
</section>`;
}

/** Every year of a body, each a link to its page, with how many meetings it has. */
function yearNav(ctx: ViewContext, bodyId: string, years: readonly BodyYear[], current?: number): Html {
  return html`<nav aria-label="År"><p>Möten år för år: ${years.map(
    (y, i) =>
      html`${i ? ', ' : ''}${
        y.year === current
          ? html`<strong aria-current="page">${y.year}</strong>`
          : html`<a href="${ctx.urls.bodyYear(bodyId, y.year)}">${y.year}</a>`
      } <span class="muted">(${y.meetings.length})</span>`,
  )}</p></nav>`;
}

/**
 * A body's page: about it, its calendar feed, its programmes and its newest years of meetings. Older
 * years have pages of their own, so the page stays small however long the archive goes back.
 */
export function bodyPage(ctx: ViewContext, body: Body): Html {
  const { years, undated } = bodyYears(ctx.archive, body.id);
  const programmes = ctx.archive.programmes.filter((p) => p.body === body.id);
  const facts: [string, string][] = [];
  if (body.organisation) facts.push(['Organisation', body.organisation]);
  if (body.legalForm) facts.push(['Juridisk form', capitalize(WORDS.sv.legalForm[body.legalForm])]);
  if (body.host) facts.push(['Ingår i', body.host]);
  if (body.orgNumber) facts.push(['Organisationsnummer', body.orgNumber]);
  if (body.defaultLocation) facts.push(['Möts vanligen', body.defaultLocation]);
  const shown = years.slice(0, YEARS_ON_BODY_PAGE);

  const main = html`<h1>${body.name}</h1>
${body.description ? html`<p class="lead">${body.description}</p>` : ''}
${facts.length ? html`<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}
${body.members.length ? html`<h2>Medlemmar</h2><ul class="list">${body.members.map((m) => html`<li>${m}</li>`)}</ul>` : ''}
${rules(body)}
<section aria-labelledby="moten"><h2 id="moten">Möten</h2>
${years.length > 1 ? yearNav(ctx, body.id, years) : ''}
${years.length || undated.length ? '' : html`<p>Arkivet har inga möten för organet ännu.</p>`}
${shown.map((y) => yearSection(ctx, body.id, y, 'h3'))}
${years.length > shown.length ? html`<p>Äldre år finns på sidor för sig: välj år ovan.</p>` : ''}
${
  undated.length
    ? html`<section aria-labelledby="utan-datum"><h3 id="utan-datum">Utan datum</h3>
<p>Handlingarna anger inget datum för de här mötena.</p>
<ul class="list">${undated.map((m) => meetingItem(ctx, m))}</ul></section>`
    : ''
}
</section>
${subscribe(ctx, body)}
${
  programmes.length
    ? html`<section aria-labelledby="program"><h2 id="program">Program</h2><ul class="list">${programmes.map(
        (p) =>
          html`<li><a href="${ctx.urls.programme(p.id)}">${p.title}</a>${p.date ? html` <span class="muted">(${dateTime(p.date, { weekday: false })})</span>` : ''}</li>`,
      )}</ul></section>`
    : ''
}
<p><a href="${bodyFilter(ctx, 'assignments', body.id)}">Organets uppdrag</a> · <a href="${bodyFilter(ctx, 'decisions', body.id)}">Organets beslut</a></p>`;
  return page(ctx, {
    title: body.name,
    description: `Möten, beslut och uppdrag för ${body.name}.`,
    crumbs: [{ label: 'Start', href: ctx.urls.home() }],
    main,
  });
}

/** One year of a body's meetings and schedule; `undefined` when the body has nothing that year. */
export function bodyYearPage(ctx: ViewContext, body: Body, year: number): Html | undefined {
  const { years } = bodyYears(ctx.archive, body.id);
  const found = years.find((y) => y.year === year);
  if (!found) return undefined;
  const main = html`<h1>${body.name} ${year}</h1>
${yearNav(ctx, body.id, years, year)}
${yearSection(ctx, body.id, found, 'h2')}`;
  return page(ctx, {
    title: `${body.name} ${year}`,
    crumbLabel: String(year),
    description: `Möten för ${body.name} ${year}.`,
    crumbs: [
      { label: 'Start', href: ctx.urls.home() },
      { label: body.name, href: ctx.urls.body(body.id) },
    ],
    main,
  });
}
