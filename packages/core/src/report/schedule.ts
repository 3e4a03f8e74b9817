import type { Archive } from '../archive/archive.js';
import { weekdayOf } from '../model/primitives.js';
import { meetingSchedule } from '../query/schedule.js';
import { SCHEDULE_REPORT as W } from '../text/report-words.js';
import { label } from '../text/words.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, type Report } from './table.js';

/**
 * `report schedule`: planned and held meetings per body, with weekday, time, place and host, whether a
 * planned meeting is only proposed, and the warnings `meetingSchedule` finds (a weekday the body's rule
 * does not meet on, a holiday, a weekday the document got wrong, a time the clocks skip or repeat).
 */
export function scheduleReport(archive: Archive, options: ReportOptions): Report {
  const days = meetingSchedule(archive, {
    ...(options.body !== undefined ? { bodyId: options.body } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  });
  const rows = days.map((day) => ({
    date: day.date,
    weekday: weekdayOf(day.date),
    body: day.body.name,
    start: day.start ?? null,
    end: day.end ?? null,
    location: day.location ?? null,
    host: day.host ?? null,
    status: day.proposed ? 'proposed' : (day.status ?? null),
    source: day.meeting
      ? W.source[day.meeting.kind]
      : day.planned
        ? W.source.schedule(day.scheduleYear, day.proposed, day.schedule?.status === 'published')
        : W.source.announced,
    note: day.note ?? null,
    warning: day.warnings.length
      ? label(day.warnings.map((w) => w.sv).join('; '), day.warnings.map((w) => w.en).join('; '))
      : null,
  }));
  const warned = days.filter((d) => d.warnings.length > 0).length;
  const proposed = days.filter((d) => d.proposed).length;
  const notes = [W.count(rows.length, warned, proposed)];
  const undated = archive.meetings.filter(
    (m) => !m.date && (options.body === undefined || m.body === options.body),
  ).length;
  if (undated) notes.push(W.undated(undated));
  const c = W.columns;
  return {
    kind: 'schedule',
    title: W.title(options.year),
    tables: [
      {
        columns: [
          col('date', c.date, 'date'),
          col('weekday', c.weekday, 'weekday'),
          col('body', c.body),
          col('start', c.start, 'time'),
          col('end', c.end, 'time'),
          col('location', c.location),
          col('host', c.host),
          col('status', c.status, 'text', { ...CODES.meetingStatus, proposed: W.proposedStatus }),
          col('source', c.source),
          col('note', c.note),
          col('warning', c.warning),
        ],
        rows,
      },
    ],
    notes,
  };
}
