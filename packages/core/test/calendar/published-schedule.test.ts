import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { buildCalendarEvents } from '../../src/calendar/events.js';
import { renderICalendar } from '../../src/calendar/ics.js';
import { reviseEvents } from '../../src/calendar/revisions.js';
import { BodySchema } from '../../src/model/body.js';
import { ScheduleSchema } from '../../src/model/schedule.js';
import { parseWithIcalJs } from './ics-checks.js';

/** A schedule the body published (a schedule page) is as firm in the calendar as a decided one. */

const body = BodySchema.parse({ id: 'valnamnden', name: 'Valnämnden' });
const schedule = (status: 'decided' | 'published') =>
  ScheduleSchema.parse({
    body: 'valnamnden',
    year: 2026,
    status,
    meetings: [
      { date: '2026-02-09', start: '13:00' },
      { date: '2026-03-09', status: 'cancelled' },
    ],
  });

function calendar(status: 'decided' | 'published') {
  const archive = createArchive({ bodies: [body], meetings: [], schedules: [schedule(status)], programmes: [] });
  const { events } = reviseEvents(buildCalendarEvents(archive), {}, '2026-01-02T03:04:05.000Z');
  return renderICalendar(events, { name: 'Valnämnden' });
}

describe('a published schedule in the calendar', () => {
  it('gives the same events as a decided one: confirmed, and cancelled where the page says so', () => {
    expect(calendar('published')).toBe(calendar('decided'));
    const events = parseWithIcalJs(calendar('published')).events;
    expect(events.map((e) => [e.start, e.status])).toEqual([
      ['2026-02-09T12:00:00.000Z', 'CONFIRMED'],
      ['2026-03-09', 'CANCELLED'],
    ]);
  });
});
