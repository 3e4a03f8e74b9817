import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { agendaItemHeadings, buildParagraph, caseNumberOfLine, paragraphHeadings, parseTitle } from './paragraphs.js';
import { parseDocument } from './parse-document.js';
import { sectionHeading } from './sections.js';
import { splitAtHeadings } from './split-headings.js';

describe('headings', () => {
  it('reads titles with type codes and case numbers', () => {
    expect(parseTitle('Datum 2024 (B) och plats (I)')).toEqual({
      title: 'Datum 2024 och plats',
      types: ['decision', 'information'],
    });
    expect(parseTitle('Budget (B/U) (KS 2023/123)')).toEqual({
      title: 'Budget',
      types: ['decision', 'follow-up'],
      caseNumber: 'KS 2023/123',
    });
    expect(parseTitle('Motion från Kim Ek (S)')).toEqual({ title: 'Motion från Kim Ek (S)', types: [] });
    expect(parseTitle('Möte (2023-10-11)').caseNumber).toBeUndefined();
    expect(parseTitle('Avtal Dnr 2024/15').caseNumber).toBe('2024/15');
  });

  it("takes an agenda's case number column off the end of a title, never a span of years or a law", () => {
    expect(parseTitle('Ekonomisk uppföljning SN 2023/88')).toEqual({
      title: 'Ekonomisk uppföljning',
      types: [],
      caseNumber: 'SN 2023/88',
    });
    expect(parseTitle('Taxor för 2024 KS/2023:301').caseNumber).toBe('KS/2023:301');
    expect(parseTitle('Bygglov för sjöbod, Ekudden 1:4 BN 2024-000412')).toEqual({
      title: 'Bygglov för sjöbod, Ekudden 1:4',
      types: [],
      caseNumber: 'BN 2024-000412',
    });
    expect(parseTitle('Verksamhetsplan VP 2023/2024').caseNumber).toBeUndefined();
    expect(parseTitle('Verksamhetsplan VP 2023/24').caseNumber).toBeUndefined();
    expect(parseTitle('Taxonomiförordningen EU 2020/852').caseNumber).toBeUndefined();
    expect(parseTitle('Riktlinjer LSS 2023-2024').caseNumber).toBeUndefined();
  });

  it('reads § headings in rising order, with the title on the next line when need be', () => {
    const lines = toLines(
      '§ 4 Öppnande\ntext\n§ 7 i reglementet står det\n§5\n\nVal av justerare\n§ 3 Gammal\n§ 6. Avslutning',
    );
    expect(paragraphHeadings(lines).map((h) => [h.number, h.title])).toEqual([
      [4, 'Öppnande'],
      [5, 'Val av justerare'],
      [6, 'Avslutning'],
    ]);
    expect(paragraphHeadings(lines, { from: 5, to: 6 }).map((h) => h.number)).toEqual([5, 6]);
  });

  it('reads agenda items that run 1, 2, 3 and not the numbered points inside them', () => {
    const lines = toLines(
      '1. Upprop\n2. Budget (Dnr 2024/15)\nFörslag till beslut\n1. Budgeten fastställs.\n2. Ärendet avslutas.\n3. Övriga frågor',
    );
    expect(agendaItemHeadings(lines).map((h) => [h.number, h.title, h.caseNumber])).toEqual([
      [1, 'Upprop', undefined],
      [2, 'Budget', '2024/15'],
      [3, 'Övriga frågor', undefined],
    ]);
  });

  it('reads case numbers on a line of their own', () => {
    expect(caseNumberOfLine('GNS/10/2020')).toBe('GNS/10/2020');
    expect(caseNumberOfLine('Dnr 2024/15')).toBe('2024/15');
    expect(caseNumberOfLine('2020-12-10')).toBeUndefined();
    expect(caseNumberOfLine('10/2020')).toBeUndefined();
  });

  it('reads section headings, also with the text after a colon', () => {
    expect(sectionHeading('Förslag till beslut:')).toEqual({ heading: 'Förslag till beslut', role: 'proposal' });
    expect(sectionHeading('Kommundirektörens förslag')).toMatchObject({ role: 'proposal' });
    expect(sectionHeading('Beslut: Ärendet bordläggs.')).toEqual({
      heading: 'Beslut',
      role: 'decision',
      inline: 'Ärendet bordläggs.',
    });
    expect(sectionHeading('Beslut om ändringar behövs')).toBeUndefined();
  });
});

describe('a paragraph', () => {
  it('reads sections, presenters, distribution, documents, decisions and assignments', () => {
    const body = toLines(
      [
        'Föredragande: Kim Ek, ekonom och Bo Lind',
        '',
        'Bakgrund',
        'Budgeten har beretts.',
        '',
        'Beslut',
        '1. Budgeten fastställs.',
        '2. Kansliet får i uppdrag att informera medlemmarna senast 1 mars 2025.',
        '',
        'Expedieras till',
        'Kommunstyrelsen, Ekonomikontoret, Revisorerna',
        '',
        'Beslutsunderlag',
        '- Tjänsteskrivelse',
        '- Budget 2025',
      ].join('\n'),
    );
    const heading = { index: 0, titleIndex: 0, start: 0, number: 12, title: 'Budget 2025', types: [], no: 1 };
    const { paragraph } = buildParagraph(heading, body, { minutes: true, meetingDate: '2025-01-20', diagnostics: [] });
    expect(paragraph).toMatchObject({
      number: 12,
      presenters: ['Kim Ek', 'Bo Lind'],
      distribution: ['Kommunstyrelsen', 'Ekonomikontoret', 'Revisorerna'],
      documents: ['Tjänsteskrivelse', 'Budget 2025'],
      decisions: [
        { point: 1, outcome: 'approved', text: 'Budgeten fastställs.' },
        { point: 2, outcome: 'other' },
      ],
      assignments: [{ assignee: 'Kansliet', due: '2025-03-01', status: 'open' }],
    });
    expect(paragraph.sections.map((s) => s.heading)).toEqual([
      'Föredragande',
      'Bakgrund',
      'Beslut',
      'Expedieras till',
      'Beslutsunderlag',
    ]);
  });
});

describe('a page flattened onto one line', () => {
  it('ends a title where a sentence starts, also when a page number follows the sentence', () => {
    const doc = parseDocument(
      'Protokoll Kommunfullmäktige 2025-03-10\n§ 41 Frågestund för allmänheten Ingen fråga ställdes. (7)',
    );
    expect(doc.paragraphs.find((p) => p.number === 41)?.title).toBe('Frågestund för allmänheten');
  });
  it('does not call a numbered list without § signs, labels or a kind word minutes', () => {
    const doc = parseDocument(
      'Socialnämnden 2025-04-02 2 Mötets öppnande 3 Val av justerare 4 Ekonomisk rapport 5 Delegationsbeslut 6 Meddelanden',
    );
    expect(doc.kind).not.toBe('minutes');
  });
});

describe('agenda items in every layout', () => {
  const items = (text: string) =>
    agendaItemHeadings(splitAtHeadings(toLines(text))).map((h) => [h.number, h.title ?? null]);

  it('reads items without a dot, a list that starts at 2, and notes under items that are no titles', () => {
    const text = [
      'Kommunfullmäktige 2025-03-10',
      '',
      '2 Sammanträdets öppnande',
      '3 Upprop',
      'Ordföranden ropar upp ledamöterna',
      '4 Val av justerare',
      'Dnr KS 2025/4',
      '5 Övriga frågor',
    ].join('\n');
    expect(items(text)).toEqual([
      [2, 'Sammanträdets öppnande'],
      [3, 'Upprop'],
      [4, 'Val av justerare'],
      [5, 'Övriga frågor'],
    ]);
    expect(agendaItemHeadings(toLines(text))[2]?.caseNumber).toBeUndefined();
  });

  it('reads indented items and keeps a title cut short with "..." as it is', () => {
    const text = '  1. Öppnande\n  2. "Bygg en ny bro över ån" - svar på motion av Pia Ek, första...\n  3. Avslutning';
    expect(items(text)).toEqual([
      [1, 'Öppnande'],
      [2, '"Bygg en ny bro över ån" - svar på motion av Pia Ek, första...'],
      [3, 'Avslutning'],
    ]);
  });

  it('reads a flattened "Nr. Ärende Anm. Sid" table, and gives no title to the item before a lost number', () => {
    const text =
      'Föredragningslista Nr. Ärende Anm. Sid 1. Val av justerare Förslag: Lena Ek (S) 2. Tid för justeringen Förslag: Måndag EKONOMI 3. Budgetuppföljning 4. Lokalfrågor kl Nya lokaler 6. Övriga frågor';
    expect(items(text)).toEqual([
      [1, 'Val av justerare'],
      [2, 'Tid för justeringen'],
      [3, 'Budgetuppföljning'],
      // Item 5 lost its number: 4's text holds two titles.
      [4, null],
      [6, 'Övriga frågor'],
    ]);
  });

  it('leaves unnumbered items out rather than numbering them', () => {
    const text = '1. Öppnande\n2. Upprop\n3. Val av justerare\n\nInformation från revisionen\nFöredragande: Åsa Holm';
    expect(items(text).map(([n]) => n)).toEqual([1, 2, 3]);
  });
});

describe('headings numbered without a "§" that only the stated range proves', () => {
  const minutes = (range: string, paragraphs: readonly string[]) =>
    parseDocument(
      [
        'PROTOKOLL',
        'Byggnadsnämnden',
        'Sammanträdesdatum 2024-04-16',
        'Plats och tid Kommunhuset, sal Tallen, kl. 14.00-16.00',
        'Beslutande Rut Sandberg (S), ordförande',
        `Paragrafer ${range}`,
        '',
        ...paragraphs,
      ].join('\n'),
      { file: 'x.txt' },
    );
  const BARE = [
    '61',
    'Val av justerare',
    'Beslut',
    'Rut Sandberg utses att justera.',
    '',
    '62',
    'Bygglov för förråd på Tallbacken 4',
    'Beslut',
    'Bygglov beviljas. Avgiften är 4 200 kronor.',
    '',
    '63 Detaljplan för Norra ängen',
    'Beslut',
    'Förslaget godkänns.',
  ];
  const headings = (doc: ReturnType<typeof parseDocument>) => doc.paragraphs.map((p) => [p.number, p.title]);

  it('reads them where every number of the range opens a line once, in order, with a title', () => {
    expect(headings(minutes('61-63', BARE))).toEqual([
      [61, 'Val av justerare'],
      [62, 'Bygglov för förråd på Tallbacken 4'],
      [63, 'Detaljplan för Norra ängen'],
    ]);
  });

  it('gives none where the range is not spelt out: a number missing, or one that opens a line twice', () => {
    const missing = minutes('61-64', BARE);
    expect(missing.paragraphs).toEqual([]);
    expect(missing.diagnostics.map((d) => d.message).join('\n')).toMatch(/no § paragraphs found/);
    const twice = minutes('61-63', [
      ...BARE.slice(0, 10),
      '62',
      'Bygglov för förråd på Tallbacken 4',
      'Beslut',
      'Bordläggs.',
      '',
      ...BARE.slice(10),
    ]);
    expect(twice.paragraphs).toEqual([]);
  });

  it('takes no number whose "title" is a sum or a sentence for a heading', () => {
    const sum = ['61', 'Val av justerare', 'Beslut', 'Utses.', '', '62 000 kronor avsätts.', '', '63', 'Detaljplan'];
    expect(minutes('61-63', sum).paragraphs).toEqual([]);
  });
});

describe('an agenda printed as a table', () => {
  // Invented: a table of items with their case numbers and who presents them, under an unlabelled line
  // giving the day, the time and the room.
  const TABLE = [
    'FÖREDRAGNINGSLISTA',
    'Fritidsnämnden',
    '2025-09-16 kl. 14.00, Idrottshallen, mötesrum Volten',
    '',
    'Nr\tÄrende\tDnr\tFöredragande',
    '1\tVal av justerare\t\t',
    '2\tGodkännande av dagordning\t\t',
    '3\tTaxor för idrottshallar 2026\tFN 2025/88\tFritidschef',
    '4\tBidrag till föreningar\tFN 2025/102\tUtvecklare',
  ].join('\n');
  const items = (text: string) =>
    parseDocument(text, { file: 'dagordning.txt' }).paragraphs.map((p) => [p.number, p.title, p.caseNumber]);
  const EXPECTED = [
    [1, 'Val av justerare', undefined],
    [2, 'Godkännande av dagordning', undefined],
    [3, 'Taxor för idrottshallar 2026', 'FN 2025/88'],
    [4, 'Bidrag till föreningar', 'FN 2025/102'],
  ];

  it('takes each title from its cell and the case number from its own', () => {
    expect(items(TABLE)).toEqual(EXPECTED);
  });

  it('ends each title at its case number when the table is flattened onto one line', () => {
    expect(items(TABLE.replace(/\s*\n\s*/g, ' ').replace(/\t+/g, ' '))).toEqual(EXPECTED);
  });

  it("reads the meeting's day, time and room from the unlabelled line under the body", () => {
    const doc = parseDocument(TABLE, { file: 'dagordning.txt' });
    expect([doc.date, doc.start, doc.location]).toEqual(['2025-09-16', '14:00', 'Idrottshallen, mötesrum Volten']);
  });

  it('keeps a title that only mentions a case in the middle of it', () => {
    const text = [
      'FÖREDRAGNINGSLISTA',
      'Fritidsnämnden',
      '',
      '1. Val av justerare',
      '2. Svar på remiss FN 2025/88 om idrottsplatsens framtid',
      '3. Övriga frågor',
    ].join('\n');
    expect(items(text)[1]).toEqual([2, 'Svar på remiss FN 2025/88 om idrottsplatsens framtid', undefined]);
  });
});

describe('case numbers printed under their items', () => {
  it('gives a case line under a "§" item to that item, not to the next one', () => {
    const text = [
      'Kallelse',
      'Fritidsnämnden 2024-03-14',
      '',
      '§ 1 Val av justerare',
      '§ 2 Uppföljning av badhusets budget',
      'Dnr FN 2024/7',
      '§ 3 Bidrag till idrottsföreningar',
      'Dnr FN 2023/90',
      'Informationsärenden',
      '§ 4 Chefen informerar',
    ].join('\n');
    const cases = parseDocument(text).paragraphs.map((p) => [p.number, p.caseNumber ?? null]);
    expect(cases).toEqual([
      [1, null],
      [2, 'FN 2024/7'],
      [3, 'FN 2023/90'],
      [4, null],
    ]);
  });

  it('keeps case lines above their headings when the first heading has one above it', () => {
    const text = [
      'Protokoll',
      'Dnr FN 2024/7',
      '§ 2 Badhusets budget',
      'Dnr FN 2023/90',
      '§ 3 Bidrag till föreningar',
    ].join('\n');
    const cases = paragraphHeadings(toLines(text)).map((h) => [h.number, h.start < h.index]);
    expect(cases).toEqual([
      [2, true],
      [3, true],
    ]);
  });
});

describe('agenda items whose titles go on to a second line', () => {
  const text = [
    'Föredragningslista',
    'Barn- och skolnämnden 2024-05-06',
    '',
    '1. Val av justerare (B)',
    '2. Svar på medborgarförslag om en ny lekplats',
    '   vid Sjöparken (B)',
    '3. Kvalitetsrapport 2023 för',
    '   förskolan i Åby (I)',
    '4. Delegationsbeslut (I)',
  ].join('\n');

  it('joins the second line: after a word that needs more, or when the type code ends it', () => {
    const items = agendaItemHeadings(toLines(text)).map((h) => [h.number, h.title, h.types]);
    expect(items).toEqual([
      [1, 'Val av justerare', ['decision']],
      [2, 'Svar på medborgarförslag om en ny lekplats vid Sjöparken', ['decision']],
      [3, 'Kvalitetsrapport 2023 för förskolan i Åby', ['information']],
      [4, 'Delegationsbeslut', ['information']],
    ]);
  });

  it('keeps the type code that ends the line after a case number ("…, Dnr BSN 2024/12 (B)")', () => {
    const items = parseDocument(
      'Barn- och skolnämnden\nKALLELSE\nTid: 2024-05-06 kl. 13.00\n\n1. Val av justerare (B)\n2. Taxor för fritidsgården 2025, Dnr BSN 2024/12 (B)\n3. Delegationsbeslut (I)',
    ).paragraphs.map((p) => [p.number, p.title, p.caseNumber ?? null, p.types]);
    expect(items).toEqual([
      [1, 'Val av justerare', null, ['decision']],
      [2, 'Taxor för fritidsgården 2025', 'BSN 2024/12', ['decision']],
      [3, 'Delegationsbeslut', null, ['information']],
    ]);
  });

  it('gives no title that stops on "för" with nothing after it', () => {
    const items = agendaItemHeadings(toLines('1. Upprop\n2. Plan för\n3. Övriga frågor')).map((h) => h.title ?? null);
    expect(items).toEqual(['Upprop', null, 'Övriga frågor']);
  });
});

describe('a case number "BUN 2024/19" on a line of its own', () => {
  it('is no paragraph 2024: a year first is a case number', () => {
    const text = [
      'Protokollsutdrag',
      'Gymnasienämnden 2024-02-14',
      'Ansökan om inackorderingstillägg',
      'GN 2024/19',
      'Beslut',
      'Gymnasienämnden avslår ansökan.',
    ].join('\n');
    expect(parseDocument(text).paragraphs.map((p) => p.number)).not.toContain(2024);
    expect(paragraphHeadings(toLines('GN 2024/19\nAnsökan om bidrag'))).toEqual([]);
  });
});

describe('an extract headed "Kommunfullmäktige § 12" on a line of its own', () => {
  it.each(['§', '§§'])('reads the paragraph with its case number and title below (sign %s)', (sign) => {
    const text = [
      'PROTOKOLLSUTDRAG',
      'Regionfullmäktige',
      'Sammanträdesdatum 2024-04-22',
      '',
      `Regionfullmäktige ${sign} 12`,
      'Dnr RS 2023/81',
      '',
      'Avgifter i kollektivtrafiken 2025',
      '',
      'Regionfullmäktiges beslut',
      'Regionfullmäktige antar avgifterna.',
    ].join('\n');
    const p = parseDocument(text).paragraphs;
    expect(p.map((x) => [x.number, x.title, x.caseNumber])).toEqual([
      [12, 'Avgifter i kollektivtrafiken 2025', 'RS 2023/81'],
    ]);
  });
});

describe("an agenda's group headings between items", () => {
  const AGENDA = [
    'KALLELSE',
    'Gatunämnden',
    'Tid: 2024-10-16 kl. 08.30',
    '',
    'Beslutsärenden',
    '1. Val av justerare (B)',
    '2. Parkeringsnorm (B)',
    'Informationsärenden',
    '3. Delegationsbeslut (I)',
  ].join('\n');

  it('are no part of the item before them', () => {
    const items = parseDocument(AGENDA).paragraphs;
    expect(items.map((p) => [p.number, p.title, p.text ?? ''])).toEqual([
      [1, 'Val av justerare', ''],
      [2, 'Parkeringsnorm', ''],
      [3, 'Delegationsbeslut', ''],
    ]);
  });

  it('are no part of the text before them when flattened: the type code ends the title', () => {
    const items = parseDocument(AGENDA.replace(/\s*\n\s*/g, ' ')).paragraphs;
    expect(items.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(items.map((p) => p.text ?? '')).toEqual(['', '', '']);
    expect(items.map((p) => p.title)).toEqual(['Val av justerare', 'Parkeringsnorm', 'Delegationsbeslut']);
  });

  it('end a flattened title at its type code before a capital ("(U) Lärke Sjöö gick igenom …")', () => {
    const text =
      'PROTOKOLL Äldrerådet Sammanträdesdatum 2024-10-16 § 4 Uppföljning av planen (U) Tora Ek gick igenom planen. Rådet tackar för informationen. § 5 Övriga frågor Inga övriga frågor.';
    const p = parseDocument(text).paragraphs.find((x) => x.number === 4);
    expect(p?.title).toBe('Uppföljning av planen');
    expect(p?.types).toEqual(['follow-up']);
  });
});

describe('"§§ 12" under a "Paragrafer" label', () => {
  it('is the range, not a heading that takes the next line as its title', () => {
    const text = [
      'PROTOKOLL',
      'Kommunstyrelsen',
      'Sammanträdesdatum 2024-03-05',
      'Paragrafer',
      '§§ 12',
      '',
      'Plats och tid Stadshuset kl 13.00',
      '',
      '§ 12 Val av justerare',
      'Anna Berg valdes.',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.paragraphRange).toEqual({ from: 12, to: 12 });
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([[12, 'Val av justerare']]);
  });
});

describe('an extract headed by one paragraph written "§§ 34"', () => {
  it('reads the number after the body and date on one line, and keeps the body and date', () => {
    const text = [
      'PROTOKOLLSUTDRAG',
      'Fritids- och kulturnämnden 2024-02-14 §§ 34',
      'Dnr FKN 2024/0045',
      'Bidrag till föreningen Norrby IF',
      'Beslut',
      'Fritids- och kulturnämnden beslutar att bevilja bidraget.',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([[34, 'Bidrag till föreningen Norrby IF']]);
    expect(doc.body.name).toBe('Fritids- och kulturnämnden');
    expect(doc.date).toBe('2024-02-14');
  });

  it('reads a bare "§§ 31" line as the heading', () => {
    const text = [
      'Utdrag ur protokoll',
      'Omsorgsnämnden',
      'Sammanträdesdatum 2024-05-21',
      '§§ 31',
      'Dnr ON 2024/112',
      'Riktlinjer för hemtjänst',
      'Beslut',
      'Omsorgsnämnden beslutar att anta riktlinjerna.',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => [p.number, p.title, p.caseNumber])).toEqual([
      [31, 'Riktlinjer för hemtjänst', 'ON 2024/112'],
    ]);
  });

  it('does not take "§§ 31" among a signature block\'s values for a heading', () => {
    const text = [
      'PROTOKOLL',
      'Omsorgsnämnden',
      'Sammanträdesdatum 2024-05-21',
      'Underskrifter',
      'Sekreterare',
      'Paragrafer',
      'Petra Lund',
      '§§ 31',
      'Ordförande',
      'Lars Eklund',
      'Justerande',
      'Karin Ny',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.paragraphs).toEqual([]);
    expect(doc.participants.find((p) => p.name === 'Lars Eklund')?.roles).toContain('chair');
  });
});

describe("a case number bare after the heading's number", () => {
  const minutes = [
    'PROTOKOLL',
    'Hamnnämnden',
    'Sammanträdesdatum 2025-03-03',
    '',
    '§ 12 HN 2025/7 Hamnavgifter',
    'Nämnden godkänner avgifterna.',
    '',
    '§ 13 BN 2024-000388',
    '',
    'Bygglov för sjöbod',
    'Nämnden beviljar bygglov.',
    '',
    '§ 14 AU 45/2020 Motion om bryggor',
    'Nämnden avslår motionen.',
  ].join('\n');

  it('is the case number, never the title, when a series is followed by a number that starts with its year', () => {
    expect(parseDocument(minutes).paragraphs.map((p) => [p.number, p.caseNumber, p.title])).toEqual([
      [12, 'HN 2025/7', 'Hamnavgifter'],
      [13, 'BN 2024-000388', 'Bygglov för sjöbod'],
      // A number and then a year is another body's paragraph, left out of the title.
      [14, undefined, 'Motion om bryggor'],
    ]);
  });
});

describe('an agenda table with a presenter column ("Nr Ärende Föredragande")', () => {
  const titles = (rows: string[]) =>
    parseDocument(
      ['KALLELSE', 'Kulturnämnden', 'Tid: 2023-04-18 kl. 13.00', '', 'Nr Ärende Föredragande', ...rows].join('\n'),
    ).paragraphs.map((p) => p.title);
  it("cuts the presenter's name off the titles", () => {
    expect(
      titles([
        '1 Val av justerare',
        '2 Budgetuppföljning mars Anna Berg',
        '3 Tillsyn av Ekby bibliotek Karin Lund',
        '4 Delegationsbeslut Per Ek',
      ]),
    ).toEqual(['Val av justerare', 'Budgetuppföljning mars', 'Tillsyn av Ekby bibliotek', 'Delegationsbeslut']);
  });
  it("keeps a name that is the title's own, and a lone name at a title's end", () => {
    expect(
      titles(['1 Avsägelse Anna Berg', '2 Motion från Karin Lund', '3 Budgetuppföljning mars Per Ek', '4 Övrigt']),
    ).toEqual(['Avsägelse Anna Berg', 'Motion från Karin Lund', 'Budgetuppföljning mars Per Ek', 'Övrigt']);
  });
});

describe('a bare "§ 66" over a sentence about the item ("Ärendet utgår.")', () => {
  const doc = parseDocument(
    [
      'Protokoll',
      'Hamnnämnden',
      'Sammanträdesdatum 2026-09-15',
      '§ 65',
      'Taxa för gästhamnen',
      'Beslut',
      'Taxan fastställs.',
      '§ 66',
      'Ärendet utgår.',
      '§ 67',
      'Punkten bordläggs.',
    ].join('\n'),
  );
  it('gives that paragraph no title, and keeps the sentence as its text', () => {
    expect(doc.paragraphs.map((p) => [p.number, p.title])).toEqual([
      [65, 'Taxa för gästhamnen'],
      [66, undefined],
      [67, undefined],
    ]);
    expect(doc.paragraphs[1]?.text).toBe('Ärendet utgår.');
    expect(doc.paragraphs[2]?.decisions.map((d) => d.outcome)).toEqual(['postponed']);
  });
  it('gives no title either where the sentence follows the number on one line ("§ 66 Ärendet utgår.")', () => {
    const flat = parseDocument(
      'Protokoll Hamnnämnden Sammanträdesdatum 2026-09-15 § 65 Taxa för gästhamnen Beslut Taxan fastställs. § 66 Ärendet utgår. § 67 Val av ombud Beslut Eva Ny väljs.',
    );
    expect(flat.paragraphs.map((p) => [p.number, p.title])).toEqual([
      [65, 'Taxa för gästhamnen'],
      [66, undefined],
      [67, 'Val av ombud'],
    ]);
  });
});

describe('an agenda table whose last column gives the officer ("Ärende Handläggare")', () => {
  const titles = (head: string, rows: string[]) =>
    parseDocument(
      ['KALLELSE', 'Kulturnämnden', 'Tid: 2027-04-13 kl. 13.00', '', head, ...rows].join('\n'),
    ).paragraphs.map((p) => p.title);
  it('cuts a job title or a name in that column off the titles', () => {
    expect(
      titles('Ärende                          Handläggare', [
        '1 Upprop',
        '2 Budget 2028 och plan 2029–2030      Ekonomichef',
        '3 Taxor och avgifter 2028            Controller',
        '4 Biblioteksplan                      Karin Lund',
      ]),
    ).toEqual(['Upprop', 'Budget 2028 och plan 2029–2030', 'Taxor och avgifter 2028', 'Biblioteksplan']);
  });
  it('keeps a job title that is the title\'s own ("Rekrytering av Förvaltningschef")', () => {
    expect(
      titles('Ärende                          Handläggare', [
        '1 Rekrytering av Förvaltningschef',
        '2 Budget 2028                          Ekonomichef',
        '3 Taxor 2028                           Controller',
      ]),
    ).toEqual(['Rekrytering av Förvaltningschef', 'Budget 2028', 'Taxor 2028']);
  });
  it('ends the place before the column heads, lined and flattened', () => {
    const lines = ['KALLELSE', 'Kulturnämnden', 'Tid: 2027-04-13 kl. 13.00', 'Plats: Aulan, Ekby skola'];
    const rows = ['Ärende   Handläggare', '1 Upprop', '2 Budget 2028   Ekonomichef'];
    expect(parseDocument([...lines, ...rows].join('\n')).location).toBe('Aulan, Ekby skola');
    expect(parseDocument([...lines, ...rows].join(' ')).location).toBe('Aulan, Ekby skola');
  });
});

describe('headings written "Paragraf 45" or "§ 12/2026"', () => {
  const read = (text: string) => {
    const doc = parseDocument(text);
    return { range: doc.paragraphRange, heads: doc.paragraphs.map((p) => [p.number, p.caseNumber, p.title]) };
  };
  const worded = [
    'KOMMUNSTYRELSEN',
    'Protokoll 2026-04-14',
    '',
    'Paragraf 45',
    'Dnr KS 2026/88',
    'Budgetuppföljning mars',
    'Kommunstyrelsen beslutar att godkänna uppföljningen.',
    '',
    'Paragraf 46',
    'Dnr KS 2026/91',
    'Motion om gatubelysning',
    'Kommunstyrelsen beslutar att avslå motionen.',
  ];
  it.each([
    ['lined', worded.join('\n')],
    ['flattened', worded.join(' ')],
  ])('reads a run of "Paragraf N" as headings, and no range 45-45 from the first (%s)', (_, text) => {
    expect(read(text)).toEqual({
      range: undefined,
      heads: [
        [45, 'KS 2026/88', 'Budgetuppföljning mars'],
        [46, 'KS 2026/91', 'Motion om gatubelysning'],
      ],
    });
  });
  it('reads the sign with the year after the number, lined and flattened', () => {
    const lines = [
      'Kommunfullmäktige',
      'Protokoll 2026-05-20',
      '§ 12/2026 Val av justerare',
      'Fullmäktige utser Tove Ring att justera.',
      '§ 13:2026 Årsredovisning 2025',
      'Fullmäktige beslutar att godkänna årsredovisningen.',
    ];
    for (const text of [lines.join('\n'), lines.join(' ')])
      expect(read(text).heads).toEqual([
        [12, undefined, 'Val av justerare'],
        [13, undefined, 'Årsredovisning 2025'],
      ]);
  });
  it('leaves one "Paragraf 45" label as the range, and "§ 12/2024" inside a sentence as a reference', () => {
    const extract = read(
      [
        'Protokollsutdrag',
        'Kulturnämnden',
        'Sammanträdesdatum 2026-02-10',
        'Paragraf 45',
        '',
        '§ 45 Bidrag till Ekby IF',
        'Nämnden beslutar att bevilja bidraget.',
      ].join('\n'),
    );
    expect(extract).toEqual({ range: { from: 45, to: 45 }, heads: [[45, undefined, 'Bidrag till Ekby IF']] });
    const doc = parseDocument(
      [
        'Kulturnämnden',
        'Protokoll 2026-02-10',
        '§ 3 Bidrag till Ekby IF',
        'Som beslutat i § 12/2024 får föreningen bidrag.',
      ].join('\n'),
    );
    expect(doc.paragraphs[0]?.text).toContain('§ 12/2024');
  });
});
