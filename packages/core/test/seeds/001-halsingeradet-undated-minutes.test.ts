import { expect, it } from 'vitest';
import { describeShared } from '../../../../tests/shared.js';
import { toRecords } from '../../src/parse/to-records.js';
import { parseSeed } from './seeds.js';

const doc = parseSeed('001');
const para = (n: number, d = doc) => {
  const p = d.paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`§ ${n} missing`);
  return p;
};
const person = (name: string) => doc.participants.find((p) => p.name === name);

describeShared('seeds', 'seed 001: Hälsingerådet, minutes §§ 612-626 without a date', () => {
  it('leaves the date out and says so', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.date).toBeUndefined();
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/does not state the meeting's date/),
        line: 3,
      }),
    );
  });

  it('reads time, place and range', () => {
    expect([doc.start, doc.end, doc.location]).toEqual(['09:00', '15:00', 'Orbaden']);
    expect(doc.paragraphRange).toEqual({ from: 612, to: 626 });
  });

  it('does not invent the body, but points at the name the text uses', () => {
    expect(doc.body.name).toBeUndefined();
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/does not name its body .*Hälsingerådet/),
      }),
    );
  });

  it('reads members, substitutes, the unknown party and the others', () => {
    expect(doc.participants.filter((p) => p.roles.includes('member'))).toHaveLength(12);
    expect(doc.participants.filter((p) => p.roles.includes('other'))).toHaveLength(5);
    expect(person('Lena Svahn')).toEqual({
      name: 'Lena Svahn',
      roles: ['member', 'substitute'],
      municipality: 'Ljusdals kommun',
      substituteFor: 'Marit Holmstrand',
    });
    expect(person('Lena Svahn')?.party).toBeUndefined();
    expect(person('Magnus Flykt')).toMatchObject({ party: 'S', substituteFor: 'Alexandra Gard' });
    expect(person('Marie Centerwall')).toMatchObject({ party: 'S', municipality: 'Bollnäs kommun' });
  });

  it('reads chair, secretary and adjuster', () => {
    expect(person('Anna-Lena Vestin')?.roles).toEqual(['member', 'adjuster']);
    expect(person('Mikael Löthstam')?.roles).toEqual(['member', 'chair']);
    expect(person('Helena Björkman')?.roles).toEqual(['other', 'secretary']);
  });

  it('takes titles from the headings, whose wording differs from the table of contents', () => {
    expect(doc.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, i) => 612 + i));
    expect(para(614).title).toBe('Föredragningslistans godkännande');
    expect(para(619).title).toBe('Rapport - förankring av Hälsingerådets samarbete');
    expect(para(623).title).toBe('Samverkan IT, RICE rapport');
    for (const p of doc.paragraphs)
      expect(p.text ?? '').not.toMatch(/Utdragsbestyrkande|Justierande|Justerande|^Ordförande$/m);
  });

  it('reads outcomes: postponed § 620, approved § 622', () => {
    expect(para(620).decisions).toEqual([{ text: 'Ärendet flyttades till nästa möte.', outcome: 'postponed' }]);
    expect(para(622).decisions).toEqual([
      { text: 'Förändringarna godkänns och förslaget fastställs.', outcome: 'approved' },
    ]);
    expect(para(614).decisions[0]?.outcome).toBe('approved');
  });

  it('reads assignments with report-back dates that have no year', () => {
    expect(para(617).assignments).toEqual([
      {
        assignee: 'Ordförande Mikael Löthstam',
        task: 'tillsammans med kommunchef Nicklas Bremefors föra samtal med Maria Rosén om hur arbetet ska bedrivas framåt för att skapa en mer hållbar struktur',
        due: '--01-19',
        reportTo: 'Hälsingerådet',
        status: 'open',
      },
    ]);
    expect(para(623).assignments).toEqual([expect.objectContaining({ assignee: 'Kommuncheferna', due: '--01-19' })]);
    expect(para(624).assignments).toEqual([
      expect.objectContaining({ assignee: 'kommunchefsgruppen', task: expect.stringMatching(/^fortsätta beredning/) }),
    ]);
    // "Vid förra mötet fick kommuncheferna i uppdrag …" is an earlier meeting's.
    expect(para(624).assignments).toHaveLength(1);
    expect(para(624).assignments[0]?.due).toBeUndefined();
  });

  it('gives the year from --date: the first 19 January after the meeting', () => {
    const dated = parseSeed('001', { date: '2023-11-15' });
    expect(dated.date).toBe('2023-11-15');
    expect(para(617, dated).assignments[0]?.due).toBe('2024-01-19');
    expect(para(623, dated).assignments[0]?.due).toBe('2024-01-19');
    expect(dated.nextMeeting).toEqual({ date: '2024-01-19' });
    expect(dated.diagnostics.filter((d) => /date/.test(d.message)).map((d) => d.severity)).toEqual(['info']);
  });

  it('reads presenters, the next meeting and the attachments', () => {
    expect(para(621).presenters).toEqual(['Anna-Stina Sjödin', 'Marita Lindsmyr']);
    expect(doc.nextMeeting).toEqual({ date: '--01-19' });
    expect(doc.attachments.map((a) => a.title)).toEqual([
      'Från besökare till bofast i Hälsingland, förstudie',
      'Tröskelväxling, God och Nära Vård',
      'Rapport från RICE',
      'Erfarenheter från Jämtland/Härjedalen',
    ]);
    expect(para(626).text).toBe(
      'Ordförande Mikael Löthstam tackade för ett bra sammanträde.\nHälsingerådets nästa möte är 19 januari.',
    );
  });

  it('is imported only when told the body, under its paragraph range', () => {
    expect(toRecords(doc).diagnostics).toContainEqual(expect.objectContaining({ severity: 'error' }));
    const records = toRecords(doc, { body: { name: 'Hälsingerådet' } });
    expect(records.meeting).toMatchObject({ id: 'p612-626', body: 'halsingeradet' });
    expect(records.meeting?.date).toBeUndefined();
  });
});
