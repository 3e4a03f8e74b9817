import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { loadArchive } from '../../src/archive/load.js';
import { buildCalendarEvents, type CalendarOptions } from '../../src/calendar/events.js';
import { describeFeeds, renderFeeds } from '../../src/calendar/feeds.js';
import { renderICalendar } from '../../src/calendar/ics.js';
import { reviseEvents } from '../../src/calendar/revisions.js';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { ScheduleSchema } from '../../src/model/schedule.js';
import { expectWellFormed, hasLibical, parseWithIcalJs, parseWithLibical } from './ics-checks.js';

const SAMPLE = fileURLToPath(new URL('../../../../examples/samverkan', import.meta.url));
const STAMP = '2024-01-02T03:04:05.000Z';

const body = BodySchema.parse({ id: 'testnamnd', name: 'Testnämnden' });
const meeting = (input: Partial<MeetingInput> & { id: string }) =>
  MeetingSchema.parse({ body: 'testnamnd', kind: 'minutes', status: 'held', ...input });

function feed(meetings: ReturnType<typeof meeting>[], options: CalendarOptions = {}, name = 'Testnämnden') {
  const archive = createArchive({ bodies: [body], meetings, schedules: [], programmes: [] });
  const { events } = reviseEvents(buildCalendarEvents(archive, options), {}, STAMP);
  return renderICalendar(events, { name });
}

describe('the sample archive as a calendar', async () => {
  const archive = await loadArchive(SAMPLE);
  const all = describeFeeds(archive).find((f) => f.id === 'all');
  const { events: revised } = reviseEvents(all?.events ?? [], {}, archive.modified);
  const text = renderICalendar(revised, { name: 'Sammanträden' });
  const { events } = parseWithIcalJs(text);
  const of = (summary: string) => events.filter((e) => e.summary === summary);

  it('shows the six 2024 Hälsingeråd meetings on their days', () => {
    const dates = of('Hälsingerådet')
      .filter((e) => e.start.startsWith('2024'))
      .map((e) => e.start);
    expect(dates).toEqual(['2024-01-24', '2024-03-20', '2024-06-19', '2024-08-28', '2024-10-16', '2024-12-18']);
  });

  it('shows the four 2021 meetings of the gemensam nämnd as tentative: the schedule is only proposed', () => {
    const gns = events.filter((e) => e.summary.startsWith('Förslag: Gemensam nämnd'));
    expect(gns.map((e) => e.start)).toEqual(['2021-02-08', '2021-05-03', '2021-09-13', '2021-12-06']);
    expect(gns.every((e) => e.allDay && e.status === 'TENTATIVE')).toBe(true);
    expect(gns[0]?.description).toMatch(/förslaget till sammanträdesplan 2021; inte beslutat/);
    expect(gns[0]?.description).toMatch(/årsbokslut/);
  });

  it('shows the held meetings at the right hours, in Swedish time', () => {
    const october = events.find((e) => e.uid === '2023-10-11-halsingeradet@sammantrade.invalid');
    // 09:00–15:30 in summer time (UTC+2).
    expect(october).toMatchObject({
      start: '2023-10-11T07:00:00.000Z',
      end: '2023-10-11T13:30:00.000Z',
      location: 'Orbaden',
    });
    expect(october?.description).toMatch(/§ 763 Förslag på datum Hälsingeråd 2024/);
    const september = events.find((e) => e.uid === '2024-09-16-samverkanstid-jh@sammantrade.invalid');
    expect(september).toMatchObject({ start: '2024-09-16T07:00:00.000Z', end: '2024-09-16T10:00:00.000Z' });
  });

  it('adds announced next meetings with a full date, and no record without a date', () => {
    expect(events.find((e) => e.uid === '2024-10-21-samverkanstid-jh@sammantrade.invalid')).toMatchObject({
      start: '2024-10-21T11:00:00.000Z',
      end: '2024-10-21T13:00:00.000Z',
    });
    expect(events.find((e) => e.uid === '2023-12-13-halsingeradet@sammantrade.invalid')?.description).toMatch(
      /Värd: Bollnäs/,
    );
    expect(events.some((e) => e.uid.includes('p612'))).toBe(false);
  });

  it('is well formed, and libical accepts it', () => {
    expectWellFormed(text);
    if (!hasLibical && process.env.CI) throw new Error('CI must install libical3 (see .ci/run)');
    if (hasLibical) expect(parseWithLibical(text)).toMatchObject({ events: events.length, errors: [] });
  });

  it('offers a feed per body and per year', () => {
    const ids = describeFeeds(archive).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['all', 'halsingeradet', 'halsingeradet/2024', 'gemensam-namnd-samverkan/2021']),
    );
  });
});

describe('feeds built again from the last build', () => {
  it('give the same text as a build from nothing, and change only the feeds of a changed event', async () => {
    const archive = await loadArchive(SAMPLE);
    const first = renderFeeds(archive, {}, { refreshSeconds: 3600 });
    const again = renderFeeds(archive, first.state, { refreshSeconds: 3600, rendered: first.rendered });
    expect(again.feeds.map((f) => f.text)).toEqual(first.feeds.map((f) => f.text));
    // One meeting moved: its feeds change, the others are reused as they were.
    const moved = createArchive({
      bodies: [...archive.bodies],
      meetings: archive.meetings.map((m) => (m.id === '2023-10-11' ? { ...m, location: 'Iggesund' } : m)),
      schedules: [...archive.schedules],
      programmes: [...archive.programmes],
    });
    const next = renderFeeds(moved, again.state, { refreshSeconds: 3600, rendered: again.rendered });
    const scratch = renderFeeds(moved, again.state, { refreshSeconds: 3600 });
    expect(next.feeds.map((f) => f.text)).toEqual(scratch.feeds.map((f) => f.text));
    const changed = next.feeds.filter((f, i) => f.text !== again.feeds[i]?.text).map((f) => f.id);
    expect(changed).toEqual(expect.arrayContaining(['all', 'halsingeradet', 'halsingeradet/2023']));
    expect(changed).not.toContain('samverkanstid-jh');
    // The feeds are kept in pieces a year each: only the pieces of 2023 were made again.
    for (const feed of next.feeds) expect(feed.pieces.join('')).toBe(feed.text);
    const piecesOf = (r: ReturnType<typeof renderFeeds>, id: string) => r.feeds.find((f) => f.id === id)?.pieces ?? [];
    for (const id of ['all', 'halsingeradet']) {
      const was = new Set(piecesOf(again, id));
      const fresh = piecesOf(next, id).filter((piece) => !was.has(piece));
      // The head and tail around the events stay; one year's events changed.
      expect(fresh).toHaveLength(1);
      expect(fresh[0]).toContain('DTSTART;TZID=Europe/Stockholm:2023');
      expect(fresh[0]).not.toMatch(/DTSTART[^:]*:20(?!23)\d{2}/);
    }
  });
});

describe('feeds built again after one body changed', () => {
  const other = BodySchema.parse({ id: 'revisionen', name: 'Revisionen' });
  const given = meeting({
    id: '2023-10-11',
    date: '2023-10-11',
    adjustment: { deadline: '2023-10-18' },
    paragraphs: [
      {
        number: 760,
        title: 'Webbplatsen',
        caseNumber: 'KS 2023/7',
        assignments: [{ assignee: 'Linda Beigler', task: 'ta in offert', due: '2023-12-13' }],
      },
    ],
  });
  const othersMeeting = (paragraphs: MeetingInput['paragraphs'] = [], location = 'Rummet') =>
    MeetingSchema.parse({
      id: '2023-11-20',
      body: 'revisionen',
      kind: 'minutes',
      status: 'held',
      date: '2023-11-20',
      location,
      paragraphs,
    });
  const archiveOf = (mine: ReturnType<typeof meeting>, theirs: ReturnType<typeof othersMeeting>) =>
    createArchive({ bodies: [body, other], meetings: [mine, theirs], schedules: [], programmes: [] });
  const options = { refreshSeconds: 3600, adjustments: true, reportBacks: true };
  const ids = (a: ReturnType<typeof renderFeeds>, b: ReturnType<typeof renderFeeds>) =>
    b.feeds.filter((f, i) => f.text !== a.feeds[i]?.text).map((f) => f.id);

  it("remakes only that body's feeds and the feed of all, as a build from nothing would make them", () => {
    const theirs = othersMeeting();
    const first = renderFeeds(archiveOf(given, theirs), {}, options);
    const moved = archiveOf(meeting({ ...given, location: 'Iggesund' }), theirs);
    const next = renderFeeds(moved, first.state, { ...options, rendered: first.rendered });
    expect(next.feeds.map((f) => f.text)).toEqual(renderFeeds(moved, first.state, options).feeds.map((f) => f.text));
    expect(ids(first, next)).toEqual(['all', 'testnamnd', 'testnamnd/2023']);
    // The other body's feeds are the very strings of the last build.
    const theirFeeds = (r: ReturnType<typeof renderFeeds>) => r.feeds.filter((f) => f.bodyId === 'revisionen');
    theirFeeds(next).forEach((f, i) => {
      expect(f.text).toBe(theirFeeds(first)[i]?.text);
    });
    expect(next.state['2023-10-11-testnamnd@sammantrade.invalid']?.sequence).toBe(1);
  });

  it("remakes a body's feeds when another body's minutes report back its assignment (same case)", () => {
    const first = renderFeeds(archiveOf(given, othersMeeting()), {}, options);
    expect(first.feeds[0]?.text).toContain('Återrapportering: Linda Beigler');
    const reported = archiveOf(
      given,
      othersMeeting([{ number: 5, title: 'Webbplatsen, offert', caseNumber: 'KS 2023/7' }]),
    );
    const next = renderFeeds(reported, first.state, { ...options, rendered: first.rendered });
    expect(next.feeds.map((f) => f.text)).toEqual(renderFeeds(reported, first.state, options).feeds.map((f) => f.text));
    expect(next.feeds[0]?.text).not.toContain('Återrapportering');
    expect(ids(first, next)).toEqual(
      expect.arrayContaining(['all', 'testnamnd', 'testnamnd/2023', 'revisionen', 'revisionen/2023']),
    );
  });

  it('reuses nothing from a build with other options or another state', () => {
    const archive = archiveOf(given, othersMeeting());
    const first = renderFeeds(archive, {}, options);
    const plain = renderFeeds(archive, first.state, { refreshSeconds: 3600, rendered: first.rendered });
    expect(plain.feeds[0]?.text).not.toContain('Justering');
    const fresh = renderFeeds(archive, {}, { ...options, rendered: first.rendered });
    expect(fresh.feeds.map((f) => f.text)).toEqual(first.feeds.map((f) => f.text));
  });
});

describe('revision state', () => {
  it('keeps SEQUENCE for events whose state was written with the fields as JSON (before fingerprints were hashed)', () => {
    const archive = createArchive({
      bodies: [body],
      meetings: [meeting({ id: '2024-05-06', date: '2024-05-06', start: '13:00', location: 'Rummet' })],
      schedules: [],
      programmes: [],
    });
    const [event] = buildCalendarEvents(archive);
    if (!event) throw new Error('no event');
    const e = event;
    const legacy = JSON.stringify([e.summary, e.date, e.start, e.end, e.location, e.description, e.url, e.status]);
    const old = { [e.uid]: { fingerprint: legacy, sequence: 3, lastModified: STAMP } };
    const { events, state } = reviseEvents([e], old, '2025-01-01T00:00:00.000Z');
    expect(events[0]?.sequence).toBe(3);
    expect(events[0]?.lastModified).toBe(STAMP);
    expect(state[e.uid]?.fingerprint).toMatch(/^#/);
    expect(state[e.uid]?.fingerprint.length).toBeLessThan(30);
    const moved = reviseEvents([{ ...e, location: 'Salen' }], old, '2025-01-01T00:00:00.000Z');
    expect(moved.events[0]?.sequence).toBe(4);
  });
});

describe('time zones', () => {
  it('keeps 09:00 at 09:00 across both DST changes of 2024', () => {
    const text = feed([
      meeting({ id: '2024-03-31', date: '2024-03-31', start: '09:00', end: '10:00' }),
      meeting({ id: '2024-10-27', date: '2024-10-27', start: '09:00', end: '10:00' }),
      meeting({ id: '2024-01-15', date: '2024-01-15', start: '09:00', end: '10:00' }),
    ]);
    const starts = parseWithIcalJs(text).events.map((e) => e.start);
    // The last Sunday of March starts summer time (UTC+2); the last Sunday of October ends it (UTC+1).
    expect(starts).toEqual(['2024-01-15T08:00:00.000Z', '2024-03-31T07:00:00.000Z', '2024-10-27T08:00:00.000Z']);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20240331T090000');
    expectWellFormed(text);
  });

  it('invents no end: a start without an end is a point in time, and the description says so', () => {
    const text = feed([meeting({ id: '2024-05-06', date: '2024-05-06', start: '13:00' })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20240506T130000');
    expect(text).not.toMatch(/^DTEND/m);
    expect(parseWithIcalJs(text).events[0]?.description).toMatch(/Sluttiden är inte angiven i handlingarna/);
    if (hasLibical) expect(parseWithLibical(text).errors).toEqual([]);
  });

  it('writes an all-day event with an exclusive end when the time is unknown', () => {
    const text = feed([meeting({ id: '2024-02-29', date: '2024-02-29' })]);
    expect(text).toContain('DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301');
    expect(parseWithIcalJs(text).events[0]).toMatchObject({ allDay: true, start: '2024-02-29', end: '2024-03-01' });
  });
});

describe('meetings and their identity', () => {
  it('gives two meetings of one body on one day two events, each with its own stable UID', () => {
    const text = feed([
      meeting({ id: '2024-05-06', date: '2024-05-06', start: '09:00', end: '11:00' }),
      meeting({ id: '2024-05-06-1300', date: '2024-05-06', start: '13:00', end: '15:00' }),
    ]);
    const { events } = parseWithIcalJs(text);
    expect(events.map((e) => [e.uid, e.start])).toEqual([
      ['2024-05-06T0900-testnamnd@sammantrade.invalid', '2024-05-06T07:00:00.000Z'],
      ['2024-05-06T1300-testnamnd@sammantrade.invalid', '2024-05-06T11:00:00.000Z'],
    ]);
    expectWellFormed(text);
    if (hasLibical) expect(parseWithLibical(text)).toMatchObject({ events: 2, errors: [] });
  });

  it('keeps an agenda and its minutes one meeting, and a schedule entry without a time with it', () => {
    const archive = createArchive({
      bodies: [body],
      meetings: [
        meeting({ id: '2024-05-06-kallelse', kind: 'agenda', status: 'planned', date: '2024-05-06', start: '09:00' }),
        meeting({ id: '2024-05-06', date: '2024-05-06', start: '09:00', end: '12:00' }),
      ],
      schedules: [
        ScheduleSchema.parse({ body: 'testnamnd', year: 2024, status: 'decided', meetings: [{ date: '2024-05-06' }] }),
      ],
      programmes: [],
    });
    const events = buildCalendarEvents(archive);
    expect(events.map((e) => [e.uid, e.description.split('\n')[0], e.status])).toEqual([
      ['2024-05-06-testnamnd@sammantrade.invalid', 'Protokoll', 'confirmed'],
    ]);
  });

  it('keeps 02:30 on the night the clocks go forward as stated, with a warning, never moved', () => {
    const text = feed([meeting({ id: '2024-03-31', date: '2024-03-31', start: '02:30', end: '04:00' })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20240331T023000\r\n');
    expect(text).not.toContain('T033000');
    const [event] = parseWithIcalJs(text).events;
    expect(event?.description).toMatch(/Varning: klockan 02:30 finns inte 2024-03-31/);
    expectWellFormed(text);
    if (hasLibical) expect(parseWithLibical(text).errors).toEqual([]);
  });

  it('warns about a time that happens twice when the clocks go back', () => {
    const text = feed([meeting({ id: '2024-10-27', date: '2024-10-27', start: '02:30', end: '03:30' })]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20241027T023000\r\n');
    expect(parseWithIcalJs(text).events[0]?.description).toMatch(/inträffar två gånger 2024-10-27/);
  });
});

describe('updates', () => {
  it('gives the same bytes and UIDs for the same data', () => {
    const meetings = [meeting({ id: '2024-05-06', date: '2024-05-06', start: '13:00', location: 'Sal 1' })];
    expect(feed(meetings)).toBe(feed(meetings));
    expect(feed(meetings)).toMatch(/^UID:2024-05-06-testnamnd@sammantrade\.invalid\r$/m);
    expect(feed(meetings, { uidDomain: 'kalender.example.se' })).toMatch(
      /^UID:2024-05-06-testnamnd@kalender\.example\.se\r$/m,
    );
    expect(feed(meetings)).toMatch(/^DTSTAMP:20240102T030405Z\r$/m);
  });

  it('raises SEQUENCE and LAST-MODIFIED when a meeting changes, and only then', () => {
    const archive = (start: string) =>
      createArchive({
        bodies: [body],
        meetings: [meeting({ id: '2024-05-06', date: '2024-05-06', start })],
        schedules: [],
        programmes: [],
      });
    const first = reviseEvents(buildCalendarEvents(archive('13:00')), {}, '2024-01-01T00:00:00.000Z');
    const same = reviseEvents(buildCalendarEvents(archive('13:00')), first.state, '2024-02-01T00:00:00.000Z');
    expect(same.events[0]).toMatchObject({ sequence: 0, lastModified: '2024-01-01T00:00:00.000Z' });
    const moved = reviseEvents(buildCalendarEvents(archive('14:00')), same.state, '2024-03-01T00:00:00.000Z');
    expect(moved.events[0]).toMatchObject({ sequence: 1, lastModified: '2024-03-01T00:00:00.000Z' });
    const text = renderICalendar(moved.events, { name: 'x' });
    expect(text).toMatch(/^SEQUENCE:1\r$/m);
    expect(text).toMatch(/^LAST-MODIFIED:20240301T000000Z\r$/m);
  });

  it('keeps a cancelled meeting, marked, with a higher SEQUENCE', () => {
    const text = feed([meeting({ id: '2024-05-06', date: '2024-05-06', start: '13:00', status: 'cancelled' })]);
    const [event] = parseWithIcalJs(text).events;
    expect(event).toMatchObject({ status: 'CANCELLED', summary: 'INSTÄLLT: Testnämnden', sequence: 1 });
  });

  it('merges the schedule, the minutes and the announcement of one meeting into one event', () => {
    const archive = createArchive({
      bodies: [body],
      meetings: [
        meeting({
          id: '2024-05-06',
          date: '2024-05-06',
          start: '13:00',
          end: '15:00',
          nextMeeting: { date: '2024-06-10', location: 'Orbaden' },
        }),
      ],
      schedules: [
        ScheduleSchema.parse({
          body: 'testnamnd',
          year: 2024,
          status: 'decided',
          meetings: [
            { date: '2024-05-06', location: 'Rådhuset', note: 'bokslut' },
            { date: '2024-06-10', start: '09:00' },
          ],
        }),
      ],
      programmes: [],
    });
    const events = buildCalendarEvents(archive);
    expect(events.map((e) => [e.date, e.start, e.location])).toEqual([
      ['2024-05-06', '13:00', 'Rådhuset'],
      ['2024-06-10', '09:00', 'Orbaden'],
    ]);
    expect(events[0]?.description).toMatch(/Anteckning: bokslut/);
  });
});

describe('text that could break the file', () => {
  it('escapes newlines and semicolons in titles, places and the calendar name', () => {
    const text = feed(
      [
        meeting({
          id: '2024-05-06',
          date: '2024-05-06',
          start: '13:00',
          title: 'Budget; del 2',
          location: 'Sal 1, plan 2; ingång B',
          paragraphs: [{ number: 1, title: 'Rad\nBEGIN:VEVENT' }],
        }),
      ],
      {},
      'Nämnd; med\r\nX-INJECTED:1',
    );
    expectWellFormed(text);
    expect(text).not.toMatch(/^X-INJECTED/m);
    expect(text).toMatch(/^NAME:Nämnd\\; med X-INJECTED:1\r$/m);
    const { events } = parseWithIcalJs(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'Testnämnden: Budget; del 2', location: 'Sal 1, plan 2; ingång B' });
    if (hasLibical) expect(parseWithLibical(text).errors).toEqual([]);
  });

  it('leaves out control characters, which made libical reject the whole feed', () => {
    const text = feed(
      [
        meeting({
          id: '2024-05-06',
          date: '2024-05-06',
          start: '13:00',
          title: 'Budget\u0000 2024\u001b[2J',
          location: 'Sal\u000b 1\u0085',
          paragraphs: [{ number: 1, title: 'Rad\u0007 ett\rtvå' }],
        }),
      ],
      {},
      'Nämnd\u0000',
    );
    expectWellFormed(text);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const { events } = parseWithIcalJs(text);
    expect(events[0]).toMatchObject({ summary: 'Testnämnden: Budget 2024[2J', location: 'Sal 1' });
    expect(events[0]?.description).toContain('§ 1 Rad etttvå');
    if (hasLibical) expect(parseWithLibical(text)).toMatchObject({ events: 1, errors: [] });
  });

  it('folds long Swedish lines at 75 octets without splitting å, ä or ö', () => {
    const title = 'Överenskommelse om sjöräddning, älvdalsväg och ö-trafik i Härjedalen och Åre kommuner';
    const text = feed([
      meeting({ id: '2024-05-06', date: '2024-05-06', start: '13:00', paragraphs: [{ number: 1, title }] }),
    ]);
    expectWellFormed(text);
    expect(parseWithIcalJs(text).events[0]?.description).toContain(`§ 1 ${title}`);
  });

  it('writes URLs as URIs, without text escapes', () => {
    const text = feed([meeting({ id: '2024-05-06', date: '2024-05-06' })], {
      viewerUrl: 'https://protokoll.example.se/',
    });
    expect(text).toContain('URL;VALUE=URI:https://protokoll.example.se/organ/testnamnd/2024-05-06\r\n');
  });
});

describe('deadline events', () => {
  it('adds the adjustment deadline and report-back dates as their own events when asked', () => {
    const m = meeting({
      id: '2023-10-11',
      date: '2023-10-11',
      adjustment: { deadline: '2023-10-18', deadlineTime: '14:00' },
      paragraphs: [
        {
          number: 760,
          title: 'Webbplatsen',
          assignments: [
            { assignee: 'Linda Beigler', task: 'ta in offert', due: '2023-12-13' },
            { assignee: 'Någon', task: 'utan år', due: '--01-19' },
          ],
        },
      ],
    });
    const events = parseWithIcalJs(feed([m], { adjustments: true, reportBacks: true })).events;
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Testnämnden', '2023-10-11'],
      ['Justering senast: Testnämnden 2023-10-11', '2023-10-18T12:00:00.000Z'],
      ['Återrapportering: Linda Beigler', '2023-12-13'],
    ]);
    expect(parseWithIcalJs(feed([m])).events).toHaveLength(1);
  });
});
