import type { Archive } from '../archive/archive.js';
import type { Decision } from '../model/decision.js';
import { type CaseStep, caseSteps } from '../query/cases.js';
import { CASE_REPORT as W } from '../text/report-words.js';
import type { Label } from '../text/words.js';
import { CODES } from './codes.js';
import { col, type Report, type Row } from './table.js';

const decided = (decisions: readonly Decision[]) =>
  decisions.map((d) => (d.point ? `${d.point}. ${d.text}` : d.text)).join(' ');

function event(step: CaseStep): Label {
  switch (step.kind) {
    case 'quoted':
      return W.event.quoted;
    case 'told':
      return W.event.told;
    case 'mentioned':
      return W.event.mentioned(step.in.paragraph.caseNumber);
    case 'record':
      return step.in.meeting.kind === 'agenda' ? W.event.agenda(step.in.meeting.id) : W.event[step.in.meeting.kind];
  }
}

/**
 * `report case NUMBER`: the history of one case across meetings, oldest first, from `caseSteps`: each
 * step with the body that took it, which for a quoted decision or a step the text tells of is the body
 * the record names, not the one quoting it.
 */
export function caseReport(archive: Archive, caseNumber: string): Report {
  const steps = caseSteps(archive, caseNumber);
  const rows: Row[] = steps.map((step) => ({
    date: step.date ?? null,
    body: step.body ?? null,
    paragraph: step.paragraph ?? null,
    event: event(step),
    title: step.title,
    text: step.decisions.length
      ? decided(step.decisions)
      : step.kind === 'record' && step.proposal
        ? W.proposal(step.proposal)
        : (step.text ?? null),
    outcome: step.decisions.map((d) => d.outcome).join(', ') || null,
  }));
  const c = W.columns;
  const notes = rows.length ? [W.order] : [W.unknown(caseNumber)];
  if (steps.some((s) => s.body === undefined)) notes.push(W.unknownBody);
  return {
    kind: 'case',
    title: W.title(caseNumber),
    tables: [
      {
        columns: [
          col('date', c.date, 'date'),
          col('body', c.body),
          col('paragraph', c.paragraph, 'number'),
          col('event', c.event),
          col('title', c.title),
          col('text', c.text),
          col('outcome', c.outcome, 'text', CODES.outcome),
        ],
        rows,
      },
    ],
    notes,
  };
}
