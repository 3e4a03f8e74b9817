import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { expect } from 'vitest';

/** A parsed event as a subscriber's calendar would see it. */
export interface SeenEvent {
  uid: string;
  summary: string;
  status: string | null;
  sequence: number;
  allDay: boolean;
  /** UTC instants (timed events) or the date (all-day). */
  start: string;
  end: string;
  location: string | null;
  description: string | null;
  url: string | null;
}

/**
 * Parses a feed with ical.js (Mozilla's parser, used by Thunderbird), registering its VTIMEZONEs so
 * local times convert to the right UTC instants, and returns the events.
 */
export function parseWithIcalJs(text: string): { calendar: ICAL.Component; events: SeenEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const allDay = event.startDate.isDate;
    const show = (t: ICAL.Time) => (allDay ? t.toString() : t.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      sequence: event.sequence,
      allDay,
      start: show(event.startDate),
      end: show(event.endDate),
      location: event.location ?? null,
      description: event.description ?? null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
    };
  });
  return { calendar, events };
}

/**
 * Asserts what the parsers do not check but Outlook, Google and Apple depend on: CRLF, folded lines
 * of at most 75 octets, every TZID defined, DTSTAMP in UTC, unique UIDs, no TIMEZONE-ID, no REQUEST.
 */
export function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const defined = new Set(unfolded.filter((l) => l.startsWith('TZID:')).map((l) => l.slice(5)));
  for (const line of unfolded) {
    const tzid = /;TZID=([^;:]+)/.exec(line)?.[1];
    if (tzid) expect(defined.has(tzid), `${tzid} has a VTIMEZONE`).toBe(true);
  }
  expect(defined.size).toBeLessThanOrEqual(1);
  for (const stamp of unfolded.filter((l) => l.startsWith('DTSTAMP'))) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  const uids = unfolded.filter((l) => l.startsWith('UID:'));
  expect(new Set(uids).size).toBe(uids.length);
  expect(unfolded.some((l) => l.startsWith('TIMEZONE-ID'))).toBe(false);
  expect(unfolded).not.toContain('METHOD:REQUEST');
  // Timed events carry a zone; none is floating.
  const inEvents = unfolded.filter(
    (_, i) => unfolded.lastIndexOf('BEGIN:VEVENT', i) > unfolded.lastIndexOf('END:VEVENT', i),
  );
  expect(inEvents.filter((l) => l.startsWith('DTSTART')).length).toBe(uids.length);
  for (const line of inEvents.filter((l) => /^DT(START|END)[:;]/.test(l))) {
    expect(line).toMatch(/^DT(START|END)(;TZID=Europe\/Stockholm:\d{8}T\d{6}|;VALUE=DATE:\d{8})$/);
  }
}

const CHECK = fileURLToPath(new URL('../../../../tests/libical/check.py', import.meta.url));
const PYTHON = '/usr/bin/python3';

/** True when libical can be run here (always in CI, which installs it). */
export const hasLibical = (() => {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library("ical") else 1)']);
    return true;
  } catch {
    return false;
  }
})();

/** Parses with libical and returns its X-LIC-ERROR lines and the number of events it read. */
export function parseWithLibical(text: string): { events: number; errors: string[] } {
  return JSON.parse(execFileSync(PYTHON, [CHECK], { input: text }).toString()) as { events: number; errors: string[] };
}
