import type { Archive } from '../archive/archive.js';
import { attendance } from '../query/attendance.js';
import { ATTENDANCE_REPORT as W } from '../text/report-words.js';
import { CODES } from './codes.js';
import type { ReportOptions } from './options.js';
import { col, type Report } from './table.js';

/** `report attendance`: per person and per municipality, from minutes (agendas only invite). */
export function attendanceReport(archive: Archive, options: ReportOptions): Report {
  const a = attendance(archive, options);
  const c = W.columns;
  return {
    kind: 'attendance',
    title: W.title,
    tables: [
      {
        title: W.people,
        columns: [
          col('name', c.name),
          col('party', c.party),
          col('place', c.place),
          col('attended', c.attended, 'number'),
          col('absent', c.absent, 'number'),
          col('substituteFor', c.substituteFor),
          col('roles', c.roles, 'text', CODES.role),
        ],
        rows: a.people.map((p) => ({
          name: p.name,
          party: p.party ?? null,
          place: p.place ?? null,
          attended: p.attended,
          absent: p.absent,
          substituteFor: p.substituteFor.join(', ') || null,
          roles: p.roles.join(', '),
        })),
      },
      {
        title: W.places,
        columns: [
          col('place', c.place),
          col('meetings', c.meetings, 'number'),
          col('attended', c.attendedTimes, 'number'),
          col('absent', c.absent, 'number'),
        ],
        rows: a.places.map((p) => ({ ...p })),
      },
    ],
    notes: [W.counted(a.minutes, a.undated)],
  };
}
