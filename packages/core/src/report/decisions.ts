import type { Archive } from '../archive/archive.js';
import { CODES } from './codes.js';
import { inRange, meetingsFor, type ReportOptions, undatedLeftOut } from './options.js';
import type { Row } from './table.js';
import { col, note, type Report } from './table.js';

/**
 * `report decisions`: the decision register, oldest first, undated meetings last. Earlier decisions
 * an agenda quotes (its history) are included with their own date and §, marked as quoted.
 */
export function decisionsReport(archive: Archive, options: ReportOptions): Report {
  const meetings = new Set(meetingsFor(archive, options));
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
  for (const { body, meeting, paragraph } of archive.paragraphs) {
    if (options.body !== undefined && body.id !== options.body) continue;
    for (const entry of paragraph.history) {
      if (!entry.date || !inRange({ ...meeting, date: entry.date }, options)) continue;
      for (const d of entry.decisions) {
        rows.push({
          date: entry.date,
          body: entry.body ?? body.name,
          paragraph: entry.paragraph ?? null,
          page: null,
          title: entry.title ?? paragraph.title,
          caseNumber: paragraph.caseNumber ?? null,
          outcome: d.outcome,
          text: d.point ? `${d.point}. ${d.text}` : d.text,
          source: `citerat i ${meeting.kind === 'agenda' ? 'kallelsen' : 'protokollet'} ${meeting.date ?? meeting.id}, punkt ${paragraph.number}`,
        });
      }
    }
  }
  const key = (r: Row) => `${r.date ?? '9999'}|${r.body}|${String(r.paragraph ?? '').padStart(6, '0')}`;
  const seen = new Set<string>();
  const unique = rows
    .filter((r) => {
      // The same decision may be quoted in several agendas: keep one.
      const id = `${key(r)}|${r.text}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => key(a).localeCompare(key(b), 'sv'));
  const skipped = undatedLeftOut(archive, options);
  // Pages are known for documents imported from PDF; without any, the column would only say "–".
  const withPages = unique.some((r) => r.page !== null);
  return {
    kind: 'decisions',
    title: note('Beslutsförteckning', 'Decision register'),
    tables: [
      {
        columns: [
          col('date', 'Datum', 'Date', 'date'),
          col('body', 'Organ', 'Body'),
          col('paragraph', '§', '§', 'number'),
          ...(withPages ? [col('page', 's.', 'p.', 'number')] : []),
          col('title', 'Ärende', 'Matter'),
          col('caseNumber', 'Diarienummer', 'Case number'),
          { ...col('outcome', 'Utfall', 'Outcome'), codes: CODES.outcome },
          col('text', 'Beslut', 'Decision'),
          col('source', 'Källa', 'Source'),
        ],
        rows: withPages ? unique : unique.map(({ page: _page, ...row }) => row),
      },
    ],
    notes: skipped
      ? [note(`${skipped} möten utan datum ingår inte.`, `${skipped} meetings without a date are left out.`)]
      : [],
  };
}
