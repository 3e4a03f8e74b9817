import {
  MAX_QUERY_LENGTH,
  SEARCH_KINDS,
  type SearchHit,
  type SearchKind,
  type SearchOptions,
  type SearchResult,
  WORDS,
} from '@sammantrade/core';
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

/** What the search page was asked, read from its address (`q`, `organ`, `ar`, `typ`), on the server and in the browser. */
export interface SearchRequest {
  readonly q: string;
  readonly organ?: string;
  readonly ar?: string;
  readonly typ?: SearchKind;
}

/** The search request in an address's parameters; unknown filter values are ignored. */
export function searchRequestOf(get: (name: string) => string | null | undefined): SearchRequest {
  const q = (get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  const organ = get('organ') || undefined;
  const ar = /^\d{4}$/.test(get('ar') ?? '') ? (get('ar') as string) : undefined;
  const typ = SEARCH_KINDS.find((k) => k === get('typ'));
  return { q, ...(organ ? { organ } : {}), ...(ar ? { ar } : {}), ...(typ ? { typ } : {}) };
}

/** The core search options for a request's filters. */
export function searchOptionsOf(request: SearchRequest): SearchOptions {
  return {
    ...(request.organ ? { body: request.organ } : {}),
    ...(request.ar ? { year: Number(request.ar) } : {}),
    ...(request.typ ? { kind: request.typ } : {}),
  };
}

/** The Swedish name of a kind of search hit. */
export function searchKindName(kind: SearchKind): string {
  return kind === 'programme' ? 'program' : WORDS.sv.meetingKind[kind];
}

/** One search hit: a link to the paragraph's permalink (or the programme's area), where it stands, and a snippet with the matches marked. */
export function hitItem(hit: SearchHit, urls: Urls): Html {
  const d = hit.document;
  const when = d.date ? html`<time datetime="${d.date}">${shortDate(d.date)}</time>` : '(datum saknas)';
  const heading =
    d.kind === 'programme'
      ? html`<a href="${urls.programme(d.programme)}#omrade-${d.area}"><strong>${d.title}</strong></a>`
      : html`<a href="${urls.paragraph(d.body, d.meeting, d.number)}"><strong>${d.kind === 'agenda' ? `Punkt\u00a0${d.number}` : `§\u00a0${d.number}`} ${d.title}</strong></a>`;
  const where =
    d.kind === 'programme'
      ? html`${d.programmeTitle}, ${d.areaName}${d.bodyName ? `, ${d.bodyName}` : ''} (${when})`
      : html`${d.bodyName}, ${searchKindName(d.kind)} ${when}${d.caseNumber ? `, ${d.caseNumber}` : ''}`;
  return html`<li class="hit">
<p>${heading}</p>
<p class="muted">${where}</p>
${hit.snippet.length ? html`<p>${hit.snippet.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text))}</p>` : ''}
</li>`;
}

/** The count line and the list of hits. */
export function hitList(result: SearchResult, urls: Urls, offset: number): Html {
  const words = result.terms.map((t) => `”${t}”`).join(' ');
  if (result.total === 0) {
    return html`<p role="status">Inga träffar för ${words}. Pröva färre ord, början av ett ord eller färre filter.</p>`;
  }
  const count = result.more
    ? `Fler än ${result.total} träffar`
    : `${result.total} ${result.total === 1 ? 'träff' : 'träffar'}`;
  return html`<p role="status">${count} för ${words}.</p>
<ol class="plain" start="${offset + 1}">${result.hits.map((h) => hitItem(h, urls))}</ol>`;
}
