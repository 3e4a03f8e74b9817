import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import type { Meeting, MeetingStatus, NextMeeting } from '../model/meeting.js';
import { isIsoDate, type Weekday } from '../model/primitives.js';
import type { PlannedMeeting, Schedule } from '../model/schedule.js';

/**
 * One day a body meets, with every record that speaks of it: the minutes or agenda, the yearly
 * schedule, the "next meeting" announced in earlier minutes. Facts come from the first record that
 * states them, in that order.
 */
export interface MeetingDay {
  body: Body;
  date: string;
  meeting?: Meeting;
  planned?: PlannedMeeting;
  /** The schedule `planned` belongs to. */
  schedule?: Schedule;
  scheduleYear?: number;
  announcedBy?: Meeting;
  /** What `announcedBy` says of this meeting. */
  next?: NextMeeting;
  start?: string;
  end?: string;
  location?: string;
  host?: string;
  note?: string;
  status?: MeetingStatus;
  /** The weekday the schedule wrote beside the date, for checking. */
  statedWeekday?: Weekday;
}

/** Filters for {@link meetingDays}. */
export interface MeetingDayFilter {
  bodyId?: string;
  year?: number;
  from?: string;
  to?: string;
}

/**
 * Every known meeting day of an archive, merged so that the same meeting found in several records
 * is one day, sorted by date. Records without a date have no day and are left out.
 */
export function meetingDays(archive: Archive, filter: MeetingDayFilter = {}): MeetingDay[] {
  const days = new Map<string, MeetingDay>();
  const see = (body: Body, date: string, facts: Partial<MeetingDay>) => {
    if (filter.year !== undefined && !date.startsWith(`${filter.year}-`)) return;
    if ((filter.from && date < filter.from) || (filter.to && date > filter.to)) return;
    const key = `${body.id}|${date}`;
    const known = days.get(key) ?? { body, date };
    // Earlier sources have priority: only fill what is still missing.
    for (const [field, value] of Object.entries(facts)) {
      const record = known as unknown as Record<string, unknown>;
      if (value !== undefined && record[field] === undefined) record[field] = value;
    }
    days.set(key, known);
  };
  for (const body of archive.bodies) {
    if (filter.bodyId !== undefined && body.id !== filter.bodyId) continue;
    const meetings = archive.meetingsOf(body.id);
    for (const meeting of meetings) {
      if (!meeting.date) continue;
      see(body, meeting.date, {
        meeting,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location ?? (meeting.attendance === 'online' ? 'Digitalt' : undefined),
        status: meeting.status,
      });
    }
    for (const schedule of archive.schedules) {
      if (schedule.body !== body.id) continue;
      for (const planned of schedule.meetings) {
        see(body, planned.date, {
          planned,
          schedule,
          scheduleYear: schedule.year,
          start: planned.start,
          end: planned.end,
          location: planned.location,
          host: planned.host,
          note: planned.note,
          status: planned.status,
          statedWeekday: planned.statedWeekday,
        });
      }
    }
    for (const meeting of meetings) {
      const next = meeting.nextMeeting;
      if (!next?.date || !isIsoDate(next.date)) continue; // "19 januari" without a year: no day to put it on
      see(body, next.date, {
        announcedBy: meeting,
        next,
        start: next.start,
        end: next.end,
        location: next.location ?? (next.attendance === 'online' ? 'Digitalt' : undefined),
        host: next.host,
        status: 'planned',
      });
    }
  }
  return [...days.values()].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.body.id.localeCompare(b.body.id),
  );
}
