import { easter } from 'date-easter';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays } from '../text/days.js';
import { isNonWorkingDay, swedishHoliday } from './holidays.js';

// The holidays came from date-holidays (with moment-timezone and astronomia, most of a browser bundle of
// core); they are now computed from the law's rules. date-holidays stays as the reference: every day of
// three centuries must get the same answer, name and kind as before, except annandag pingst, which
// date-holidays lacks although it was a public holiday until 2004.
describe('Swedish holidays', () => {
  it('names every day from 1900 to 2200 as date-holidays did', () => {
    const reference = new Holidays('SE', { languages: ['sv'] });
    let differences: string[] = [];
    let holidays = 0;
    for (let year = 1900; year <= 2200; year++) {
      const expected = new Map<string, { date: string; name: string; kind: 'public' | 'eve' }>();
      for (const h of reference.getHolidays(year, 'sv')) {
        const date = h.date.slice(0, 10);
        const kind = h.type === 'public' ? 'public' : h.type === 'bank' ? 'eve' : undefined;
        if (kind && !expected.has(date)) expected.set(date, { date, name: h.name, kind });
      }
      if (year <= 2004) {
        const whitMonday = addDays(easter(year).toString(), 50);
        if (!expected.has(whitMonday))
          expected.set(whitMonday, { date: whitMonday, name: 'annandag pingst', kind: 'public' });
      }
      for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) {
        const got = swedishHoliday(day);
        if (got) holidays++;
        if (JSON.stringify(got) !== JSON.stringify(expected.get(day)))
          differences.push(`${day}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected.get(day))}`);
      }
      differences = differences.slice(0, 20);
    }
    expect(differences).toEqual([]);
    expect(holidays).toBeGreaterThan(301 * 15);
  });

  it('tells the days on which a time limit cannot end', () => {
    expect(swedishHoliday('2026-06-19')).toEqual({ date: '2026-06-19', name: 'midsommarafton', kind: 'eve' });
    expect(swedishHoliday('2026-06-20')).toEqual({ date: '2026-06-20', name: 'midsommardagen', kind: 'public' });
    expect(swedishHoliday('2008-05-01')?.name).toBe('första maj'); // and Kristi himmelsfärdsdag
    expect(swedishHoliday('2004-06-06')).toBeUndefined(); // nationaldagen is a holiday from 2005
    expect(swedishHoliday('2004-05-31')?.name).toBe('annandag pingst'); // until 2004
    expect(swedishHoliday('2005-05-16')).toBeUndefined();
    expect(isNonWorkingDay('2025-04-18')).toBe(true); // långfredagen
    expect(isNonWorkingDay('2025-04-22')).toBe(false);
  });
});
