import { describe, expect, it } from 'vitest';
import { headerBlocks, isBodyName, matchLabel, orgNumberIn, readPreamble, readRange, readWhenWhere } from './header.js';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';

describe('header labels', () => {
  it('reads labels over their value and with the value after a colon or tab', () => {
    expect(matchLabel('Tid och plats')).toMatchObject({ key: 'time-place' });
    expect(matchLabel('Paragrafer:\t8-14')).toMatchObject({ key: 'range', value: '8-14' });
    expect(matchLabel('Plats: Kommunhuset')).toMatchObject({ key: 'place', value: 'Kommunhuset' });
    expect(matchLabel('Ej närvarande:')).toMatchObject({ key: 'people', roles: ['absent'] });
    expect(matchLabel('Tjänstgörande ersättare')).toMatchObject({ roles: ['member', 'substitute'] });
    expect(matchLabel('Tiden räcker inte: vi fortsätter')).toBeUndefined();
  });

  it('groups a head into preamble and blocks', () => {
    const { preamble, blocks } = headerBlocks(
      toLines('Norrdalsrådet\nPROTOKOLL\n\nLedamöter\n\nKim Ek (S)\n\nBo Lind (M)\nPlats: Sala'),
    );
    expect(preamble.map((l) => l.text)).toEqual(['Norrdalsrådet', 'PROTOKOLL']);
    expect(blocks.map((b) => [b.key, b.values.map((v) => v.text)])).toEqual([
      ['people', ['Kim Ek (S)', 'Bo Lind (M)']],
      ['place', ['Sala']],
    ]);
  });

  it('reads the preamble: body, organisation, org number, kind', () => {
    expect(
      readPreamble(toLines('Norrdalsrådet\nSAMMANTRÄDESPROTOKOLL\nNorrdal Samverkan ek för\n802000-1234')),
    ).toEqual({
      body: 'Norrdalsrådet',
      organisation: 'Norrdal Samverkan ek för',
      orgNumber: '802000-1234',
      minutes: true,
      agenda: false,
    });
    expect(readPreamble(toLines('Kallelse\nMöte om vägarna'))).toMatchObject({
      agenda: true,
      title: 'Möte om vägarna',
    });
  });

  it('takes "Styrelsen för <company> AB" as the body, the company as its organisation', () => {
    expect(readPreamble(toLines('Styrelsen för Norrdal Vatten AB\nPROTOKOLL'))).toMatchObject({
      body: 'Styrelsen för Norrdal Vatten AB',
      organisation: 'Norrdal Vatten AB',
    });
    // The company alone is no body.
    expect(readPreamble(toLines('Norrdal Vatten AB\nPROTOKOLL')).body).toBeUndefined();
    const text = 'Styrelsen för Norrdal Vatten AB\nPROTOKOLL\nDatum: 2026-04-14\n§ 1 Öppnande\nText.';
    expect(parseDocument(text, { file: 'bolag.txt' }).body).toEqual({
      name: 'Styrelsen för Norrdal Vatten AB',
      organisation: 'Norrdal Vatten AB',
    });
  });

  it('knows org numbers from personal identity numbers', () => {
    expect(orgNumberIn('org.nr 212000-2411')).toBe('212000-2411');
    expect(orgNumberIn('851231-1234')).toBeUndefined();
  });

  it('knows names of bodies', () => {
    for (const name of ['Hälsingerådet', 'Kommunstyrelsen', 'Gemensam nämnd för samverkan inom drift', 'Direktionen'])
      expect(isBodyName(name)).toBe(true);
    for (const name of ['Samverkanstid kommuner, Region och Länsstyrelse', 'Protokollet godkändes.', 'text'])
      expect(isBodyName(name)).toBe(false);
  });
});

describe('when and where', () => {
  it.each([
    ['Orbaden den 11 oktober 2023 kl 09:00-15:30', { start: '09:00', end: '15:30', location: 'Orbaden' }],
    ['Orbaden, klockan 09.00-15.00', { start: '09:00', end: '15:00', location: 'Orbaden' }],
    [
      'måndag 16 september 2024 kl. 09.00 - 12.00 Kommunförbundet, Campus Östersund, Hus E',
      { start: '09:00', end: '12:00', location: 'Kommunförbundet, Campus Östersund, Hus E' },
    ],
    ['Lillsjöhögen, Via Teams', { location: 'Lillsjöhögen', attendance: 'hybrid' }],
    ['Via Teams', { attendance: 'online' }],
    // "Hybridmöte" says how the meeting is held, and "Stadshuset och Teams" names a room and a link.
    ['Hybridmöte, Stadshuset och Teams', { location: 'Stadshuset', attendance: 'hybrid' }],
    ['Stadshuset samt via Teams', { location: 'Stadshuset', attendance: 'hybrid' }],
    ['Hybridmöte, Stadshuset', { location: 'Stadshuset', attendance: 'hybrid' }],
    ['Stadshuset och Rådhuset', { location: 'Stadshuset och Rådhuset' }],
    // A break is no part of the place.
    [
      'Stadshuset, Lilla salen 09:00–12:00 (paus 10:15–10:30)',
      { start: '09:00', end: '12:00', location: 'Stadshuset, Lilla salen' },
    ],
    ['Ekhagen kl 13.00-16.00, lunchuppehåll 12.00-13.00', { start: '13:00', end: '16:00', location: 'Ekhagen' }],
    // Nor is the word that joins the break to the times.
    [
      'Stadshuset, den 4 mars 2026 kl. 13.00-16.00 med ajournering kl. 14.00-14.15',
      { start: '13:00', end: '16:00', location: 'Stadshuset' },
    ],
    [
      'Ekhagen 2026-03-04 kl. 13.00-16.00 inkl. lunch 12.00-13.00',
      { start: '13:00', end: '16:00', location: 'Ekhagen' },
    ],
    ['Medborgarhuset, 2026-03-04 kl. 13.00-16.00', { start: '13:00', end: '16:00', location: 'Medborgarhuset' }],
    ['Lunchrummet, kl 08.00–09.00', { start: '08:00', end: '09:00', location: 'Lunchrummet' }],
    ['Ekhagen, klockan 09.00 – ca 11.30', { start: '09:00', end: '11:30', location: 'Ekhagen' }],
    // A meeting of two days: each day's date and time are no part of the place, and one place is named once.
    ['Ekhagen, 3 mars 2020 kl 13.00, Ekhagen, 4 mars 2020 kl 9.00', { start: '13:00', location: 'Ekhagen' }],
    ['Ekhagen, 3 mars 2020 kl 13.00, Tallåsen, 4 mars 2020 kl 9.00', { start: '13:00', location: 'Ekhagen, Tallåsen' }],
    ['Ekhagen , kl , Ekhagen , kl ,', { location: 'Ekhagen' }],
    // Each day with its times: the first day's end is not the meeting's, and "och" between them is no place.
    [
      'Ekhagen, Aulan, tisdag 11 juni kl. 09.00–17.00 och onsdag 12 juni kl. 09.00–15.30',
      { start: '09:00', location: 'Ekhagen, Aulan' },
    ],
    // A flattened agenda: the value runs on to the first item, over the list's heading.
    ['Folkets hus, Stora salen Ärenden', { location: 'Folkets hus, Stora salen' }],
    ['Ekhagen, kl. 18.30 Föredragningslista:', { start: '18:30', location: 'Ekhagen' }],
    // In lower case, or alone, the word is the place's own.
    ['Salen för ärenden', { location: 'Salen för ärenden' }],
    // A day the date reader does not know stays out of the place; a street named for a day is a place.
    ['Rådhuset, tisdagen den 14/3-23', { location: 'Rådhuset' }],
    ['Tisdagsgatan 4', { location: 'Tisdagsgatan 4' }],
  ])('reads "%s"', (text, expected) => {
    const { date: _, parts: __, ...rest } = readWhenWhere(text, true);
    expect(rest).toEqual(expected);
  });

  it('reads ranges', () => {
    expect(readRange('§§ 750-768')).toEqual({ from: 750, to: 768 });
    expect(readRange('8–14')).toEqual({ from: 8, to: 14 });
    expect(readRange('§ 5')).toEqual({ from: 5, to: 5 });
    expect(readRange('14-8')).toBeUndefined();
  });

  it('reads a range written with a double hyphen, a figure dash or a minus sign, never as its first number', () => {
    expect(readRange('26 -- 38')).toEqual({ from: 26, to: 38 });
    expect(readRange('§§ 26‒38')).toEqual({ from: 26, to: 38 });
    expect(readRange('26 − 38')).toEqual({ from: 26, to: 38 });
    expect(readRange('38 -- 26')).toBeUndefined();
  });
});

describe('a page header that dates every page', () => {
  it('gives the date of "Sammanträdesdatum 2025-03-03" as the preamble reads it', () => {
    const lines = toLines(['PROTOKOLL', 'Hamnnämnden', 'Sammanträdesdatum: 2025-03-03'].join('\n'));
    expect(readPreamble(lines).date).toMatchObject({ text: '2025-03-03', no: 3 });
    expect(readPreamble(toLines('Sammanträdesdatum 2025-03-03 och 2025-03-04')).date).toBeUndefined();
  });

  it('keeps the meeting date when that line repeats on every page and page furniture takes it out', async () => {
    const { parseDocument } = await import('./parse-document.js');
    const page = (n: number, body: string[]) => [
      'PROTOKOLL',
      'Hamnnämnden',
      'Sammanträdesdatum 2025-03-03',
      `Sida ${n}`,
      '',
      ...body,
      '',
    ];
    const text = [
      ...page(1, [
        'Plats och tid Fyrhuset, kl. 13.00–15.00',
        'Beslutande Tora Lilja (S), ordförande',
        '',
        '§ 1 Val av justerare',
        'Nämnden utser Ove Tärna.',
      ]),
      ...page(2, ['§ 2 Hamnavgifter', 'Nämnden godkänner förslaget.']),
      ...page(3, ['§ 3 Övriga frågor', 'Inga övriga frågor.']),
    ].join('\n');
    const doc = parseDocument(text, { file: 'x.txt' });
    expect([doc.body.name, doc.date, doc.paragraphs.map((p) => p.number)]).toEqual([
      'Hamnnämnden',
      '2025-03-03',
      [1, 2, 3],
    ]);
  });
});

describe('the municipality or region before the body in a header', () => {
  it.each([
    ['Hamnby kommun Hamnnämnden', 'Hamnnämnden'],
    ['Övre Hamnby kommun Barn- och utbildningsnämnden Protokoll 2025-03-03', 'Barn- och utbildningsnämnden'],
    ['Region Hamnby Regionstyrelsen PROTOKOLL 2025-03-03 Tid: kl 13', 'Regionstyrelsen'],
    ['Region Övre Hamnby Regionstyrelsen', 'Regionstyrelsen'],
  ])('"%s" names the body %s', (line, body) => {
    expect(readPreamble(toLines(line)).body).toBe(body);
  });

  it('keeps a line whose words after the municipality are no body name', () => {
    expect(readPreamble(toLines('Hamnby kommun Protokoll')).body).toBeUndefined();
  });
});

describe('a body named "Direktionen för …" on a heading line', () => {
  const body = (line: string) => readPreamble(toLines(`Protokoll\n${line}`)).body;
  it('keeps the whole name, with a place joined by a dash', () => {
    expect(body('Direktionen för Räddningstjänsten Norrvik–Ekby')).toBe(
      'Direktionen för Räddningstjänsten Norrvik–Ekby',
    );
    expect(body('Direktionen för Hamnförbundet Norrvik-Ekby')).toBe('Direktionen för Hamnförbundet Norrvik-Ekby');
  });
  it('gives no body where the name\'s end cannot be told, rather than "Direktionen"', () => {
    expect(body('Direktionen för 12 kommuner i norr, sammanträde 3')).toBeUndefined();
  });
});

describe('a title line that goes on after the body', () => {
  const head = (lines: string[], flat: boolean) => {
    const doc = parseDocument(lines.join(flat ? ' ' : '\n'));
    return [doc.body.name, doc.date, doc.start ?? null, doc.end ?? null, doc.location ?? null];
  };
  it.each([false, true])('reads a weekday, date and times after the body, and no more (flattened: %s)', (flat) => {
    const lines = [
      'Protokoll',
      'Socialnämndens individutskott',
      'Måndagen den 9 mars 2026 kl. 13:00 – 15:45',
      'Plats: Socialkontoret, Ekby',
      'Beslutande',
      'Hanna Ås (S), ordförande',
    ];
    expect(head(lines, flat)).toEqual([
      'Socialnämndens individutskott',
      '2026-03-09',
      '13:00',
      '15:45',
      'Socialkontoret, Ekby',
    ]);
  });
  it('takes no place from the words after the time on a flattened line', () => {
    expect(
      head(['Kallelse', 'Kulturnämnden', 'Tisdagen den 10 mars 2026 kl. 13.00 Ärenden Val av justerare'], true),
    ).toEqual(['Kulturnämnden', '2026-03-10', '13:00', null, null]);
  });
  it.each([false, true])('reads the body after "Kallelse till sammanträde (med)" (flattened: %s)', (flat) => {
    for (const opening of ['Kallelse till sammanträde', 'Kallelse till sammanträde med'])
      expect(
        head(
          [
            opening,
            'Överförmyndarnämnden',
            'Måndag 2 november 2026, klockan 14.00',
            'Plats: Kommunhuset, rum 210',
            'Ärenden',
            '1. Val av justerare',
            '2. Årsräkningar',
          ],
          flat,
        ),
      ).toEqual(['Överförmyndarnämnden', '2026-11-02', '14:00', null, 'Kommunhuset, rum 210']);
  });
  it('dates the meeting by a date alone under a body named "… för …"', () => {
    expect(
      head(['PROTOKOLL', 'Gemensamma nämnden för hjälpmedel', '2026-02-26', '', 'Beslutande', 'Ann Ek (S)'], false),
    ).toEqual(['Gemensamma nämnden för hjälpmedel', '2026-02-26', null, null, null]);
  });
});

describe("a flattened place that runs on into an agenda's only item", () => {
  it.each([
    'Kommunhuset, rum 210 Ärenden 1. Val av justerare',
    'Kommunhuset, rum 210 ÄRENDEN: 1) Val av justerare',
    'Kommunhuset, rum 210 Föredragningslista Val av justerare',
  ])("ends before the list's heading: %s", (value) => {
    expect(readWhenWhere(value, true).location).toBe('Kommunhuset, rum 210');
  });
  it("keeps a heading word in lower case, a place's own", () => {
    expect(readWhenWhere('Rummet för ärenden, Ekby', true).location).toBe('Rummet för ärenden, Ekby');
  });
});

describe('a time on its own line under the date in the preamble', () => {
  it.each(['Kl. 08.00 - 21.30', 'kl 08.00–21.30'])('is the meeting\'s time: "%s"', (time) => {
    const doc = parseDocument(
      ['SAMMANTRÄDESPROTOKOLL', 'Valnämnden', '2026-09-14', time, 'Lokal: Kommunhuset, Valsalen'].join('\n'),
    );
    expect([doc.date, doc.start, doc.end]).toEqual(['2026-09-14', '08:00', '21:30']);
  });
  it('is not read where a line stands between', () => {
    const doc = parseDocument(
      ['PROTOKOLL', 'Valnämnden', '2026-09-14', 'Extra sammanträde', 'kl 08.00', 'Lokal: Valsalen'].join('\n'),
    );
    expect(doc.start).toBeUndefined();
  });
});

describe('"Protokoll från sammanträde" before the body on a flattened title line', () => {
  it('names the body and dates the meeting', () => {
    const doc = parseDocument(
      'Protokoll från sammanträde Tekniska nämnden 2026-09-15 Närvarande ledamöter: Hans Öst (S) ordf, Kim Lo (S)',
    );
    expect([doc.body.name, doc.date]).toEqual(['Tekniska nämnden', '2026-09-15']);
  });
});

describe("a page's counter and the municipality in capitals before the body on a flattened first line", () => {
  it('names the body, and takes no counter for the title', () => {
    const flat = readPreamble(
      toLines('Sida 1 av 6 EKBY KOMMUN Socialnämndens individutskott PROTOKOLL 2026-02-17 Plats och tid: Eken'),
    );
    expect(flat.body).toBe('Socialnämndens individutskott');
    const alone = readPreamble(toLines('Sida 1 (24)\nKommunstyrelsen\nPROTOKOLL'));
    expect(alone.title).toBeUndefined();
    expect(alone.body).toBe('Kommunstyrelsen');
  });
});

describe('the letterhead of the municipality or region the body belongs to', () => {
  it("is no title: alone, in capitals, or a Word row of cells with the record's kind", () => {
    for (const head of [
      'EKBY KOMMUN\tPROTOKOLL',
      'Norrviks kommun',
      'NORRVIKS KOMMUN',
      'Region Ekby',
      'Ekby kommun  Kallelse',
    ]) {
      const read = readPreamble(toLines(`${head}\nSocialnämnden\n2026-03-18`));
      expect([head, read.title, read.body]).toEqual([head, undefined, 'Socialnämnden']);
    }
  });

  it("leaves a heading of the record's own a title", () => {
    const read = readPreamble(toLines('Samverkanstid kommuner, Region och Länsstyrelse\nEkby kommun'));
    expect(read.title).toBe('Samverkanstid kommuner, Region och Länsstyrelse');
  });
});
