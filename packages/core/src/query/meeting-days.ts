import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import type { Meeting, MeetingStatus, NextMeeting } from '../model/meeting.js';
import { isIsoDate, type Weekday } from '../model/primitives.js';
import type { PlannedMeeting, Schedule } from '../model/schedule.js';

/**
 * One meeting of a body, with every record that speaks of it: its minutes (or extract) and agenda, the
 * yearly schedule, the "next meeting" announced in earlier minutes. Facts come from the first record that
 * states them, in that order. A body may meet twice on one day: two records with different start times
 * are two meetings.
 */
export interface MeetingDay {
  body: Body;
  date: string;
  /** The record that speaks for the meeting: minutes before an extract before an agenda. */
  meeting?: Meeting;
  /** Every record of this meeting (an agenda and its minutes). */
  records: Meeting[];
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
  /** The weekday a record wrote beside the date, for checking. */
  statedWeekday?: Weekday;
  /**
   * True when nothing but a proposed schedule (an agenda's "Förslag till beslut") speaks of the meeting:
   * it is not decided until minutes decide the schedule or record the meeting.
   */
  proposed: boolean;
  /**
   * The meeting's identity within the archive, stable across runs: the date and the body
   * ("2023-10-11-radet"), and when the body meets more than once that day the start time or else the
   * record's id ("2024-05-06T1300-radet").
   */
  key: string;
}

/** Filters for {@link meetingDays}. */
export interface MeetingDayFilter {
  bodyId?: string;
  year?: number;
  from?: string;
  to?: string;
}

const RANK: Readonly<Record<Meeting['kind'], number>> = { minutes: 0, extract: 1, agenda: 2 };

type Facts = Partial<Omit<MeetingDay, 'body' | 'date' | 'records' | 'proposed' | 'key'>>;

/** Fills what the day does not know yet: earlier sources have priority. */
function fill(day: MeetingDay, facts: Facts): void {
  const record = day as unknown as Record<string, unknown>;
  for (const [field, value] of Object.entries(facts))
    if (value !== undefined && record[field] === undefined) record[field] = value;
}

/** Two sources can speak of one meeting when their start times agree, or one of them gives none. */
const sameTime = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;

/**
 * Every known meeting of an archive, merged so that the same meeting found in several records is one,
 * sorted by date and time. Records without a date have no day and are left out.
 */
export function meetingDays(archive: Archive, filter: MeetingDayFilter = {}): MeetingDay[] {
  const out: MeetingDay[] = [];
  const wanted = (date: string) =>
    (filter.year === undefined || date.startsWith(`${filter.year}-`)) &&
    !(filter.from && date < filter.from) &&
    !(filter.to && date > filter.to);
  for (const body of archive.bodies) {
    if (filter.bodyId !== undefined && body.id !== filter.bodyId) continue;
    const days = new Map<string, MeetingDay[]>();
    const find = (date: string, start: string | undefined, accept: (d: MeetingDay) => boolean) =>
      (days.get(date) ?? []).find((d) => sameTime(d.start, start) && accept(d));
    const add = (date: string): MeetingDay => {
      const day: MeetingDay = { body, date, records: [], proposed: false, key: '' };
      days.set(date, [...(days.get(date) ?? []), day]);
      return day;
    };
    const meetings = archive.meetingsOf(body.id);
    const records = meetings
      .filter((m) => m.date && wanted(m.date))
      .sort((a, b) => RANK[a.kind] - RANK[b.kind] || (a.start ?? '').localeCompare(b.start ?? ''));
    for (const meeting of records) {
      const date = meeting.date as string;
      // An agenda and its minutes are one meeting; two sets of minutes on one day are two.
      const day = find(date, meeting.start, (d) => !d.records.some((r) => r.kind === meeting.kind)) ?? add(date);
      day.records.push(meeting);
      fill(day, {
        meeting,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location ?? (meeting.attendance === 'online' ? 'Digitalt' : undefined),
        status: meeting.status,
        statedWeekday: meeting.statedWeekday,
      });
    }
    for (const schedule of archive.schedules) {
      if (schedule.body !== body.id) continue;
      for (const planned of schedule.meetings) {
        if (!wanted(planned.date)) continue;
        const day = find(planned.date, planned.start, (d) => !d.planned) ?? add(planned.date);
        if (!day.meeting && schedule.status === 'proposed') day.proposed = true;
        fill(day, {
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
      // "19 januari" without a year: no day to put it on.
      if (!next?.date || !isIsoDate(next.date) || !wanted(next.date)) continue;
      const day = find(next.date, next.start, (d) => !d.announcedBy) ?? add(next.date);
      // An announcement in held minutes is the body's own word, more than a proposal.
      if (day.proposed && !day.meeting) day.proposed = false;
      fill(day, {
        announcedBy: meeting,
        next,
        start: next.start,
        end: next.end,
        location: next.location ?? (next.attendance === 'online' ? 'Digitalt' : undefined),
        host: next.host,
        status: 'planned',
      });
    }
    for (const list of days.values()) {
      for (const day of list) {
        // One meeting that day: the body and the date say which, and stay the same when its time or
        // its source (schedule, then minutes) changes. Several: the start time, or the record's id.
        const id = day.meeting && day.meeting.id !== day.date ? `-${day.meeting.id}` : '';
        const which = list.length === 1 ? '' : day.start ? `T${day.start.replace(':', '')}` : id;
        day.key = `${day.date}${which}-${body.id}`;
      }
      // Two meetings whose records give neither time nor distinct ids still get distinct keys.
      const seen = new Map<string, number>();
      for (const day of list) {
        const n = seen.get(day.key) ?? 0;
        seen.set(day.key, n + 1);
        if (n > 0) day.key = `${day.key}-${n + 1}`;
      }
      out.push(...list);
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.body.id.localeCompare(b.body.id) ||
      a.key.localeCompare(b.key),
  );
}
