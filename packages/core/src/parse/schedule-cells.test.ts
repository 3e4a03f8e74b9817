import { describe, expect, it } from 'vitest';
import { daysBetween } from '../text/days.js';
import { findDayMonthSlashes, monthFromName, monthName, weekdayFromAbbreviation } from './dates.js';
import { bodyName } from './schedule-bodies.js';
import { readItem } from './schedule-cells.js';
import { scheduleHeading, sectionBody, yearsIn } from './schedule-lines.js';

/** The dates of an item as "d/m[/y][–d[/m]] [start] [weekday] [notes] [*marks] [cancelled]". */
const dates = (text: string, inTable = false) =>
  readItem(text, inTable).dates.map((d) =>
    [
      `${d.day}/${d.month ?? '?'}${d.year ? `/${d.year}` : ''}${d.last ? `–${d.last.day}${d.last.month ? `/${d.last.month}` : ''}` : ''}`,
      d.start ?? (d.timeUnknown ? 'xx' : ''),
      d.weekday ?? '',
      d.notes.join('|'),
      d.marks ? '*'.repeat(d.marks) : '',
      d.cancelled ? 'cancelled' : '',
    ]
      .filter(Boolean)
      .join(' '),
  );

describe('dates of schedule lists', () => {
  it.each([
    ['21 januari', ['21/1']],
    ['Måndag 8 februari (årsbokslut)', ['8/2 monday årsbokslut']],
    ['tisdag den 3 mars', ['3/3 tuesday']],
    ['31 mars (onsdag)', ['31/3 wednesday']],
    ['23 juni kl. 09.00 (onsdag) (ek.prognos)', ['23/6 09:00 wednesday ek.prognos']],
    ['17-18 november kl. 09.00 (budget)', ['17/11–18/11 09:00 budget']],
    ['30 nov - 1 dec 2026', ['30/11/2026–1/12']],
    ['12 mars Å, månd', ['12/3 monday Å']],
    ['4 juni VR, BD månd', ['4/6 monday VR|BD']],
    ['25 oktober B, torsd kl.13', ['25/10 13:00 thursday B']],
    ['17 april Å, kl.16', ['17/4 16:00 Å']],
    ['23 oktober, konstituerande', ['23/10 konstituerande']],
    ['8/2 15/3 19/4', ['8/2', '15/3', '19/4']],
    ['4/1-22', ['4/1/2022']],
    ['3 februari, 7 april och 9 juni', ['3/2', '7/4', '9/6']],
    ['2026-01-21', ['21/1/2026']],
    ['Januari – 24 och 31', ['24/1', '31/1']],
    ['12 maj (inställt)', ['12/5 cancelled']],
    ['5 maj kl. 13.00–16.30', ['5/5 13:00']],
  ])('reads "%s"', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    ['16:e kl. 10.00', ['16/? 10:00']],
    ['21:a kl. 18.00', ['21/? 18:00']],
    ['16* kl. 08.30', ['16/? 08:30 *']],
    ['8* kl. xx.xx', ['8/? xx *']],
    ['19:e-21:a* kl. 08.30', ['19/?–21 08:30 *']],
    ['11-13:e*', ['11/?–13 *']],
    ['27*', ['27/? *']],
    ['4/1-22', ['4/1/2022']],
  ])('reads the table cell "%s"', (text, expected) => {
    expect(dates(text, true)).toEqual(expected);
  });

  it('says what an item is: a list line, an empty cell, a garbled one, or prose', () => {
    expect(readItem('-', true)).toMatchObject({ empty: true, dates: [] });
    expect(readItem('2628', true)).toMatchObject({ garbled: ['2628'], dates: [] });
    expect(readItem('21 januari')).toMatchObject({ startsWithDate: true, words: 0 });
    expect(readItem('Direktionens möte den 22 november 2021 är inställt.').startsWithDate).toBe(false);
    expect(readItem('Sidan senast uppdaterad: 2020-11-24 12.20').notMeetings).toBe('Sidan');
    expect(readItem('Sportlov 26/2 - 4/3').notMeetings).toBe('Sportlov');
    expect(readItem('16')).toMatchObject({ dates: [], startsWithDate: false });
    expect(readItem('2 oktober Protokoll').notMeetings).toBe('Protokoll');
  });

  it('keeps two weekdays beside one date as a conflict', () => {
    expect(readItem('tisdag 5 maj (onsdag)').dates[0]).toMatchObject({ weekday: 'wednesday', weekdayConflict: true });
  });
});

describe('date helpers for schedules', () => {
  it('reads month names and weekday abbreviations', () => {
    expect([
      monthFromName('Januari'),
      monthFromName('sept.'),
      monthFromName('MAJ'),
      monthFromName('majoritet'),
    ]).toEqual([1, 9, 5, undefined]);
    expect(monthName(3)).toBe('mars');
    expect(monthName(13)).toBeUndefined();
    expect(['månd', 'torsd.', 'tors', 'ons', 'Fredagen', 'tisdag', 'tidag'].map(weekdayFromAbbreviation)).toEqual([
      'monday',
      'thursday',
      'thursday',
      'wednesday',
      'friday',
      'tuesday',
      undefined,
    ]);
  });

  it('finds day/month dates and their years, and nothing in other slashes', () => {
    expect(findDayMonthSlashes('8/2 15/3 4/1-22 8/2 2021').map((m) => [m.day, m.month, m.year])).toEqual([
      [8, 2, undefined],
      [15, 3, undefined],
      [4, 1, 2022],
      [8, 2, 2021],
    ]);
    expect(findDayMonthSlashes('2021/22 1/2/3 31/4 KS 2019/123')).toEqual([]);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2021-11-17', '2021-11-18')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-12-31', '2021-12-30')).toBe(-1);
  });
});

describe('headings and bodies of schedule pages', () => {
  it.each([
    ['Sammanträdestider 2017', { years: [2017] }],
    ['Datum för sammanträden 2021', { years: [2021] }],
    ['Direktionens sammanträdesdatum 2021', { years: [2021], body: 'Direktionen' }],
    ['Barn- och utbildningsnämndens sammanträdestider 2019', { years: [2019], body: 'Barn- och utbildningsnämnden' }],
    ['Sammanträdesdagar för kommunstyrelsen 2022', { years: [2022], body: 'Kommunstyrelsen' }],
    ['Sammanträdesplan 2017-2018', { years: [2017, 2018] }],
    ['Sammanträdesdatum 2021: 8/2, 15/3', { years: [2021], rest: '8/2, 15/3' }],
    ['Hösten 2021', { years: [2021] }],
    ['Januari 2024', { years: [2024] }],
  ])('reads the heading "%s"', (text, expected) => {
    expect(scheduleHeading(text)).toEqual(expected);
  });

  it.each([
    'Sammanträdesdatum 2017-09-04',
    'Datum 12 mars 2021',
    'Sammanträdesdatum 2020PDF',
    'Beslutet gäller under mandatperioden 2015-2018.',
    'Under dokument i högerspalten finner du samtliga nämnders sammanträdestider under 2020.',
    'Sammanträdestider',
  ])('takes "%s" for no heading', (text) => {
    expect(scheduleHeading(text)).toBeUndefined();
  });

  it('reads the years of spans, and not those of ISO dates', () => {
    expect(yearsIn('hösten 2021 och våren 2022')).toEqual([2021, 2022]);
    expect(yearsIn('2021/22')).toEqual([2021, 2022]);
    expect(yearsIn('2021-2023')).toBeUndefined(); // a term of office, not one schedule's year
    expect(yearsIn('2021-05-03')).toBeUndefined();
  });

  it.each([
    ['Kommunfullmäktige', 'Kommunfullmäktige'],
    ['Barn- och utbildningsnämnden', 'Barn- och utbildningsnämnden'],
    ['Kultur-, fritids- och turismnämnden', 'Kultur-, fritids- och turismnämnden'],
    ['Kommunstyrelsens arbetsutskott (KSAU)', 'Kommunstyrelsens arbetsutskott'],
    ['Arbetsmarknads- och socialnämndens utskott', 'Arbetsmarknads- och socialnämndens utskott'],
    ['Socialnämndens individ- och familjeutskott', 'Socialnämndens individ- och familjeutskott'],
    ['Tekniska nämnden', 'Tekniska nämnden'],
    ['Nämnden för funktionshinderfrågor', 'Nämnden för funktionshinderfrågor'],
    ['Gemensam nämnd för hjälpmedel', 'Gemensam nämnd för hjälpmedel'],
    ['Revisorernas utskott', 'Revisorernas utskott'],
    ['Kommunstyrelsens allmänna utskott', 'Kommunstyrelsens allmänna utskott'],
    ['Direktionen:', 'Direktionen'],
  ])('reads the body "%s"', (text, name) => {
    expect(bodyName(text)?.name).toBe(name);
  });

  it.each([
    'Ansvarig nämnd',
    'Kontaktkort – Byggnadsnämnden',
    'Området',
    'Nämndplan för barn- och utbildningsnämnden',
    'Ordförande: Per Holm',
    'Malin Ek',
    'Kommunstyrelsens',
    'Byggnadsnämnden och miljönämnden har en gemensam förvaltning.',
  ])('takes "%s" for no body', (text) => {
    expect(bodyName(text)).toBeUndefined();
  });

  it('reads genitives only when asked, and section headings that name a body', () => {
    expect(bodyName('Kommunfullmäktiges', true)).toEqual({ name: 'Kommunfullmäktige', genitive: true });
    expect(bodyName('Kommunstyrelsens arbetsutskotts', true)?.name).toBe('Kommunstyrelsens arbetsutskott');
    expect(sectionBody('Kommunfullmäktiges sammanträden')).toBe('Kommunfullmäktige');
    expect(sectionBody('Sammanträdesdagar för byggnadsnämnden')).toBe('Byggnadsnämnden');
    expect(sectionBody('Öppna sammanträden')).toBeUndefined();
  });
});
