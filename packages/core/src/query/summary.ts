import type { Archive } from '../archive/archive.js';
import type { ScheduleStatus } from '../model/schedule.js';
import { type AssignmentStanding, listAssignments } from './assignments.js';

/** One body in an {@link ArchiveSummary}. */
export interface BodySummary {
  id: string;
  name: string;
  /** Minutes (and extracts) and agendas per year, oldest year first. */
  years: { year: number; minutes: number; agendas: number }[];
  /** Records whose date is unknown. */
  undated: number;
  /** Years with a schedule, and whether it is decided, only proposed, or the body's published plan. */
  schedules: { year: number; status: ScheduleStatus; meetings: number }[];
  programmes: number;
}

/** An archive at a glance: each body's meetings per year, and the assignments still open. */
export interface ArchiveSummary {
  bodies: BodySummary[];
  meetings: number;
  paragraphs: number;
  decisions: number;
  /** Assignments not reported back as of the day asked, those due first (see `listAssignments`). */
  openAssignments: readonly AssignmentStanding[];
}

/** Summarises an archive as of `today`: counts per body and year, and the assignments still open. */
export function summarizeArchive(archive: Archive, today?: string): ArchiveSummary {
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
      if (meeting.kind === 'agenda') row.agendas++;
      else row.minutes++;
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
  return {
    bodies,
    meetings: archive.meetings.length,
    paragraphs: archive.paragraphs.length,
    decisions: archive.decisions.length,
    openAssignments: listAssignments(archive, { status: 'open' }, today).assignments,
  };
}
