import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { agendaItemHeadings, buildParagraph, caseNumberOfLine, paragraphHeadings, parseTitle } from './paragraphs.js';
import { sectionHeading } from './sections.js';

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
