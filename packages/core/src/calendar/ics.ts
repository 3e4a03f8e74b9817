import ical, { escape as escapeText, ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator';
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
 * The iCalendar text of events already rendered, keyed by the event they were rendered from (a
 * `Map` will do); see {@link renderICalendar}.
 */
export type RenderedEvents = Pick<Map<string, string>, 'get' | 'set'>;

/** Where ical-generator writes an event alone, with the same zone settings as every calendar. */
const scratch = ical({ timezone: { name: null, generator: (zone: string) => vtimezone(zone) } });

/**
 * Folds lines longer than 75 octets (RFC 5545 3.1) exactly as ical-generator does, without its
 * per-character TextEncoder: a line keeps at most 74 octets, a continuation a space and 74 more. The
 * result is one flat string made from slices (a string grown a character at a time is a rope that
 * every later join of the feed walks again, character by character).
 */
function fold(text: string): string {
  const out: string[] = [];
  let from = 0;
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      octets = 0;
      continue;
    }
    let size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    if (pair) size = 4;
    octets += size;
    if (octets > 74) {
      out.push(text.slice(from, i), '\r\n ');
      from = i;
      octets = size;
    }
    if (pair) i++;
  }
  out.push(text.slice(from));
  return out.join('');
}

let zoneText: string | undefined;
/** The VTIMEZONE of Europe/Stockholm as ical-generator writes it, folded, with its line break. */
function stockholmZone(): string {
  zoneText ??= fold(`${(vtimezone(STOCKHOLM) ?? '').replace(/\r?\n/g, '\r\n').trim()}\r\n`);
  return zoneText;
}

/** The key of an event's text: its whole content, worked out once per event object (it is in several feeds). */
const keys = new WeakMap<RevisedEvent, string>();
function keyOf(event: RevisedEvent): string {
  let key = keys.get(event);
  if (key === undefined) {
    key = JSON.stringify(event);
    keys.set(event, key);
  }
  return key;
}

/** One event's VEVENT, folded, rendered once per content: `rendered` keeps it for the next feed. */
function eventText(event: RevisedEvent, rendered?: RenderedEvents): string {
  const key = rendered ? keyOf(event) : '';
  const known = rendered?.get(key);
  if (known !== undefined) {
    rendered?.set(key, known); // kept for the next build too
    return known;
  }
  const fixes: Fix[] = [];
  let unfolded = scratch.createEvent(eventData(event, fixes)).toString();
  scratch.clear();
  for (const fix of fixes) unfolded = unfolded.replace(`${fix.from}\r\n`, `${fix.to}\r\n`);
  const text = fold(unfolded);
  rendered?.set(key, text);
  return text;
}

const STATUS = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/** What ical-generator needs of an event; a stated time the library would move goes into `fixes`. */
function eventData(event: RevisedEvent, fixes: Fix[]): ICalEventData {
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
    const start = local(event.date, event.start, 'DTSTART', fixes);
    // Without a stated end there is no DTEND: the event is a point in time (RFC 5545 3.6.1), and the
    // description says the records give no end. An invented hour would look like a fact.
    const end = event.end ? local(event.date, event.end, 'DTEND', fixes) : undefined;
    return { ...common, start, ...(end ? { end } : {}), timezone: STOCKHOLM };
  }
  // All-day: VALUE=DATE with an exclusive end.
  return { ...common, start: day, end: day.plus({ days: 1 }), allDay: true, timezone: STOCKHOLM };
}

/** A property line to write as the record states it, where the library would have moved the time. */
interface Fix {
  from: string;
  to: string;
}

const stampOf = (dt: DateTime) => dt.toFormat("yyyyLLdd'T'HHmmss");

/**
 * A local Stockholm time as luxon gives it. A time the clocks skip (02:30 on the last Sunday of March)
 * luxon moves an hour on; the record's time is noted so the feed can keep it as stated (RFC 5545 3.3.5
 * leaves a client to read it as the moment the gap ends, which is what the event's warning says).
 */
function local(date: string, time: string, property: string, fixes: Fix[]): DateTime {
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: STOCKHOLM });
  const stated = `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
  if (stampOf(dt) !== stated)
    fixes.push({ from: `${property};TZID=${STOCKHOLM}:${stampOf(dt)}`, to: `${property};TZID=${STOCKHOLM}:${stated}` });
  return dt;
}

/**
 * Serialises events to an iCalendar feed that Outlook, Google and Apple read alike: one VTIMEZONE for
 * Europe/Stockholm with yearly rules, every timed event as DTSTART;TZID=Europe/Stockholm, DTSTAMP in
 * UTC from the data (never "now"), METHOD:PUBLISH, CRLF lines folded at 75 octets. Pass the same
 * `rendered` map to feeds that share events (and to the next build) and each event is rendered once.
 */
export function renderICalendar(
  events: readonly RevisedEvent[],
  options: ICalendarOptions,
  rendered?: RenderedEvents,
): string {
  return assembleICalendar(
    events.map((event) => eventText(event, rendered)),
    options,
  );
}

/**
 * The iCalendar text of each event (as {@link renderICalendar} puts them in a feed), rendered once per
 * content with `rendered`: an event that did not change gives the very string it gave before.
 * @internal for renderFeeds.
 */
export function eventTexts(events: readonly RevisedEvent[], rendered: RenderedEvents): string[] {
  return events.map((event) => eventText(event, rendered));
}

/** A feed's text around its events' texts: `head`, the events, `tail`; or `empty` when it has none. */
export interface CalendarFrame {
  readonly head: string;
  readonly tail: string;
  readonly empty: string;
}

/**
 * The text around a feed's events (see {@link CalendarFrame}), so a feed can be kept as pieces and
 * only the pieces that changed made again.
 * @internal for renderFeeds.
 */
export function calendarFrame(options: ICalendarOptions): CalendarFrame {
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

  const shell = calendar.toString();
  // ical-generator writes the VTIMEZONE its events need before REFRESH-INTERVAL, and the events
  // before the calendar's X- properties. Both are put in here, each rendered once: rendering every
  // feed whole costs ical-generator a TextEncoder call per character.
  const zone = shell.indexOf('REFRESH-INTERVAL');
  const tail = shell.lastIndexOf(`X-WR-TIMEZONE:${STOCKHOLM}`);
  return {
    head: `${shell.slice(0, zone)}${stockholmZone()}${shell.slice(zone, tail)}`,
    tail: `${shell.slice(tail)}\r\n`,
    empty: `${shell}\r\n`,
  };
}

/**
 * A feed around events already rendered by {@link eventTexts}.
 * @internal for renderFeeds.
 */
export function assembleICalendar(texts: readonly string[], options: ICalendarOptions): string {
  const frame = calendarFrame(options);
  return texts.length === 0 ? frame.empty : `${frame.head}${texts.join('')}${frame.tail}`;
}
