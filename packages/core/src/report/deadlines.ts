import type { Archive } from '../archive/archive.js';
import { KL_APPEAL, KL_NOTICE, minutesDeadlines } from '../rules/deadlines.js';
import { meetingsFor, type ReportOptions } from './options.js';
import { col, note, type Report } from './table.js';

/** `report deadlines`: per set of minutes, the adjustment, notice and appeal deadlines, with their sources. */
export function deadlinesReport(archive: Archive, options: ReportOptions): Report {
  const rows = meetingsFor(archive, options)
    .filter((m) => m.kind === 'minutes')
    .map((meeting) => {
      const body = archive.body(meeting.body);
      if (!body) return undefined;
      const d = minutesDeadlines(meeting, body);
      const moved = [d.noticeBy?.moved, d.appealBy?.moved].filter(Boolean).join('; ');
      return {
        date: meeting.date ?? null,
        body: body.name,
        paragraphs: meeting.paragraphRange ? `${meeting.paragraphRange.from}–${meeting.paragraphRange.to}` : null,
        adjustBy: d.adjustmentDeadline?.date ?? null,
        adjustByTime: d.adjustmentDeadline?.time ?? null,
        adjustSource: d.adjustmentDeadline?.source ?? null,
        adjusted: d.adjusted?.date ?? null,
        noticeBy: d.noticeBy?.date ?? null,
        appealBy: d.appealBy?.date ?? null,
        remark: [moved, ...d.missing].filter(Boolean).join('; ') || null,
      };
    })
    .filter((r) => r !== undefined);
  return {
    kind: 'deadlines',
    title: note('Justering, anslag och överklagande', 'Adjustment, notice and appeal'),
    tables: [
      {
        columns: [
          col('date', 'Möte', 'Meeting', 'date'),
          col('body', 'Organ', 'Body'),
          col('paragraphs', '§§', '§§'),
          col('adjustBy', 'Justeras senast', 'Adjust by', 'date'),
          col('adjustByTime', 'kl.', 'at', 'time'),
          col('adjustSource', 'Källa för justering', 'Source of adjustment date'),
          col('adjusted', 'Justerat', 'Adjusted', 'date'),
          col('noticeBy', 'Anslag senast', 'Notice by', 'date'),
          col('appealBy', 'Överklagande senast', 'Appeal by', 'date'),
          col('remark', 'Anmärkning', 'Remark'),
        ],
        rows,
      },
    ],
    notes: [
      note(
        `Anslag: ${KL_NOTICE}.`,
        'Notice: Local Government Act (KL) ch. 8 s. 12, at the latest the second day after adjustment.',
      ),
      note(
        `Överklagande: ${KL_APPEAL}. En sista dag som infaller på lördag, söndag eller helgdag flyttas till nästa vardag enligt lag (1930:173).`,
        'Appeal: KL ch. 13 s. 5, within three weeks of the notice. A last day on a Saturday, Sunday or holiday moves to the next working day (Act 1930:173).',
      ),
      note(
        'Reglerna gäller kommunala organ; för en ekonomisk förening är datumen vägledande.',
        'The rules bind municipal bodies; for an economic association the dates are a guide.',
      ),
    ],
  };
}
