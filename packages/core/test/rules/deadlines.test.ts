import { describe, expect, it } from 'vitest';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { minutesDeadlines } from '../../src/rules/deadlines.js';
import { isNonWorkingDay, nextWorkingDay, swedishHoliday } from '../../src/rules/holidays.js';

const body = BodySchema.parse({
  id: 'hr',
  name: 'Hälsingerådet',
  rules: { adjustment: { withinDays: 7, source: '§ 751' } },
});
const noRule = BodySchema.parse({ id: 'x', name: 'X' });
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
  it('takes the adjustment deadline from the record, and counts notice and appeal from it', () => {
    const d = minutesDeadlines(
      minutes({ date: '2023-10-11', adjustment: { deadline: '2023-10-18', deadlineTime: '14:00' } }),
      body,
    );
    expect(d.adjustmentDeadline).toEqual({ date: '2023-10-18', time: '14:00', source: 'enligt protokollet' });
    expect(d.noticeBy?.date).toBe('2023-10-20');
    expect(d.noticeBy?.source).toMatch(/KL 8 kap\. 12 §/);
    expect(d.appealBy?.date).toBe('2023-11-10');
    expect(d.appealBy?.source).toMatch(/KL 13 kap\. 5 §/);
    expect(d.missing).toEqual([]);
  });

  it("uses the body's own rule when the record gives no deadline", () => {
    const d = minutesDeadlines(minutes({ date: '2023-10-11' }), body);
    expect(d.adjustmentDeadline).toMatchObject({
      date: '2023-10-18',
      source: 'organets regel: justering inom 7 dagar (§ 751)',
    });
  });

  it('counts from the actual adjustment and notice when recorded', () => {
    const d = minutesDeadlines(
      minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17', place: 'digitalt' } }),
      noRule,
    );
    expect(d.adjustmentDeadline).toBeUndefined();
    expect(d.noticeBy?.date).toBe('2024-09-19');
    expect(d.appealBy?.date).toBe('2024-10-10');
    const posted = minutesDeadlines(
      minutes({ date: '2024-09-16', adjustment: { date: '2024-09-17', noticeDate: '2024-09-18' } }),
      noRule,
    );
    expect(posted.appealBy).toMatchObject({ date: '2024-10-09', source: expect.stringMatching(/anslaget 2024-09-18/) });
  });

  it('moves a deadline that falls on a holiday, and says why', () => {
    // Adjusted Thursday 2024-12-19: notice by Saturday 21 → Monday 23; appeal three weeks on.
    const d = minutesDeadlines(minutes({ date: '2024-12-16', adjustment: { date: '2024-12-19' } }), noRule);
    expect(d.noticeBy).toMatchObject({ date: '2024-12-23', moved: expect.stringMatching(/2024-12-21 är helg/) });
    expect(d.appealBy?.date).toBe('2025-01-13');
  });

  it('leaves the dates empty, with the reason, when nothing tells them', () => {
    expect(minutesDeadlines(minutes({}), body)).toMatchObject({ missing: ['mötets datum saknas'] });
    expect(minutesDeadlines(minutes({ date: '2024-01-01' }), noRule).missing[0]).toMatch(/ingen sista dag/);
    expect(minutesDeadlines(minutes({ date: '2024-01-01' }), noRule).appealBy).toBeUndefined();
  });
});
