import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from './document.js';
import { parseDocument } from './parse-document.js';

/**
 * Pages whose text came out of a PDF flattened onto one line (every line break a space), on fixtures written
 * for these tests (invented bodies, names and matters): each is read as its copy with line breaks is, or
 * leaves out what the flattened text no longer says clearly.
 */

const parse = (text: string) => ParsedDocumentSchema.parse(parseDocument(text, { file: 'x.txt' }));
/** What a PDF viewer's text copy does to a page: every line break, with the spaces around it, one space. */
const flatten = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** A document site's viewer: the page's title, its controls, the title copy offered for download, then the transcript. */
const inViewer = (title: string, copy: string, transcript: readonly string[]) =>
  [
    title,
    'Save this PDF as:',
    ' WORD  PNG  TXT  JPG',
    'Storlek: px',
    'Starta visningen från sidan:',
    `Download "${copy}"`,
    'Transkript',
    ...transcript,
  ].join('\n\n');

/** A transcript whose pages start with their number and counter, in a viewer. */
const VIEWER = inViewer(
  'Tekniska utskottet Plats och tid Ekbacka skola, Lindsalen',
  'Tekniska utskottet 2024-03-12. Plats och tid Ekbacka skola, Lindsalen kl 13.00-15.30',
  [
    '1 1 Tekniska utskottet Plats och tid Ekbacka skola, Lindsalen Beslutande Vera Lund (S), ordförande Ivan Berg (M) Karin Dal (C) Sanna Ek (S) Övriga deltagande Olle Nyström, sekreterare Utses att justera Ivan Berg Justeringens plats och tid Stadshuset 2024-03-15 Paragrafer 41-43 Sekreterare Olle Nyström Ordförande Vera Lund Justerande Ivan Berg',
    '2 2 Exp: Ekonomienheten TU/2024:17 41 Nya regler för skolskjuts Utskottet har fått en skrivelse om skolskjutsen från föräldrar i norra delen av kommunen. Tekniska utskottet beslutar att avslå begäran. 42 Budgetuppföljning februari Förvaltningen redovisar budgetläget efter februari månad och prognosen för helåret. Tekniska utskottet beslutar att lägga redovisningen till handlingarna.',
    '3 3 TU/2024:20 43 Upphandling av vinterväghållning Förvaltningen föreslår att upphandlingen av vinterväghållning för de kommande fyra säsongerna påbörjas under våren. Tekniska utskottet beslutar att godkänna förslaget.',
  ],
);

describe('a flattened transcript in a viewer', () => {
  const lines = parse(VIEWER);
  const flat = parse(flatten(VIEWER));

  it('gives the facts its copy with line breaks gives', () => {
    expect(flat.date).toBe('2024-03-12');
    expect(flat.location).toBe(lines.location);
    expect(flat.location).toBe('Ekbacka skola, Lindsalen');
    expect(flat.paragraphRange).toEqual({ from: 41, to: 43 });
    expect(flat.paragraphs.map((p) => [p.number, p.title])).toEqual(lines.paragraphs.map((p) => [p.number, p.title]));
    expect(flat.participants.map((p) => [p.name, p.roles])).toEqual(lines.participants.map((p) => [p.name, p.roles]));
  });

  it('takes no page number for a heading and none of the viewer for the place', () => {
    expect(flat.paragraphs.map((p) => p.number)).toEqual([41, 42, 43]);
    expect(JSON.stringify(flat)).not.toMatch(/Storlek|Save this PDF|Transkript/);
  });
});

describe('a flattened schedule page', () => {
  const PAGE = [
    'Mötesdagar 2025',
    'Fullmäktige sammanträder den sista tisdagen i månaden klockan 18.00 i Rådssalen. Sammanträdena är öppna för allmänheten.',
    'Alla nämnders mötesdagar under 2025 finns under dokument.',
    'Kommunfullmäktige',
    '28 januari',
    '25 februari',
    '25 mars',
    'Kommunstyrelsen',
    '14 januari',
    '11 februari',
    'Sidan uppdaterades: 2025-01-07',
  ].join('\n');

  it('reads each body named after a sentence with its own dates', () => {
    const dates = (text: string) => parse(text).schedules.map((s) => [s.body ?? null, s.meetings.map((m) => m.date)]);
    expect(dates(flatten(PAGE))).toEqual(dates(PAGE));
    expect(dates(flatten(PAGE)).flatMap(([, d]) => d)).toEqual([
      '2025-01-28',
      '2025-02-25',
      '2025-03-25',
      '2025-01-14',
      '2025-02-11',
    ]);
  });
});

describe('a flattened schedule page whose heading is not its first line', () => {
  const PAGE = [
    'Fullmäktiges möten',
    'Fullmäktige möts i stadshusets sessionssal vid Torget. Allmänheten når läktaren från Kyrkogatan.',
    'Mötena börjar klockan 18.00 om inget annat anges.',
    'Mötesdagar 2025',
    '• 23 januari',
    '• 20 februari',
    '• 27 mars (onsdag)',
    '• 24 april',
    '• 12 juni kl. 09.00 (bokslut)',
    '• 18 december',
    'Se mötena på webben',
    'Du kan se fullmäktiges möten direkt på kommunens webbplats.',
  ].join('\n');

  it('is read as its copy with line breaks is, up to the last date before the next heading', () => {
    const meetings = (text: string) => parse(text).schedules.flatMap((s) => s.meetings);
    const flat = meetings(flatten(PAGE));
    expect(parse(flatten(PAGE)).kind).toBe('schedule');
    expect(flat.map((m) => m.date)).toEqual(meetings(PAGE).map((m) => m.date));
    // 27 March 2025 is a Thursday: "(onsdag)" beside it leaves it out, flattened or not.
    expect(flat.map((m) => m.date)).toEqual(['2025-01-23', '2025-02-20', '2025-04-24', '2025-06-12', '2025-12-18']);
    // A time is the one its line or the page's prose states, or none.
    for (const m of flat) expect([undefined, m.date === '2025-06-12' ? '09:00' : '18:00']).toContain(m.start);
  });
});

describe('a flattened schedule page whose heading has its dates after it', () => {
  const PAGE = [
    'Styrelsen',
    'Styrelsen är förbundets högsta beslutande organ. Den består av två ledamöter från varje medlemskommun och lika många ersättare.',
    'Styrelsens mötesdatum 2025',
    '10/2 17/3 14/4 26/5 16/6 22/9 20/10 17/11 15/12',
    'Protokoll från styrelsens möten',
    'Protokollen finns på förbundets anslagstavla efter justering.',
  ].join('\n');

  it('reads the dates after the heading, and no minutes', () => {
    const flat = parse(flatten(PAGE));
    expect(flat.kind).toBe('schedule');
    expect(flat.adjustment).toBeUndefined();
    const dates = (doc: ReturnType<typeof parse>) => doc.schedules.flatMap((s) => s.meetings.map((m) => m.date));
    expect(dates(flat)).toEqual(dates(parse(PAGE)));
    expect(dates(flat)).toHaveLength(9);
  });
});

describe("a flattened web page with a body's schedule under its text", () => {
  const PAGE = [
    'Fritidsnämnden',
    'Uppdrag',
    'Fritidsnämnden ansvarar för idrottsanläggningar, badhus och stöd till föreningslivet.',
    'Nämnden har beslutat att sammanträdena är öppna för allmänheten under mandatperioden 2023-2026.',
    'Verksamhetsplan för fritidsnämnden',
    'Fritidsnämndens sammanträdestider 2025',
    '5 februari',
    '12 mars',
    '7 maj',
    '17 september',
    '3 december',
    'Sammansättning',
    'Kallelse till nästa möte',
    'Kallelsen läggs ut här en vecka före mötet.',
  ].join('\n');

  it('is read as its copy with line breaks is: the body from its heading, the dates under it, none from the prose', () => {
    const flat = parse(flatten(PAGE));
    const lined = parse(PAGE);
    expect(flat.kind).toBe('schedule');
    expect(flat.body.name).toBe('Fritidsnämnden');
    const dates = (doc: ReturnType<typeof parse>) => doc.schedules.flatMap((s) => s.meetings.map((m) => m.date));
    expect(dates(flat)).toEqual(['2025-02-05', '2025-03-12', '2025-05-07', '2025-09-17', '2025-12-03']);
    expect(dates(flat)).toEqual(dates(lined));
  });
});

describe('a flattened agenda', () => {
  const AGENDA = [
    'Kallelse',
    'Miljöutskottet kallas till sammanträde tisdagen den 4 februari 2025 kl. 09.00 i Lindsalen.',
    'Ärenden',
    '1 Val av justerare',
    '2 Godkännande av dagordningen',
    '3 Plan för laddplatser i Norrby kommun',
    'Svar på remiss från kommunstyrelsen',
    'Dnr MU 2024/81',
    '4 Tillsynsplan för Norrby 2025',
    'Komplettering - under förutsättning av nämndens beslut den 3 februari',
    'Dnr MU 2024/95',
    '5. "Vart tar slammet vägen?"',
    'Bordlagd fråga av Nils Ek (L) till utskottets ordförande',
    '6 Bygglov för Ekorren 7 m fl',
    '7 Redovisning av obesvarade motioner (Bordl MU 12/12)',
    'Ulla Berg (V) Sten Åkesson (S)',
    '8 Anmälan av delegationsbeslut',
  ].join('\n');
  const lines = parse(AGENDA);
  const flat = parse(flatten(AGENDA));
  const byNumber = (doc: ReturnType<typeof parse>) =>
    Object.fromEntries(doc.paragraphs.map((p) => [p.number, { title: p.title, caseNumber: p.caseNumber }]));

  it('ends a title where a subtitle, a sentence or speakers clearly start, or leaves it out', () => {
    const f = byNumber(flat);
    expect(f[3]?.title).toBe('Plan för laddplatser i Norrby kommun');
    // "Komplettering - under …", "Bordlagd fråga av …", names with parties: no end a reader can trust.
    for (const n of [4, 5, 7]) expect([undefined, byNumber(lines)[n]?.title]).toContain(f[n]?.title);
    expect(f[6]?.title).toBe('Bygglov för Ekorren 7 m fl');
    expect(f[8]?.title).toBe('Anmälan av delegationsbeslut');
  });

  it('gives a case number between two headings to neither of them rather than to the wrong one', () => {
    const f = byNumber(flat);
    expect([undefined, 'MU 2024/81']).toContain(f[3]?.caseNumber);
    expect([undefined, 'MU 2024/95']).toContain(f[4]?.caseNumber);
    expect(f[5]?.caseNumber).toBeUndefined();
  });
});

describe('a flattened first page and a flattened list of items', () => {
  it("keeps the body's name, a value of the label before, out of the place", () => {
    const page = [
      'Nämnd',
      'Sammanträdesdatum',
      'Plats och tid',
      'Fritidsnämnden',
      '2024-05-14',
      'Folkets hus, sal 2, 13:00 – 15:30',
      'Utses att justera Maja Holm',
      'Paragrafer 12 – 18',
      'Underskrifter',
      'Per Lind, ordförande',
      'Eva Sund, sekreterare',
    ].join('\n');
    const flat = parse(flatten(page));
    expect(flat.location).toBe('Folkets hus, sal 2');
    expect(flat.start).toBe('13:00');
    expect(parse(page).location).toBe('Folkets hus, sal 2');
  });

  it('reads a numbered list cut out of one line as an agenda, as its lines are', () => {
    const list = [
      'Regionstyrelsen 2024-05-14',
      '2 Mötets öppnande',
      '3 Upprop',
      '4 Val av justerare samt tid för justering',
      '5 Godkännande av dagordningen',
      '6 Anmälan av motioner',
    ].join('\n');
    const flat = parse(flatten(list));
    expect(parse(list).kind).toBe('agenda');
    expect(flat.kind).toBe('agenda');
    expect(flat.paragraphs.map((p) => [p.number, p.title])).toEqual(
      parse(list).paragraphs.map((p) => [p.number, p.title]),
    );
  });
});

describe('a flattened transcript whose pages end with their counter', () => {
  const EXTRACT = [
    'Transkript',
    '1 PROTOKOLL DATUM DIARIENR FÖRBUNDSFULLMÄKTIGE Taxa för tillsyn enligt miljöbalken Bakgrund Förbundsstyrelsen har lämnat förslag till ny taxa för tillsynen från och med nästa år. Fullmäktige beslutade - att fastställa taxan för tillsyn enligt förslaget. Justeras: Rätt utdraget ur protokollet intygar: Taxa.doc (1)',
    '2 PROTOKOLL DATUM DIARIENR FÖRBUNDSSTYRELSEN Taxa för tillsyn enligt miljöbalken Arbetsutskottet har berett ärendet. Styrelsen beslutade föreslå fullmäktige - att fastställa taxan för tillsyn enligt förslaget. Justeras: Rätt utdraget ur protokollet intygar: Taxa_PROT.doc (1)',
    '3 Taxa för tillsyn enligt miljöbalken Antagen av fullmäktige',
    '4 SLUTLIG VERSION Inledning Taxan gäller avgifter för förbundets tillsyn enligt miljöbalken och de föreskrifter som meddelats med stöd av den, och för prövning av ansökningar och anmälningar. Avgiften tas ut per timme handläggningstid enligt den timtaxa som fullmäktige fastställer för varje år, och för fast årlig tillsyn enligt bilagan till taxan. Förbundsstyrelsen får besluta om nedsättning av avgiften om det finns särskilda skäl med hänsyn till ärendets omfattning och kostnaderna för tillsynen.',
  ].join('\n\n');

  it('takes no page number for a paragraph number', () => {
    const flat = parse(flatten(EXTRACT));
    expect(flat.paragraphs.map((p) => p.number ?? null)).toEqual(
      parse(EXTRACT).paragraphs.map((p) => p.number ?? null),
    );
    expect(flat.paragraphs.map((p) => p.number)).not.toContain(3);
    expect(flat.paragraphs.map((p) => p.number)).not.toContain(4);
  });
});

describe('a flattened transcript whose pages repeat their header', () => {
  const MINUTES = [
    'Transkript',
    '1 Stadsfullmäktige Plats och tid Folkets hus, kl 18.00 Beslutande enligt bifogad närvarolista. Övriga deltagande Lena Sjö, kommundirektör Utses att justera Ali Berg och Stina Dahl Justeringens plats och tid Stadshuset 2024-04-22 Paragrafer Sf 31-33 Sekreterare Tove Ring Ordförande Åke Lund',
    '2 Stadsfullmäktige Sf 31 Information från ordförandena. Styrelsens ordförande informerar om arbetet inom styrelsens område under våren och om de frågor som väntar under hösten.',
    '3 Stadsfullmäktige Sf 32 dnr 88/2024 Motion om fler cykelbanor. En motion om fler cykelbanor i centrum har lämnats in. Fullmäktige beslutar att överlämna motionen till styrelsen för beredning.',
    '4 Stadsfullmäktige Sf 33 dnr 91/2024 Val av ersättare i valnämnden. Fullmäktige beslutar att välja Ida Holm till ersättare i valnämnden för resten av mandatperioden. Valet gäller från och med den första maj. Valnämnden har sedan tidigare meddelat att en av dess ersättare lämnat sitt uppdrag, och nämnden behöver vara fulltalig inför valet till Europaparlamentet.',
  ].join('\n\n');

  it('takes no page number for a paragraph number, and reads the first page', () => {
    const lines = parse(MINUTES);
    const flat = parse(flatten(MINUTES));
    expect(flat.paragraphs.map((p) => p.number)).toEqual(lines.paragraphs.map((p) => p.number));
    expect(flat.paragraphs.map((p) => p.number)).not.toContain(1);
    expect(flat.location).toBe(lines.location);
    expect(flat.participants.map((p) => [p.name, p.roles])).toEqual(lines.participants.map((p) => [p.name, p.roles]));
  });
});

describe('numbers inside a flattened line that are no headings', () => {
  it("takes the number after a heading's case number for a reference, not a paragraph", () => {
    const text = flatten(
      [
        'Protokoll Kommunfullmäktige 2024-06-10',
        'Paragrafer 41-42',
        'SF § 41 Dnr KS 24-310 212',
        'Ombildning av de kommunala bostadsbolagen till en koncern',
        'Beslut',
        'Kommunfullmäktige beslutar att godkänna ombildningen enligt styrelsens förslag.',
      ].join('\n'),
    );
    expect(parse(text).paragraphs.map((p) => p.number)).not.toContain(212);
  });

  it("ends a title before the next item's lettered number, and leaves a title with names joined by 'och' out", () => {
    const AGENDA = [
      'Föredragningslista',
      'Fritidsnämnden kallas till sammanträde torsdagen den 6 mars 2025 kl. 13.00 i Lindsalen.',
      '1 Val av justerare',
      '2 Upphandling av drift vid badhusen Ekbacken och Tallåsen',
      'Remissärenden',
      '3 Anmälan av ansökan om bidrag till föreningslivet',
      '4 a) Anmälan av delegationsbeslut',
      '4 b) Anmälan av skrivelser',
    ].join('\n');
    const flat = parse(flatten(AGENDA));
    const title = (n: number) => flat.paragraphs.find((p) => p.number === n)?.title;
    expect([undefined, 'Anmälan av ansökan om bidrag till föreningslivet']).toContain(title(3));
    expect([undefined, 'Upphandling av drift vid badhusen Ekbacken och Tallåsen']).toContain(title(2));
  });
});

describe('a dotted date with its year on a flattened first page', () => {
  const PAGE = [
    'PROTOKOLL',
    'Kulturnämnden',
    'Sammanträdesdatum 16.5.2023',
    'Plats och tid Kulturhuset, sal Ljuset, kl 16.05-18.30',
    'Beslutande Karin Dal (S), ordförande Ivan Berg (M)',
    'Utses att justera Ivan Berg',
    'Justeringens plats och tid Kulturhuset 22.5.2023',
    'Paragrafer 31-35',
  ].join('\n');

  it('is the meeting date, and "kl 16.05" stays a time', () => {
    for (const doc of [parse(PAGE), parse(flatten(PAGE))]) {
      expect(doc.date).toBe('2023-05-16');
      expect(doc.start).toBe('16:05');
      expect(doc.end).toBe('18:30');
    }
  });
});

describe('what a flattened page runs on after a value', () => {
  it('takes no month, weekday or schedule heading into a name', () => {
    const page = [
      'Mötesdagar',
      'Byggnadsnämnden',
      'Ordförande: Lisa Holmgren',
      'Sammanträdestider 2025',
      'Januari',
      'Februari',
      'Mars',
      'April',
      '-',
      '12:e kl. 09.00',
      '10:e kl. 09.00',
      '14:e kl. 09.00',
    ].join('\n');
    const names = parse(flatten(page)).participants.map((p) => p.name);
    expect(names.join(' | ')).not.toMatch(/Sammanträdestider|Januari|Februari|Mars|April/);
    expect(names.every((n) => n === 'Lisa Holmgren')).toBe(true);
  });

  it('keeps "Maj" a given name', () => {
    const doc = parse('Protokoll\nKulturnämnden\nSammanträdesdatum 2025-03-04\nBeslutande Maj Lund (S), ordförande\n');
    expect(doc.participants.map((p) => p.name)).toContain('Maj Lund');
  });

  it('puts back only the digits a page line lost to its title copy, not those it kept', () => {
    const page = inViewer(
      'Miljönämnden Plats och tid Ekbacka skola, sal 3',
      'Miljönämnden 2025-02-11. Plats och tid Ekbacka skola, sal 3 kl 13.00-15.30',
      [
        '1 1 Miljönämnden Plats och tid Ekbacka skola, sal 3 Beslutande Vera Lund (S), ordförande Utses att justera Ivan Berg Paragrafer 5-9',
      ],
    );
    for (const text of [page, flatten(page)]) {
      const doc = parse(text);
      expect(doc.location).toBe('Ekbacka skola, sal 3');
      expect(doc.date).toBe('2025-02-11');
    }
  });
});

describe('a flattened agenda item with a subtitle after a name', () => {
  it('leaves the title out rather than run it into "Remiss från …"', () => {
    const agenda = [
      'Föredragningslista',
      'Fritidsnämnden 2025-04-08',
      '1 Val av justerare',
      '2 Godkännande av dagordningen',
      '3 Ekonomisk uppföljning mars',
      'Dnr 2025-0098',
      '4 Taxor för idrottshallar 2026',
      'Dnr 2025-0104',
      '5 Motion av Åsa Berg (S) om en ny badplats vid Norrvik',
      'Remiss från kommunstyrelsen',
      'Dnr 2025-0117',
      '6 Anmälan av delegationsbeslut',
    ].join('\n');
    const title = (text: string) => parse(text).paragraphs.find((p) => p.number === 5)?.title;
    expect(title(agenda)).toBe('Motion av Åsa Berg (S) om en ny badplats vid Norrvik');
    expect([undefined, title(agenda)]).toContain(title(flatten(agenda)));
  });
});

describe("a flattened extract's one paragraph", () => {
  const EXTRACT = [
    'PROTOKOLLSUTDRAG',
    'Gatunämnden',
    'Sammanträdesdatum 2024-10-08',
    '§ 31 Avgift för markupplåtelse',
    'Beslut',
    'Gatunämnden fastställer avgiften.',
    'Ärendet',
    'Avgiften har inte räknats upp sedan 2019.',
    'Expedieras till',
    'Gatukontoret',
    'Justerandes sign\tUtdragsbestyrkande',
    'Rätt utdraget intygar',
    'Ylva Strand, nämndsekreterare',
  ].join('\n');

  it.each([
    ['with its lines', EXTRACT],
    ['flattened', flatten(EXTRACT)],
  ])('is read %s: its number and title, its decision, its distribution', (_how, text) => {
    const [paragraph, ...more] = parse(text).paragraphs;
    expect(more).toEqual([]);
    expect([paragraph?.number, paragraph?.title]).toEqual([31, 'Avgift för markupplåtelse']);
    // "Ärendet" is a section heading: the decision ends before it.
    expect(paragraph?.decisions.map((d) => d.text)).toEqual(['Gatunämnden fastställer avgiften.']);
    // The certification and its signer are no part of the distribution.
    expect(paragraph?.distribution).toEqual(['Gatukontoret']);
  });

  it("cites another meeting's paragraph in a case's history without making it a heading", () => {
    const text = flatten(
      [
        'PROTOKOLL',
        'Gatunämnden',
        'Sammanträdesdatum 2024-10-08',
        '§ 31 Avgift för markupplåtelse',
        'Beslut',
        'Gatunämnden fastställer avgiften.',
        '§ 32 Parkeringsnorm',
        'Beslut',
        'Gatunämnden antar normen.',
        'Tidigare behandling',
        'Gatunämnden 2024-05-14 § 12 Parkeringsnorm Sammanfattning Förslaget remitterades.',
      ].join('\n'),
    );
    expect(parse(text).paragraphs.map((p) => p.number)).toEqual([31, 32]);
  });

  // "§§ 31" alone is not read as a heading: under a "Paragrafer" label it is the range (see paragraphs.test.ts).
  it.each([
    [
      '"Utdrag ur protokoll fört vid … den 8 oktober 2024"',
      'Utdrag ur protokoll fört vid Gatunämndens sammanträde den 8 oktober 2024',
      '§ 31',
    ],
  ])('reads the number after a date written in words: %s', (_name, head, sign) => {
    const lines = [
      head,
      sign,
      'Dnr GN 2024/77',
      'Avgift för markupplåtelse',
      'Beslut',
      'Gatunämnden fastställer avgiften.',
    ];
    for (const text of [lines.join('\n'), flatten(lines.join('\n'))]) {
      const [paragraph, ...more] = parse(text).paragraphs;
      expect(more).toEqual([]);
      expect([paragraph?.number, paragraph?.title, paragraph?.caseNumber]).toEqual([
        31,
        'Avgift för markupplåtelse',
        'GN 2024/77',
      ]);
    }
  });

  it('keeps "Ärendet" in a sentence as a word of the decision', () => {
    const text = flatten(
      [
        'PROTOKOLLSUTDRAG',
        'Gatunämnden',
        'Sammanträdesdatum 2024-10-08',
        '§ 31 Avgift för markupplåtelse',
        'Beslut',
        'Ärendet bordläggs till nästa sammanträde.',
      ].join('\n'),
    );
    expect(parse(text).paragraphs[0]?.decisions.map((d) => d.text)).toEqual([
      'Ärendet bordläggs till nästa sammanträde.',
    ]);
  });
});

describe('a flattened notice whose first line names the body and gives time and place', () => {
  const text =
    'Kallelse till sammanträde med Gatunämnden Tid: 2024-09-17 kl 15.00 Plats: Folkets hus, lilla salen ' +
    'Punkt 1 Upprop Punkt 2 Val av justerare och tid för justering Punkt 3 Snöröjningsplan 2024/2025 Punkt 4 Information';
  const doc = parseDocument(text);

  it('names the body the sentence calls, up to the next label', () => {
    expect(doc.body.name).toBe('Gatunämnden');
  });

  it('ends the place where the "Punkt n" items start, and reads them as items', () => {
    expect(doc.location).toBe('Folkets hus, lilla salen');
    expect(doc.adjustment).toBeUndefined();
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([
      [1, 'Upprop'],
      [2, 'Val av justerare och tid för justering'],
      [3, 'Snöröjningsplan 2024/2025'],
      [4, 'Information'],
    ]);
  });

  it('leaves a group heading ("Beslutsärenden") out of the place before it', () => {
    const grouped = parseDocument(
      'Kallelse Vård- och omsorgsnämnden Tid: 2024-10-02 kl 13.00 Plats: Sessionssalen, Rådhuset Beslutsärenden § 1 Val av justerare § 2 Budget 2025 Informationsärenden § 3 Chefen informerar',
    );
    expect(grouped.location).toBe('Sessionssalen, Rådhuset');
  });
});

describe('signature labels before "Utses att justera"', () => {
  // Invented: short signature labels ("Ordf.", "Sekr.") with their names, then the adjusters' label.
  const text = [
    'PROTOKOLL',
    'Fritidsnämnden',
    'Datum: 2024-03-12',
    'Beslutande ledamöter',
    'Lars Eklund (S), ordförande',
    'Anna Berg (M)',
    'Övriga närvarande',
    'Petra Lund, nämndsekreterare',
    'Ordf. Lars Eklund',
    'Sekr. Petra Lund',
    'Utses att justera: Karin Ny',
    'Paragrafer §§ 12–20',
  ].join('\n');
  for (const [how, t] of [
    ['lined', text],
    ['flattened', flatten(text)],
  ] as const)
    it(`does not make the secretary an adjuster (${how})`, () => {
      const people = parse(t).participants;
      expect(people.find((p) => p.name === 'Petra Lund')?.roles).not.toContain('adjuster');
      expect(people.find((p) => p.name === 'Karin Ny')?.roles).toContain('adjuster');
    });
});

describe('flattened minutes with one paragraph right after the attendance list', () => {
  const head = [
    'PROTOKOLL',
    'Valnämnden',
    'Sammanträdesdatum 2024-04-09',
    'Beslutande',
    'Gunnel Ahl (S), ordförande',
    'Per Vik (M)',
    'Lisa Strand (C)',
  ];
  it('reads "§ 1" as the heading, not as the last person\'s note', () => {
    const doc = parse(
      flatten([...head, '§ 1 Lokaler för förtidsröstning', 'Valnämnden beslutar att godkänna lokalerna.'].join('\n')),
    );
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([[1, 'Lokaler för förtidsröstning']]);
    expect(doc.participants.find((p) => p.name === 'Lisa Strand')?.note).toBeUndefined();
  });
  it('keeps "§ 1" a note where a label follows it', () => {
    const doc = parse(flatten([...head, '§ 1', 'Övriga närvarande', 'Tove Berg, sekreterare'].join('\n')));
    expect(doc.paragraphs).toEqual([]);
    expect(doc.participants.find((p) => p.name === 'Lisa Strand')?.note).toBe('§ 1');
  });
});

describe('a flattened notice that says who it calls', () => {
  const notice = [
    'KALLELSE',
    'Hamnnämnden',
    'Tid: Onsdagen den 5 mars 2025, kl. 13.15',
    'Plats: Fyrhuset, Sjösalen',
    'Ordinarie ledamöter kallas. Ersättare för kännedom.',
    '',
    'Ärenden',
    '1. Val av justerare',
    '2. Hamnavgifter',
  ].join('\n');

  it('ends the place before the sentence, as the copy with line breaks does', () => {
    expect(parse(notice).location).toBe('Fyrhuset, Sjösalen');
    const flat = parse(flatten(notice));
    expect([flat.location, flat.date, flat.start, flat.participants]).toEqual([
      'Fyrhuset, Sjösalen',
      '2025-03-05',
      '13:15',
      [],
    ]);
  });
});

describe('a flattened agenda that numbers its items "Ärende 1", "Ärende 2"', () => {
  const agenda = [
    'Föredragningslista',
    'Sammanträde med Hamnnämnden',
    'Tisdagen den 11 mars 2025 kl. 18.00 i Fyrhuset',
    '',
    'Ärende 1 Val av justerare',
    'Ärende 2 Godkännande av föredragningslistan',
    'Ärende 3 Hamnavgifter 2025, Dnr HN 2025/7',
  ].join('\n');

  it('reads each item as the copy with line breaks does', () => {
    const items = (text: string) => parse(text).paragraphs.map((p) => [p.number, p.title, p.caseNumber]);
    expect(items(flatten(agenda))).toEqual([
      [1, 'Val av justerare', undefined],
      [2, 'Godkännande av föredragningslistan', undefined],
      [3, 'Hamnavgifter 2025', 'HN 2025/7'],
    ]);
    expect(items(flatten(agenda))).toEqual(items(agenda));
  });

  it('reads items written "Ärende nr 1", and the place stops before them', () => {
    const doc = parse(
      flatten(
        [
          'Föredragningslista',
          'Hamnnämndens arbetsutskott',
          'Tid: 2025-04-07 kl. 08.30',
          'Plats: Fyrhuset, Ekby',
          'Ärende nr 1 Val av justerare',
          'Ärende nr 2 Hamnavgifter 2025',
        ].join('\n'),
      ),
    );
    expect(doc.location).toBe('Fyrhuset, Ekby');
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Hamnavgifter 2025'],
    ]);
  });

  it('reads the body after a kind written "KALLELSE/FÖREDRAGNINGSLISTA"', () => {
    const doc = parse(
      flatten(['KALLELSE/FÖREDRAGNINGSLISTA', 'Hamnnämndens arbetsutskott', 'Datum: 2025-02-04'].join('\n')),
    );
    expect([doc.kind, doc.body.name, doc.date]).toEqual(['agenda', 'Hamnnämndens arbetsutskott', '2025-02-04']);
  });
});

describe('flattened minutes with one paragraph after an officer ending the attendance list', () => {
  it.each(['Nils Fors, sekr.', 'Nils Fors, nämndsekreterare', 'Nils Fors, förbundsdirektör'])(
    'reads "§ 20" after "%s" as the heading, not as that person\'s note',
    (last) => {
      const doc = parse(
        flatten(
          [
            'PROTOKOLL',
            'Förbundsstyrelsen',
            'Sammanträdesdatum 2026-03-19',
            'Ledamöter: Alva Nyström (S), ordf., Erik Dahl (M)',
            `Tjänstemän: Anna Vik, förbundsdirektör; ${last}`,
            '§ 20 Mötets öppnande',
            'Ordföranden öppnade mötet.',
          ].join('\n'),
        ),
      );
      expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([[20, 'Mötets öppnande']]);
      expect(doc.participants.find((p) => p.name === 'Nils Fors')?.note).toBeUndefined();
    },
  );
});

describe("a flattened paragraph's title before its decision's sentence", () => {
  const minutes = [
    'Protokoll',
    'Kulturnämnden',
    'Sammanträdesdatum 2026-05-06',
    '§ 32 Bidrag till Ekby IF',
    'Nämnden beslutar att bevilja 40 000 kronor.',
    '§ 33 Ny bibliotekslokal i Norrvik',
    'Nämnden beslutar att återremittera ärendet till förvaltningen.',
    '§ 34 Försäljning av tomt i Ekby',
    'Ärendet bordläggs.',
  ].join('\n');
  it('ends at the subject of "beslutar att" or of "bordläggs", as with line breaks', () => {
    const heads = (text: string) => parse(text).paragraphs.map((p) => [p.number, p.title, p.decisions[0]?.outcome]);
    expect(heads(flatten(minutes))).toEqual([
      [32, 'Bidrag till Ekby IF', 'approved'],
      [33, 'Ny bibliotekslokal i Norrvik', 'referred-back'],
      [34, 'Försäljning av tomt i Ekby', 'postponed'],
    ]);
    expect(heads(flatten(minutes))).toEqual(heads(minutes));
  });
});

describe("an attendance table's column heads after a flattened place", () => {
  it.each(['Namn\tParti\tNärvarande\tErsättare för', 'Namn Parti Funktion', 'Namn och parti'])(
    'end the place: "%s"',
    (heads) => {
      const doc = parse(
        flatten(
          ['Socialnämnden', 'PROTOKOLL 2026-02-17', 'Tid: 09.00 - 12.00', 'Plats: Stadshuset, rum Ängen', heads].join(
            '\n',
          ),
        ),
      );
      expect(doc.location).toBe('Stadshuset, rum Ängen');
    },
  );
});
