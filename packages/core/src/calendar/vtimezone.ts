import { DateTime } from 'luxon';

/**
 * A VTIMEZONE (RFC 5545 3.6.5) for an IANA zone, derived from the zone's current rules through luxon
 * (the platform's Intl time-zone data, in Node and in browsers alike): the daylight-saving changes of
 * a reference year, each written as a yearly rule ("last Sunday of March at 02:00"). Outlook needs the
 * component to place the events' local times; the events themselves carry TZID=Europe/Stockholm.
 */

/** One change of offset: the local wall time it happens at (in the offset before it) and the offsets. */
interface Transition {
  /** The instant, in UTC milliseconds. */
  readonly at: number;
  readonly local: DateTime;
  readonly from: number;
  readonly to: number;
}

const HOUR = 3_600_000;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function offsetAt(zone: string, millis: number): number {
  return DateTime.fromMillis(millis, { zone }).offset;
}

/** The offset changes of `year` in `zone`, found hour by hour and then to the minute. */
function transitions(zone: string, year: number): Transition[] {
  const out: Transition[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let before = offsetAt(zone, start);
  for (let t = start + HOUR; t <= end; t += HOUR) {
    const now = offsetAt(zone, t);
    if (now === before) continue;
    let lo = t - HOUR;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    const local = DateTime.fromMillis(hi, { zone: 'utc' }).plus({ minutes: before });
    out.push({ at: hi, local, from: before, to: now });
    before = now;
  }
  return out;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');
const utcOffset = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
const stamp = (d: DateTime): string => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}T${pad(d.hour)}${pad(d.minute)}00`;

/** The zone's short name at an instant ("CEST"), when the platform knows one with letters. */
function zoneName(zone: string, millis: number): string | undefined {
  const name = DateTime.fromMillis(millis, { zone }).setLocale('en-GB').offsetNameShort;
  return name && /^[A-Z]{3,5}$/.test(name) ? name : undefined;
}

/** The first day in 1970 that the yearly rule of `t` picks: an RFC 5545 RRULE and that DTSTART. */
function rule(t: Transition): { rrule: string; first: DateTime } {
  const { month, day, weekday } = t.local;
  const daysInMonth = t.local.daysInMonth ?? 31;
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const byDay = `${nth}${DAYS[weekday - 1]}`;
  let first = DateTime.utc(1970, month, 1, t.local.hour, t.local.minute);
  const matches = (d: DateTime) =>
    d.weekday === weekday && (nth === -1 ? d.day + 7 > (d.daysInMonth ?? 31) : Math.ceil(d.day / 7) === nth);
  while (!matches(first)) first = first.plus({ days: 1 });
  return { rrule: `FREQ=YEARLY;BYMONTH=${month};BYDAY=${byDay}`, first };
}

function observance(zone: string, kind: 'DAYLIGHT' | 'STANDARD', t: Transition): string[] {
  const { rrule, first } = rule(t);
  const name = zoneName(zone, t.at);
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${utcOffset(t.from)}`,
    `TZOFFSETTO:${utcOffset(t.to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `DTSTART:${stamp(first)}`,
    `RRULE:${rrule}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE component of `zone` by its current rules (those of `referenceYear`, default 2025), as
 * CRLF-free lines joined with `\n` (ical-generator folds and ends lines itself). A zone without
 * daylight saving gets one STANDARD observance. Returns null for a zone luxon does not know.
 */
export function vtimezone(zone: string, referenceYear = 2025): string | null {
  if (!DateTime.local({ zone }).isValid) return null;
  const changes = transitions(zone, referenceYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (changes.length === 2) {
    for (const t of changes) lines.push(...observance(zone, t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t));
  } else {
    const offset = offsetAt(zone, Date.UTC(referenceYear, 0, 1));
    const name = zoneName(zone, Date.UTC(referenceYear, 0, 1));
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${utcOffset(offset)}`,
      `TZOFFSETTO:${utcOffset(offset)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\n');
}
