import { describe, expect, it } from 'vitest';
import { AssignmentSchema } from './assignment.js';
import { BodySchema } from './body.js';
import { DecisionSchema } from './decision.js';
import { MeetingSchema } from './meeting.js';
import { ParagraphSchema } from './paragraph.js';
import { ParticipantSchema } from './participant.js';
import { isIsoDate, isMonthDay, LocalTimeSchema, PartialDateSchema, SlugSchema, weekdayOf } from './primitives.js';
import { ProgrammeSchema } from './programme.js';
import { ScheduleSchema } from './schedule.js';

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('primitives', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('11 oktober 2023')).toBe(false);
  });

  it('accepts month-days for dates whose year the record does not give', () => {
    expect(isMonthDay('--01-19')).toBe(true);
    expect(isMonthDay('--02-29')).toBe(true);
    expect(isMonthDay('--02-30')).toBe(false);
    expect(PartialDateSchema.safeParse('--01-19').success).toBe(true);
    expect(PartialDateSchema.safeParse('2024-01-19').success).toBe(true);
    expect(PartialDateSchema.safeParse('01-19').success).toBe(false);
  });

  it('accepts HH:MM times in the day', () => {
    for (const ok of ['00:00', '09:00', '15:30', '23:59']) expect(LocalTimeSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['24:00', '9:00', '09.00', '09:60', 'kl 9'])
      expect(LocalTimeSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps ids safe for file names and URLs', () => {
    expect(SlugSchema.safeParse('halsingeradet').success).toBe(true);
    expect(SlugSchema.safeParse('2023-10-11').success).toBe(true);
    for (const bad of ['../etc', 'Hälsinge', 'a/b', '-x', 'x-', '', 'a b'])
      expect(SlugSchema.safeParse(bad).success).toBe(false);
  });

  it('knows the weekday of a date', () => {
    expect(weekdayOf('2024-09-16')).toBe('monday');
    expect(weekdayOf('2023-10-11')).toBe('wednesday');
    expect(weekdayOf('2021-02-08')).toBe('monday');
  });
});

describe('BodySchema', () => {
  it('fills the time zone and empty rules', () => {
    const body = BodySchema.parse({ id: 'halsingeradet', name: 'Hälsingerådet', orgNumber: '769602-5290' });
    expect(body.timeZone).toBe('Europe/Stockholm');
    expect(body.rules).toEqual({});
    expect(body.members).toEqual([]);
  });

  it('rejects a wrong org number, another zone and unknown fields', () => {
    const result = BodySchema.safeParse({
      id: 'x',
      name: 'X',
      orgNumber: '7696025290',
      timeZone: 'Europe/Oslo',
      colour: 'red',
    });
    expect(messages(result).join('\n')).toMatch(/organisation number/);
    expect(result.error?.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['invalid_value', 'unrecognized_keys']),
    );
  });

  it('holds rules with their source', () => {
    const body = BodySchema.parse({
      id: 'gns',
      name: 'Gemensam nämnd',
      rules: { adjustment: { withinDays: 7, source: '§ 751' }, weekdays: { days: ['monday', 'friday'] } },
    });
    expect(body.rules.weekdays?.days).toEqual(['monday', 'friday']);
    expect(BodySchema.safeParse({ id: 'x', name: 'X', rules: { weekdays: { days: ['måndag'] } } }).success).toBe(false);
  });
});

describe('ParticipantSchema', () => {
  it('keeps roles, party, substitute and note', () => {
    const p = ParticipantSchema.parse({
      name: 'Lena Svahn',
      roles: ['substitute'],
      municipality: 'Ljusdals kommun',
      substituteFor: 'Marit Holmstrand',
    });
    expect(p.party).toBeUndefined();
  });

  it('needs a role, and a known one', () => {
    expect(messages(ParticipantSchema.safeParse({ name: 'A', roles: [] }))).toEqual([
      'roles: a participant needs at least one role',
    ]);
    expect(ParticipantSchema.safeParse({ name: 'A', roles: ['boss'] }).success).toBe(false);
    expect(ParticipantSchema.safeParse({ name: ' ', roles: ['member'] }).success).toBe(false);
  });
});

describe('DecisionSchema and AssignmentSchema', () => {
  it('knows the outcomes', () => {
    for (const outcome of ['approved', 'rejected', 'referred-back', 'postponed', 'noted', 'other']) {
      expect(DecisionSchema.safeParse({ text: 'x', outcome }).success).toBe(true);
    }
    expect(DecisionSchema.safeParse({ text: 'x', outcome: 'bifalles' }).success).toBe(false);
    expect(DecisionSchema.safeParse({ text: '', outcome: 'approved' }).success).toBe(false);
  });

  it('defaults an assignment to open and takes a month-day due date', () => {
    const a = AssignmentSchema.parse({ assignee: 'Kommuncheferna', task: 'ta fram förslag', due: '--01-19' });
    expect(a.status).toBe('open');
    expect(AssignmentSchema.safeParse({ assignee: 'X', task: 'y', due: '2024-19-01' }).success).toBe(false);
  });
});

describe('ParagraphSchema', () => {
  it('defaults its lists', () => {
    const p = ParagraphSchema.parse({ number: 763, title: 'Datum 2024', types: ['decision', 'information'] });
    expect(p).toMatchObject({
      decisions: [],
      assignments: [],
      sections: [],
      history: [],
      distribution: [],
      documents: [],
    });
  });

  it('rejects unknown type codes and negative numbers', () => {
    expect(ParagraphSchema.safeParse({ number: 1, title: 'x', types: ['B'] }).success).toBe(false);
    expect(ParagraphSchema.safeParse({ number: -1, title: 'x' }).success).toBe(false);
  });
});

describe('MeetingSchema', () => {
  const base = { id: '2023-10-11', body: 'halsingeradet', kind: 'minutes', status: 'held' } as const;

  it('accepts a meeting without a date: missing facts stay missing', () => {
    const m = MeetingSchema.parse({ ...base, id: 'p612-626', paragraphRange: { from: 612, to: 626 } });
    expect(m.date).toBeUndefined();
  });

  it('rejects a backwards range, an end before the start and an unknown status', () => {
    expect(messages(MeetingSchema.safeParse({ ...base, paragraphRange: { from: 768, to: 750 } }))).toEqual([
      'paragraphRange: paragraph range runs backwards (from > to)',
    ]);
    expect(messages(MeetingSchema.safeParse({ ...base, start: '15:30', end: '09:00' }))).toEqual([
      'end: the meeting ends before it starts',
    ]);
    expect(MeetingSchema.safeParse({ ...base, status: 'done' }).success).toBe(false);
  });

  it('keeps adjustment, next meeting and attendance', () => {
    const m = MeetingSchema.parse({
      ...base,
      attendance: 'hybrid',
      adjustment: { deadline: '2023-10-18', deadlineTime: '14:00' },
      nextMeeting: { date: '--01-19' },
    });
    expect(m.adjustment?.signatories).toEqual([]);
  });
});

describe('ScheduleSchema and ProgrammeSchema', () => {
  it('needs at least one meeting and real dates', () => {
    expect(ScheduleSchema.safeParse({ body: 'x', year: 2024, status: 'decided', meetings: [] }).success).toBe(false);
    const s = ScheduleSchema.parse({
      body: 'x',
      year: 2021,
      status: 'proposed',
      meetings: [{ date: '2021-02-08', statedWeekday: 'monday', note: 'årsbokslut' }],
    });
    expect(s.meetings[0]?.status).toBe('planned');
  });

  it('maps programme statuses', () => {
    const p = ProgrammeSchema.parse({
      id: 'utvecklingsprogram-2022',
      title: 'Utvecklingsprogram',
      areas: [{ name: 'Utbildning', items: [{ name: 'Vuxenutbildning', status: 'ongoing' }] }],
    });
    expect(p.areas[0]?.items[0]?.activities).toEqual([]);
    expect(
      ProgrammeSchema.safeParse({
        id: 'x',
        title: 'x',
        areas: [{ name: 'a', items: [{ name: 'b', status: 'Klart' }] }],
      }).success,
    ).toBe(false);
  });
});
