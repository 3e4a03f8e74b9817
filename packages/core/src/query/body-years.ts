import type { Archive } from '../archive/archive.js';
import type { Meeting } from '../model/meeting.js';
import type { PlannedMeeting, Schedule } from '../model/schedule.js';

/** A planned meeting of a schedule, with the record of it when the archive has one. */
export interface PlannedWithRecord {
  readonly planned: PlannedMeeting;
  readonly meetings: readonly Meeting[];
}

/** One year of a body: its recorded meetings and its schedule. */
export interface BodyYear {
  readonly year: number;
  /** Oldest first. */
  readonly meetings: readonly Meeting[];
  readonly schedule?: Schedule;
  /** The schedule's meetings, each with the records made on its date. Empty without a schedule. */
  readonly planned: readonly PlannedWithRecord[];
}

/** A body's meetings arranged by year, for its page. */
export interface BodyYears {
  /** Newest year first; a year appears when it has meetings or a schedule. */
  readonly years: readonly BodyYear[];
  /** Meetings whose date the record does not state, by § range. */
  readonly undated: readonly Meeting[];
}

/** The meetings and schedules of one body, year by year. */
export function bodyYears(archive: Archive, bodyId: string): BodyYears {
  const byYear = new Map<number, Meeting[]>();
  const undated: Meeting[] = [];
  for (const meeting of archive.meetingsOf(bodyId)) {
    if (!meeting.date) {
      undated.push(meeting);
      continue;
    }
    const year = Number(meeting.date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push(meeting);
    byYear.set(year, list);
  }
  const schedules = archive.schedules.filter((s) => s.body === bodyId);
  const yearNumbers = new Set<number>([...byYear.keys(), ...schedules.map((s) => s.year)]);
  const years = [...yearNumbers]
    .sort((a, b) => b - a)
    .map((year): BodyYear => {
      const meetings = byYear.get(year) ?? [];
      const schedule = schedules.find((s) => s.year === year);
      const planned = (schedule?.meetings ?? []).map((p) => ({
        planned: p,
        meetings: meetings.filter((m) => m.date === p.date),
      }));
      return schedule ? { year, meetings, schedule, planned } : { year, meetings, planned };
    });
  return { years, undated };
}
