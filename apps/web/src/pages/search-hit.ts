import { type SearchHit, type SearchResult, WORDS } from '@sammantrade/core';
import { type Html, html } from '../escape.js';
import type { Urls } from '../urls.js';

// This module also runs in the browser (the static site's search), so it stays free of luxon and
// Node: dates are formatted with Intl, which both have.
const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function shortDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : SWEDISH_DATE.format(d);
}

/** One search hit: a link to the paragraph's permalink, where it was handled, and a snippet with the matches marked. */
export function hitItem(hit: SearchHit, urls: Urls): Html {
  const d = hit.document;
  const label = d.meetingKind === 'agenda' ? `Punkt\u00a0${d.number}` : `§\u00a0${d.number}`;
  const kind = WORDS.sv.meetingKind[d.meetingKind];
  return html`<li class="hit">
<p><a href="${urls.paragraph(d.body, d.meeting, d.number)}"><strong>${label} ${d.title}</strong></a></p>
<p class="muted">${d.bodyName}, ${kind} ${d.meetingDate ? html`<time datetime="${d.meetingDate}">${shortDate(d.meetingDate)}</time>` : '(datum saknas)'}${d.caseNumber ? `, ${d.caseNumber}` : ''}</p>
${hit.snippet.length ? html`<p>${hit.snippet.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text))}</p>` : ''}
</li>`;
}

/** The count line and the list of hits. */
export function hitList(result: SearchResult, urls: Urls, offset: number): Html {
  const words = result.terms.map((t) => `”${t}”`).join(' ');
  if (result.total === 0) {
    return html`<p role="status">Inga träffar för ${words}. Pröva färre eller kortare ord; sökningen hittar också delar av ord.</p>`;
  }
  return html`<p role="status">${result.total} ${result.total === 1 ? 'träff' : 'träffar'} för ${words}.</p>
<ol class="plain" start="${offset + 1}">${result.hits.map((h) => hitItem(h, urls))}</ol>`;
}
