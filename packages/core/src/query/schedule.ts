import type { Archive } from '../archive/archive.js';
import { weekdayOf } from '../model/primitives.js';
import { swedishHoliday } from '../rules/holidays.js';
import { localTimeProblem } from '../text/local-time.js';
import { SCHEDULE_PHRASES as P } from '../text/phrases.js';
import type { Label } from '../text/words.js';
import { type MeetingDay, type MeetingDayFilter, meetingDays } from './meeting-days.js';

/** A meeting day with what is odd about it. */
export interface ScheduledMeeting extends MeetingDay {
  /**
   * Warnings: a weekday the body's rule (in force that day) does not meet on, a public holiday, a weekday
   * the record wrote that is not the date's, a time that does not exist or exists twice on a night the
   * clocks change.
   */
  readonly warnings: readonly Label[];
}

/** What is odd about one meeting day; empty when nothing is. */
export function meetingWarnings(day: MeetingDay): Label[] {
  const warnings: Label[] = [];
  const weekday = weekdayOf(day.date);
  const rule = day.body.rules.weekdays;
  // A rule applies from the day it was decided; one without that day is still worth a warning.
  if (rule && !rule.days.includes(weekday) && !(rule.since && rule.since > day.date))
    warnings.push(P.weekdayRule(weekday, rule));
  const holiday = swedishHoliday(day.date);
  if (holiday) warnings.push(P.holiday(holiday.name));
  if (day.statedWeekday && day.statedWeekday !== weekday)
    warnings.push(P.statedWeekday(day.date, day.statedWeekday, weekday));
  for (const time of [day.start, day.end]) {
    const problem = time ? localTimeProblem(day.date, time) : undefined;
    if (problem && time) warnings.push(problem === 'gap' ? P.gap(day.date, time) : P.overlap(day.date, time));
  }
  return warnings;
}

/** The meetings of an archive (see {@link meetingDays}), each with its warnings. */
export function meetingSchedule(archive: Archive, filter: MeetingDayFilter = {}): ScheduledMeeting[] {
  return meetingDays(archive, filter).map((day) => ({ ...day, warnings: meetingWarnings(day) }));
}
