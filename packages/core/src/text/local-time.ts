import { DateTime } from 'luxon';
import { STOCKHOLM } from '../model/primitives.js';

/**
 * What is odd about a local Stockholm time on one day: `gap` when the clocks skip it (02:00–02:59 on the
 * last Sunday of March), `overlap` when it happens twice (02:00–02:59 on the last Sunday of October).
 * Undefined for an ordinary time.
 */
export type LocalTimeProblem = 'gap' | 'overlap';

/** Checks `time` (HH:MM) on `date` (YYYY-MM-DD) in Europe/Stockholm. */
export function localTimeProblem(date: string, time: string): LocalTimeProblem | undefined {
  const [hour, minute] = time.split(':').map(Number);
  // Stockholm's clocks change at 02:00 and 03:00 local time; no other hour can be odd, and asking
  // luxon for a zone offset is costly enough to matter on an archive of thousands of meetings.
  if (hour !== 2) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const at = DateTime.fromObject({ year, month, day, hour, minute }, { zone: STOCKHOLM });
  if (!at.isValid) return undefined;
  // luxon moves a time in the gap forward: the wall clock it gives is not the one asked for.
  if (at.hour !== hour || at.minute !== minute) return 'gap';
  // A time that exists twice has two offsets an hour apart.
  const earlier = at.minus({ hours: 1 });
  const later = at.plus({ hours: 1 });
  if (
    (earlier.hour === hour && earlier.minute === minute && earlier.day === day) ||
    (later.hour === hour && later.minute === minute && later.day === day)
  )
    return 'overlap';
  return undefined;
}
