import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { BodySchema } from '../../src/model/body.js';
import { MeetingSchema } from '../../src/model/meeting.js';
import { caseReport } from '../../src/report/case.js';

const archive = createArchive({
  bodies: [BodySchema.parse({ id: 'gns', name: 'Gemensam nämnd' })],
  meetings: [
    MeetingSchema.parse({
      id: '2020-12-14-kallelse',
      body: 'gns',
      kind: 'agenda',
      status: 'planned',
      date: '2020-12-14',
      paragraphs: [
        {
          number: 8,
          title: 'Avslut av projektet',
          caseNumber: 'GNS/8/2019',
          text: 'Den 3 juni 2019 gav nämnden ett uppdrag. Den 14 februari 2020, § 8, behandlades medlen. Ärendet togs upp på regionens samverkansråds sammanträde den 9 november 2020. Den 1 mars 2021 kommer en uppföljning.',
          sections: [{ heading: 'Förslag till beslut', text: 'Uppdraget återtas.' }],
        },
        {
          number: 6,
          title: 'Återstående medel',
          caseNumber: 'GNS/2/2020',
          text: 'Medlen skulle gå till projektet (GNS/8/2019).',
        },
      ],
    }),
    MeetingSchema.parse({
      id: '2020-02-14',
      body: 'gns',
      kind: 'minutes',
      status: 'held',
      date: '2020-02-14',
      paragraphs: [
        {
          number: 8,
          title: 'Medel',
          caseNumber: 'gns/8/2019',
          decisions: [{ text: 'Medlen används.', outcome: 'approved' }],
        },
      ],
    }),
  ],
  schedules: [],
  programmes: [],
});

describe('caseReport', () => {
  it('tells the history of a case, oldest first: decisions, dated steps in its text, mentions elsewhere', () => {
    const rows = caseReport(archive, 'GNS/8/2019').tables[0]?.rows ?? [];
    const sv = (cell: unknown) => (cell && typeof cell === 'object' ? (cell as { sv: string }).sv : cell);
    expect(rows.map((r) => [r.date, r.body, r.paragraph, sv(r.event)])).toEqual([
      ['2019-06-03', 'Gemensam nämnd', null, 'omnämnt i handlingen'],
      ['2020-02-14', 'Gemensam nämnd', 8, 'protokoll'], // the text's "den 14 februari 2020, § 8" is this one
      ['2020-11-09', 'Regionens samverkansråd', null, 'omnämnt i handlingen'],
      ['2020-12-14', 'Gemensam nämnd', 8, 'kallelse (2020-12-14-kallelse)'],
      ['2020-12-14', 'Gemensam nämnd', 6, 'nämns i GNS/2/2020'],
    ]);
    expect(sv(rows[3]?.text)).toBe('Förslag: Uppdraget återtas.');
  });

  it('says so when the archive does not know the case', () => {
    const report = caseReport(archive, 'GNS/99/2030');
    expect(report.tables[0]?.rows).toEqual([]);
    expect(report.notes[0]?.sv).toMatch(/känner inte ärendet GNS\/99\/2030/);
  });
});
