import { type AssignmentStanding, type AssignmentState, type Meeting, WORDS } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Content, type Html, html, raw } from '../escape.js';
import { dateText, meetingName } from '../format.js';

/**
 * A record's free text as paragraphs: blank lines part paragraphs, single line breaks stay
 * (schedules and lists are often written one item per line).
 */
export function textBlocks(text: string | undefined): Html {
  if (!text?.trim()) return html``;
  return html`${text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      return html`<p>${lines.map((line, i) => (i ? html`<br>${line}` : line))}</p>`;
    })}`;
}

/** A date in a `<time>` element, or "datum saknas". */
export function dateTime(date: string | undefined, options: { weekday?: boolean } = {}): Html {
  return date
    ? html`<time datetime="${date}">${dateText(date, options)}</time>`
    : html`<span>${dateText(undefined)}</span>`;
}

/** A link to a meeting, named by body and meeting. */
export function meetingLink(ctx: ViewContext, meeting: Meeting, options: { withBody?: boolean } = {}): Html {
  const body = ctx.archive.body(meeting.body);
  const name = meetingName(meeting);
  return html`<a href="${ctx.urls.meeting(meeting.body, meeting.id)}">${
    options.withBody && body ? `${body.name}: ${name.charAt(0).toLowerCase()}${name.slice(1)}` : name
  }</a>`;
}

/** An assignment's state as a word, coloured but never by colour alone. */
export function stateTag(state: AssignmentState): Html {
  return html`<span class="state-${state}">${WORDS.sv.assignmentState[state]}</span>`;
}

/**
 * Where an assignment was reported back, or may have been: the paragraph that shows it, or the one whose
 * title is alike ("möjligen"), which a person must check and which leaves the assignment open.
 */
export function followUpNote(ctx: ViewContext, a: AssignmentStanding): Html {
  const link = (p: NonNullable<AssignmentStanding['reportedIn']>) =>
    html`<a href="${ctx.urls.paragraph(p.body.id, p.meeting.id, p.paragraph.number)}">${p.body.name} ${p.meeting.kind === 'agenda' ? `punkt ${p.paragraph.number}` : `§ ${p.paragraph.number}`}${p.meeting.date ? `, ${p.meeting.date}` : ''}</a>`;
  if (a.reportedIn) return html`<br><span class="muted">Återrapporterat i ${link(a.reportedIn)}</span>`;
  if (a.possiblyIn)
    return html`<br><span class="maybe">Möjligen återrapporterat i ${link(a.possiblyIn)} (${a.likeness === 'agenda' ? 'samma ärende på en kallelse' : 'liknande rubrik'}; kontrollera)</span>`;
  return html``;
}

/** Previous and next links for a paged list; nothing when everything fits on one page. */
export function pager(page: number, pages: number, hrefOf: (page: number) => string): Html {
  if (pages <= 1) return html``;
  return html`<nav class="pager" aria-label="Sidor">
${page > 1 ? html`<a href="${hrefOf(page - 1)}" rel="prev">Föregående sida</a>` : ''}
<span>Sida ${page} av ${pages}</span>
${page < pages ? html`<a href="${hrefOf(page + 1)}" rel="next">Nästa sida</a>` : ''}
</nav>`;
}

/** A page number from a query string: a positive integer, else 1. */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 1_000_000 ? n : 1;
}

/** A heading at `level` (2–6), for parts rendered at different depths; `id` is optional. */
export function heading(level: number, content: Content, id?: string): Html {
  const n = Math.min(6, Math.max(2, Math.trunc(level)));
  return html`${raw(`<h${n}`)}${id ? html` id="${id}"` : ''}>${content}${raw(`</h${n}>`)}`;
}
