import { type Body, groupParticipants, type Meeting, minutesDeadlines, WORDS } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { capitalize, dateText, meetingName, paragraphLabel, timeText } from '../format.js';
import { page } from '../layout.js';
import { anchorOf } from '../urls.js';
import { paragraphArticle } from './paragraph.js';
import { dateTime } from './parts.js';

function participants(meeting: Meeting): Html {
  const groups = groupParticipants(meeting.participants);
  if (!groups.length) return html`<p>Handlingen anger inga deltagare.</p>`;
  return html`${groups.map(
    (group) => html`<table>
<caption>${WORDS.sv.roleGroup[group.role]} (${group.participants.length})</caption>
<thead><tr><th scope="col">Namn</th><th scope="col">Parti</th><th scope="col">Kommun eller organisation</th><th scope="col">Uppdrag och anmärkning</th></tr></thead>
<tbody>
${group.participants.map(({ participant: p, functions }) => {
  const notes = [
    ...functions.map((f) => WORDS.sv.role[f]),
    p.title,
    p.substituteFor ? `ersättare för ${p.substituteFor}` : undefined,
    p.note,
  ].filter((n): n is string => Boolean(n));
  const where = [p.municipality, p.organisation].filter(Boolean).join(', ');
  return html`<tr><th scope="row">${p.name}</th><td>${p.party ?? html`<span class="muted">ej angivet</span>`}</td><td>${where}</td><td>${notes.join(', ')}</td></tr>`;
})}
</tbody>
</table>`,
  )}`;
}

/** The notice and appeal as core's deadlines answer them, with what each rests on. */
function appeal(body: Body, meeting: Meeting): [string, Html | string][] {
  if (meeting.kind === 'agenda') return [];
  const d = minutesDeadlines(meeting, body);
  const rows: [string, Html | string][] = [];
  if (d.notice?.basis === 'stated') rows.push(['Anslaget', dateTime(d.notice.date)]);
  if (d.appeal)
    rows.push([
      'Överklagas senast',
      html`${dateTime(d.appeal.date)} <span class="muted">(${d.appeal.source.sv})</span>`,
    ]);
  else if (d.missing[0])
    rows.push(['Överklagande', html`<span class="muted">${d.missing.map((m) => m.sv).join('; ')}</span>`]);
  if (d.appealFrom) rows.push(['Anslag', d.appealFrom.sv]);
  return rows;
}

function adjustment(body: Body, meeting: Meeting): Html {
  const a = meeting.adjustment;
  if (!a) return html`<p>Handlingen anger inte när eller var protokollet justeras.</p>`;
  const rows: [string, Html | string][] = [];
  if (a.deadline) rows.push(['Senast', html`${dateTime(a.deadline)}${a.deadlineTime ? ` kl. ${a.deadlineTime}` : ''}`]);
  else if (a.deadlineTime) rows.push(['Senast', `kl. ${a.deadlineTime}`]);
  if (a.date) rows.push(['Justeras', dateTime(a.date)]);
  if (a.place) rows.push(['Plats', a.place]);
  if (a.signatories.length) rows.push(['Undertecknas av', a.signatories.join(', ')]);
  if (!a.deadline && !a.date) rows.push(['Tidsfrist', 'anges inte i handlingen']);
  rows.push(...appeal(body, meeting));
  return html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function nextMeeting(meeting: Meeting): Html {
  const n = meeting.nextMeeting;
  if (!n) return html``;
  const rows: [string, Html | string][] = [['Datum', n.date ? dateTime(n.date) : 'anges inte']];
  if (n.date?.startsWith('--')) rows.push(['År', 'anges inte i handlingen']);
  const time = timeText(n.start, n.end);
  if (time) rows.push(['Tid', time]);
  if (n.location) rows.push(['Plats', n.location]);
  if (n.attendance) rows.push(['Form', WORDS.sv.attendance[n.attendance]]);
  if (n.host) rows.push(['Värd', n.host]);
  return html`<section aria-labelledby="nasta"><h2 id="nasta">Nästa sammanträde</h2>
<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></section>`;
}

/** The page of one meeting: its facts, participants, adjustment and every paragraph with its anchor. */
export function meetingPage(ctx: ViewContext, body: Body, meeting: Meeting): Html {
  const name = meetingName(meeting, { weekday: true });
  const facts: [string, Html | string][] = [
    [
      'Datum',
      meeting.date ? dateTime(meeting.date) : `${capitalize(dateText(undefined))}: handlingen anger inget datum`,
    ],
  ];
  const time = timeText(meeting.start, meeting.end);
  if (time) facts.push(['Tid', time]);
  if (meeting.location) facts.push(['Plats', meeting.location]);
  if (meeting.attendance) facts.push(['Form', WORDS.sv.attendance[meeting.attendance]]);
  facts.push(['Status', capitalize(WORDS.sv.meetingStatus[meeting.status])]);
  if (meeting.paragraphRange)
    facts.push(['Paragrafer', `§§ ${meeting.paragraphRange.from}–${meeting.paragraphRange.to}`]);
  if (meeting.adjustment?.deadline) {
    facts.push([
      'Justeras senast',
      html`${dateTime(meeting.adjustment.deadline, { weekday: false })}${meeting.adjustment.deadlineTime ? ` kl. ${meeting.adjustment.deadlineTime}` : ''}`,
    ]);
  }
  if (meeting.source?.file) facts.push(['Källa', meeting.source.file]);
  const items = meeting.kind === 'agenda' ? 'Ärenden' : 'Paragrafer';
  const refs = meeting.paragraphs.map((paragraph) => ({ body, meeting, paragraph }));

  const main = html`<div class="meeting-head">
<p class="eyebrow"><a href="${ctx.urls.body(body.id)}">${body.name}</a></p>
<h1>${meeting.title ? meeting.title : name}</h1>
${meeting.title ? html`<p class="lead">${name}</p>` : ''}
<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
<p class="print-only">Utdrag ur ${WORDS.sv.meetingKind[meeting.kind]} för ${body.name}.</p>
</div>
${
  refs.length
    ? html`<nav class="toc" aria-labelledby="innehall"><h2 id="innehall">Innehåll</h2><ol>
${meeting.paragraphs.map((p) => html`<li><a href="#${anchorOf(p.number)}">${capitalize(paragraphLabel(meeting.kind, p.number))} ${p.title}</a></li>`)}
</ol></nav>`
    : ''
}
<section aria-labelledby="deltagare"><h2 id="deltagare">Deltagare</h2>${participants(meeting)}</section>
${meeting.kind === 'minutes' || meeting.adjustment ? html`<section aria-labelledby="justering"><h2 id="justering">Justering</h2>${adjustment(body, meeting)}</section>` : ''}
<section class="paragraphs" aria-labelledby="paragrafer"><h2 id="paragrafer">${items}</h2>
${refs.length ? refs.map((ref) => paragraphArticle(ctx, ref, { level: 3, onMeetingPage: true })) : html`<p>Handlingen innehåller inga ${items.toLowerCase()}.</p>`}
</section>
${nextMeeting(meeting)}
${
  meeting.attachments.length
    ? html`<section aria-labelledby="bilagor"><h2 id="bilagor">Bilagor</h2><ul class="list">${meeting.attachments.map((a) => html`<li>${a.title}</li>`)}</ul></section>`
    : ''
}`;
  return page(ctx, {
    title: `${name} – ${body.name}`,
    crumbLabel: name,
    description: `${body.name}: ${name}.`,
    crumbs: [
      { label: 'Start', href: ctx.urls.home() },
      { label: body.name, href: ctx.urls.body(body.id) },
      ...(meeting.date
        ? [{ label: meeting.date.slice(0, 4), href: ctx.urls.bodyYear(body.id, Number(meeting.date.slice(0, 4))) }]
        : []),
    ],
    main,
  });
}
