import type { Archive } from '../archive/archive.js';
import { meetingDeadlines } from '../query/deadlines.js';
import { DEADLINE_REPORT as W } from '../text/report-words.js';
import { type Label, label } from '../text/words.js';
import type { ReportOptions } from './options.js';
import { col, type Report } from './table.js';

const join = (labels: readonly (Label | undefined)[]): Label | null => {
  const present = labels.filter((l): l is Label => l !== undefined);
  return present.length ? label(present.map((l) => l.sv).join('; '), present.map((l) => l.en).join('; ')) : null;
};

/**
 * `report deadlines`: per set of minutes, the adjustment, notice and appeal deadlines, each with what it
 * rests on: the record, a rule of the body in force that day, or Kommunallagen (with the assumption it
 * needs, said out loud).
 */
export function deadlinesReport(archive: Archive, options: ReportOptions): Report {
  const rows = meetingDeadlines(archive, options).map((d) => {
    const { meeting, body } = d;
    return {
      date: meeting.date ?? null,
      body: body.name,
      paragraphs: meeting.paragraphRange ? `${meeting.paragraphRange.from}–${meeting.paragraphRange.to}` : null,
      adjustBy: d.adjustmentDeadline?.date ?? null,
      adjustByTime: d.adjustmentDeadline?.time ?? null,
      adjustSource: d.adjustmentDeadline?.source ?? null,
      adjusted: d.adjusted?.date ?? null,
      notice: d.notice?.date ?? null,
      noticeBasis: d.notice ? (d.notice.basis === 'stated' ? W.noticeStated : W.noticeLatest) : null,
      appealBy: d.appeal?.date ?? null,
      appealBasis: d.appeal?.source ?? null,
      remark: join([d.notice?.moved, d.appeal?.moved, d.appealFrom, ...d.missing]),
    };
  });
  const c = W.columns;
  return {
    kind: 'deadlines',
    title: W.title,
    tables: [
      {
        columns: [
          col('date', c.date, 'date'),
          col('body', c.body),
          col('paragraphs', c.paragraphs),
          col('adjustBy', c.adjustBy, 'date'),
          col('adjustByTime', c.adjustByTime, 'time'),
          col('adjustSource', c.adjustSource),
          col('adjusted', c.adjusted, 'date'),
          col('notice', c.notice, 'date'),
          col('noticeBasis', c.noticeBasis),
          col('appealBy', c.appealBy, 'date'),
          col('appealBasis', c.appealBasis),
          col('remark', c.remark),
        ],
        rows,
      },
    ],
    notes: [...W.notes],
  };
}
