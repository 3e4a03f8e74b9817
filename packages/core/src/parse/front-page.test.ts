import { describe, expect, it } from 'vitest';
import { withDateColumn } from './date-column.js';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';

/**
 * The first pages of minutes in the layouts real documents come in, written for these tests with invented
 * bodies and names: lined, flattened onto one line per page, two columns flattened with all labels first,
 * copies of PDFs on document-sharing sites with their furniture, and the notice block (anslag).
 */

const roles = (doc: ReturnType<typeof parseDocument>, name: string) =>
  doc.participants
    .find((p) => p.name === name)
    ?.roles.slice()
    .sort();

describe('a flattened page: labels and values on one line', () => {
  const doc = parseDocument(
    [
      '1 1 Sammanträdesprotokoll Tekniska nämnden Plats och tid Stadshuset, rum Ugglan, tisdagen den 9 juni 2020 kl 08:30-12.15 Beslutande Åsa Berg (S), ordförande Kurt Lind (M) Ove Falk (C) tjg ers för Ella Holm Övriga deltagande Tor Dahl, förvaltningschef Sten Ek, sekreterare Utses att justera Kurt Lind Justeringens plats och tid Stadshuset, 15 juni 2020 kl 10.00 Underskrifter Sekreterare Sten Ek Paragrafer 31-40 Ordförande Åsa Berg Justerande Kurt Lind',
      '2 2 ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Tekniska nämnden Sammanträdesdatum 2020-06-09 Datum för anslags uppsättande 2020-06-16 Datum för anslags nedtagande 2020-07-08 Förvaringsplats för protokollet Stadshuset, Norrby Underskrift Sten Ek',
    ].join('\n'),
  );
  it('reads the head', () => {
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: { name: 'Tekniska nämnden' },
      date: '2020-06-09',
      start: '08:30',
      end: '12:15',
      location: 'Stadshuset, rum Ugglan',
      paragraphRange: { from: 31, to: 40 },
    });
  });
  it('reads people, their parties, roles and the member a substitute stood in for', () => {
    expect(roles(doc, 'Åsa Berg')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Kurt Lind')).toEqual(['adjuster', 'member']);
    expect(doc.participants.find((p) => p.name === 'Ove Falk')).toMatchObject({
      roles: ['substitute'],
      party: 'C',
      substituteFor: 'Ella Holm',
    });
    expect(roles(doc, 'Tor Dahl')).toEqual(['other']);
    expect(roles(doc, 'Sten Ek')).toEqual(['other', 'secretary']);
  });
  it('reads the adjustment and the notice block', () => {
    expect(doc.adjustment).toMatchObject({
      date: '2020-06-15',
      place: 'Stadshuset',
      noticeDate: '2020-06-16',
      noticeEndDate: '2020-07-08',
      storage: 'Stadshuset, Norrby',
    });
  });
});

describe('two columns flattened: all labels first, then all values', () => {
  const doc = parseDocument(
    '1 SAMMANTRÄDESPROTOKOLL 1(12) Tid och plats Beslutande Ledamöter Tjänstgörande ersättare Övriga närvarande Tjänstemän Justering Justerare Tid och plats Kl. 18:00 onsdagen den 4 mars 2015, Aulan, Kvarnskolan, Ekby Lisa Holm (M), Ordförande Per Sund (M), 1:e vice ordförande Eva Ring (L) Bo Ek (S) Åke Lund (KD) tjänstgörande ersättare för Rut Berg Nina Falk (S) Gösta Holm, förvaltningschef Maria Sten, nämndsekreterare Bo Ek Kl 16, onsdagen den 11 mars 2015, Kommunhuset Justerade paragrafer 1-9 Underskrifter Sekreterare Ordförande Maria Sten Justerare Lisa Holm Bo Ek',
  );
  it('pairs each value with its label by order and by what it holds', () => {
    expect(doc).toMatchObject({ date: '2015-03-04', start: '18:00', location: 'Aulan, Kvarnskolan, Ekby' });
    expect(doc.adjustment).toMatchObject({ date: '2015-03-11', place: 'Kommunhuset' });
  });
  it('shares the list out among members, substitutes and officials', () => {
    expect(roles(doc, 'Lisa Holm')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Per Sund')).toEqual(['member', 'vice-chair']);
    expect(doc.participants.find((p) => p.name === 'Åke Lund')).toMatchObject({ substituteFor: 'Rut Berg' });
    expect(roles(doc, 'Åke Lund')).toContain('substitute');
    expect(roles(doc, 'Gösta Holm')).toEqual(['other']);
    expect(roles(doc, 'Maria Sten')).toContain('secretary');
    expect(roles(doc, 'Bo Ek')).toEqual(['adjuster', 'member']);
  });
  it('names no body it does not state', () => {
    expect(doc.body.name).toBeUndefined();
  });
});

describe('signature blocks, whichever way round', () => {
  it('reads names after their roles', () => {
    const doc = parseDocument(
      'Protokoll\nPlats och tid Rådhuset, 2 maj 2022 kl 9\nBeslutande Ida Ek (S) Olof Berg (M)\nUnderskrifter Sekreterare Karl Holm Ordförande Ida Ek Justerande Olof Berg',
    );
    expect(roles(doc, 'Karl Holm')).toEqual(['secretary']);
    expect(roles(doc, 'Ida Ek')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Olof Berg')).toEqual(['adjuster', 'member']);
  });
  it('reads names before their roles', () => {
    const doc = parseDocument(
      'Samverkansgruppen\nTid och plats:\tmåndag 2 maj 2022 kl. 13.00 - 15.00 Stadshuset\nJusteras av:\tKarl Holm Sekreterare Ida Ek Ordförande Olof Berg Justerare\nÖvriga deltagare:\tIda Ek, ordförande Karl Holm, sekreterare',
    );
    expect(roles(doc, 'Karl Holm')).toEqual(['other', 'secretary']);
    expect(roles(doc, 'Ida Ek')).toEqual(['chair', 'other']);
    expect(roles(doc, 'Olof Berg')).toEqual(['adjuster']);
  });
  it('reads several roles printed before their names, with what the lists say as evidence', () => {
    const doc = parseDocument(
      '1 Protokoll Plats och tid Rådhuset, 2 maj 2022 kl 9 Beslutande Ida Ek (S), ordförande Olof Berg (M) Övriga deltagande Karl Holm, sekreterare Utses att justera Underskrifter Paragrafer Sekreterare Ordförande Justerande. Karl Holm. Ida Ek. Olof Berg',
    );
    expect(roles(doc, 'Karl Holm')).toEqual(['other', 'secretary']);
    expect(roles(doc, 'Ida Ek')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Olof Berg')).toEqual(['adjuster', 'member']);
  });
  it('gives a chair two names only for different paragraphs', () => {
    const doc = parseDocument(
      'Protokoll\nTid och plats: 2 maj 2022 Rådhuset\nUnderskrifter: Sekreterare Karl Holm Ordförande: Ida Ek (s) Paragrafer: 1-5, Lars Sund (v) Paragrafer: 6-9 Justerare: Olof Berg (m)',
    );
    expect(roles(doc, 'Ida Ek')).toEqual(['chair']);
    expect(roles(doc, 'Lars Sund')).toEqual(['chair']);
    expect(doc.participants.find((p) => p.name === 'Lars Sund')?.party).toBe('V');
    expect(roles(doc, 'Olof Berg')).toEqual(['adjuster']);
  });
});

describe('times and dates written other ways', () => {
  it('ends a meeting with a break when its last stretch ends', () => {
    const doc = parseDocument(
      'Protokoll\nKommunstyrelsen\nTid och plats: Stadshuset, 2021-03-02 kl 09.00-12.00, 13.00-16.00\n§ 1 Öppnande',
    );
    expect(doc).toMatchObject({ date: '2021-03-02', start: '09:00', end: '16:00', location: 'Stadshuset' });
  });
  it('reads a year after a comma ("2 mars, 2021")', () => {
    const doc = parseDocument(
      'Protokoll\nKommunstyrelsen\nTid och plats: Stadshuset, tisdag 2 mars, 2021 kl 13-15\n§ 1 Öppnande',
    );
    expect(doc).toMatchObject({ date: '2021-03-02', start: '13:00', end: '15:00' });
  });
});

describe('a meeting over two days', () => {
  it.each([
    'Stadshuset, 17-18 november 2021 kl 09.00',
    'Stadshuset, onsdag 17 och torsdag 18 november 2021 kl 09.00',
    'Stadshuset, 17 november och 18 november 2021 kl 09.00',
  ])('is dated by its first day, and the second is no place: %s', (when) => {
    const doc = parseDocument(
      `Protokoll\nRegionfullmäktige\nTid och plats: ${when}\nBeslutande: Rut Lund (S), ordförande\n§ 1 Öppnande`,
    );
    expect(doc).toMatchObject({ date: '2021-11-17', start: '09:00', location: 'Stadshuset' });
  });
  it('takes the year written after a range over a month end', () => {
    const doc = parseDocument(
      'Protokoll\nRegionfullmäktige\nTid och plats: Stadshuset, 30 november–1 december 2021\n§ 1 Öppnande',
    );
    expect(doc).toMatchObject({ date: '2021-11-30', location: 'Stadshuset' });
  });
});

describe('copies of PDFs on document-sharing sites', () => {
  it('never takes a day from a title copy that names another day than the line it matches', () => {
    // The title copies the adjustment's line ("den 23 …"); the meeting's own line keeps its digits.
    const doc = parseDocument(
      [
        'Kl , fredagen den23 september 2022, Stadshuset Justerade paragrafer och',
        '',
        'Storlek: px',
        'Starta visningen från sidan:',
        '',
        'Download "Kl , fredagen den23 september 2022, Stadshuset Justerade paragrafer och"',
        '',
        'Transkript',
        '',
        '1 PROTOKOLL 1(12) Tid och plats Beslutande Ledamöter Övriga närvarande Justering Justerare Tid och plats Kl. 18:30 fredagen den 9 september 2022, Nya salen, Ekbacka Rut Lund (S), Ordförande Ola Berg (M) Anna Ek (S) Per Holm, sekreterare',
      ].join('\n'),
    );
    expect(doc.date).not.toBe('2022-09-23');
    expect(doc.date).toBe('2022-09-09');
  });
  it('leaves the viewer out and puts back the digits the title copy keeps', () => {
    const doc = parseDocument(
      [
        'Kultur- och fritidsnämnden Tid och plats kl , Biblioteket',
        '',
        'Storlek: px',
        'Starta visningen från sidan:',
        '',
        'Download "2021-11-16 kl 13.00 16.30, Biblioteket"',
        '',
        'Transkript',
        '',
        '1 Kultur- och fritidsnämnden 1 (14) Tid och plats kl , Biblioteket Beslutande Rut Lund (S), ordförande Ola Berg (M) Utses att justera Ola Berg',
      ].join('\n'),
    );
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: { name: 'Kultur- och fritidsnämnden' },
      date: '2021-11-16',
      start: '13:00',
      end: '16:30',
      location: 'Biblioteket',
    });
  });
  it("reads a document site's flattened first page above its viewer, with or without blank lines between", () => {
    const lined = [
      'protokoll miljönämnden beslutande … · 2026-03-14 · protokoll miljönämnden…',
      '',
      '12',
      'PROTOKOLL Miljönämnden Sammanträdesdatum: 2026-03-12 Plats och tid Sal Ekan, Rådhuset, kl. 13:00-15:30 Beslutande Rut Lund (S), ordförande Ola Berg (M) Tor Vik (V) Utses att justera Ola Berg Justeringens plats och tid Rådhuset 2026-03-16 Paragrafer §§ 20 - 31 Underskrifter Sekreterare Per Holm Ordförande Rut Lund',
      '',
      'Upload: others',
      'Post on 14-Mar-2026',
      '7 views',
      'Category:',
      'Documents',
      '0 download',
      '',
      'TRANSCRIPT',
      '',
      // The transcript glued the words where cells and bold runs ended.
      'PROTOKOLLMiljönämndenSammanträdesdatum: 2026-03-12',
      'Plats och tid Sal Ekan, Rådhuset, kl. 13:00-15:30',
      'Beslutande',
      'Rut Lund (S), ordförandeOla Berg (M)Tor Vik (V)',
    ];
    for (const lines of [lined, lined.filter((l) => l !== '')]) {
      const doc = parseDocument(lines.join('\n'));
      expect(doc).toMatchObject({ kind: 'minutes', date: '2026-03-12', body: { name: 'Miljönämnden' } });
      expect(doc.title).toBeUndefined();
      expect(JSON.stringify(doc)).not.toContain('download');
    }
  });
  it('reads a full-text viewer page', () => {
    const doc = parseDocument(
      [
        '• No results found',
        '',
        'KS 2019-04-02',
        '',
        'N/A',
        'Protected',
        '',
        'Academic year: 2022',
        '',
        'Share "KS 2019-04-02"',
        '',
        'Copied!',
        '12',
        '0',
        'Loading.... (view fulltext now)',
        '',
        'Full text',
        '',
        '(1)',
        '',
        'Plats och tid Tingssalen, tisdagen den 2 april 2019 kl 18.00-20.10',
        'Beslutande Se bilaga',
        'Utses att justera Eva Lind (M)',
      ].join('\n'),
    );
    expect(doc).toMatchObject({
      kind: 'minutes',
      date: '2019-04-02',
      start: '18:00',
      end: '20:10',
      location: 'Tingssalen',
    });
  });
});

describe('facts written in sentences', () => {
  it('reads the meeting from the heading sentence', () => {
    const doc = parseDocument(
      'Protokoll från förbundsstyrelsens sammanträde fredagen den 7 februari 2003 i Solbacka konferens, Ekdal, kl. 10.00 15.00\nLedamöter Anna Berg (s), Ekby',
    );
    expect(doc).toMatchObject({
      date: '2003-02-07',
      start: '10:00',
      end: '15:00',
      location: 'Solbacka konferens, Ekdal',
    });
  });
  it('reads the adjustment and the notice from sentences', () => {
    const doc = parseDocument(
      'Valnämnden Protokoll Ärendelista 1 Information. Anslagsbevis Valnämnden har haft sammanträde den 5 mars 2014. Protokollet, som justerats den 7 mars 2014, finns i Rådhuset. Att ovanstående tillkännages på kommunens anslagstavla från och med den 10 mars till och med den 31 mars 2014 intygas.',
    );
    expect(doc.adjustment).toMatchObject({ date: '2014-03-07', noticeDate: '2014-03-10', noticeEndDate: '2014-03-31' });
  });
  it('reads who adjusts and who keeps the minutes from sentences', () => {
    const doc = parseDocument(
      'Direktionens protokoll 3 maj 2024\n\nDirektionens ledamöter\nEva Holm, ordförande (S)\nBo Lind (M)\n\nJustering och sekreterare\nAtt jämte ordförande Eva Holm justera dagens protokoll valdes Bo Lind. Sekreterare är Siv Ek.',
    );
    expect(doc).toMatchObject({ kind: 'minutes', body: { name: 'Direktionen' }, date: '2024-05-03' });
    expect(roles(doc, 'Bo Lind')).toEqual(['adjuster', 'member']);
    expect(roles(doc, 'Siv Ek')).toEqual(['secretary']);
  });
});

describe('kinds and bodies found anywhere on the first page', () => {
  it.each([
    [
      'KALLELSE TILL MILJÖNÄMNDEN\nMiljönämnden kallas till sammanträde torsdagen den 4 maj 2023 kl 14.00 i Rådhuset.',
      'agenda',
      'Miljönämnden',
    ],
    [
      'Din position: Hem > Norrby stad > Kulturnämnden > Sammanträde 2012-04-03\nSammanträde 2012-04-03\n1. Val av justerare\n2. Budget',
      'agenda',
      'Kulturnämnden',
    ],
    [
      'PROTOKOLL DATUM DIARIENR FÖRBUNDSFULLMÄKTIGE Budget Bakgrund Förbundet har … Rätt utdraget ur protokollet intygar:',
      'extract',
      'Förbundsfullmäktige',
    ],
    [
      'Din position: Hem > Norrby stad > Kulturnämnden > Sammanträde 2012-04-03\nSammanträde 2012-04-03\n1 Val av justerare\n2 Budget\n\n§1 Val av justerare\nNämnden utsåg Eva Ås att justera.',
      'minutes',
      'Kulturnämnden',
    ],
    [
      'vv ~~ 1(2) BARN- OCH UTBILDNINGSNÄMNDEN BEHANDLADE ÄRENDEN 12 Budget 13 Skolskjuts\nSAMMANTRÄDESPROTOKOLL Plats och tid Skolkontoret',
      'minutes',
      'Barn- och utbildningsnämnden',
    ],
  ])('%#: %s', (text, kind, body) => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe(kind);
    expect(doc.body.name).toBe(body);
  });
  it('says it cannot tell when nothing says', () => {
    const doc = parseDocument('Några rader text utan rubrik.\nInget mer.');
    expect(doc.kind).toBe('unknown');
    expect(doc.diagnostics.some((d) => d.message.includes('cannot tell what kind'))).toBe(true);
  });
});

describe('phrasings of other templates', () => {
  it('reads the meeting from "Protokoll fört vid sammanträde med …" and a room in lower case', () => {
    const doc = parseDocument(
      'Protokoll fört vid sammanträde med Gatunämnden torsdagen den 16 januari 2020 kl 09.00-11.30 i sammanträdesrum Tranan, Rådhuset.\nNärvarande: Ella Ros (S) ordförande, Olle Tall (M)\n§ 1 Dagordning',
    );
    expect(doc).toMatchObject({
      body: { name: 'Gatunämnden' },
      date: '2020-01-16',
      start: '09:00',
      end: '11:30',
      location: 'sammanträdesrum Tranan, Rådhuset',
    });
  });
  it('names the body of "Kallelse till sammanträde med …"', () => {
    const doc = parseDocument(
      'Kallelse till sammanträde med gymnasienämnden\nTid: tisdag 7 september 2021, kl. 13.00\nÄrenden\n1 Upprop\n2 Val av justerare',
    );
    expect(doc.body.name).toBe('Gymnasienämnden');
  });
  it.each([
    ['Rådet för tillgänglighetsfrågor', ''],
    ['Nämnden för kultur och fritid', ''],
    ['Rådet för tillgänglighetsfrågor', ' flattened'],
  ])('names a body "%s" called by what it is for%s', (name, flat) => {
    const text = `Kallelse till sammanträde med ${name}\nTid: torsdag 7 mars 2024 kl. 14.00\nPlats: Kommunhuset\nÄrenden\n1. Mötets öppnande\n2. Val av justerare\n`;
    const doc = parseDocument(flat ? text.replace(/\n/g, ' ') : text);
    expect(doc.body.name).toBe(name);
  });
  it('names no body from "sammanträde med Rådet för att …"', () => {
    const doc = parseDocument(
      'Inbjudan till sammanträde med Rådet för att samråda\nTid: torsdag 7 mars 2024 kl. 14.00\n',
    );
    expect(doc.body.name).toBeUndefined();
  });
  it('reads "Justering: Name" as the adjuster, not a place', () => {
    const doc = parseDocument(
      'Protokoll\nByggnadsnämnden\nDatum: 2019-05-06\nLedamöter: Siv Berg (S) ordf, Tor Ås (M)\nJustering: Tor Ås\n§ 10 Bygglov',
    );
    expect(doc.adjustment?.place).toBeUndefined();
    expect(roles(doc, 'Tor Ås')).toContain('adjuster');
  });
  it('keeps a role before a semicolon with the person before it', () => {
    const doc = parseDocument(
      'Protokoll\nValnämnden\nDatum: 2020-03-04\nNärvarande: Siv Berg (S), ordförande; Tor Ås (M)\n§ 1 Öppnande',
    );
    expect(roles(doc, 'Siv Berg')).toContain('chair');
    expect(roles(doc, 'Tor Ås')).not.toContain('chair');
  });
  it.each([
    ['Justeringsdag\t2021-11-19', true],
    ['Dag för justering: 2021-11-19', true],
    ['Justeringsdag 2021-11-19', false],
  ])('reads the adjustment\'s day from "%s", and ends the adjusters\' names before it', (line, lined) => {
    const text = [
      'Protokoll',
      'Valnämnden',
      'Sammanträde 2021-11-16',
      'Justerare\tTor Ås, Siv Berg',
      line,
      '§ 1 Öppnande',
    ].join('\n');
    const doc = parseDocument(lined ? text : text.replace(/\s*\n\s*/g, ' ').replace(/\t/g, ' '));
    expect(doc.adjustment?.date).toBe('2021-11-19');
    expect(doc.participants.map((p) => p.name)).toEqual(['Tor Ås', 'Siv Berg']);
  });
  it('leaves the signature boxes at the foot of a page out of a distribution list', () => {
    const doc = parseDocument(
      'PROTOKOLLSUTDRAG\nKommunstyrelsen\nSammanträdesdatum 2020-03-04\n§ 45 Dnr KS 2020/55\nBidrag till föreningar\nBeslut\nKommunstyrelsen beslutar att anta riktlinjerna.\nExpedieras till: Fritidsnämnden\nJusterandes signatur\nUtdragsbestyrkande',
    );
    expect(doc.paragraphs[0]?.distribution).toEqual(['Fritidsnämnden']);
  });
});

describe('agendas', () => {
  it('ends the place where the table of items begins ("Nr Ärende Dnr")', () => {
    const doc = parseDocument(
      'Föredragningslista\nVårdnämnden\nSammanträde 2024-01-18, kl. 13.00\nPlats: Lilla salen\nNr Ärende Dnr\n1 Val av justerare\n2 Budgetuppföljning VN 2024/7\n',
    );
    expect(doc.kind).toBe('agenda');
    expect(doc.location).toBe('Lilla salen');
    expect(doc.paragraphs.map((p) => [p.number, p.title, p.caseNumber])).toEqual([
      [1, 'Val av justerare', undefined],
      [2, 'Budgetuppföljning', 'VN 2024/7'],
    ]);
  });

  it('reads the date and place of "… sammanträder måndagen den …"', () => {
    const doc = parseDocument(
      'Kungörelse\nKommunfullmäktige sammanträder torsdagen den 14 mars 2024 klockan 19.00 i Folkets hus, Ekby.\nÄrenden\n1 Upprop\n2 Val av justerare\n',
    );
    expect(doc).toMatchObject({ date: '2024-03-14', start: '19:00' });
    expect(doc.location).toMatch(/^Folkets hus/);
  });
});

describe('a secretary by job title', () => {
  const doc = (others: string, signatures = '') =>
    parseDocument(
      `PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2023-10-05\nPlats och tid Gula rummet, kl. 09.00–11.00\nBeslutande Ove Sand (S), ordförande\nÖvriga närvarande ${others}\n${signatures}§ 1 Val av justerare\n`,
    );
  it('makes the one "nämndsekreterare" present the secretary when no one else is named so', () => {
    expect(roles(doc('Tor Ås, nämndsekreterare'), 'Tor Ås')).toEqual(['other', 'secretary']);
    expect(roles(doc('Tor Ås, kommunsekreterare, Mia Gran, ekonom'), 'Tor Ås')).toEqual(['other', 'secretary']);
  });
  it('leaves it a title when two have it or the secretary is named', () => {
    const two = doc('Tor Ås, nämndsekreterare, Mia Gran, nämndsekreterare');
    expect(roles(two, 'Tor Ås')).toEqual(['other']);
    expect(roles(two, 'Mia Gran')).toEqual(['other']);
    const named = doc('Tor Ås, nämndsekreterare, Mia Gran, sekreterare');
    expect(roles(named, 'Tor Ås')).toEqual(['other']);
    expect(roles(named, 'Mia Gran')).toEqual(['other', 'secretary']);
  });
});

describe('agenda items numbered with a word', () => {
  it.each(['Punkt 1. ', 'Ärende 1 ', 'ÄRENDE 1: ', 'Ärende nr 1 ', 'Punkt nr. 1 '])(
    'reads "%s…" as item 1, with no stray word in the text',
    (first) => {
      const word = first.replace(/\s*\d.*$/u, '');
      const doc = parseDocument(
        `Kallelse\nSkolnämnden\nTid: onsdag 6 mars 2024 kl. 15.00\nPlats: Aulan\n\n${first}Val av justerare\n${word} 2 Elevhälsa\n${word} 3 Anmälan av delegationsbeslut\n`,
      );
      expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([
        [1, 'Val av justerare'],
        [2, 'Elevhälsa'],
        [3, 'Anmälan av delegationsbeslut'],
      ]);
      expect(doc.paragraphs.some((p) => p.text?.includes(word))).toBe(false);
    },
  );
});

describe('a head with more labels than any first page prints', () => {
  const page = (i: number) =>
    `Plats och tid Rådhuset den ${1 + (i % 28)} mars 2024 kl 13.00 Beslutande Anna Berg (S), ordförande Per Ek (M) ` +
    `Övriga närvarande Eva Lund, sekreterare Utses att justera Per Ek Paragrafer 1-9 `;
  const codes = (d: ReturnType<typeof parseDocument>) => d.diagnostics.map((x) => x.code);

  it('is read up to its hundredth label, with a warning there', () => {
    // Six labels a page: the seventeenth copy holds the 101st label.
    const doc = parseDocument(`Protokoll\nKommunstyrelsen\n${Array.from({ length: 40 }, (_, i) => page(i)).join('')}`);
    const warning = doc.diagnostics.find((d) => d.code === 'head-too-many-labels');
    expect(warning).toMatchObject({ severity: 'warning', args: { limit: 100 }, line: 3 });
    // What the first copy says is read; the copies past the limit add nothing.
    expect(doc).toMatchObject({ date: '2024-03-01', start: '13:00', location: 'Rådhuset' });
    expect(doc.participants.map((p) => p.name).sort()).toEqual(['Anna Berg', 'Eva Lund', 'Per Ek']);
  });

  it('is read whole, with no warning, below the limit', () => {
    const doc = parseDocument(`Protokoll\nKommunstyrelsen\n${Array.from({ length: 3 }, (_, i) => page(i)).join('\n')}`);
    expect(codes(doc)).not.toContain('head-too-many-labels');
    expect(doc.participants.map((p) => p.name).sort()).toEqual(['Anna Berg', 'Eva Lund', 'Per Ek']);
  });
});

describe('a range and a time written with a double hyphen, as a plain-text export writes a dash', () => {
  const doc = parseDocument(
    [
      'PROTOKOLL',
      'Fritidsnämnden',
      'Sammanträdesdatum 2021-03-15',
      'Plats och tid Sporthallen, klockan 13.00 -- 15.30',
      'Beslutande Nora Vik (S), ordförande',
      'Paragrafer 26 -- 38',
    ].join('\n'),
  );
  it('reads the whole range and the end of the meeting', () => {
    expect(doc).toMatchObject({ paragraphRange: { from: 26, to: 38 }, start: '13:00', end: '15:30' });
  });
});

describe('"Sammanträdesdatum" over the date, the body beside it in the row below', () => {
  // Invented: a page header in two columns, the label above the date and the body's name left of the date.
  const HEADER = [
    'SAMMANTRÄDESPROTOKOLL',
    '\t\t\tSammanträdesdatum',
    'Kulturnämnden\t\t\t2019-11-12\t1 (9)',
    '',
    'Plats och tid\tKulturhuset, kl 18.00-20.30',
    'Utses att justera\tEbba Falk',
    'Justeringens',
    'plats och tid\tKulturhuset 2019-11-19',
  ].join('\n');

  it.each([
    ['with its lines', HEADER],
    ['flattened', HEADER.replace(/\s*\n\s*/g, ' ').replace(/\t+/g, ' ')],
  ])('reads the body and the meeting date %s, and the adjustment keeps its own date', (_how, text) => {
    const doc = parseDocument(text);
    expect([doc.body.name, doc.date, doc.adjustment?.date]).toEqual(['Kulturnämnden', '2019-11-12', '2019-11-19']);
  });

  it('reads the body and date of a flattened header with the page as its third label', () => {
    const doc = parseDocument(
      'Sammanträdesprotokoll Sammanträdesdatum Sida Byggnadsnämnden 2019-11-05 1 (23) Plats och tid Rådhuset kl 08:30-11:45 Beslutande Eja Holm (C) ordf',
    );
    expect([doc.body.name, doc.date]).toEqual(['Byggnadsnämnden', '2019-11-05']);
  });

  it('moves nothing when the row under the label is no body with its date', () => {
    const lines = toLines(['PROTOKOLL', 'Sammanträdesdatum', 'Se bilaga 1\t2019-11-12'].join('\n'));
    expect(withDateColumn(lines)).toBe(lines);
  });
});

describe("a council's notice (kungörelse)", () => {
  // Invented: the notice a council publishes, the place before the date.
  const NOTICE = [
    'KUNGÖRELSE',
    'Kommunfullmäktige sammanträder i Folkets hus, Lilla salen, onsdagen den 12 juni 2024 kl. 19.00.',
    '',
    'Ärenden',
    '1. Val av justerare',
    '2. Delårsrapport',
  ].join('\n');

  it.each([
    ['with its lines', NOTICE],
    ['flattened', NOTICE.replace(/\s*\n\s*/g, ' ')],
  ])('is an agenda with its body, date, time and place %s', (_how, text) => {
    const doc = parseDocument(text);
    expect([doc.kind, doc.body.name, doc.date, doc.start, doc.location]).toEqual([
      'agenda',
      'Kommunfullmäktige',
      '2024-06-12',
      '19:00',
      'Folkets hus, Lilla salen',
    ]);
  });

  it('takes no place from a sentence that says when the body usually meets', () => {
    const doc = parseDocument(
      'KUNGÖRELSE\nKommunfullmäktige sammanträder i regel den 12 juni 2024.\n1. Val av justerare\n2. Delårsrapport',
    );
    expect(doc.location).toBeUndefined();
  });
});

describe("a cooperation council's meeting notes (minnesanteckningar)", () => {
  // Invented: notes numbered like an agenda, recording what the meeting did.
  const NOTES = [
    'MINNESANTECKNINGAR',
    'Samverkansrådet',
    'Datum: 2024-04-18',
    'Närvarande: Anna Berg, Åby kommun; Bo Ek, Byträsk kommun',
    '',
    '1. Mötets öppnande',
    'Ordföranden hälsade välkommen.',
    '2. Föregående anteckningar',
    'Anteckningarna lades till handlingarna.',
  ].join('\n');

  it.each([
    ['with its lines', NOTES],
    ['flattened', NOTES.replace(/\s*\n\s*/g, ' ')],
  ])('are minutes, not an agenda, with their decisions %s', (_how, text) => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('minutes');
    expect(doc.paragraphs.find((p) => p.number === 2)?.decisions.map((d) => d.outcome)).toEqual(['noted']);
  });
});

describe('a body named with "för"', () => {
  it.each([
    ['Samverkansrådet för Norra dalen', 'Samverkansrådet för Norra dalen'],
    ['Nämnden för teknisk samverkan', 'Nämnden för teknisk samverkan'],
    ['Kommunstyrelsen', 'Kommunstyrelsen'],
  ])('names "%s" whole on its heading line', (line, name) => {
    expect(parseDocument(['PROTOKOLL', line, 'Datum: 2024-04-18', '§ 1 Öppnande'].join('\n')).body.name).toBe(name);
  });

  it('names "Rådet för …" whole: the short word alone is no name, with what it is for it is', () => {
    const doc = parseDocument(
      ['PROTOKOLL', 'Rådet för tillgänglighetsfrågor', 'Datum: 2024-04-18', '§ 1 Öppnande'].join('\n'),
    );
    expect(doc.body.name).toBe('Rådet för tillgänglighetsfrågor');
  });

  it.each([
    ['Protokoll Nämnden för teknisk samverkan 2024-04-18 § 1 Öppnande', '2024-04-18'],
    ['Nämnden för teknisk samverkan Protokoll 2024-04-18', '2024-04-18'],
    ['Nämnden för teknisk samverkan Kallelse Tid: 2024-04-18 kl. 13.00 Plats: Rådhuset', '2024-04-18'],
    ['Protokoll Rådet för tillgänglighetsfrågor Sammanträdesdatum 2024-04-18 § 1 Öppnande', '2024-04-18'],
  ])("ends the name on a flattened line at a date, the record's kind or a label: %s", (text, date) => {
    const doc = parseDocument(text);
    expect(doc.body.name).toMatch(/^(?:Nämnden för teknisk samverkan|Rådet för tillgänglighetsfrågor)$/u);
    expect(doc.date).toBe(date);
  });

  it('gives no name where "Nämnden för …" has no end it can tell (not "Nämnden" alone)', () => {
    const doc = parseDocument('Protokoll Nämnden för teknisk samverkan Anna Berg (S) ordförande § 1 Öppnande');
    expect(doc.body.name).not.toBe('Nämnden');
  });
});

describe('a body named in the genitive before "sammanträde"', () => {
  it('reads "Utdrag ur protokoll fört vid Kommunstyrelsens sammanträde" as Kommunstyrelsen', () => {
    const doc = parseDocument(
      'Utdrag ur protokoll fört vid Byggnadsnämndens sammanträde den 5 juni 2024\n\n§ 8\nStrandskyddsdispens för brygga\n\nBeslut\nByggnadsnämnden beviljar dispens.',
    );
    expect(doc.body.name).toBe('Byggnadsnämnden');
    const lower = parseDocument(
      'Protokoll fört vid kultur- och fritidsnämndens sammanträde 2024-01-10\n§ 1 Val av justerare',
    );
    expect(lower.body.name).toBe('Kultur- och fritidsnämnden');
  });

  it('reads a name with an adjective ("Tekniska nämndens sammanträde"), and its decision under "Tekniska nämndens beslut"', () => {
    const doc = parseDocument(
      'Utdrag ur protokoll fört vid Tekniska nämndens sammanträde den 5 juni 2024\n\n§ 8\nDnr TN 2024/45\n\nVinterväghållning\n\nTekniska nämndens beslut\nTekniska nämnden antar anbudet.',
    );
    expect(doc.body.name).toBe('Tekniska nämnden');
    expect(doc.paragraphs[0]?.decisions.map((d) => d.text)).toEqual(['Tekniska nämnden antar anbudet.']);
  });
});

describe("a date alone on the line under the body's name", () => {
  it('is the meeting date', () => {
    const doc = parseDocument(
      'PROTOKOLL\nMiljönämndens arbetsutskott\n2024-10-08\n\nBeslutande\nOla Sund (C), ordförande\nMaja Fors (S)\n\n§ 1 Val av justerare',
    );
    expect(doc.date).toBe('2024-10-08');
  });
});

describe("the adjuster's alternate", () => {
  it('is no adjuster and no signatory, and is said', () => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Socialnämnden',
        'Sammanträdesdatum 2027-05-11',
        'Beslutande',
        'Ada Lind (S), ordförande',
        'Ture Ask (M)',
        'Justerare\tAda Lind',
        'Justerare (ersättare)\tTure Ask',
        '§ 1 Öppnande',
      ].join('\n'),
    );
    expect(doc.participants.find((p) => p.name === 'Ture Ask')?.roles).toEqual(['member']);
    expect(doc.adjustment?.signatories ?? []).not.toContain('Ture Ask');
    expect(doc.diagnostics.map((d) => d.code)).toContain('adjuster-alternate');
  });
});

describe("a notice's sentences about who is called", () => {
  const NOTICE = [
    'KALLELSE',
    'Gatunämnden',
    '',
    'Tid: Onsdagen den 16 oktober 2024 kl. 08.30',
    'Plats: Kommunhuset, sal Ekan',
    '',
    'Förhinder anmäls till nämndsekreterare Ylva Strand, som kallar ersättare.',
    'Ersättare kallas vid behov: Ture Nyqvist (S), Maja Öst (M)',
    '',
    '1. Val av justerare',
    '2. Parkeringsnorm',
  ].join('\n');

  it.each([
    ['with its lines', NOTICE],
    ['flattened', NOTICE.replace(/\s*\n\s*/g, ' ')],
  ])('names no participants, and ends the place before "Förhinder anmäls", %s', (_how, text) => {
    const doc = parseDocument(text);
    expect(doc.participants).toEqual([]);
    expect(doc.location).toBe('Kommunhuset, sal Ekan');
  });

  it('still reads "Ersättare" over a list as its label', () => {
    const doc = parseDocument(
      'PROTOKOLL\nGatunämnden\nSammanträdesdatum 2024-10-16\n\nBeslutande\nTure Nyqvist (S)\n\nErsättare\nMaja Öst (M)\n\n§ 1 Val av justerare',
    );
    expect(doc.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Ture Nyqvist', ['member']],
      ['Maja Öst', ['substitute']],
    ]);
  });
});

describe('a header whose columns a copy ran together', () => {
  it("names the body after the record's kind, not the municipality and page number before it", () => {
    const doc = parseDocument(
      'Ekby kommun Protokoll 1 (7) Sammanträdesdatum Kultur- och fritidsnämnden 2022-03-15 Plats och tid Folkets hus kl. 18:00-20:10 Beslutande Ulla Berg (S), ordförande',
    );
    expect(doc.body.name).toBe('Kultur- och fritidsnämnden');
    expect(doc.date).toBe('2022-03-15');
  });

  it('names the body of "Sammanträde med Omsorgsnämnden" without the words before it', () => {
    const doc = parseDocument(
      'DAGORDNING\nSammanträde med Omsorgsnämnden\nDatum: 2024-09-24, kl. 09.00\n\n1 Mötets öppnande\n',
    );
    expect(doc.body.name).toBe('Omsorgsnämnden');
  });

  it('gives no body when what follows the kind is no whole name', () => {
    // Two bodies after the kind: neither is the record's alone.
    const doc = parseDocument('Ekby kommun Protokoll 1 (7) Kommunstyrelsen och Barn- och utbildningsnämnden\n');
    expect(doc.body.name ?? '').not.toMatch(/Ekby|Protokoll/);
  });
});

describe('"Justeras:" as the adjusters\' label', () => {
  it('reads the adjuster, and leaves the secretary before it alone, flattened as lined', () => {
    const lined = [
      'PROTOKOLL',
      'Regionstyrelsen',
      'Datum: 2022-02-08',
      'Ledamöter: Mona Kvist (S) ordförande, Stig Alm (M) vice ordförande, Kajsa Bro (KD)',
      'Sekreterare: Pål Hed',
      'Justeras: Stig Alm',
      'Justering: 2022-02-15',
      '',
      '§ 1 Val av justerare',
    ].join('\n');
    for (const text of [lined, lined.replace(/\s*\n\s*/g, ' ')]) {
      const doc = parseDocument(text);
      expect(roles(doc, 'Stig Alm')).toEqual(['adjuster', 'member', 'vice-chair']);
      expect(roles(doc, 'Pål Hed')).toEqual(['secretary']);
      expect(doc.participants.map((p) => p.name)).not.toContain('Pål Hed Justeras');
    }
  });
});

describe('a lined group whose rows read like signature lines ("Name, sekreterare")', () => {
  const doc = parseDocument(
    [
      'PROTOKOLL',
      'Fritidsnämnden',
      'Sammanträdesdatum 2022-05-10',
      'Beslutande',
      'Eja Holm, ordförande',
      'Kent Björk',
      'Övriga närvarande',
      'Åsa Berg, förvaltningschef',
      'Henrik Lund, sekreterare',
      'Justerare',
      'Kent Björk',
      '§ 5 Lokalfrågor',
      'Underskrifter',
      'Henrik Lund, sekreterare',
      'Eja Holm, ordförande',
    ].join('\n'),
  );
  it("keeps the group's role beside the role on the row", () => {
    expect(roles(doc, 'Eja Holm')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Henrik Lund')).toEqual(['other', 'secretary']);
  });
  it('gives a signature run after the group, with a blank line between, no group role', () => {
    const apart = parseDocument(
      [
        'PROTOKOLL',
        'Fritidsnämnden',
        'Sammanträdesdatum 2022-05-10',
        'Beslutande',
        'Kent Björk',
        'Övriga närvarande',
        'Åsa Berg, förvaltningschef',
        'Henrik Lund, sekreterare',
        'Eja Holm, ordförande',
        '',
        '§ 5 Lokalfrågor',
      ].join('\n'),
    );
    expect(roles(apart, 'Eja Holm')).toEqual(['chair']);
  });
});

describe('a role word before the first name of a lined list ("Ordf. Anna Berg", "Sekr. Maria Nord")', () => {
  const doc = parseDocument(
    [
      'PROTOKOLL',
      'Fritidsnämnden',
      'Sammanträdesdatum 2022-05-10',
      'Beslutande',
      'Ordf. Anna Berg (S)',
      'Per Ek (M)',
      'Eva Ny (C)',
      'Övriga',
      'Sekr. Maria Nord',
      'Karin Lund',
      'Justerare',
      'Per Ek',
      '§ 5 Lokalfrågor',
    ].join('\n'),
  );
  it("is the person's role in the list, not a label that takes a later list's names", () => {
    expect(roles(doc, 'Anna Berg')).toEqual(['chair', 'member']);
    expect(roles(doc, 'Per Ek')).toEqual(['adjuster', 'member']);
    expect(roles(doc, 'Eva Ny')).toEqual(['member']);
    expect(roles(doc, 'Maria Nord')).toEqual(['other', 'secretary']);
    expect(roles(doc, 'Karin Lund')).toEqual(['other']);
  });
});

describe('a line of paragraphs under the place ("Plats: Ekby kommunhus / §§ 12-18")', () => {
  it.each(['§§ 12-18', '§ 12–18', '§§ 12 - 18'])('is no part of the place: %s', (range) => {
    const doc = parseDocument(
      [
        'Kulturnämnden',
        'Protokoll',
        'Tid: Måndagen den 3 mars 2022, 13:00–16:00',
        'Plats: Ekby kommunhus',
        range,
        '§ 12 Val av justerare',
      ].join('\n'),
    );
    expect(doc.location).toBe('Ekby kommunhus');
  });
});

describe('a meeting date written day/month and the full year ("Datum: 3/2 2022")', () => {
  it.each(['Datum: 3/2 2022', 'Datum: 3/2-2022', 'Datum 3/2/2022'])('is the date: %s', (line) => {
    const doc = parseDocument(
      ['Kulturnämnden', 'Protokoll', line, 'Tid: 13.00-15.30', '§ 12 Val av justerare'].join('\n'),
    );
    expect(doc.date).toBe('2022-02-03');
  });
});

describe('"Sammanträde:", "Möte:" or "Dag:" opening a line, as the meeting\'s day and hour', () => {
  const agenda = (...head: string[]) =>
    parseDocument(['Kallelse', ...head, 'Plats: Rådssalen', '1. Val av justerare', '2. Budget 2027'].join('\n'));
  it('reads the date and start from "Sammanträde: <date>, klockan <time>"', () => {
    expect(agenda('Ekby kommunstyrelse', 'Sammanträde: 2026-03-03, klockan 13.15')).toMatchObject({
      date: '2026-03-03',
      start: '13:15',
      location: 'Rådssalen',
    });
  });
  it('reads "Dag: Tisdag 3 mars 2026" with "Tid: 13.15", and no body from "Möte: <body>"', () => {
    const doc = agenda('Möte: Ekby kommunstyrelse', 'Dag: Tisdag 3 mars 2026', 'Tid: 13.15');
    expect(doc).toMatchObject({ date: '2026-03-03', statedWeekday: 'tuesday', start: '13:15' });
    // The label's value is no date; the body is not "Möte: …".
    expect(doc.body.name ?? '').not.toMatch(/Möte/u);
  });
  it('takes no date from the words inside a line ("sista dag:", "Inför möte:"), nor from "Nästa sammanträde:"', () => {
    expect(agenda('Ekby kommunstyrelse', 'Förhinder anmäls, sista dag: 2026-02-20', 'Datum: 2026-03-03').date).toBe(
      '2026-03-03',
    );
    expect(agenda('Ekby kommunstyrelse', 'Inför möte: 2026-02-20 gruppmöten', 'Datum: 2026-03-03').date).toBe(
      '2026-03-03',
    );
    const next = agenda('Ekby kommunstyrelse', 'Nästa sammanträde: 2026-04-14');
    expect(next.date).toBeUndefined();
    expect(next.nextMeeting).toMatchObject({ date: '2026-04-14' });
  });
});

describe('a wrapped label\'s second row flattened after its value ("Justeringens plats … och tid")', () => {
  it('is no part of the place', () => {
    const doc = parseDocument(
      'Protokoll Hamnnämnden Sammanträdesdatum 2026-05-06 Plats och tid Kommunhuset, kl. 14.00–16.00 Beslutande Lars Wik (S), ordförande Greta Al (M) Justerare Greta Al Justeringens plats Kommunhuset 2026-05-11 och tid Paragrafer 12–15',
    );
    expect(doc.adjustment).toMatchObject({ date: '2026-05-11', place: 'Kommunhuset' });
    expect(doc.location).toBe('Kommunhuset');
  });
});

describe("a notice's dates under other labels, and the adjustment's announcement", () => {
  const adjustment = (notice: string) =>
    parseDocument(
      [
        'Protokoll',
        'Hamnnämnden',
        'Sammanträdesdatum 2026-06-10',
        'Beslutande',
        'Anna Berg (S), ordförande',
        'Per Ek (M)',
        'Justerare: Per Ek',
        notice,
        '§ 1 Val av justerare',
      ].join('\n'),
    ).adjustment;
  it('reads "Anslaget uppsatt" / "Anslaget nedtas", "Anslagsdatum" and "Datum för nedtagande"', () => {
    expect(adjustment('ANSLAG\nAnslaget uppsatt: 2026-06-16\nAnslaget nedtas: 2026-07-08')).toMatchObject({
      noticeDate: '2026-06-16',
      noticeEndDate: '2026-07-08',
    });
    expect(adjustment('Anslagsdatum 2026-06-16\nDatum för nedtagande 2026-07-08')).toMatchObject({
      noticeDate: '2026-06-16',
      noticeEndDate: '2026-07-08',
    });
  });
  it('takes "Tillkännagivande av justering: <date>" as the notice\'s day, not the adjustment\'s', () => {
    const a = adjustment('Tillkännagivande av justering: 2026-06-16');
    expect(a?.noticeDate).toBe('2026-06-16');
    expect(a?.date).toBeUndefined();
  });
  it('reads "Anslaget publicerat på <board> <date> till och med <date>", and no day down before the day up', () => {
    expect(
      adjustment('Anslaget publicerat på kommunens digitala anslagstavla 2026-06-16 till och med 2026-07-08'),
    ).toMatchObject({ noticeDate: '2026-06-16', noticeEndDate: '2026-07-08' });
    const backwards = adjustment('Anslaget uppsatt 2026-06-16 till och med 2026-06-01');
    expect(backwards?.noticeDate).toBe('2026-06-16');
    expect(backwards?.noticeEndDate).toBeUndefined();
  });
  it('reads "Protokollet har justerats <date> och anslagits <date>"', () => {
    expect(adjustment('Protokollet har justerats 2026-06-15 och anslagits 2026-06-16.')).toMatchObject({
      date: '2026-06-15',
      noticeDate: '2026-06-16',
    });
  });
});

describe('a "Vice ordförande" label with its own name ("Vice ordförande: Mona Ek (S)")', () => {
  const lines = [
    'PROTOKOLL',
    'Fritidsnämnden',
    'Sammanträdesdatum 2026-04-22',
    'Ordförande: Lars Holm (C)',
    'Vice ordförande: Mona Ek (S)',
    'Ledamöter: Nils Ås (M), Olga Berg (S)',
    'Sekreterare: Rita Sjö',
    'Justerare: Olga Berg',
  ];
  it.each([
    ['lined', lines.join('\n')],
    ['flattened', lines.join(' ')],
  ])('makes her the vice chair, not a second chair or a signatory (%s)', (_, text) => {
    const doc = parseDocument(text);
    expect(roles(doc, 'Mona Ek')).toEqual(['vice-chair']);
    expect(roles(doc, 'Lars Holm')).toContain('chair');
    expect(doc.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).toEqual(['Lars Holm']);
    expect(doc.adjustment?.signatories).not.toContain('Mona Ek');
  });
  it("is a list's word before a name on its line, the vice chair that one person's role", () => {
    const doc = parseDocument(
      [
        'Miljönämnden',
        'Protokoll',
        'Datum: 2026-10-20',
        'Beslutande',
        'Ordförande Lena Holm (S)',
        'Vice ordförande Olof Sten (M)',
        'Ledamot Pia Åström (C)',
        'Justerare: Pia Åström',
      ].join('\n'),
    );
    expect(doc.participants.filter((p) => p.roles.includes('vice-chair')).map((p) => p.name)).toEqual(['Olof Sten']);
  });
  it('is a table cell, not a label, after a name on its line', () => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Fritidsnämnden',
        '2026-04-22',
        'Beslutande',
        'Lars Holm (C)\tOrdförande',
        'Mona Ek (S)\tVice ordförande',
        'Nils Ås (M)',
      ].join('\n'),
    );
    expect(doc.participants.filter((p) => p.roles.includes('vice-chair')).map((p) => p.name)).not.toContain('Nils Ås');
  });
});

describe('a meeting day labelled "Dag:"', () => {
  const lines = [
    'KALLELSE',
    'till sammanträde med Socialnämnden',
    'Dag: Onsdag 22 april 2026',
    'Tid: 13.30',
    'Lokal: Sammanträdesrum Falken',
    'Ledamöter',
    'Dag Persson (S)',
    'Eva Sten (M)',
  ];
  it.each([
    ['lined', lines.join('\n')],
    ['flattened', lines.join(' ')],
  ])('dates the meeting, and "Dag Persson" stays a name (%s)', (_, text) => {
    const doc = parseDocument(text);
    expect([doc.date, doc.start]).toEqual(['2026-04-22', '13:30']);
    expect(doc.participants.map((p) => p.name)).toContain('Dag Persson');
  });
});

describe('an adjustment written as a sentence under "Justering"', () => {
  const adjustment = (sentence: string) =>
    parseDocument(
      [
        'PROTOKOLL',
        'Byggnadsnämnden',
        'Sammanträdesdatum 2026-05-12',
        '',
        'Justering',
        sentence,
        '',
        'Beslutande',
        'Anna Ek (S)',
      ].join('\n'),
    ).adjustment;
  it('takes its place from after "på", not the subject and its verb', () => {
    expect(adjustment('Protokollet justeras den 15 maj 2026 på Samhällsbyggnadskontoret.')).toMatchObject({
      date: '2026-05-15',
      place: 'Samhällsbyggnadskontoret',
    });
  });
  it('gives no place "Protokollet" when "justeras av" took the verb', () => {
    expect(adjustment('Protokollet justeras av Anna Ek och Bo Lind den 15 maj 2026.')?.place).toBeUndefined();
  });
});

describe('a body named on the line under the date label\'s date ("Sammanträdesdatum" / date / body)', () => {
  it('is the body', () => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Sammanträdesdatum',
        '2026-10-06',
        'Kommunstyrelsen',
        '',
        'Plats och tid          Kommunhuset, Ekby, kl. 13.00-16.00',
        'Utses att justera      Sven Kvist',
      ].join('\n'),
    );
    expect([doc.body.name, doc.date]).toEqual(['Kommunstyrelsen', '2026-10-06']);
  });
  it('is the body with the page number between ("Sida" / "1(2)"), lined and flattened', () => {
    for (const page of [['Sida', '1(2)'], ['Sida 1 av 2'], ['1 (2)'], []]) {
      const doc = parseDocument(
        [
          'PROTOKOLLSUTDRAG',
          'Sammanträdesdatum',
          '2026-10-06',
          ...page,
          'Kommunstyrelsen',
          '',
          '§ 45 Dnr KS 2026/101',
          'Taxor',
          'Beslut',
          'Kommunstyrelsen beslutar att anta taxorna.',
        ].join('\n'),
      );
      expect([doc.body.name, doc.date]).toEqual(['Kommunstyrelsen', '2026-10-06']);
      const flat = parseDocument(
        [
          'PROTOKOLLSUTDRAG',
          'Sammanträdesdatum',
          '2026-10-06',
          ...page,
          'Kommunstyrelsen',
          '§ 45 Dnr KS 2026/101',
          'Taxor',
          'Beslut',
          'Kommunstyrelsen beslutar att anta taxorna.',
        ].join(' '),
      );
      expect([flat.body.name, flat.date]).toEqual(['Kommunstyrelsen', '2026-10-06']);
    }
  });
});

describe('an attendance table with a cell for the role after the name (a Word table, cells apart by tabs)', () => {
  it.each([
    ['lined', '\n'],
    ['flattened', ' '],
  ])("gives the role to the name on its row, not the next row's (%s)", (_, join) => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Socialnämnden',
        '2026-02-17',
        'Beslutande',
        'Karin Öberg (S)\tOrdförande',
        'Lars Wiklund (M)\tVice ordförande',
        'Maria Nyström (C)',
      ].join(join),
    );
    expect(doc.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).toEqual(['Karin Öberg']);
  });
  it.each([
    ['lined', '\n'],
    ['flattened', ' '],
  ])('reads a markdown table ("| Namn | Parti | … |") the same way, and its heads end the place (%s)', (_, join) => {
    const doc = parseDocument(
      [
        'Socialnämnden',
        'PROTOKOLL 2026-02-17',
        'Plats: Stadshuset, rum Ängen',
        '| Namn | Parti | Närvarande | Ersättare för |',
        '|---|---|---|---|',
        '| Karin Öberg | S | Ordförande |',
        '| Lars Wiklund | M | Vice ordförande |',
        '| Nils Persson | S | X | Olle Ström |',
        '',
        'Justerare: Nils Persson',
      ].join(join),
    );
    expect(doc.location).toBe('Stadshuset, rum Ängen');
    expect(doc.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).not.toContain('Lars Wiklund');
  });
  it('takes no role or substitute from a header row "Namn Parti Närvarande Ersättare för"', () => {
    const doc = parseDocument(
      [
        'PROTOKOLL',
        'Socialnämnden',
        '2026-02-17',
        'Namn\tParti\tNärvarande\tErsättare för',
        'Karin Öberg\tS\tOrdförande\t',
        'Lars Wiklund\tM\tVice ordförande\t',
        'Nils Persson\tS\tX\tOlle Ström',
        '',
        'Justerare: Nils Persson',
      ].join('\n'),
    );
    const wrong = doc.participants.filter(
      (p) =>
        (p.name.startsWith('Lars') && p.roles.includes('chair')) ||
        (p.name.startsWith('Karin') && p.roles.includes('substitute')),
    );
    expect(wrong).toEqual([]);
  });
});

describe('the adjuster named in a sentence of the head', () => {
  const adjusters = (sentence: string) =>
    parseDocument(
      [
        'Protokoll',
        'Hamnnämnden',
        'Sammanträdesdatum 2026-05-12',
        'Beslutande',
        'Anna Ek (S), ordförande',
        'Bo Lind (M)',
        'Kim Ås (C)',
        sentence,
        '§ 1 Val av justerare',
        'Text.',
        '§ 2 Budget',
        'Budgeten fastställs.',
      ].join('\n'),
    ).participants.flatMap((p) => (p.roles.includes('adjuster') ? [p.name] : []));
  it.each([
    'Till justerare utsågs Bo Lind.',
    'Protokollet justeras av Anna Ek och Bo Lind den 15 maj 2026.',
    'Protokollet justeras av ordföranden och Bo Lind.',
    'Bo Lind utses att jämte ordföranden justera dagens protokoll.',
    'Protokollet justeras av ordföranden och Bo Lind tisdagen den 19 maj 2026.',
    'Protokollet justerades av Bo Lind 2026-05-15.',
    'Protokollet justeras digitalt av ordföranden och Bo Lind senast 2026-05-19.',
  ])('"%s" makes Bo Lind the adjuster, and not the chair', (sentence) => {
    expect(adjusters(sentence)).toEqual(['Bo Lind']);
  });
});

describe("the adjustment's day in a sentence of the head", () => {
  const adjustment = (sentence: string) =>
    parseDocument(
      ['Protokoll', 'Hamnnämnden', 'Sammanträdesdatum 2026-05-12', sentence, '§ 1 Val av justerare', 'Text.'].join(
        '\n',
      ),
    ).adjustment;
  it.each([
    ['Protokollet justeras digitalt 2026-05-15.', undefined],
    ['Protokollet justeras den 15 maj 2026 på kommunkansliet.', undefined],
    ['Justering sker digitalt den 15 maj 2026.', 'digitalt'],
    // Who adjusts may stand between the verb and the day.
    ['Protokollet justeras av Anna Ek och Bo Lind den 15 maj 2026.', undefined],
    ['Protokollet justerades av Bo Lind 2026-05-15.', undefined],
  ])('"%s" gives the day, and no verb as the place', (sentence, place) => {
    const a = adjustment(sentence);
    expect(a?.date).toBe('2026-05-15');
    expect(a?.place).toBe(place);
  });
  it('keeps "justeras senast" a deadline', () => {
    for (const sentence of [
      'Protokollet justeras senast 2026-05-15.',
      'Protokollet justeras av ordföranden och Bo Lind senast 2026-05-15.',
    ]) {
      const a = adjustment(sentence);
      expect(a?.deadline).toBe('2026-05-15');
      expect(a?.date).toBeUndefined();
    }
  });
});

describe('an attendance table aligned with spaces, a bare party code before the role cell', () => {
  const lines = [
    'Protokoll',
    'Hamnnämnden',
    'Sammanträdesdatum 2026-04-22',
    'Beslutande',
    'Karin Öberg    S     Ordförande',
    'Lars Ek        M',
    'Eva Sten       KD',
    '§ 1 Val av justerare',
    'Lars Ek utses.',
  ];
  it.each([
    ['lined', lines.join('\n')],
    ['flattened', lines.join(' ')],
  ])("makes the row's own person the chair, and no one below (%s)", (_, text) => {
    const doc = parseDocument(text);
    expect(doc.participants.filter((p) => p.roles.includes('chair')).map((p) => p.name)).toEqual(['Karin Öberg']);
  });
});

describe('a labelled line the lexicon does not know ends the place before it', () => {
  const head = (after: string) =>
    [
      'PROTOKOLL',
      'Hamnnämnden',
      'Sammanträdesdatum: 2026.04.14',
      'Plats och tid: Sjöboden, Sal: Tärnan, kl. 13.00–15.00',
      'Justeringens plats och tid: Sjöboden 2026-04-16',
      after,
      '',
      '§ 1 Val av justerare',
      'Nämnden beslutar att utse Nils Vik.',
    ].join('\n');
  for (const after of [
    'Bilagor: Taxa 2027, version 2026.03.01',
    'Utskriftsdatum: 2026-04-17',
    'Expedieras till: Ekonomienheten',
    'Version: 2',
  ])
    it(`"${after}", lined and flattened`, () => {
      for (const text of [head(after), head(after).replace(/\s*\n\s*/g, ' ')]) {
        const doc = parseDocument(text, { file: 'hamn.txt' });
        expect(doc.adjustment).toMatchObject({ place: 'Sjöboden', date: '2026-04-16' });
        // A place's own part written with a colon stays: "Sal: Tärnan".
        expect(doc.location).toBe('Sjöboden, Sal: Tärnan');
        // "2026.04.14": the ISO order with dots is the meeting's date.
        expect(doc.date).toBe('2026-04-14');
      }
    });
});

describe('a "Tid" label whose end is approximate or repeats "kl"', () => {
  it.each([
    ['Tid: 09.00–ca 11.30', '09:00', '11:30'],
    ['Tid: 09.00 - cirka 11.30', '09:00', '11:30'],
    ['Tid: kl. 09.00 – kl. 11.30', '09:00', '11:30'],
  ])('"%s", lined and flattened', (time, start, end) => {
    const text = [
      'Styrelsen för Norrdal Vatten AB',
      'PROTOKOLL',
      'Datum: 2026-04-14',
      time,
      'Plats: Verket',
      '§ 1 Öppnande',
      'Text.',
    ].join('\n');
    for (const t of [text, text.replace(/\s*\n\s*/g, ' ')])
      expect(parseDocument(t, { file: 'bolag.txt' })).toMatchObject({ start, end });
  });
});

describe('a notice block that repeats the page header\'s "Sammanträdesdatum" over its date', () => {
  const text = [
    'SAMMANTRÄDESPROTOKOLL',
    'Sammanträdesdatum',
    '2026-09-08',
    'Kulturnämnden',
    '',
    'Plats och tid',
    'Tingshuset, kl. 09:00-11:00',
    'Justerare',
    'Siv Alm (C)',
    'Justeringens plats och tid',
    'Tingshuset, 2026-09-10',
    '',
    'BEVIS/ANSLAG',
    'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
    'Organ',
    'Kulturnämnden',
    'Sammanträdesdatum',
    '2026-09-08',
    'Datum då anslaget sätts upp',
    '2026-09-11',
    'Datum då anslaget tas ned',
    '2026-10-03',
    'Förvaringsplats för protokollet',
    'Kulturförvaltningen',
    '',
    'Närvarolista',
    'Beslutande',
    'Eva Tand (S), ordförande',
    'Siv Alm (C)',
    'Övriga närvarande',
    'Rut Gran, förvaltningschef, §§ 31-33',
    '',
    '§ 31 Dnr KN 2026/40',
    'Val av justerare',
    'Siv Alm (C) utses att justera protokollet.',
  ].join('\n');
  it("keeps the label's value: the meeting's date, and the notice's days in their places", () => {
    // The repeated date was blanked as a page header, and the label then took the next label's date.
    expect(parseDocument(text, { file: 'kn.txt' })).toMatchObject({
      date: '2026-09-08',
      adjustment: { date: '2026-09-10', noticeDate: '2026-09-11', noticeEndDate: '2026-10-03' },
    });
  });
  it('flattened, takes the only "§ 31" before a case number for a heading, not a note after "§§ 31-33"', () => {
    const doc = parseDocument(text.replace(/\s*\n\s*/g, ' '), { file: 'kn.txt' });
    expect(doc.paragraphs.map((p) => [p.number, p.caseNumber])).toEqual([[31, 'KN 2026/40']]);
    // Its title runs into the sentence with nothing to end it: none is better than a wrong one.
    expect(doc.paragraphs[0]?.title ?? '').not.toMatch(/Siv/);
    expect(doc.participants.find((p) => p.name === 'Rut Gran')?.note).toBe('§§ 31-33');
  });
});

describe('an agenda whose "Datum" is the day it is sent, its "Tid" the meeting\'s', () => {
  const text = [
    'KALLELSE',
    'Fritidsnämnden',
    'Datum 2026-10-02',
    '',
    'Fritidsnämnden kallas till sammanträde',
    'Tid: Torsdag 15 oktober 2026 kl. 13.00',
    'Plats: Badhuset, sal Gädda',
    '',
    'Maja Ros',
    'Ordförande',
    '',
    'Ärenden',
    '1. Val av justerare',
    '2. Taxor 2027',
  ].join('\n');
  it('takes the date given with the time, lined and flattened, and says why', () => {
    for (const t of [text, text.replace(/\s*\n\s*/g, ' ')]) {
      const doc = parseDocument(t, { file: 'kallelse.txt' });
      expect(doc).toMatchObject({ date: '2026-10-15', statedWeekday: 'thursday', start: '13:00' });
      // The signer's name over "Ordförande" is no part of the place.
      expect(doc.location).toBe('Badhuset, sal Gädda');
      expect(doc.diagnostics.find((d) => d.code === 'date-is-document-date')?.line).toBe(t === text ? 3 : 1);
    }
  });
  it('keeps "Datum" when the time gives no other day', () => {
    const same = text.replace('Torsdag 15 oktober 2026 kl. 13.00', 'kl. 13.00');
    expect(parseDocument(same, { file: 'kallelse.txt' }).date).toBe('2026-10-02');
  });
});

describe('a waiting "Justeringens tid och plats" and the names of the signatures after it', () => {
  it('takes no person for the place', () => {
    const doc = parseDocument(
      'Kulturnämnden Plats och tid Tingshuset, måndagen den 5 oktober 2026 kl. 13.00 Beslutande Eva Tand (S), ordförande Siv Alm (C), ledamot Ola Berg (M), ledamot Rut Gran, sekreterare Utses att justera Justeringens tid och plats Siv Alm och Ola Berg Omedelbar justering Underskrifter Sekreterare Paragrafer: 12 Rut Gran Ordförande Eva Tand Justerande Siv Alm Ola Berg ANSLAG/BEVIS Protokollet är justerat.',
      { file: 'kn.txt' },
    );
    expect(doc.adjustment?.place).toBeUndefined();
  });
});

describe('"Frånvarande ledamöter" as one label', () => {
  const text = [
    'PROTOKOLL',
    'Regionstyrelsens arbetsutskott',
    'Tid och plats: 2026-03-12, kl 09.00–12.00, Regionens hus, sal A',
    'Närvarande beslutande:',
    'Ada Borg (S), ordförande',
    'Nils Holm (M)',
    'Frånvarande ledamöter:',
    'Per Ek (KD)',
    'Närvarande ersättare:',
    'Lisa Ström (S), tjänstgör för Per Ek (KD)',
    'Tor Vik (V)',
    '§ 23 Remissvar',
    'Arbetsutskottet beslutar att anta remissvaret.',
  ].join('\n');
  it('makes the absent absent, and no one else, lined and flattened', () => {
    for (const t of [text, text.replace(/\s*\n\s*/g, ' ')]) {
      const roles = Object.fromEntries(
        parseDocument(t, { file: 'au.txt' }).participants.map((p) => [p.name, [...p.roles].sort()]),
      );
      expect(roles).toMatchObject({
        'Per Ek': ['absent'],
        'Lisa Ström': ['substitute'],
        'Tor Vik': ['substitute'],
      });
    }
  });
});

describe('an adjustment made at the meeting ("Omedelbar justering")', () => {
  const head = (value: string, paragraphs: string) =>
    [
      'PROTOKOLL',
      'Hamnnämnden',
      'Sammanträdesdatum 2026-05-12',
      'Plats och tid: Sjöboden kl. 13.00-15.00',
      `Justeringens plats och tid: ${value}`,
      '',
      paragraphs,
    ].join('\n');
  it.each(['Omedelbar justering', 'Paragrafen justeras omedelbart', 'Direkt efter sammanträdet'])(
    '"%s" is adjusted on the meeting\'s day, with no place, lined and flattened',
    (value) => {
      const text = head(value, '§ 1 Val av justerare\nText.\n§ 2 Taxor\nNämnden beslutar att anta taxorna.');
      for (const t of [text, text.replace(/\s*\n\s*/g, ' ')]) {
        const doc = parseDocument(t, { file: 'hamn.txt' });
        expect(doc.adjustment).toMatchObject({ date: '2026-05-12' });
        expect(doc.adjustment?.place).toBeUndefined();
        expect(doc.diagnostics.some((d) => d.code === 'adjustment-immediate')).toBe(true);
      }
    },
  );
  it('ends a flattened value at the only "§ 1" after its date', () => {
    const text = head('Sjöboden 2026-05-14', '§ 1 Val av justerare\nText.').replace(/\s*\n\s*/g, ' ');
    expect(parseDocument(text, { file: 'hamn.txt' }).adjustment).toMatchObject({
      date: '2026-05-14',
      place: 'Sjöboden',
    });
  });
});

describe("the notice's day in a sentence after the head", () => {
  it.each([
    ['Protokollet anslås på kommunens webbplats den 15 maj 2026.', '2026-05-15'],
    ['Bevis om justering: Protokollet är justerat och anslaget 2026-05-16.', '2026-05-16'],
    ['Kungörelsen anslås 2026-05-01.', undefined],
  ])('"%s", lined and flattened; the place before it keeps to itself', (sentence, day) => {
    const text = [
      'PROTOKOLL',
      'Hamnnämnden',
      'Sammanträdesdatum 2026-05-12',
      'Justeringens plats och tid: Sjöboden 2026-05-14',
      '',
      sentence,
      '',
      '§ 1 Val av justerare',
      'Text.',
      '§ 2 Taxor',
      'Nämnden beslutar att anta taxorna.',
    ].join('\n');
    for (const t of [text, text.replace(/\s*\n\s*/g, ' ')]) {
      const a = parseDocument(t, { file: 'hamn.txt' }).adjustment;
      expect(a?.noticeDate).toBe(day);
      expect(a?.place).toBe('Sjöboden');
    }
  });
});
