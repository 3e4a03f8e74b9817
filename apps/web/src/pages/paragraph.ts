import { assignmentStanding, caseSlug, type HistoryEntry, type ParagraphRef, WORDS } from '@sammantrade/core';
import type { ViewContext } from '../context.js';
import { type Html, html } from '../escape.js';
import { capitalize, dateText, dueText, paragraphLabel } from '../format.js';
import { anchorOf } from '../urls.js';
import { followUpNote, heading, meetingLink, stateTag, textBlocks } from './parts.js';

/** How a paragraph is shown: on its meeting's page, or elsewhere (a case) with where it was handled. */
export interface ParagraphOptions {
  /** The level of the paragraph's heading; its parts get the next one. */
  readonly level: number;
  /** On its meeting's page the paragraph carries the anchor its permalink points at. */
  readonly onMeetingPage: boolean;
}

function history(entry: HistoryEntry, level: number): Html {
  const where = [
    entry.date ? dateText(entry.date, { weekday: false }) : undefined,
    entry.body,
    entry.paragraph !== undefined ? `§ ${entry.paragraph}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return html`<div class="history">
${heading(level, where || 'Tidigare behandling')}
${entry.title ? html`<p><strong>${entry.title}</strong></p>` : ''}
${textBlocks(entry.text)}
${entry.decisions.length ? html`<p>Beslut:</p><ul class="plain">${entry.decisions.map((d) => html`<li>${d.point !== undefined ? `${d.point}. ` : ''}${d.text} <span class="muted">(${WORDS.sv.outcome[d.outcome]})</span></li>`)}</ul>` : ''}
</div>`;
}

/**
 * One paragraph (§) or agenda item, with everything the record says of it: type, case number,
 * presenters, text and sections, proposals and decisions, assignments, documents, distribution and
 * earlier treatment. On the meeting page it is an `<article id="p763">` with its permalink.
 */
export function paragraphArticle(ctx: ViewContext, ref: ParagraphRef, options: ParagraphOptions): Html {
  const { paragraph: p, meeting, body } = ref;
  const id = anchorOf(p.number);
  const label = capitalize(paragraphLabel(meeting.kind, p.number));
  const headingId = options.onMeetingPage ? `${id}-rubrik` : undefined;
  const sub = options.level + 1;
  const permalink = ctx.urls.paragraph(body.id, meeting.id, p.number);
  const meta: Html[] = [];
  if (p.types.length) {
    meta.push(
      html`<span>Typ: ${p.types.map((t) => html`<span class="tag">${WORDS.sv.paragraphType[t]}</span>`)}</span>`,
    );
  }
  if (p.caseNumber) {
    meta.push(html`<span>Diarienummer: <a href="${ctx.urls.case(caseSlug(p.caseNumber))}">${p.caseNumber}</a></span>`);
  }
  if (p.presenters.length) meta.push(html`<span>Föredragande: ${p.presenters.join(', ')}</span>`);
  if (p.page !== undefined) meta.push(html`<span>Sida ${p.page} i originalet</span>`);

  return html`<article class="paragraph"${options.onMeetingPage ? html` id="${id}" aria-labelledby="${headingId}"` : ''}>
<header>
${heading(options.level, html`<span class="num">${label}</span> ${p.title}`, headingId)}
${
  options.onMeetingPage
    ? html`<a class="permalink" href="${permalink}">Permalänk<span class="visually-hidden"> till ${label}</span></a>`
    : html`<p class="meta">${meetingLink(ctx, meeting, { withBody: true })}, <a href="${permalink}">${label}</a></p>`
}
</header>
${meta.length ? html`<p class="meta">${meta.map((m, i) => (i ? html` · ${m}` : m))}</p>` : ''}
${textBlocks(p.text)}
${p.sections.map((s) => html`${heading(sub, s.heading)}${textBlocks(s.text)}`)}
${
  p.decisions.length
    ? html`${heading(sub, 'Beslut')}
${p.decisions.map(
  (d) => html`<div class="decision">
${d.proposal ? html`<p class="proposal">Förslag: ${d.proposal}</p>` : ''}
<p>${d.point !== undefined ? `${d.point}. ` : ''}${d.text}</p>
<p class="muted">Utfall: ${WORDS.sv.outcome[d.outcome]}</p>
</div>`,
)}`
    : ''
}
${
  p.assignments.length
    ? html`${heading(sub, 'Uppdrag')}
<ul class="list">${p.assignments.map((a) => {
        const standing = assignmentStanding(ctx.archive, { ...ref, assignment: a }, ctx.today);
        return html`<li><strong>${a.assignee}</strong>: ${a.task}<br>
<span class="muted">Återrapportering: ${dueText(a.due)}${a.reportTo ? ` till ${a.reportTo}` : ''}.</span> Status: ${stateTag(standing.state)}${followUpNote(ctx, standing)}</li>`;
      })}</ul>`
    : ''
}
${p.documents.length ? html`${heading(sub, 'Beslutsunderlag')}<ul class="list">${p.documents.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
${p.distribution.length ? html`${heading(sub, 'Expedieras till')}<ul class="list">${p.distribution.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
${p.history.length ? html`${heading(sub, 'Tidigare behandling')}${p.history.map((h) => history(h, sub + 1))}` : ''}
</article>`;
}
