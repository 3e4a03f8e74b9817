import { describe, expect, it } from 'vitest';
import {
  findDate,
  findDates,
  findDayMonthSlash,
  findDaySpan,
  findTime,
  findTimes,
  resolveDate,
  toIsoDate,
  weekdayFromSwedish,
  weekdayOfDate,
} from './dates.js';

const resolved = (text: string, context = {}) => {
  const m = findDate(text);
  return m ? resolveDate(m, context) : undefined;
};

describe('dotted dates with their year', () => {
  it.each([
    ['16.5.2023', '2023-05-16'],
    ['16.05.2023', '2023-05-16'],
    ['Sammanträdesdatum 1.3.2024', '2024-03-01'],
    ['tisdagen den 16.5.2023 kl 16.05', '2023-05-16'],
    ['justeras 29.2.2024.', '2024-02-29'],
    // The ISO order with dots, as some templates write it.
    ['Sammanträdesdatum 2026.03.03', '2026-03-03'],
    ['tisdag 2026.03.03 kl. 13.00', '2026-03-03'],
  ])('%s is %s', (text, iso) => {
    expect(resolved(text)).toBe(iso);
  });

  it.each([
    ['kl 16.05'],
    ['kl. 16.05-18.30'],
    ['31.2.2023'],
    ['29.2.2023'],
    ['version 1.16.5.2023'],
    ['16.5.20231'],
    ['16.5.2023.4'],
    ['16.13.2023'],
    ['2026.02.30'],
    ['2026.3.3'],
    ['version 2.2026.03.03'],
    ['2026.03.03.1'],
    ['20261.03.03'],
  ])('%s is no date', (text) => {
    expect(resolved(text)).toBeUndefined();
  });

  it('keeps the weekday written beside it', () => {
    expect(findDate('onsdag 17.5.2023')?.weekday).toBe('wednesday');
  });
});

describe('dates with a slash and their year', () => {
  it.each([
    ['14/3 2023', '2023-03-14'],
    ['14/3-2023', '2023-03-14'],
    ['14/3/2023', '2023-03-14'],
    ['tisdagen den 14/3 2023 kl. 13.15', '2023-03-14'],
  ])('%s is %s', (text, iso) => {
    expect(resolved(text)).toBe(iso);
  });

  it.each([['8/2'], ['KS 2023/14'], ['30/2 2023'], ['14/13 2023'], ['1/14/3 2023'], ['14/3 20231']])(
    '%s is no date',
    (text) => {
      expect(resolved(text)).toBeUndefined();
    },
  );

  it('keeps the weekday written beside it', () => {
    expect(findDate('tisdag 14/3 2023')?.weekday).toBe('tuesday');
  });
});

describe('Swedish dates', () => {
  it.each([
    ['den 11 oktober 2023', '2023-10-11'],
    ['Orbaden den 11 oktober 2023 kl 09:00', '2023-10-11'],
    ['måndag 16 september 2024', '2024-09-16'],
    ['Måndag 16 September 2024', '2024-09-16'],
    ['tisdag 17 september 2024, digitalt', '2024-09-17'],
    ['29 maj 2020', '2020-05-29'],
    ['1:a april 2025', '2025-04-01'],
    ['3 feb. 2025', '2025-02-03'],
    ['12 sept 2025', '2025-09-12'],
    ['2023-10-11', '2023-10-11'],
    ['onsdag 2024-01-24', '2024-01-24'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(resolved(text)).toBe(iso);
  });

  it('keeps the weekday written beside a date', () => {
    expect(findDate('onsdagen den 18 oktober klockan 14')).toMatchObject({ day: 18, month: 10, weekday: 'wednesday' });
    expect(findDate('Måndag 8 februari (årsbokslut)')?.weekday).toBe('monday');
  });

  it('gives a date without a year the year of its context, or none', () => {
    expect(resolved('19 januari')).toBe('--01-19');
    expect(resolved('24 januari', { year: 2024 })).toBe('2024-01-24');
    // The first such date after the meeting.
    expect(resolved('19 januari', { after: '2023-11-15' })).toBe('2024-01-19');
    expect(resolved('13 december', { after: '2023-10-11' })).toBe('2023-12-13');
    expect(resolved('11 oktober', { after: '2023-10-11' })).toBe('2024-10-11');
  });

  it('refuses what is not a date', () => {
    expect(findDates('31 februari 2024')).toEqual([]);
    expect(findDates('5 majoriteter')).toEqual([]);
    expect(findDates('§ 12 maj')).toHaveLength(1);
    expect(findDates('2023-13-45')).toEqual([]);
    expect(toIsoDate(2023, 2, 29)).toBeUndefined();
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(resolved('29 februari', { year: 2023 })).toBeUndefined();
  });

  it('finds several dates in order', () => {
    expect(findDates('24 januari, 20 mars och 19 juni').map((d) => [d.day, d.month])).toEqual([
      [24, 1],
      [20, 3],
      [19, 6],
    ]);
  });

  it('reads day/month and weekday words', () => {
    expect(findDayMonthSlash('nästa träff 21/10 – eftermiddag')).toMatchObject({ day: 21, month: 10 });
    expect(findDayMonthSlash('2020/21')).toBeUndefined();
    expect(weekdayFromSwedish('fredagar')).toBe('friday');
    expect(weekdayFromSwedish('Onsdagen')).toBe('wednesday');
    expect(weekdayFromSwedish('dag')).toBeUndefined();
    expect(weekdayOfDate('2021-02-08')).toBe('monday');
  });

  it('never depends on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(weekdayOfDate('2024-09-16')).toBe('monday');
      expect(resolved('den 1 januari 2024')).toBe('2024-01-01');
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('Swedish times', () => {
  it.each([
    ['kl 09:00-15:30', '09:00', '15:30'],
    ['klockan 09.00-15.00', '09:00', '15:00'],
    ['kl. 09.00 - 12.00', '09:00', '12:00'],
    ['kl. 13.00–15.00', '13:00', '15:00'],
    ['Kl 8.30 till 12', '08:30', '12:00'],
    ['09:00-15:30', '09:00', '15:30'],
    ['kl. 13.00 – ca 16.30', '13:00', '16:30'],
    ['klockan 9.00–cirka 11.45', '09:00', '11:45'],
    ['10.00 - ca. 12.00', '10:00', '12:00'],
    ['kl 13.00 -- 15.00', '13:00', '15:00'],
    ['13.00−15.30', '13:00', '15:30'],
  ])('reads "%s"', (text, start, end) => {
    expect(findTime(text)).toMatchObject({ start, end });
  });

  it('reads a single hour', () => {
    expect(findTime('senast onsdagen den 18 oktober klockan 14')).toMatchObject({ start: '14:00' });
    expect(findTime('klockan 14')?.end).toBeUndefined();
  });

  it('refuses what is not a time', () => {
    expect(findTimes('från 9.30')).toEqual([]);
    expect(findTimes('kl 25:00')).toEqual([]);
    expect(findTimes('version 1.5-2.0')).toEqual([]);
    expect(findTimes('kl 9:75')).toEqual([]);
  });
});

describe('spans of days', () => {
  it.each([
    ['en vecka', 7],
    ['två veckor', 14],
    ['tre dagar', 3],
    ['5 arbetsdagar', 5],
  ])('"%s" is %i days', (text, days) => {
    expect(findDaySpan(text)).toBe(days);
  });
  it('is undefined without one', () => expect(findDaySpan('snarast')).toBeUndefined());
});

describe('meetings over several days', () => {
  const read = (text: string) =>
    findDates(text).map((m) => ({
      date: resolveDate(m),
      text: text.slice(m.index, m.index + m.length),
      weekday: m.weekday,
    }));

  it('reads a range of days as one mention of its first day', () => {
    expect(read('kl 09.00, 17-18 november 2021, Stadshuset')).toEqual([
      { date: '2021-11-17', text: '17-18 november 2021', weekday: undefined },
    ]);
    expect(read('onsdag 17 och torsdag 18 november 2021')).toEqual([
      { date: '2021-11-17', text: 'onsdag 17 och torsdag 18 november 2021', weekday: 'wednesday' },
    ]);
    expect(read('17 november och 18 november 2021')[0]?.date).toBe('2021-11-17');
    expect(read('Landstingsfullmäktige 2005-11-22--23')).toEqual([
      { date: '2005-11-22', text: '2005-11-22--23', weekday: undefined },
    ]);
  });

  it('gives the first day of a range over a month end the year written at its end', () => {
    expect(read('den 30 november–1 december 2021')).toEqual([
      { date: '2021-11-30', text: 'den 30 november–1 december 2021', weekday: undefined },
    ]);
  });

  it('keeps dates that are no range apart', () => {
    expect(read('12 januari - 9 februari - 8 mars 2022').map((d) => d.date)).toEqual([
      '--01-12',
      '--02-09',
      '2022-03-08',
    ]);
    expect(read('den 3 mars - 5 april 2021').map((d) => d.date)).toEqual(['--03-03', '2021-04-05']);
    expect(read('17 och 24 november 2021').map((d) => d.date)).toEqual(['2021-11-24']);
  });
});
