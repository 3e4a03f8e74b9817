import { expect, it } from 'vitest';
import { describeShared } from '../../../../tests/shared.js';
import { toRecords } from '../../src/parse/to-records.js';
import { parseSeed } from './seeds.js';

const doc = parseSeed('004');
const item = (n: number) => {
  const p = doc.paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`item ${n} missing`);
  return p;
};
const person = (name: string) => doc.participants.find((p) => p.name === name);
const BODY = 'Gemensam nämnd för samverkan inom drift och service, utveckling samt specialistfunktioner';

describeShared('seeds', 'seed 004: the gemensam nämnd, agenda of December 2020', () => {
  it('is an agenda of the nämnd, with no date and a warning', () => {
    expect(doc.kind).toBe('agenda');
    expect(doc.body.name).toBe(BODY);
    expect(doc.date).toBeUndefined();
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/does not state the meeting's date/),
      }),
    ]);
  });

  it('reads time and a place plus Teams as hybrid', () => {
    expect([doc.start, doc.end]).toEqual(['09:00', '12:00']);
    expect(doc.location).toBe('Lillsjöhögen');
    expect(doc.attendance).toBe('hybrid');
  });

  it('reads chair, members and substitutes', () => {
    expect(person('Robert Hamberg')).toEqual({ name: 'Robert Hamberg', roles: ['chair', 'member'], party: 'M' });
    expect(doc.participants.filter((p) => p.roles.includes('member'))).toHaveLength(9);
    expect(person('Susanne Hansson')).toEqual({ name: 'Susanne Hansson', roles: ['member', 'vice-chair'], party: 'S' });
    const substitutes = doc.participants.filter((p) => p.roles.includes('substitute'));
    expect(substitutes).toHaveLength(9);
    expect(person('Lars Gunnar Nordlander')).toMatchObject({ roles: ['substitute'], party: 'S' });
  });

  it('reads items 1-11 with case numbers', () => {
    expect(doc.paragraphs.map((p) => [p.number, p.caseNumber ?? null])).toEqual([
      [1, null],
      [2, null],
      [3, 'GNS/10/2020'],
      [4, 'GNS/8/2020'],
      [5, 'GNS/6/2020'],
      [6, 'GNS/2/2020'],
      [7, 'GNS/14/2019'],
      [8, 'GNS/8/2019'],
      [9, 'GNS/11/2018'],
      [10, 'GNS/3/2019'],
      [11, 'GNS/9/2020'],
    ]);
    expect(item(3).title).toBe('Sammanträdestider 2021');
    expect(item(5).title).toBe('Revisionsrapport granskning av gemensamma nämnd för samverkan');
  });

  it('proposes the 2021 schedule in item 3, all Mondays, under the rule "måndagar eller fredagar"', () => {
    expect(doc.schedules).toEqual([
      {
        year: 2021,
        status: 'proposed',
        paragraph: 3,
        caseNumber: 'GNS/10/2020',
        meetings: [
          { date: '2021-02-08', statedWeekday: 'monday', note: 'årsbokslut', status: 'planned' },
          { date: '2021-05-03', statedWeekday: 'monday', note: 'tertiärrapport per april', status: 'planned' },
          { date: '2021-09-13', statedWeekday: 'monday', note: 'delårsrapport augusti', status: 'planned' },
          { date: '2021-12-06', statedWeekday: 'monday', note: 'budget 2022, sammanträdestider', status: 'planned' },
        ],
      },
    ]);
    expect(doc.rules?.weekdays).toEqual(['monday', 'friday']);
  });

  it('keeps proposals as proposals: an agenda decides nothing', () => {
    for (const p of doc.paragraphs) {
      expect(p.decisions).toEqual([]);
      expect(p.assignments).toEqual([]);
    }
    expect(item(7).proposals).toEqual([
      {
        point: 1,
        text: 'Nämnden uppmanar parterna att i sitt fortsatta arbete med digitalisering ta Svenskt ramverk för digital samverkan i beaktande.',
      },
      {
        point: 2,
        text: 'Tidigare uppdrag till e-strateg och regional digitaliseringskoordinator återtas och ärendet avslutas.',
      },
    ]);
    expect(item(4).proposals).toHaveLength(1);
  });

  it('reads sections, distribution and documents', () => {
    expect(item(3).sections.map((s) => s.heading)).toEqual([
      'Ärendebeskrivning',
      'Förslag till beslut',
      'Expedieras till',
      'Beslutsunderlag',
    ]);
    expect(item(3).distribution).toEqual(['Sekretariatet']);
    expect(item(3).documents).toEqual(['Sammanträdestider 2021']);
    expect(item(6).documents).toEqual(['Återstående medel från 2018', '§8 GNS Återstående medel från 2018']);
    expect(item(4).distribution).toEqual(['Nämndens parter']);
  });

  it('ends the last item where the attached documents begin', () => {
    expect(item(11).text).not.toMatch(/Tjänsteskrivelse\n|Jessica Hådell|Regiondirektörens förslag/);
    expect(item(11).text).toMatch(/Delårsrapport augusti 2020/);
  });

  it('attaches the extracts of earlier decisions to the item with the same case number', () => {
    expect(doc.paragraphs.map((p) => [p.number, p.history.map((h) => `${h.date} § ${h.paragraph}`)])).toEqual([
      [1, []],
      [2, []],
      [3, []],
      [4, []],
      [5, ['2020-05-29 § 14']],
      [6, ['2020-02-14 § 8']],
      [7, ['2019-12-06 § 38']],
      [8, []],
      [9, []],
      [10, []],
      [11, []],
    ]);
    const h14 = item(5).history[0];
    expect(h14?.decisions).toEqual([
      expect.objectContaining({
        point: 1,
        outcome: 'noted',
        text: 'Nämnden har tagit del av rapporten och lägger den till handlingarna.',
      }),
      expect.objectContaining({
        point: 2,
        outcome: 'approved',
        text: expect.stringMatching(/^Nämnden uppdrar till regiondirektören/),
      }),
    ]);
    expect(h14?.text).toMatch(/Propositionsordning/);
    expect(h14?.text).not.toMatch(/inom drift och service, utveckling\n/);
    expect(item(6).history[0]?.decisions.map((d) => [d.point, d.outcome])).toEqual([
      [1, 'approved'],
      [2, 'approved'],
    ]);
    expect(item(7).history[0]?.title).toBe('Svenskt ramverk för digitalisering i samverkan');
  });

  it('becomes a planned meeting named after its file', () => {
    const records = toRecords(doc, { sourceFile: 'kallelser/004_d0b6e16a505175b7.txt' });
    expect(records.body?.id).toBe('gemensam-namnd-for-samverkan-inom-drift-och-service-utveckling-samt');
    expect(records.meeting).toMatchObject({ id: 'utan-datum-004-d0b6e16a505175b7', kind: 'agenda', status: 'planned' });
    expect(records.schedules).toEqual([expect.objectContaining({ year: 2021, status: 'proposed' })]);
    expect(records.body?.rules.weekdays?.days).toEqual(['monday', 'friday']);
  });
});
