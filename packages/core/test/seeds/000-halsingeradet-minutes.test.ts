import { expect, it } from 'vitest';
import { describeShared } from '../../../../tests/shared.js';
import { toRecords } from '../../src/parse/to-records.js';
import { parseSeed } from './seeds.js';

const doc = parseSeed('000');
const para = (n: number) => {
  const p = doc.paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`§ ${n} missing`);
  return p;
};
const person = (name: string) => doc.participants.find((p) => p.name === name);

describeShared('seeds', 'seed 000: Hälsingerådet, minutes of 11 October 2023', () => {
  it('reads the head: kind, body, org number, date, times, place, range', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.body).toEqual({
      name: 'Hälsingerådet',
      orgNumber: '769602-5290',
      organisation: 'Styrelsen Kommunalsamverkan ek för',
    });
    expect(doc.date).toBe('2023-10-11');
    expect([doc.start, doc.end]).toEqual(['09:00', '15:30']);
    expect(doc.location).toBe('Orbaden');
    expect(doc.paragraphRange).toEqual({ from: 750, to: 768 });
  });

  it('reads 11 members and 7 others with party, municipality and title', () => {
    const members = doc.participants.filter((p) => p.roles.includes('member'));
    expect(members).toHaveLength(11);
    expect(doc.participants.filter((p) => p.roles.includes('other'))).toHaveLength(7);
    expect(person('Abdullahi Cadaani')).toEqual({
      name: 'Abdullahi Cadaani',
      roles: ['member'],
      party: 'S',
      municipality: 'Bollnäs kommun',
    });
    // "Ola Wigg (S) Nordanstigs kommun" lacks the comma.
    expect(person('Ola Wigg')).toMatchObject({ party: 'S', municipality: 'Nordanstigs kommun' });
    expect(person('Andreas Högdahl')?.party).toBe('NP');
    expect(person('Linda Beigler')).toMatchObject({ roles: ['other'], title: 'Varumärkesansvarig' });
  });

  it('reads chair, secretary and adjuster from the signature block and "Utses att justera"', () => {
    expect(person('Andreas Kissner')).toEqual({
      name: 'Andreas Kissner',
      roles: ['member', 'adjuster'],
      party: 'KD',
      municipality: 'Ovanåkers kommun',
    });
    expect(person('Mikael Löthstam')?.roles).toEqual(['member', 'chair']);
    expect(person('Kristina Westhed')?.roles).toEqual(['other', 'secretary']);
    expect(doc.adjustment?.signatories).toEqual(['Mikael Löthstam', 'Andreas Kissner', 'Kristina Westhed']);
  });

  it('reads §§ 750-768 with titles from the headings, not the table of contents', () => {
    expect(doc.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 19 }, (_, i) => 750 + i));
    expect(para(753).title).toBe('Dagordning');
    expect(para(750).title).toBe('Mötets öppnande');
    expect(para(761).title).toBe('halsingland.se');
    expect(para(755)).toMatchObject({ title: 'Utvecklingskontoret', types: ['information'] });
    expect(para(763)).toMatchObject({
      title: 'Förslag på datum Hälsingeråd 2024 och plats för mötena',
      types: ['decision', 'information'],
    });
    expect(para(764).types).toEqual(['recommendation']);
    expect(para(765).types).toEqual(['follow-up']);
    expect(para(750).types).toEqual([]);
  });

  it('drops page headers, signature labels and the table of contents from the text', () => {
    for (const p of doc.paragraphs) {
      expect(p.text ?? '').not.toMatch(/SAMMANTRÄDESPROTOKOLL|769602-5290|Utdragsbestyrkande|Justerande|\.\.\.\.\./);
    }
    expect(para(750).text).toBe('Ordförande Mikael Löthstam hälsade alla välkomna och öppnade mötet.');
    // A sentence broken by the labels printed at a page break reads as one again.
    expect(para(755).text).toContain(
      'besök hos KS och KLG i kommunerna, halsingeradet.se viktig framtida informationskanal',
    );
  });

  it('reads the adjustment deadline and the one-week rule in § 751', () => {
    expect(doc.adjustment).toMatchObject({ deadline: '2023-10-18', deadlineTime: '14:00' });
    expect(doc.rules?.adjustmentWithinDays).toBe(7);
  });

  it('reads the decided 2024 schedule in § 763', () => {
    expect(doc.schedules).toEqual([
      {
        year: 2024,
        status: 'decided',
        paragraph: 763,
        meetings: ['2024-01-24', '2024-03-20', '2024-06-19', '2024-08-28', '2024-10-16', '2024-12-18'].map((date) => ({
          date,
          status: 'planned',
        })),
      },
    ]);
    expect(para(763).decisions).toEqual([
      expect.objectContaining({ outcome: 'approved', text: 'Styrelsen fattade beslut om att förslaget bifalles.' }),
    ]);
    expect(para(763).decisions[0]?.proposal).toContain('Hälsingeråd 2024 äger rum följande datum');
    expect(doc.rules?.place).toMatch(/vartannat möte .* Orbaden/);
  });

  it('reads the next meeting in § 767: 13 December at Orbaden, hosted by Bollnäs', () => {
    expect(doc.nextMeeting).toEqual({ date: '2023-12-13', host: 'Bollnäs', location: 'Orbaden' });
  });

  it('reads decisions with outcomes and the assignment in § 760', () => {
    expect(para(760).decisions).toHaveLength(1);
    expect(para(760).decisions[0]).toMatchObject({ outcome: 'approved' });
    expect(para(760).decisions[0]?.proposal).toMatch(/^Att styrelsen beslutar att utvecklingskontoret/);
    expect(para(760).assignments).toEqual([
      { assignee: 'Linda Beigler', task: 'ta in kostnadsförslag/offert', status: 'open' },
    ]);
    expect(para(753).decisions).toEqual([{ text: 'Dagordningen godkändes.', outcome: 'approved' }]);
    expect(para(754).decisions[0]?.outcome).toBe('approved');
  });

  it('does not take assignments of earlier meetings, questions or proposals for this meeting’s', () => {
    for (const n of [756, 757, 758, 759, 763, 764, 766]) expect(para(n).assignments).toEqual([]);
    expect(para(764).decisions).toEqual([]);
    expect(para(762).decisions).toEqual([]);
  });

  it('has nothing to warn about', () => {
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('becomes a body, a meeting and a schedule', () => {
    const records = toRecords(doc, { sourceFile: 'meetings/halsingeradet/2023-10-11.txt' });
    expect(records.diagnostics).toEqual([]);
    expect(records.body).toMatchObject({ id: 'halsingeradet', name: 'Hälsingerådet', orgNumber: '769602-5290' });
    expect(records.body?.rules.adjustment).toEqual({
      withinDays: 7,
      source: 'Hälsingerådet 2023-10-11 § 751',
      since: '2023-10-11',
    });
    expect(records.meeting).toMatchObject({ id: '2023-10-11', body: 'halsingeradet', kind: 'minutes', status: 'held' });
    expect(records.schedules.map((s) => [s.year, s.status, s.decidedBy])).toEqual([
      [2024, 'decided', { meeting: '2023-10-11', paragraph: 763 }],
    ]);
  });
});
