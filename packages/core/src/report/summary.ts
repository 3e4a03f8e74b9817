import type { Archive, AssignmentRef } from '../archive/archive.js';
import type { ScheduleStatus } from '../model/schedule.js';
import { dueSortKey as dueKey } from '../view/assignments.js';

/** One body in an {@link ArchiveSummary}. */
export interface BodySummary {
  id: string;
  name: string;
  /** Minutes and agendas per year, oldest year first. */
  years: { year: number; minutes: number; agendas: number }[];
  /** Records whose date is unknown. */
  undated: number;
  /** Years with a schedule, and whether it is decided, only proposed, or the body's published plan. */
  schedules: { year: number; status: ScheduleStatus; meetings: number }[];
  programmes: number;
}

/** What `sammantrade show` prints: each body's meetings per year, and the open assignments. */
export interface ArchiveSummary {
  bodies: BodySummary[];
  meetings: number;
  paragraphs: number;
  decisions: number;
  /** Assignments not yet reported back, those with a due date first, earliest first. */
  openAssignments: AssignmentRef[];
}

/** Summarises an archive: counts per body and year, and the assignments still open. */
export function summarizeArchive(archive: Archive): ArchiveSummary {
  const bodies = archive.bodies.map((body): BodySummary => {
    const years = new Map<number, { year: number; minutes: number; agendas: number }>();
    let undated = 0;
    for (const meeting of archive.meetingsOf(body.id)) {
      if (!meeting.date) {
        undated++;
        continue;
      }
      const year = Number(meeting.date.slice(0, 4));
      const row = years.get(year) ?? { year, minutes: 0, agendas: 0 };
      if (meeting.kind === 'minutes') row.minutes++;
      else row.agendas++;
      years.set(year, row);
    }
    return {
      id: body.id,
      name: body.name,
      years: [...years.values()].sort((a, b) => a.year - b.year),
      undated,
      schedules: archive.schedules
        .filter((s) => s.body === body.id)
        .map((s) => ({ year: s.year, status: s.status, meetings: s.meetings.length })),
      programmes: archive.programmes.filter((p) => p.body === body.id).length,
    };
  });
  const openAssignments = archive.assignments
    .filter((a) => a.assignment.status === 'open')
    .sort((a, b) =>
      dueKey(a.assignment.due) < dueKey(b.assignment.due)
        ? -1
        : dueKey(a.assignment.due) > dueKey(b.assignment.due)
          ? 1
          : 0,
    );
  return {
    bodies,
    meetings: archive.meetings.length,
    paragraphs: archive.paragraphs.length,
    decisions: archive.decisions.length,
    openAssignments,
  };
}
