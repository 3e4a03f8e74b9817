import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { vtimezone } from '../../src/calendar/vtimezone.js';

/** The VTIMEZONE as a calendar program sees it: ical.js reads it and answers offsets from its rules. */
function icalZone(zone: string): ICAL.Timezone {
  const text = vtimezone(zone);
  if (!text) throw new Error(`no zone ${zone}`);
  const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\n${text}\nEND:VCALENDAR`));
  return new ICAL.Timezone(component.getFirstSubcomponent('vtimezone') as ICAL.Component);
}

/** The offset ical.js gives a local wall time, in minutes. */
function icalOffset(tz: ICAL.Timezone, local: DateTime): number {
  const time = new ICAL.Time({
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: 0,
    isDate: false,
  });
  return tz.utcOffset(time) / 60;
}

describe('vtimezone', () => {
  it('writes Europe/Stockholm as the last Sundays of March and October', () => {
    expect(vtimezone('Europe/Stockholm')).toMatchInlineSnapshot(`
      "BEGIN:VTIMEZONE
      TZID:Europe/Stockholm
      X-LIC-LOCATION:Europe/Stockholm
      BEGIN:DAYLIGHT
      TZOFFSETFROM:+0100
      TZOFFSETTO:+0200
      TZNAME:CEST
      DTSTART:19700329T020000
      RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
      END:DAYLIGHT
      BEGIN:STANDARD
      TZOFFSETFROM:+0200
      TZOFFSETTO:+0100
      TZNAME:CET
      DTSTART:19701025T030000
      RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
      END:STANDARD
      END:VTIMEZONE"
    `);
  });

  it('gives a calendar program the offsets luxon gives, every day from 1996 to 2037 and around each change', () => {
    const tz = icalZone('Europe/Stockholm');
    const misses: string[] = [];
    for (
      let d = DateTime.fromISO('1996-01-01T12:00', { zone: 'Europe/Stockholm' });
      d.year < 2038;
      d = d.plus({ days: 1 })
    ) {
      if (icalOffset(tz, d) !== d.offset) misses.push(d.toISO() ?? '');
    }
    expect(misses).toEqual([]);
    // The hour before and after each change, where a wrong rule would show first.
    for (const year of [2024, 2025, 2030]) {
      for (const iso of [`${year}-03-01T01:30`, `${year}-10-01T01:30`, `${year}-10-01T04:00`]) {
        const month = DateTime.fromISO(iso, { zone: 'Europe/Stockholm' });
        const sunday = month.endOf('month').startOf('day');
        const last = sunday.minus({ days: sunday.weekday % 7 }).set({ hour: month.hour, minute: month.minute });
        expect(icalOffset(tz, last), last.toISO() ?? '').toBe(last.offset);
      }
    }
  });

  it('writes a zone without daylight saving as one observance, and nothing for an unknown zone', () => {
    expect(vtimezone('Asia/Tokyo')).toContain('TZOFFSETTO:+0900');
    expect(vtimezone('Asia/Tokyo')).not.toContain('DAYLIGHT');
    expect(vtimezone('Nowhere/Atlantis')).toBeNull();
  });
});
