import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import type { Meeting, NextMeeting } from '../model/meeting.js';
import type { PlannedMeeting, Schedule } from '../model/schedule.js';
import { meetingDays } from './meeting-days.js';

/**
 * One dated meeting on a timeline, from the best source there is: the meeting's own record, else
 * the body's schedule, else a record's announcement of the next meeting.
 */
export type TimelineEntry =
  | { readonly source: 'record'; readonly body: Body; readonly date: string; readonly meeting: Meeting }
  | {
      readonly source: 'schedule';
      readonly body: Body;
      readonly date: string;
      readonly planned: PlannedMeeting;
      readonly schedule: Schedule;
      /** Only a proposed schedule speaks of it: not decided. */
      readonly proposed: boolean;
    }
  | {
      readonly source: 'announcement';
      readonly body: Body;
      readonly date: string;
      readonly next: NextMeeting;
      /** The meeting whose record announced it. */
      readonly announcedIn: Meeting;
    };

/** Meetings to come and meetings held, as of one day. */
export interface Timeline {
  /** From today on, soonest first. */
  upcoming: TimelineEntry[];
  /** Before today, latest first. */
  recent: TimelineEntry[];
}

/** Options for {@link meetingTimeline}. */
export interface TimelineOptions {
  /** At most this many entries in each list (default 10). */
  limit?: number;
  /** Only this body. */
  body?: string;
}

/**
 * The upcoming and recent meetings of an archive on `today` (`YYYY-MM-DD`). A meeting counts once: a
 * record wins over a schedule entry, which wins over an announcement. Undated meetings are
 * left out, since they belong to neither list; year-less announced dates ("19 januari") too.
 */
export function meetingTimeline(archive: Archive, today: string, options: TimelineOptions = {}): Timeline {
  const limit = options.limit ?? 10;
  const entries = meetingDays(archive, options.body === undefined ? {} : { bodyId: options.body }).map(
    (day): TimelineEntry => {
      const { body, date } = day;
      if (day.meeting) return { source: 'record', body, date, meeting: day.meeting };
      if (day.planned && day.schedule)
        return { source: 'schedule', body, date, planned: day.planned, schedule: day.schedule, proposed: day.proposed };
      return { source: 'announcement', body, date, next: day.next ?? {}, announcedIn: day.announcedBy as Meeting };
    },
  );
  const byDate = (a: TimelineEntry, b: TimelineEntry) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.body.name.localeCompare(b.body.name, 'sv');
  const upcoming = entries.filter((e) => e.date >= today).sort(byDate);
  const recent = entries.filter((e) => e.date < today).sort((a, b) => byDate(b, a));
  return { upcoming: upcoming.slice(0, limit), recent: recent.slice(0, limit) };
}
