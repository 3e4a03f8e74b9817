import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from './document.js';
import { ParsedDocumentSchema } from './document.js';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';
import { looksLikeSchedulePage } from './schedule-page.js';

/**
 * Schedule pages in each layout the corpus shows, written anew with invented bodies and dates:
 * bullet lists with notes, one-line d/m lists, lists under body headings, month tables (one row per
 * section, or one row per body), bodies side by side, and the prose around them.
 */

const parse = (text: string): ParsedDocument => ParsedDocumentSchema.parse(parseDocument(text, { file: 'plan.txt' }));
/** Each schedule as "body year: date[ start][ status][ (note)]". */
const summary = (doc: ParsedDocument) =>
  doc.schedules.map(
    (s) =>
      `${s.body ?? doc.body.name ?? '?'} ${s.year}: ${s.meetings
        .map(
          (m) =>
            `${m.date}${m.start ? ` ${m.start}` : ''}${m.status !== 'planned' ? ` ${m.status}` : ''}${m.note ? ` (${m.note})` : ''}`,
        )
        .join(', ')}`,
  );
const warnings = (doc: ParsedDocument) => doc.diagnostics.filter((d) => d.severity !== 'info');
/** The 1-based number of the first line of `text` that is `line`. */
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('schedule pages: lists', () => {
  it('reads a bullet list under "Datum för sammanträden", with times, weekdays, notes and a two-day meeting', () => {
    const doc = parse(`Tekniska nämndens sammanträden

Tekniska nämndens sammanträden hålls i stadshusets sal Ekan. Mötena börjar klockan 14.00 om inget annat anges.

Datum för sammanträden 2026

 • 15 januari
 • 12 februari (torsdag)
 • 19 mars kl. 09.30 (bokslut)
 • 14-15 oktober kl. 08.00 (budget)
 • 10 december

Följ sammanträdena på webben`);
    expect(doc.kind).toBe('schedule');
    expect(doc.body.name).toBe('Tekniska nämnden');
    expect(doc.schedules).toHaveLength(1);
    expect(doc.schedules[0]).toMatchObject({ year: 2026, status: 'published' });
    expect(doc.schedules[0]?.body).toBeUndefined();
    expect(doc.schedules[0]?.meetings).toEqual([
      { date: '2026-01-15', start: '14:00', location: 'stadshusets sal Ekan', status: 'planned' },
      {
        date: '2026-02-12',
        statedWeekday: 'thursday',
        start: '14:00',
        location: 'stadshusets sal Ekan',
        status: 'planned',
      },
      { date: '2026-03-19', start: '09:30', location: 'stadshusets sal Ekan', note: 'bokslut', status: 'planned' },
      {
        date: '2026-10-14',
        start: '08:00',
        location: 'stadshusets sal Ekan',
        note: '14–15 oktober, budget',
        status: 'planned',
      },
      { date: '2026-12-10', start: '14:00', location: 'stadshusets sal Ekan', status: 'planned' },
    ]);
  });

  it('leaves out a date whose weekday beside it is another, saying so', () => {
    const doc = parse('Sammanträdestider 2026\n\n15 januari (torsdag)\n12 februari (måndag)\n19 mars\n16 april');
    expect(doc.schedules[0]?.meetings.map((m) => m.date)).toEqual(['2026-01-15', '2026-03-19', '2026-04-16']);
    expect(warnings(doc)).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringMatching(/2026-02-12 is a torsdag.*left out/) }),
    ]);
  });

  it('reads a one-line d/m list under the body named in the heading, and a cancellation in the prose', () => {
    const doc = parse(`Förbundsdirektionen

Förbundsdirektionen leder förbundet och består av två ledamöter från varje medlemskommun.

Förbundsdirektionens sammanträdesdatum 2025

10/2 17/3 28/4 9/6 15/9 20/10 24/11 15/12

Protokollet från det senaste mötet är justerat.

Förbundsdirektionens möte den 20 oktober 2025 är inställt.

Publicerad 2019-05-02, Uppdaterad 2025-10-01`);
    expect(doc.body.name).toBe('Förbundsdirektionen');
    expect(summary(doc)).toEqual([
      'Förbundsdirektionen 2025: 2025-02-10, 2025-03-17, 2025-04-28, 2025-06-09, 2025-09-15, 2025-10-20 cancelled, 2025-11-24, 2025-12-15',
    ]);
    expect(JSON.stringify(doc.schedules)).not.toContain('2025-10-01');
    expect(warnings(doc)).toEqual([]);
  });

  it("reads lists under body headings, with each body's usual time from the prose, and not the update date", () => {
    const doc = parse(`Sammanträdesdagar 2024

Regionfullmäktige sammanträder klockan 10.00 i plenisalen.

Regionstyrelsen sammanträder klockan 09.00.

Regionfullmäktige

12 februari
15 april
17 juni

Regionstyrelsen

23 januari
26 mars
28 maj

Sidan senast uppdaterad: 2024-03-02 10.15

Kontakt

Eva Lind
Nämndsekreterare`);
    expect(doc.body.name).toBeUndefined();
    expect(doc.title).toBe('Sammanträdesdagar 2024');
    expect(summary(doc)).toEqual([
      'Regionfullmäktige 2024: 2024-02-12 10:00, 2024-04-15 10:00, 2024-06-17 10:00',
      'Regionstyrelsen 2024: 2024-01-23 09:00, 2024-03-26 09:00, 2024-05-28 09:00',
    ]);
    expect(doc.schedules[0]?.meetings[0]?.location).toBe('plenisalen');
    expect(JSON.stringify(doc.schedules)).not.toContain('2024-03-02');
  });

  it("keeps a body page's name and ignores years in its prose", () => {
    const doc = parse(`Kultur- och fritidsnämnden

Uppdrag

Nämnden ansvarar för bibliotek, fritidsgårdar och föreningsbidrag under mandatperioden 2023-2026.

Kultur- och fritidsnämndens sammanträdestider 2024

7 februari
3 april
12 juni
18 september
4 december

Kallelse till nästa sammanträde`);
    expect(doc.body.name).toBe('Kultur- och fritidsnämnden');
    expect(summary(doc)).toEqual([
      'Kultur- och fritidsnämnden 2024: 2024-02-07, 2024-04-03, 2024-06-12, 2024-09-18, 2024-12-04',
    ]);
  });

  it('reads labelled and month-first lists', () => {
    const doc = parse(`Sammanträdesplan 2025

Socialnämnden: 21 januari, 18 februari och 18 mars
Valnämnden: 4 mars

Januari – 28
Februari – 25`);
    expect(summary(doc)).toEqual([
      'Socialnämnden 2025: 2025-01-21, 2025-02-18, 2025-03-18',
      'Valnämnden 2025: 2025-03-04',
      '? 2025: 2025-01-28, 2025-02-25',
    ]);
  });

  it('reads a heading that names the body first, a list of another body on one line, and season headings', () => {
    const doc = parse(`Servicenämnden

Servicenämnden sammanträder följande datum 2025:

Måndag 27 januari
Måndag 24 februari

Sammanträdesdatum 2025 för valnämnden: 5 februari, 12 mars

VT 2026
Tisdagen den 20 januari klockan 13.00`);
    expect(summary(doc)).toEqual([
      'Servicenämnden 2025: 2025-01-27, 2025-02-24',
      'Valnämnden 2025: 2025-02-05, 2025-03-12',
      'Servicenämnden 2026: 2026-01-20 13:00',
    ]);
  });

  it('takes the time on the line under each date when every date has one', () => {
    const doc = parse(
      'Byggnadsnämnden\n\nMötesdatum 2026\n\n21 januari\n13.00\n18 februari\n08.30\n18 mars\nkl. 13.00',
    );
    expect(summary(doc)).toEqual(['Byggnadsnämnden 2026: 2026-01-21 13:00, 2026-02-18 08:30, 2026-03-18 13:00']);
  });

  it('leaves dates under a header of deadlines out, unless the header names the column of meetings', () => {
    const vertical = parse(
      'Valnämnden\n\nSammanträdestider 2026\n\nSista dag för ärenden\n\n9 januari\n23 januari\n6 februari\n20 februari',
    );
    expect(vertical.schedules).toEqual([]);
    expect(warnings(vertical)[0]?.message).toMatch(/deadlines rather than meetings/);
    const columns = parse(
      'Valnämnden\n\nSammanträdestider 2026\n\nSista dag för ärenden   Sammanträde\n9 januari   23 januari\n6 februari   20 februari',
    );
    expect(summary(columns)).toEqual(['Valnämnden 2026: 2026-01-23, 2026-02-20']);
  });

  it('reads the hour from a "Tid" column beside the meetings and their deadlines, tabbed or aligned', () => {
    for (const sep of ['\t', '    ']) {
      const rows = [
        ['Datum', 'Tid', 'Sista dag för ärenden'],
        ['12 januari', '13.00', '2 januari'],
        ['9 februari', 'kl. 08.30', '26 januari'],
        ['9 mars', '13.00–15.00', '23 februari'],
      ];
      const doc = parse(`Hamnnämnden\n\nSammanträden 2027\n\n${rows.map((r) => r.join(sep)).join('\n')}`);
      // An hour with an end is not a cell of one hour: that meeting keeps its date only.
      expect(summary(doc)).toEqual(['Hamnnämnden 2027: 2027-01-12 13:00, 2027-02-09 08:30, 2027-03-09']);
    }
  });

  it('leaves a line out when it mixes bodies or deadlines with its dates', () => {
    const doc = parse(`Sammanträdestider 2025

Kommunstyrelsen 24 januari, Kommunfullmäktige 30 januari
24 februari Kommunstyrelsen, 3 mars Kommunfullmäktige
17 mars, sista dag för ärenden 3 mars`);
    expect(summary(doc)).toEqual(['Kommunstyrelsen 2025: 2025-02-24', 'Kommunfullmäktige 2025: 2025-03-03']);
    expect(warnings(doc).map((d) => [d.line, d.message.replace(/^.*: /, '')])).toEqual([
      [3, 'it names another body than Kommunstyrelsen, and which date is whose cannot be told'],
      [5, 'it names deadlines as well, and which date is whose cannot be told'],
    ]);
  });

  it('lets a list run into the next year only when the heading names it', () => {
    const span = parse('Sammanträdestider hösten 2025 och våren 2026\n\n8 september\n10 november\n19 januari\n16 mars');
    expect(summary(span)).toEqual(['? 2025: 2025-09-08, 2025-11-10', '? 2026: 2026-01-19, 2026-03-16']);
    const one = parse('Sammanträdestider 2025\n\n8 september\n10 november\n19 januari\n16 mars');
    expect(summary(one)).toEqual(['? 2025: 2025-09-08, 2025-11-10']);
    expect(warnings(one)[0]).toMatchObject({ line: 5, message: expect.stringMatching(/may run into 2026/) });
  });

  it('reads no date from lists of holidays or spans, and none without a year', () => {
    const doc = parse(
      'Sammanträdesplan 2026\n\nSportlov 23/2 - 27/2\n1 juli - 31 juli\n\nVåra möten\n\n12 januari\n9 februari\n\n2/3 9/3',
    );
    expect(summary(doc)).toEqual(['? 2026: 2026-01-12, 2026-02-09, 2026-03-02, 2026-03-09']);
    expect(warnings(doc).map((d) => d.line)).toEqual([4]);
    const undated = parse('Sammanträdestider\n\nKommunstyrelsen\n\n12 januari\n9 februari\n9 mars\n13 april');
    expect(undated.schedules).toEqual([]);
  });

  it("reads no dates under a heading it does not know (news, documents), but goes on through a list's cells", () => {
    const doc = parse(`Byggnadsnämnden

Sammanträdestider 2024

Datum
Tid
Plats
24 januari
13.00
Stadshuset
21 februari
13.00
Stadshuset

Nyheter

2024-03-12
Nytt beslut om detaljplan

12 april 2024
Förskolan invigd`);
    expect(summary(doc)).toEqual(['Byggnadsnämnden 2024: 2024-01-24 13:00, 2024-02-21 13:00']);
    expect(doc.diagnostics.filter((d) => d.severity === 'info').map((d) => d.message)).toEqual([
      'dates after "Nyheter" (line 15) are under no heading of meeting dates; left out',
      'dates after "Nytt beslut om detaljplan" (line 18) are under no heading of meeting dates; left out',
    ]);
  });

  it('does not take dates for a body once a heading it cannot read has come between', () => {
    const doc = parse(`Mötestider 2026

Kommunstyrelsen

14 januari
11 februari

Kommunstyrelsens utskott, kl 08.30

21 januari
18 februari`);
    expect(summary(doc)).toEqual(['Kommunstyrelsen 2026: 2026-01-14, 2026-02-11', '? 2026: 2026-01-21, 2026-02-18']);
    expect(warnings(doc)[0]?.message).toMatch(/unclear which body the dates are for/);
  });
});

const FIRST_HALF = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni'];

/** The head of a page with three bodies side by side: each body's name, usual day, time and room. */
const SIDE_BY_SIDE = `Sammanträdesplan 2026

Kommunstyrelsens
arbetsutskott
tisdagar kl.13.00
i Lagret
  Kommunstyrelsen
  tisdagar kl.15.00
  i Salen
  Kommunfullmäktige
  måndagar kl.18.00
  i Aulan`;

describe('schedule pages: tables', () => {
  it('reads a month table per body and year (six month headers, then six cells), footnotes and unset times', () => {
    // As a web page's table comes out of text extraction: every cell a paragraph of its own.
    const text = [
      'Sammanträdestider',
      'Miljönämnden',
      'Ordförande: Per Holm',
      'Sammanträdestider 2025',
      ...FIRST_HALF,
      ...['-', '12* kl. 09.00', '19:e kl. 13.00', '-', '21:a kl. 13.00', '18:e kl. 13.00'],
      '*= inklusive årsbokslut',
      'Sammanträdestider 2026',
      ...FIRST_HALF,
      ...['21:a kl. xx.xx', '-', '11:e kl. xx.xx', '15:e kl. xx.xx', '20:e-21:a kl. xx.xx', '17:e kl. xx.xx'],
      'Socialnämnden',
      'Sammanträdestider 2025',
      ...FIRST_HALF,
      // Seven cells under six months: which month each is in cannot be told.
      ...['22:a kl. 08.30', '19:e kl. 08.30', '5:e kl. 08.30', '26:e kl. 08.30', '16:e kl. 08.30'],
      ...['28:e kl. 08.30', '11:e kl. 08.30'],
    ].join('\n\n');
    const doc = parse(text);
    expect(summary(doc)).toEqual([
      'Miljönämnden 2025: 2025-02-12 09:00 (inklusive årsbokslut), 2025-03-19 13:00, 2025-05-21 13:00, 2025-06-18 13:00',
      'Miljönämnden 2026: 2026-01-21, 2026-03-11, 2026-04-15, 2026-05-20 (20–21 maj), 2026-06-17',
    ]);
    expect(warnings(doc)).toEqual([
      expect.objectContaining({
        line: lineOf(text, '22:a kl. 08.30'),
        message: expect.stringMatching(/7 cells under 6 months/),
      }),
    ]);
  });

  it('reads a month table of one row per body, with two dates in a cell, a time column and footnotes', () => {
    const text = `Mötestider 2025

Organ

Jan

Feb

Mar

Klockan

Kommunfullmäktige

27

24

31*

18.00
*budget

Kommunstyrelsen

13

3
24

10

08.30

Krisledningsnämnden
(vid behov)


1403


10:00

Revisorernas utskott

2*

-

4/1-26

13.00
*tors`;
    const doc = parse(text);
    expect(summary(doc)).toEqual([
      'Kommunfullmäktige 2025: 2025-01-27 18:00, 2025-02-24 18:00, 2025-03-31 18:00 (budget)',
      'Kommunstyrelsen 2025: 2025-01-13 08:30, 2025-02-03 08:30, 2025-02-24 08:30, 2025-03-10 08:30',
      'Revisorernas utskott 2025: 2025-01-02 13:00',
      'Revisorernas utskott 2026: 2026-01-04 13:00',
    ]);
    expect(doc.schedules[2]?.meetings[0]?.statedWeekday).toBe('thursday');
    expect(warnings(doc)).toEqual([
      expect.objectContaining({
        line: lineOf(text, '1403'),
        message: expect.stringMatching(/Krisledningsnämnden has 1 cell under 3 months \(januari–mars\)/),
      }),
    ]);
  });

  it('reads a month table whose header and rows are each one line', () => {
    const doc = parse(`Sammanträdestider 2026

Nämnd	Jan	Feb	Mar	Apr	Tid
Kommunstyrelsen	13	10	10	14	09.00
Barn- och utbildningsnämnden	21	18	-	22	13.00
Valnämnden	5	-`);
    expect(summary(doc)).toEqual([
      'Kommunstyrelsen 2026: 2026-01-13 09:00, 2026-02-10 09:00, 2026-03-10 09:00, 2026-04-14 09:00',
      'Barn- och utbildningsnämnden 2026: 2026-01-21 13:00, 2026-02-18 13:00, 2026-04-22 13:00',
    ]);
    expect(warnings(doc)[0]?.message).toMatch(/Valnämnden has 2 cells under 4 months/);
  });

  it('reads bodies side by side, with their usual time and room, until a row loses its columns', () => {
    const doc = parse(`${SIDE_BY_SIDE}
  13 januari   27 januari   9 februari
  9 mars BS, månd   24 mars BS   13 april BS, kl.17
  2 juni   -   -
 6 oktober D
 20 oktober
BS = Bokslut   Påsklov 30/3 - 3/4`);
    expect(doc.body.name).toBeUndefined();
    expect(summary(doc)).toEqual([
      'Kommunstyrelsens arbetsutskott 2026: 2026-01-13 13:00, 2026-03-09 13:00 (Bokslut), 2026-06-02 13:00',
      'Kommunstyrelsen 2026: 2026-01-27 15:00, 2026-03-24 15:00 (Bokslut)',
      'Kommunfullmäktige 2026: 2026-02-09 18:00, 2026-04-13 17:00 (Bokslut)',
      '? 2026: 2026-10-06 (D), 2026-10-20',
    ]);
    expect(doc.schedules[0]?.meetings[0]?.location).toBe('Lagret');
    expect(doc.schedules[0]?.meetings[1]?.statedWeekday).toBe('monday');
    expect(JSON.stringify(doc.schedules)).not.toContain('2026-03-30');
    expect(warnings(doc)).toEqual([
      expect.objectContaining({ line: 16, message: expect.stringMatching(/1 cell under 3 columns/) }),
    ]);
  });
});

describe('schedule pages: cells laid out by position', () => {
  it('keeps a day and its month in one cell however many spaces stand between them', () => {
    const doc = parse(`${SIDE_BY_SIDE}
  13  januari   27 januari     9  februari
  10 mars    24  mars    13 april
  2 juni   -   -`);
    expect(summary(doc)).toEqual([
      'Kommunstyrelsens arbetsutskott 2026: 2026-01-13 13:00, 2026-03-10 13:00, 2026-06-02 13:00',
      'Kommunstyrelsen 2026: 2026-01-27 15:00, 2026-03-24 15:00',
      'Kommunfullmäktige 2026: 2026-02-09 18:00, 2026-04-13 18:00',
    ]);
    expect(warnings(doc)).toEqual([]);
  });
});

describe('schedule pages: abbreviations and bodies in columns', () => {
  it("reads a header of bodies over rows that start with the month, with the page's own abbreviations", () => {
    const doc = parse(`Sammanträdesplan 2026

Planen gäller kommunstyrelsen (KS), kommunfullmäktige (KF) och miljönämnden (MN).

Månad\tKS\tKF\tMN
Januari\t20\t-\t14
Februari\t17\t23\t11
Mars\t17, 31\t-\t18
April\t14\t27\t1522
Maj\t5\t25

KS 9 juni
22 juni KF
MN: 10 juni`);
    expect(summary(doc)).toEqual([
      'Kommunstyrelsen 2026: 2026-01-20, 2026-02-17, 2026-03-17, 2026-03-31, 2026-04-14, 2026-06-09',
      'Miljönämnden 2026: 2026-01-14, 2026-02-11, 2026-03-18, 2026-06-10',
      'Kommunfullmäktige 2026: 2026-02-23, 2026-04-27, 2026-06-22',
    ]);
    expect(warnings(doc).map((d) => [d.line, d.message.slice(0, 40)])).toEqual([
      [9, '"1522" under april is not a day of the m'],
      [10, 'the row of maj has 2 cells under 3 bodie'],
    ]);
  });
});

describe('schedule pages: a column headed by a body in the indefinite form', () => {
  it('reads "Arbetsutskott" over its column of days as it reads "Kommunstyrelsen" beside it', () => {
    const doc = parse(`Sammanträdesplan 2027
Kommunstyrelsen och dess arbetsutskott

Månad        Arbetsutskott    Kommunstyrelsen
Januari      12               26
Februari     9                23 *
Augusti      17               —

* Bokslut`);
    expect(summary(doc)).toEqual([
      'Arbetsutskott 2027: 2027-01-12, 2027-02-09, 2027-08-17',
      'Kommunstyrelsen 2027: 2027-01-26, 2027-02-23 (Bokslut)',
    ]);
  });
});

describe('schedule pages: bodies named side by side on one row over their columns of dates', () => {
  it("reads each column as its body's dates, with a time noted in a cell", () => {
    const doc = parse(`Sammanträdesplan 2027
Hamnnämnden och dess utskott

Hamnnämnden        Arbetsutskottet
27 januari         13 januari
10 mars            24 februari
16 juni (kl. 09.00)   2 juni`);
    expect(summary(doc)).toEqual([
      'Hamnnämnden 2027: 2027-01-27, 2027-03-10, 2027-06-16 09:00',
      'Arbetsutskottet 2027: 2027-01-13, 2027-02-24, 2027-06-02',
    ]);
  });

  it('reads no column when the heads are not all bodies or a row has another number of cells', () => {
    const notBodies = parse(`Sammanträdesplan 2027

Hamnnämnden        Anteckningar
27 januari         13 januari`);
    expect(notBodies.schedules.some((s) => s.body === 'Anteckningar')).toBe(false);
    const first = parse(`Sammanträdesplan 2027

Hamnnämnden        Arbetsutskottet
27 januari`);
    expect(first.schedules.some((s) => s.body === 'Arbetsutskottet')).toBe(false);
  });
});

describe('schedule pages: a month table flattened onto one line', () => {
  it('reads rows of bodies under the months, with their times and footnotes', () => {
    const doc = parse(
      'Mötestider 2026 Kalendern visar när nämnderna sammanträder. Beslutsinstans Jan Feb Mar Apr Maj Jun Klockan ' +
        'Kommunfullmäktige 26 23 30 27 25 15* 18.00 *budget Kommunstyrelsen 13 10 10 14 12 2 08.30 ' +
        'Bygg- och miljönämnden - 18 18 22 20 10 13.00',
    );
    expect(doc.kind).toBe('schedule');
    expect(summary(doc)).toEqual([
      'Kommunfullmäktige 2026: 2026-01-26 18:00, 2026-02-23 18:00, 2026-03-30 18:00, 2026-04-27 18:00, 2026-05-25 18:00, 2026-06-15 18:00 (budget)',
      'Kommunstyrelsen 2026: 2026-01-13 08:30, 2026-02-10 08:30, 2026-03-10 08:30, 2026-04-14 08:30, 2026-05-12 08:30, 2026-06-02 08:30',
      'Bygg- och miljönämnden 2026: 2026-02-18 13:00, 2026-03-18 13:00, 2026-04-22 13:00, 2026-05-20 13:00, 2026-06-10 13:00',
    ]);
  });

  it("reads one body's cells under each half year, a day with its time as one cell", () => {
    const doc = parse(
      'Sammanträdestider Här finns nämndens tider. Sammanträdestider 2026 Januari Februari Mars April Maj Juni ' +
        '- 18:e kl. 13.00 18:e kl. 13.00 22:a kl. 13.00 - 17:e kl. 09.00 Juli Augusti September Oktober November ' +
        'December - 26:e kl. 13.00 23:e kl. 13.00 21:a kl. 13.00 18:e kl. 13.00 9* kl. 09.00 *= med julbord',
    );
    expect(summary(doc)).toEqual([
      '? 2026: 2026-02-18 13:00, 2026-03-18 13:00, 2026-04-22 13:00, 2026-06-17 09:00, 2026-08-26 13:00, ' +
        '2026-09-23 13:00, 2026-10-21 13:00, 2026-11-18 13:00, 2026-12-09 09:00 (med julbord)',
    ]);
  });

  it('reads a table of bodies side by side, a row per month, with the marks after its days', () => {
    const doc = parse(
      'Sammanträdesplan 2027 Kommunstyrelsen och dess arbetsutskott Månad Arbetsutskott Kommunstyrelsen ' +
        'Januari 12 26 Februari 9 23 * Mars 9 23 Augusti 17 — Uppdaterad 2026-11-20',
    );
    expect(summary(doc)).toEqual([
      'Arbetsutskott 2027: 2027-01-12, 2027-02-09, 2027-03-09, 2027-08-17',
      'Kommunstyrelsen 2027: 2027-01-26, 2027-02-23, 2027-03-23',
    ]);
    // A month with a third day: which body's is which cannot be told.
    expect(
      parse('Sammanträdesplan 2027 Månad KS KF Januari 12 26 Februari 9 16 23 Mars 9 23 April 6 20').schedules,
    ).toEqual([]);
  });

  it('reads no date of a page where a row has more days than months (a cell with two dates, flattened)', () => {
    const doc = parse(
      'Mötestider 2026 Beslutsinstans Jan Feb Mar Apr Maj Jun Klockan Kommunfullmäktige 26 23 30 27 25 15 18.00 ' +
        'Kommunstyrelsen 13 10 10 14 5 26 2 08.30',
    );
    expect(doc.schedules).toEqual([]);
  });
});

describe('looksLikeSchedulePage', () => {
  const looks = (text: string) => looksLikeSchedulePage(toLines(text));

  it('knows a schedule page by a heading with a year and dates', () => {
    expect(looks('Mötestider 2026\n\n12 januari\n9 februari\n9 mars\n13 april')).toBe(true);
    expect(looks('Styrelsen\n\nSammanträdesdatum 2026\n\n12/1 9/2 9/3 13/4')).toBe(true);
  });

  it('does not take minutes, agendas or pages without a schedule heading for one', () => {
    expect(
      looks('Sammanträdestider 2026\n\n12 januari\n9 februari\n9 mars\n13 april\n\nPlats och tid: Stadshuset'),
    ).toBe(false);
    expect(looks('Protokoll\n\nSammanträdestider 2026\n12 januari\n9 februari\n9 mars\n13 april')).toBe(false);
    expect(looks('§ 12 Sammanträdestider 2026\n\n12 januari\n9 februari\n9 mars\n13 april')).toBe(false);
    expect(looks('1. Val av justerare\n2. Sammanträdestider 2026\n12 januari\n9 februari\n9 mars\n13 april')).toBe(
      false,
    );
    expect(looks('Nyheter\n\n12 januari\n9 februari\n9 mars\n13 april')).toBe(false);
    expect(looks('Socialnämnden\n5 Sammanträdestider 2026\n12 januari\n9 februari\n9 mars')).toBe(false);
    expect(looks('Sammanträdestider 2026\n12 januari\n9 februari\n9 mars\nFörslag till beslut: godkänns')).toBe(false);
    expect(looks('Sammanträdestider 2026\n\nSe kalendern.')).toBe(false);
  });

  it('reads a page as a schedule when told to, and says when it finds no date', () => {
    const doc = parseDocument('Inga datum här.', { kind: 'schedule' });
    expect(doc.kind).toBe('schedule');
    expect(doc.schedules).toEqual([]);
    expect(doc.diagnostics[0]?.message).toMatch(/no meeting date/);
  });
});

describe('a schedule page flattened onto one line', () => {
  it.each([
    'Sammanträdesdagar 2026 Barnnämnden: 12/2, 12/3, 23/4 Servicenämnden: 3/2, 3/3, 7/4 Alla möten börjar kl. 13.00 i Ekesalen.',
    'Sammanträdesdagar 2026 Barnnämnden 12/2, 12/3, 23/4 Servicenämnden 3/2, 3/3, 7/4',
    'Sammanträdesdagar 2026 Barnnämnden: 12 februari, 12 mars, 23 april Servicenämnden: 3 februari, 3 mars, 7 april',
  ])('reads each body with its own dates: %s', (text) => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('schedule');
    const dates = (body: string) => doc.schedules.find((s) => s.body === body)?.meetings.map((m) => m.date);
    expect(dates('Barnnämnden')).toEqual(['2026-02-12', '2026-03-12', '2026-04-23']);
    expect(dates('Servicenämnden')).toEqual(['2026-02-03', '2026-03-03', '2026-04-07']);
  });
  it('reads the dates right after a heading that names its body, as the page with its line breaks', () => {
    const page = [
      'Sammanträdestider för Hamnnämnden 2026',
      '',
      'Onsdag 21 januari',
      'Onsdag 18 februari',
      'Onsdag 22 april – inställt',
      'Onsdag 20 maj',
      '',
      'Sammanträdena börjar kl. 08.30 i Fyrsalen.',
    ].join('\n');
    const flat = parseDocument(page.replace(/\s*\n\s*/g, ' '));
    expect([flat.kind, flat.body.name]).toEqual(['schedule', 'Hamnnämnden']);
    const read = (doc: ParsedDocument) =>
      doc.schedules.flatMap((s) => s.meetings.map((m) => `${m.date} ${m.start ?? ''} ${m.status}`));
    expect(read(flat)).toEqual([
      '2026-01-21 08:30 planned',
      '2026-02-18 08:30 planned',
      '2026-04-22 08:30 cancelled',
      '2026-05-20 08:30 planned',
    ]);
    expect(read(flat)).toEqual(read(parseDocument(page)));
  });
  it('reads the body whose name opens the page before a label of its people ("Ordförande: …")', () => {
    const doc = parseDocument(
      'Tekniska nämnden Ordförande: Eja Holm Sammanträdestider 2026 14 januari 11 februari 11 mars 15 april 13 maj 10 juni 26 augusti 23 september 21 oktober 18 november 16 december Nämndens sammanträden är öppna för allmänheten och hålls i Ekby kommunhus, sal Linnean. Handlingarna finns på webbplatsen en vecka före varje möte.',
    );
    expect(doc.kind).toBe('schedule');
    expect(doc.body.name).toBe('Tekniska nämnden');
    expect(doc.schedules[0]?.meetings).toHaveLength(11);
  });
  it('reads a short page: its heading, its dates and a sentence of their time', () => {
    const doc = parseDocument(
      'Byggnadsnämnden Sammanträdestider 2026 14 januari 11 februari 11 mars 15 april 13 maj 10 juni Alla möten börjar kl. 18.00.',
    );
    expect(doc.kind).toBe('schedule');
    expect(doc.body.name).toBe('Byggnadsnämnden');
    expect(doc.schedules[0]?.meetings.map((m) => m.date)).toEqual([
      '2026-01-14',
      '2026-02-11',
      '2026-03-11',
      '2026-04-15',
      '2026-05-13',
      '2026-06-10',
    ]);
  });
  it.each([
    'Kulturnämnden Sammanträdestider 2026 Vecka 3 13 jan Vecka 7 10 feb Vecka 11 10 mars Vecka 16 14 april Sammanträdena börjar kl. 13.00 i Ekby kommunhus.',
    'Kulturnämnden Sammanträdestider 2026 v. 3 13/1 v. 7 10/2 v. 11 10/3 v. 16 14/4 Sammanträdena börjar kl. 13.00 i Ekby kommunhus.',
  ])('reads dates whose rows start with the week, not the week as a day: %s', (text) => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('schedule');
    expect(doc.schedules[0]?.meetings.map((m) => m.date)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
  });
  it('keeps its line number on every diagnostic', () => {
    const doc = parseDocument('\n\nSammanträdesdagar 2026 Barnnämnden: 12/2, 31/2, 23/4 Servicenämnden: 3/2, 3/3, 7/4');
    for (const d of doc.diagnostics) if (d.line !== undefined) expect(d.line).toBe(3);
  });
});

describe('a list of dates in a sentence, under the page’s own body', () => {
  const PAGE = [
    'Kulturnämnden',
    'Nämndens sammanträden 2026: 22/1, 19/2, 19/3 och 16/4. Sammanträdena börjar kl. 9.00 i Lyktan.',
  ].join('\n');

  it('files the dates under the body the page names, not under a bare "Nämnden"', () => {
    expect(summary(parse(PAGE))).toEqual(['Kulturnämnden 2026: 2026-01-22, 2026-02-19, 2026-03-19, 2026-04-16']);
  });

  it('gives the last date no note or time from the sentence after it', () => {
    const last = parse(PAGE).schedules[0]?.meetings.at(-1);
    expect([last?.start, last?.note]).toEqual([undefined, undefined]);
  });

  it('keeps a note after a date in the same sentence', () => {
    const doc = parse(['Kulturnämnden', 'Nämndens sammanträden 2026: 22/1, 19/2, 19/3 och 16/4 budget.'].join('\n'));
    expect(summary(doc)).toEqual(['Kulturnämnden 2026: 2026-01-22, 2026-02-19, 2026-03-19, 2026-04-16 (budget)']);
  });
});

describe('a schedule whose rows start with the week ("Vecka 5, tisdag 28 januari")', () => {
  it('reads the dates after the week number', () => {
    const doc = parseDocument(
      'Sammanträdesplan 2025\nServicenämnden\n\nVecka 6, onsdag 5 februari\nVecka 11, onsdag 12 mars\nv. 15 onsdag 9 april\n',
    );
    expect(doc.schedules.flatMap((s) => s.meetings.map((m) => m.date))).toEqual([
      '2025-02-05',
      '2025-03-12',
      '2025-04-09',
    ]);
  });
});

describe('a schedule of two years, each year a label before its dates', () => {
  const PAGE = [
    'Sammanträdesdagar 2027–2028',
    'Valnämnden',
    '2027: 10 mars, 12 maj, 6 oktober',
    '2028: 9 februari, 13 september',
  ].join('\n');
  const EXPECTED = ['Valnämnden 2027: 2027-03-10, 2027-05-12, 2027-10-06', 'Valnämnden 2028: 2028-02-09, 2028-09-13'];

  it('gives each date the year it stands under', () => {
    expect(summary(parse(PAGE))).toEqual(EXPECTED);
  });

  it("does not take the next label's year for the date before it when flattened", () => {
    expect(summary(parse(PAGE.replace(/\s*\n\s*/g, ' ')))).toEqual(EXPECTED);
  });
});

describe('a sentence of every meeting after a flattened list', () => {
  it('gives the last date no note and no time of its own', () => {
    const text =
      'Sammanträdestider 2027 Kommunfullmäktige 3 feb kl 13:00 17 mar kl 13:00 21 apr kl 18:00 Samtliga sammanträden hålls i Sessionssalen.';
    const last = parse(text).schedules[0]?.meetings.at(-1);
    expect([last?.date, last?.start, last?.note]).toEqual(['2027-04-21', '18:00', undefined]);
  });

  it("keeps a note that is the date's own", () => {
    const text = 'Sammanträdestider 2027 Kommunfullmäktige 3 feb kl 13:00 17 mar kl 13:00 21 apr kl 18:00 budget';
    expect(parse(text).schedules[0]?.meetings.at(-1)?.note).toBe('budget');
  });
});

describe('a month table whose columns skip a month without meetings', () => {
  it('reads "Jun Aug" (no meeting in July) as the table it is, each day under its month', () => {
    const text = [
      'Sammanträdesplan 2025',
      'Fritidsnämnden',
      '',
      'Jan\tFeb\tMar\tApr\tMaj\tJun\tAug\tSep\tOkt\tNov\tDec',
      '21\t18\t18\t22\t20\t17\t19\t16\t21\t18\t9',
    ].join('\n');
    const doc = parse(text);
    expect(doc.kind).toBe('schedule');
    expect(doc.schedules.flatMap((s) => s.meetings.map((m) => m.date))).toEqual([
      '2025-01-21',
      '2025-02-18',
      '2025-03-18',
      '2025-04-22',
      '2025-05-20',
      '2025-06-17',
      '2025-08-19',
      '2025-09-16',
      '2025-10-21',
      '2025-11-18',
      '2025-12-09',
    ]);
  });
});

describe('a footnote written "* Text" under a list whose date is marked "*"', () => {
  const page = (footnoteLine: string) =>
    parse(
      [
        'Sammanträdestider 2025',
        'Fritidsnämnden',
        '',
        'tisdag 28 januari',
        'tisdag 25 mars*',
        'tisdag 22 april',
        '',
        footnoteLine,
      ].join('\n'),
    );

  it.each(['* Gemensamt med Kulturnämnden', '*Gemensamt med Kulturnämnden'])(
    'is the note of the marked date: %s',
    (line) => {
      const meetings = page(line).schedules.flatMap((s) => s.meetings);
      expect(meetings.map((m) => [m.date, m.note ?? null])).toEqual([
        ['2025-01-28', null],
        ['2025-03-25', 'Gemensamt med Kulturnämnden'],
        ['2025-04-22', null],
      ]);
    },
  );

  it('is a bullet where no date waits for it ("* Kommunstyrelsen" over its dates)', () => {
    const doc = parse(
      'Sammanträdestider 2025\n\n* Kommunstyrelsen\n* 14 januari\n* 11 februari\n\n* Socialnämnden\n* 20 januari\n* 17 februari\n',
    );
    expect(doc.schedules.map((s) => [s.body, s.meetings.map((m) => m.date)])).toEqual([
      ['Kommunstyrelsen', ['2025-01-14', '2025-02-11']],
      ['Socialnämnden', ['2025-01-20', '2025-02-17']],
    ]);
  });
});

describe('schedule pages: "Nämnd" over a column of the body the page is about', () => {
  const page = (heading: string) =>
    parse(`Sammanträdesplan 2027
${heading}

Månad        Arbetsutskott    Nämnd
Januari      12 januari       26 januari
Februari     9 februari       23 februari
Juni         8 juni           –`);
  it('reads the column as the body the heading names, also "… i Ekby kommun"', () => {
    const expected = [
      'Arbetsutskott 2027: 2027-01-12, 2027-02-09, 2027-06-08',
      'Hamnnämnden 2027: 2027-01-26, 2027-02-23',
    ];
    expect(summary(page('Hamnnämnden'))).toEqual(expected);
    expect(summary(page('Hamnnämnden i Ekby kommun'))).toEqual(expected);
  });
  it('names no body "Nämnd" where the heading names another kind of body', () => {
    expect(page('Kommunstyrelsen').schedules.some((s) => /Nämnd|Kommunstyrelsen/u.test(s.body ?? ''))).toBe(false);
  });
});

describe('schedule pages: a heading "<body> – sammanträden <year>"', () => {
  it('names the body before the dash, without the municipality after "i"', () => {
    for (const heading of ['Hamnnämnden – sammanträden 2027', 'Hamnnämnden i Norrvik – sammanträden 2027']) {
      const doc = parse(`${heading}

Måndag 1 februari kl. 18.30
Måndag 15 mars kl. 18.30
Måndag 19 april kl. 18.30`);
      expect(doc.body.name).toBe('Hamnnämnden');
      expect(doc.schedules.flatMap((s) => s.meetings.map((m) => m.date))).toEqual([
        '2027-02-01',
        '2027-03-15',
        '2027-04-19',
      ]);
    }
  });
});

describe('schedule pages: an hour said of every meeting, and hours said otherwise', () => {
  const page = (prose: string) =>
    parse(`Sammanträdesdagar 2027

Hamnnämnden
26 januari, 23 februari, 23 mars

Kommunfullmäktige
15 februari, 12 april

${prose}`);
  it('gives "Samtliga sammanträden börjar kl. 13.00" to every body, not only the last heading\'s', () => {
    expect(summary(page('Samtliga sammanträden börjar kl. 13.00.'))).toEqual([
      'Hamnnämnden 2027: 2027-01-26 13:00, 2027-02-23 13:00, 2027-03-23 13:00',
      'Kommunfullmäktige 2027: 2027-02-15 13:00, 2027-04-12 13:00',
    ]);
  });
  it('sets no such hour when the prose gives another it cannot tie to a body, and says so', () => {
    const doc = page('Samtliga sammanträden börjar kl. 13.00 om inget annat anges. Fullmäktige börjar kl. 18.00.');
    expect(summary(doc)).toEqual([
      'Hamnnämnden 2027: 2027-01-26, 2027-02-23, 2027-03-23',
      'Kommunfullmäktige 2027: 2027-02-15, 2027-04-12',
    ]);
    expect(warnings(doc).map((d) => d.code)).toContain('schedule-times-unsure');
    // A heading's own sentence is not in doubt.
    const stated = page('Hamnnämnden sammanträder kl. 09.00. Fullmäktige börjar kl. 18.00.');
    expect(summary(stated)[0]).toBe('Hamnnämnden 2027: 2027-01-26 09:00, 2027-02-23 09:00, 2027-03-23 09:00');
  });
});

describe('schedule pages: a table whose first column is the week ("Vecka Dag Datum Tid")', () => {
  it("reads each row's date and hour, and takes no week number for a day", () => {
    const doc = parse(`Mötesplan för Hamnrådet 2027

Vecka   Dag       Datum         Tid
7       Onsdag    17 februari   09.30
15      Onsdag    14 april      09.30
37      Onsdag    15 september  13.00`);
    expect(doc.body.name).toBe('Hamnrådet');
    expect(summary(doc)).toEqual(['Hamnrådet 2027: 2027-02-17 09:30, 2027-04-14 09:30, 2027-09-15 13:00']);
  });
});

describe("a time in a date's note under a page's usual time", () => {
  const meetings = (note: string) =>
    parse(`Sammanträdestider 2026\nMiljönämnden\nOnsdagar kl. 13.00\n28 januari\n29 april ${note}\n27 maj\n`)
      .schedules.flatMap((s) => s.meetings)
      .map((m) => [m.date, m.start ?? null]);
  it('is the meeting\'s own time when it is the note\'s one time: "(obs! kl. 9.00)"', () => {
    expect(meetings('(obs! kl. 9.00)')).toEqual([
      ['2026-01-28', '13:00'],
      ['2026-04-29', '09:00'],
      ['2026-05-27', '13:00'],
    ]);
  });
  it.each(['(flyttat från 22 april kl. 13.00)', '(kl. 9–12 och 13–15)'])(
    'leaves the meeting with no time when the note may speak of another: %s',
    (note) => {
      expect(meetings(note)[1]).toEqual(['2026-04-29', null]);
    },
  );
});

describe('a sentence of the usual time whose subject is "Nämnden"', () => {
  it.each([
    'Gymnasienämnden\nSammanträdesplan 2026\n\nNämnden sammanträder på onsdagar kl. 15.00.\n14/1, 11/2, 18/3\n',
    'Gymnasienämnden\nSammanträdesplan 2026\n\n14/1, 11/2, 18/3\nNämnden sammanträder på onsdagar kl. 15.00.\n',
  ])("gives the page's body its time", (text) => {
    const doc = parse(text);
    expect(doc.schedules.map((s) => [s.body ?? doc.body.name, s.meetings.map((m) => m.start ?? null)])).toEqual([
      ['Gymnasienämnden', ['15:00', '15:00', '15:00']],
    ]);
  });
});

describe('a table with a date column, flattened onto one line with its heading', () => {
  const pipes =
    'Fiskenämnden\nSammanträdesplan 2027\nDatum | Dag | Tid | Lokal | Anmärkning\n2027-02-09 | tisdag | 13.00 | Sjöboden |\n2027-03-09 | tisdag | 08.30 | Sjöboden | Budget\n2027-04-13 | onsdag | 13.00 | Sjöboden |\n2027-05-11 | tisdag | 13.00 | Sjöboden | Inställt\n';
  const named =
    'Fiskenämnden\nSammanträdesplan 2027\nDatum | Dag | Tid\n9 februari | tisdag | 13.00\n9 mars | tisdag | 13.00\n13 april | tisdag | 13.00\n';
  it.each([pipes, named])('reads the rows as the lined table does, the wrong weekday left out: %#', (text) => {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    const lined = parse(text);
    const doc = parse(flat);
    expect(doc.kind).toBe('schedule');
    expect(summary(doc)).toEqual(summary(lined));
    expect(doc.location).toBeUndefined();
    expect(doc.date).toBeUndefined();
  });
  it('gives the lined meetings', () => {
    expect(summary(parse(pipes.replace(/\s*\n\s*/g, ' ')))).toEqual([
      'Fiskenämnden 2027: 2027-02-09 13:00 (Sjöboden), 2027-03-09 08:30 (Sjöboden, Budget), 2027-05-11 13:00 cancelled (Sjöboden)',
    ]);
  });
  it("cuts no row at a date written otherwise than the first column's, inside a note", () => {
    const text =
      'Fiskenämnden Sammanträdesplan 2027 Datum | Tid | Anmärkning 2027-02-09 | 13.00 | 2027-03-09 | 13.00 | Flyttad till 30/3 | extra 2027-04-13 | 13.00 | 2027-05-11 | 13.00';
    expect(parse(text).schedules.flatMap((s) => s.meetings.map((m) => m.date))).not.toContain('2027-03-30');
  });
  it('reads nothing when a row has more cells than the heads', () => {
    const text =
      'Fiskenämnden Sammanträdesplan 2027 Datum | Dag 2027-02-09 | tisdag | 13.00 | extra 2027-03-09 | tisdag | 13.00 | mer 2027-04-13 | tisdag';
    expect(parse(text).schedules).toEqual([]);
  });
});

describe('the words of a sentence that cancels a meeting', () => {
  it.each([
    'Fiskenämnden\nSammanträden 2027\n9 februari\n9 mars\nSammanträdet 13 april är inställt\n11 maj\n',
    'Fiskenämnden Sammanträden 2027 9 februari 9 mars kl. 10.00 Sammanträdet 13 april har ställts in 11 maj',
  ])('are no note of it, nor of the date before: %#', (text) => {
    expect(summary(parse(text))[0]).toMatch(/2027-04-13 cancelled, 2027-05-11$/);
    expect(parse(text).schedules[0]?.meetings.every((m) => m.note === undefined)).toBe(true);
  });
});
