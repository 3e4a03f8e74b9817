import type { Archive } from '../archive/archive.js';
import { quotedDecisions } from '../query/decisions.js';
import { meetingsIn, undatedLeftOut } from '../query/filter.js';
import { DECISION_REPORT as W } from '../text/report-words.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, type Report, type Row } from './table.js';

/**
 * `report decisions`: the decision register, oldest first, undated meetings last. Earlier decisions the
 * records quote are included with their own date, body and §, marked as quoted.
 */
export function decisionsReport(archive: Archive, options: ReportOptions): Report {
  const meetings = new Set(meetingsIn(archive, options));
  const rows: Row[] = archive.decisions
    .filter((d) => meetings.has(d.meeting))
    .map((d) => ({
      date: d.meeting.date ?? null,
      body: d.body.name,
      paragraph: d.paragraph.number,
      page: d.paragraph.page ?? null,
      title: d.paragraph.title,
      caseNumber: d.paragraph.caseNumber ?? null,
      outcome: d.decision.outcome,
      text: d.decision.point ? `${d.decision.point}. ${d.decision.text}` : d.decision.text,
      source: null,
    }));
  for (const q of quotedDecisions(archive, options)) {
    if (!q.date) continue;
    const quoting = q.in.meeting;
    rows.push({
      date: q.date,
      body: q.body,
      paragraph: q.paragraph ?? null,
      page: null,
      title: q.entry.title ?? q.in.paragraph.title,
      caseNumber: q.in.paragraph.caseNumber ?? null,
      outcome: q.decision.outcome,
      text: q.decision.point ? `${q.decision.point}. ${q.decision.text}` : q.decision.text,
      source: W.quoted(quoting.kind, quoting.date ?? quoting.id, q.in.paragraph.number),
    });
  }
  const key = (r: Row) => `${r.date ?? '9999'}|${r.body}|${String(r.paragraph ?? '').padStart(6, '0')}`;
  const seen = new Set<string>();
  const unique = rows
    .filter((r) => {
      // The same decision may be quoted in several agendas, or quoted and recorded: keep one.
      const id = `${key(r)}|${r.text}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => key(a).localeCompare(key(b), 'sv'));
  const skipped = undatedLeftOut(archive, options);
  // Pages are known for documents imported from PDF; without any, the column would only say "–".
  const withPages = unique.some((r) => r.page !== null);
  const c = W.columns;
  return {
    kind: 'decisions',
    title: W.title,
    tables: [
      {
        columns: [
          col('date', c.date, 'date'),
          col('body', c.body),
          col('paragraph', c.paragraph, 'number'),
          ...(withPages ? [col('page', c.page, 'number')] : []),
          col('title', c.title),
          col('caseNumber', c.caseNumber),
          col('outcome', c.outcome, 'text', CODES.outcome),
          col('text', c.text),
          col('source', c.source),
        ],
        rows: withPages ? unique : unique.map(({ page: _page, ...row }) => row),
      },
    ],
    notes: skipped ? [W.undated(skipped)] : [],
  };
}
