import { describe, expect, it } from 'vitest';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { minutesDeadlines } from '../../src/rules/deadlines.js';
import { isNonWorkingDay, nextWorkingDay, swedishHoliday } from '../../src/rules/holidays.js';

const body = BodySchema.parse({
  id: 'hr',
  name: 'Nämnden',
  legalForm: 'municipality',
  rules: { adjustment: { withinDays: 7, source: '§ 751', since: '2023-10-11' } },
});
const noRule = BodySchema.parse({ id: 'x', name: 'X', legalForm: 'municipality' });
const minutes = (input: Partial<MeetingInput>) =>
  MeetingSchema.parse({ id: 'm', body: 'hr', kind: 'minutes', status: 'held', ...input });

describe('Swedish holidays and working days', () => {
  it('knows the public holidays and the three eves', () => {
    expect(swedishHoliday('2024-06-06')).toMatchObject({ kind: 'public', name: 'nationaldagen' });
    expect(swedishHoliday('2024-06-21')).toMatchObject({ kind: 'eve', name: 'midsommarafton' });
    expect(swedishHoliday('2024-12-24')?.kind).toBe('eve');
    expect(swedishHoliday('2024-03-29')?.name).toBe('långfredagen');
    expect(swedishHoliday('2024-01-13')).toBeUndefined(); // tjugondag Knut is no holiday
  });

  it('moves a last day off weekends and holidays', () => {
    expect(isNonWorkingDay('2024-09-14')).toBe(true);
    expect(nextWorkingDay('2024-09-14')).toBe('2024-09-16');
    expect(nextWorkingDay('2024-12-24')).toBe('2024-12-27');
    expect(nextWorkingDay('2024-03-29')).toBe('2024-04-02');
    expect(nextWorkingDay('2024-09-16')).toBe('2024-09-16');
  });
});

describe('minutesDeadlines', () => {
  it('takes the adjustment deadline from the record, and counts the latest notice and the appeal from it', () => {
    const d = minutesDeadlines(
      minutes({ date: '2023-10-11', adjustment: { deadline: '2023-10-18', deadlineTime: '14:00' } }),
      body,
    );
    expect(d.adjustmentDeadline).toMatchObject({
      date: '2023-10-18',
      time: '14:00',
      source: { sv: 'enligt protokollet' },
    });
    expect(d.notice).toMatchObject({
      date: '2023-10-20',
      basis: 'latest',
      source: { sv: expect.stringMatching(/KL 8 kap\. 12 §/) },
    });
    // Adjusted at the latest on the 18th, the notice may go up from the meeting day to the 20th.
    expect(d.appeal).toMatchObject({
      date: '2023-11-10',
      basis: 'assumed',
      noticeWindow: { from: '2023-10-11', to: '2023-10-20' },
      range: { from: '2023-11-01', to: '2023-11-10' },
    });
    expect(d.appeal?.source.sv).toMatch(/KL 13 kap\. 5 §.*om det sattes upp sista tillåtna dagen, 2023-10-20/);
    expect(d.missing).toEqual([]);
  });

  it('counts three weeks from the notice the minutes state: adjusted 2019-01-21, posted 2019-01-22 → 2019-02-12', () => {
    const stated = minutesDeadlines(
      minutes({ date: '2019-01-14', adjustment: { date: '2019-01-21', noticeDate: '2019-01-22' } }),
      noRule,
    );
    expect(stated.appeal).toMatchObject({ date: '2019-02-12', basis: 'notice' });
    expect(stated.appeal?.source.sv).toMatch(/räknat från anslaget 2019-01-22/);
    expect(stated.notice).toMatchObject({ date: '2019-01-22', basis: 'stated' });
  });

  it('without a stated notice date, says the appeal date assumes the last allowed day, with the range', () => {
    const assumed = minutesDeadlines(minutes({ date: '2019-01-14', adjustment: { date: '2019-01-21' } }), noRule);
    expect(assumed.appeal).toMatchObject({
      date: '2019-02-13',
      basis: 'assumed',
      noticeWindow: { from: '2019-01-21', to: '2019-01-23' },
      range: { from: '2019-02-11', to: '2019-02-13' },
    });
    expect(assumed.appeal?.source.sv).toMatch(/protokollet anger inte när anslaget sattes upp/);
    expect(assumed.appeal?.source.en).toMatch(/if it went up on the last allowed day, 2019-01-23/);
  });

  it('uses a last day of appeal the record states over any count', () => {
    const d = minutesDeadlines(
      minutes({
        date: '2019-01-14',
        adjustment: { date: '2019-01-21', noticeDate: '2019-01-22', appealDeadline: '2019-02-12' },
      }),
      noRule,
    );
    expect(d.appeal).toMatchObject({ date: '2019-02-12', basis: 'stated', source: { sv: 'enligt protokollet' } });
  });

  it("uses the body's own rule only for meetings on or after the day it was decided", () => {
    const after = minutesDeadlines(minutes({ date: '2023-10-11' }), body);
    expect(after.adjustmentDeadline).toMatchObject({
      date: '2023-10-18',
      source: { sv: 'organets regel: justering inom 7 dagar (§ 751)' },
    });
    const before = minutesDeadlines(minutes({ date: '2021-12-08' }), body);
    expect(before.adjustmentDeadline).toBeUndefined();
    expect(before.appeal).toBeUndefined();
    expect(before.missing[0]?.sv).toMatch(/gäller från 2023-10-11, efter mötet/);
    const noStart = BodySchema.parse({ ...body, rules: { adjustment: { withinDays: 7 } } });
    expect(minutesDeadlines(minutes({ date: '2024-01-10' }), noStart).missing[0]?.sv).toMatch(/anger inte från när/);
  });

  it('counts no Kommunallagen deadline for a body the law does not bind, or whose legal form is unknown', () => {
    const association = BodySchema.parse({ id: 'a', name: 'A', legalForm: 'economic-association' });
    const d = minutesDeadlines(minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17' } }), association);
    expect(d).toMatchObject({ law: 'not-applicable', adjusted: { date: '2024-09-17' } });
    expect(d.notice).toBeUndefined();
    expect(d.appeal).toBeUndefined();
    expect(d.missing[0]?.sv).toMatch(/gäller inte en ekonomisk förening/);
    const unknown = BodySchema.parse({ id: 'u', name: 'U' });
    const u = minutesDeadlines(minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17' } }), unknown);
    expect(u.law).toBe('unknown');
    expect(u.appeal).toBeUndefined();
    // What the record states is shown whatever the law: it is a fact, not a count.
    const stated = minutesDeadlines(
      minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17', appealDeadline: '2024-10-09' } }),
      association,
    );
    expect(stated.appeal).toMatchObject({ date: '2024-10-09', basis: 'stated' });
  });

  it('for a joint committee, says whose notice the appeal runs from', () => {
    const gns = BodySchema.parse({
      id: 'g',
      name: 'G',
      legalForm: 'joint-committee',
      host: 'Region Jämtland Härjedalen',
    });
    const d = minutesDeadlines(minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17' } }), gns);
    expect(d.appealFrom?.sv).toMatch(/anslaget hos Region Jämtland Härjedalen/);
    expect(d.appeal?.date).toBe('2024-10-10');
  });

  it('moves a deadline that falls on a holiday, and says why', () => {
    // Adjusted Thursday 2024-12-19: notice by Saturday 21 → Monday 23; appeal three weeks on.
    const d = minutesDeadlines(minutes({ date: '2024-12-16', adjustment: { date: '2024-12-19' } }), noRule);
    expect(d.notice).toMatchObject({ date: '2024-12-23', moved: { sv: expect.stringMatching(/2024-12-21 är helg/) } });
    expect(d.appeal?.date).toBe('2025-01-13');
  });

  it('leaves the dates empty, with the reason, when nothing tells them', () => {
    expect(minutesDeadlines(minutes({}), body).missing.map((m) => m.sv)).toEqual(['mötets datum saknas']);
    expect(minutesDeadlines(minutes({ date: '2024-01-01' }), noRule).missing[0]?.sv).toMatch(/ingen sista dag/);
    expect(minutesDeadlines(minutes({ date: '2024-01-01' }), noRule).appeal).toBeUndefined();
  });
});
