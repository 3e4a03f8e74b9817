import ical, { escape as escapeText, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { STOCKHOLM } from '../model/primitives.js';
import { stripControlChars } from '../text/control.js';
import type { RevisedEvent } from './revisions.js';
import { vtimezone } from './vtimezone.js';

/** The calendar around the events. */
export interface ICalendarOptions {
  /** Shown as the calendar's name; Outlook uses X-WR-CALNAME for the folder name. */
  name: string;
  description?: string;
  /** How often clients should refresh, in seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). Default 6 hours. */
  refreshSeconds?: number;
}

const PRODID = { company: 'Sammanträde', product: 'Sammanträde', language: 'SV' };

/**
 * A TEXT value: no control characters (RFC 5545 forbids them, and libical rejects a whole calendar
 * over one NUL); ical-generator escapes the line breaks that stay.
 */
const text = (value: string): string => stripControlChars(value);
/** One line of text: no newlines, which would break the calendar's structure where nothing escapes them. */
const oneLine = (value: string): string =>
  text(value)
    .replace(/[\r\n]+/g, ' ')
    .trim();

/**
 * Serialises events to an iCalendar feed that Outlook, Google and Apple read alike: one VTIMEZONE for
 * Europe/Stockholm with yearly rules, every timed event as DTSTART;TZID=Europe/Stockholm, DTSTAMP in
 * UTC from the data (never "now"), METHOD:PUBLISH, CRLF lines folded at 75 octets.
 */
export function renderICalendar(events: readonly RevisedEvent[], options: ICalendarOptions): string {
  const calendar = ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator escapes event text but not the calendar's name and description.
    name: escapeText(oneLine(options.name), false),
    ...(options.description ? { description: escapeText(oneLine(options.description), false) } : {}),
    // A zone generator without a calendar-level name: a named calendar zone would make
    // ical-generator write floating times, a DTSTAMP without Z and a non-standard TIMEZONE-ID.
    timezone: { name: null, generator: (zone: string) => vtimezone(zone) },
    ttl: options.refreshSeconds ?? 6 * 60 * 60,
  });
  calendar.x('X-WR-TIMEZONE', STOCKHOLM);

  const fixes: Fix[] = [];
  for (const event of events) {
    const day = DateTime.fromISO(event.date, { zone: STOCKHOLM });
    const stamp = DateTime.fromISO(event.lastModified, { zone: 'utc' });
    const common = {
      id: event.uid,
      sequence: event.sequence,
      stamp,
      lastModified: stamp,
      summary: text(event.summary),
      description: text(event.description),
      ...(event.location ? { location: text(event.location) } : {}),
      ...(event.url ? { url: event.url } : {}),
      status: STATUS[event.status],
    };
    if (event.start) {
      const start = local(event.date, event.start, event.uid, 'DTSTART', fixes);
      // Without a stated end there is no DTEND: the event is a point in time (RFC 5545 3.6.1), and the
      // description says the records give no end. An invented hour would look like a fact.
      const end = event.end ? local(event.date, event.end, event.uid, 'DTEND', fixes) : undefined;
      calendar.createEvent({ ...common, start, ...(end ? { end } : {}), timezone: STOCKHOLM });
    } else {
      // All-day: VALUE=DATE with an exclusive end.
      calendar.createEvent({ ...common, start: day, end: day.plus({ days: 1 }), allDay: true, timezone: STOCKHOLM });
    }
  }
  return `${restoreStatedTimes(calendar.toString(), fixes)}\r\n`;
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** A property line to write as the record states it, where the library would have moved the time. */
interface Fix {
  uid: string;
  from: string;
  to: string;
}

const stamp = (dt: DateTime) => dt.toFormat("yyyyLLdd'T'HHmmss");

/**
 * A local Stockholm time as luxon gives it. A time the clocks skip (02:30 on the last Sunday of March)
 * luxon moves an hour on; the record's time is noted so the feed can keep it as stated (RFC 5545 3.3.5
 * leaves a client to read it as the moment the gap ends, which is what the event's warning says).
 */
function local(date: string, time: string, uid: string, property: string, fixes: Fix[]): DateTime {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: STOCKHOLM });
  const stated = `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
  if (stamp(dt) !== stated)
    fixes.push({
      uid,
      from: `${property};TZID=${STOCKHOLM}:${stamp(dt)}`,
      to: `${property};TZID=${STOCKHOLM}:${stated}`,
    });
  return dt;
}

/** Puts the stated times back into the events they belong to. */
function restoreStatedTimes(text: string, fixes: readonly Fix[]): string {
  if (fixes.length === 0) return text;
  return text
    .split('BEGIN:VEVENT\r\n')
    .map((part) => {
      const uid = /^UID:(.*(?:\r\n .*)*)\r\n/m.exec(part)?.[1]?.replace(/\r\n /g, '');
      let out = part;
      for (const fix of fixes) if (fix.uid === uid) out = out.replace(`${fix.from}\r\n`, `${fix.to}\r\n`);
      return out;
    })
    .join('BEGIN:VEVENT\r\n');
}
