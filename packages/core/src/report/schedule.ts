import type { Archive } from '../archive/archive.js';
import { meetingDays } from '../calendar/meeting-days.js';
import { weekdayOf } from '../model/primitives.js';
import { swedishHoliday } from '../rules/holidays.js';
import { SWEDISH_WEEKDAYS } from '../text/weekdays.js';
import { SWEDISH_LABELS } from '../view/labels.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, note, type Report } from './table.js';

const SV_DAYS = SWEDISH_WEEKDAYS;

/**
 * `report schedule`: planned and held meetings per body, with weekday, time, place and host, and a
 * warning for a date that breaks the body's weekday rule, falls on a public holiday, or whose weekday
 * in the document does not match the date.
 */
export function scheduleReport(archive: Archive, options: ReportOptions): Report {
  const days = meetingDays(archive, {
    ...(options.body !== undefined ? { bodyId: options.body } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  });
  let warnings = 0;
  const rows = days.map((day) => {
    const weekday = weekdayOf(day.date);
    const problems: string[] = [];
    const rule = day.body.rules.weekdays;
    if (rule && !rule.days.includes(weekday)) {
      problems.push(
        `${SV_DAYS[weekday]}: organet sammanträder ${rule.days.map((d) => SV_DAYS[d]).join(' eller ')}${rule.source ? ` (${rule.source})` : ''}`,
      );
    }
    const holiday = swedishHoliday(day.date);
    if (holiday) problems.push(`${holiday.name}`);
    if (day.statedWeekday && day.statedWeekday !== weekday) {
      problems.push(`handlingen skriver ${SV_DAYS[day.statedWeekday]}, men ${day.date} är en ${SV_DAYS[weekday]}`);
    }
    if (problems.length) warnings++;
    const kind = day.meeting
      ? day.meeting.kind === 'minutes'
        ? 'protokoll'
        : 'kallelse'
      : day.planned
        ? `sammanträdesplan ${day.scheduleYear}${day.schedule ? ` (${SWEDISH_LABELS.scheduleStatus[day.schedule.status]})` : ''}`
        : 'aviserat i protokoll';
    return {
      date: day.date,
      weekday,
      body: day.body.name,
      start: day.start ?? null,
      end: day.end ?? null,
      location: day.location ?? null,
      host: day.host ?? null,
      status: day.status ?? null,
      source: kind,
      note: day.note ?? null,
      warning: problems.join('; ') || null,
    };
  });
  const notes = [
    note(
      `${rows.length} sammanträden, ${warnings} med varning.`,
      `${rows.length} meetings, ${warnings} with a warning.`,
    ),
  ];
  const undated = archive.meetings.filter(
    (m) => !m.date && (options.body === undefined || m.body === options.body),
  ).length;
  if (undated)
    notes.push(
      note(`${undated} handlingar saknar datum och visas inte.`, `${undated} records have no date and are not shown.`),
    );
  return {
    kind: 'schedule',
    title: note(
      `Sammanträden${options.year ? ` ${options.year}` : ''}`,
      `Meetings${options.year ? ` ${options.year}` : ''}`,
    ),
    tables: [
      {
        columns: [
          col('date', 'Datum', 'Date', 'date'),
          col('weekday', 'Veckodag', 'Weekday', 'weekday'),
          col('body', 'Organ', 'Body'),
          col('start', 'Från', 'From', 'time'),
          col('end', 'Till', 'To', 'time'),
          col('location', 'Plats', 'Place'),
          col('host', 'Värd', 'Host'),
          { ...col('status', 'Status', 'Status'), codes: CODES.meetingStatus },
          col('source', 'Källa', 'Source'),
          col('note', 'Anteckning', 'Note'),
          col('warning', 'Varning', 'Warning'),
        ],
        rows,
      },
    ],
    notes,
  };
}
