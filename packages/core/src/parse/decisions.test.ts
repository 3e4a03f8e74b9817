import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentsOf } from './assignments.js';
import {
  decisionsOf,
  isDecisionSentence,
  normal,
  outcomeOf,
  type Point,
  pointsOf,
  wholeNormal,
  wholeText,
} from './decisions.js';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';
import { splitSections } from './sections.js';

describe('outcomes', () => {
  it.each([
    ['Förslaget bifalles.', 'approved'],
    ['Budgeten fastställs.', 'approved'],
    ['Rapporten godkänns.', 'approved'],
    ['Nämnden beslutar att godkänna avtalet.', 'approved'],
    ['Ärendet flyttades till nästa möte.', 'postponed'],
    ['Ärendet bordläggs.', 'postponed'],
    ['Ärendet återremitteras till förvaltningen.', 'referred-back'],
    ['Motionen avslås.', 'rejected'],
    ['Kommunstyrelsen beslutar att avslå motionen.', 'rejected'],
    ['Nämnden beslutar att inte godkänna avtalet.', 'rejected'],
    ['Informationen läggs till handlingarna.', 'noted'],
    ['Rapporten lades till handlingarna.', 'noted'],
    ['Nämnden har tagit del av rapporten.', 'noted'],
    ['Punkten flyttas för behandling vid kommande sammanträde.', 'postponed'],
    ['- beslutar i enlighet med ordförandens förslag.', 'approved'],
    ['Kommundirektören får i uppdrag att utreda frågan.', undefined],
    ['Parterna tar del av ramverket.', undefined],
    ['Nämnden beviljar ansökan.', 'approved'],
    ['Utskottet tillstyrker ansökan om bygglov.', 'approved'],
    ['Styrelsen godtar redovisningen.', 'approved'],
    ['Nämnden beviljar inte ansökan.', 'rejected'],
    ['Ansökan godkänns ej.', 'rejected'],
    ['Nämnden avstyrker motionen.', 'rejected'],
    ['Nämnden beslutar att inte tillstyrka ansökan.', 'rejected'],
    ['Fullmäktige bordlägger ärendet.', 'postponed'],
    ['Styrelsen bordlade frågan.', 'postponed'],
    ['Nämnden noterar informationen.', 'noted'],
    ['Utskottet tackar för redovisningen.', 'noted'],
    ['Kommunstyrelsen beslutar att notera informationen.', 'noted'],
    ['Nämnden beslutar att tacka för redovisningen.', 'noted'],
    ['Nämnden noterar att kostnaderna ökar.', undefined],
    ['Nämnden beslutar enligt förslaget.', 'approved'],
    ['Nämnden beslutar att lämna yttrande enligt förvaltningens förslag.', 'approved'],
    ['Nämnden beslutar att avslå motionen enligt arbetsutskottets förslag.', 'rejected'],
    // A motion to refer back, refused: the matter is decided, by what else the decision says.
    ['Nämnden beslutar att avslå yrkandet om återremiss och att anta riktlinjerna.', 'approved'],
    ['Nämnden avslår återremissyrkandet och bifaller förvaltningens förslag.', 'approved'],
    ['Yrkandet om återremiss avslås.', undefined],
    ['Nämnden beslutar att bifalla yrkandet om återremiss.', 'referred-back'],
  ])('"%s" → %s', (text, outcome) => {
    expect(outcomeOf(text)).toBe(outcome);
  });

  it('tells decisions of this meeting from reports of others', () => {
    expect(isDecisionSentence('Styrelsen beslutade att anta planen.')).toBe(true);
    expect(isDecisionSentence('Kommunfullmäktige har beslutat att inriktningen ska fördjupas.')).toBe(false);
    expect(isDecisionSentence('Vid förra mötet beslutades att frågan skulle utredas.')).toBe(false);
    expect(isDecisionSentence('Planerna är inte politiska dokument, utan beslutade inom gruppen.')).toBe(false);
    expect(isDecisionSentence('Den 6 december 2019 beslutade nämnden att anta ramverket.', '2020-12-14')).toBe(false);
    expect(isDecisionSentence('Ska planen godkännas?')).toBe(false);
    expect(isDecisionSentence('Nämnden beslutar enligt förslaget.')).toBe(true);
    expect(isDecisionSentence('Nämnden noterar informationen.')).toBe(true);
    expect(isDecisionSentence('Nämnden noterar att kostnaderna ökar.')).toBe(false);
  });
});

const sources = (text: string) => {
  const lines = toLines(text);
  const { sections, loose } = splitSections(lines, true);
  const pick = (role: string) => sections.filter((s) => s.role === role).map((s) => s.lines);
  return {
    decisionSections: pick('decision'),
    proposalSections: pick('proposal'),
    motionSections: pick('motions'),
    narrative: [...loose, ...sections.filter((s) => s.role === 'text').flatMap((s) => s.lines)],
  };
};

describe('decisions of a paragraph', () => {
  it('keeps numbered points apart and links each to its proposal point', () => {
    const d = decisionsOf(
      sources(
        'Förslag till beslut\n\n1. Planen antas.\n2. Rapporten läggs till handlingarna.\n\nBeslut\n\n1. Planen antas.\n2. Rapporten läggs till handlingarna.',
      ),
    );
    expect(d).toEqual([
      { text: 'Planen antas.', point: 1, proposal: 'Planen antas.', outcome: 'approved' },
      {
        text: 'Rapporten läggs till handlingarna.',
        point: 2,
        proposal: 'Rapporten läggs till handlingarna.',
        outcome: 'noted',
      },
    ]);
  });

  it('approves a point that repeats the proposal or an adopted motion word for word', () => {
    const d = decisionsOf(
      sources(
        'Förslag till beslut\n\nRapporten noteras.\n\nYrkanden\n\nKim Ek (S) yrkar en punkt 2: Kommundirektören ges i uppdrag att svara.\n\nBeslut\n\n1. Rapporten noteras.\n2. Kommundirektören ges i uppdrag att svara.',
      ),
    );
    expect(d.map((x) => [x.point, x.outcome, x.proposal])).toEqual([
      [1, 'noted', 'Rapporten noteras.'],
      [2, 'approved', undefined],
    ]);
  });

  it('reads decision sentences in the narrative when there is no "Beslut" section, after an italic proposal', () => {
    const d = decisionsOf(
      sources(
        'Ordföranden gick igenom förslaget.\n\nFörslag till beslut:\n\n*Att rådet antar planen.*\n\nRådet fattade beslut om att förslaget bifalles.',
      ),
    );
    expect(d).toEqual([
      {
        text: 'Rådet fattade beslut om att förslaget bifalles.',
        proposal: 'Att rådet antar planen.',
        outcome: 'approved',
      },
    ]);
  });

  it('calls a decision with no outcome word "other"', () => {
    expect(decisionsOf(sources('Beslut: Kim Ek får i uppdrag att boka lokal.'))[0]?.outcome).toBe('other');
  });

  it('reads points with letters', () => {
    expect(pointsOf(toLines('- a) Upprop\n- b) Dagordningen fastställs')).map((p) => p.point)).toEqual([1, 2]);
  });
});

const assignments = (text: string, meetingDate?: string) =>
  assignmentsOf(
    text.split(/(?<=\.)\s+/).map((t) => ({ text: t })),
    meetingDate ? { meetingDate } : {},
  );

describe('a decision opened on a line of its own', () => {
  it('joins "Nämnden beslutar" to the "att" clauses under it', () => {
    const doc = parseDocument(
      'PROTOKOLL\nFritidsnämnden\nSammanträdesdatum 2024-02-08\n\n§ 9\nTaxa för hallar (FN 2024/3)\nFritidsnämnden beslutar\natt höja taxan med fem procent,\natt taxan gäller från 1 april 2024.\n',
    );
    expect(doc.paragraphs[0]?.decisions).toEqual([
      {
        text: 'Fritidsnämnden beslutar\natt höja taxan med fem procent,\natt taxan gäller från 1 april 2024.',
        outcome: 'other',
      },
    ]);
  });
});

describe('decisions in flattened text', () => {
  const decisionsIn = (text: string) => {
    const { sections, loose } = splitSections(toLines(text), true);
    const lines = (role: string) => sections.filter((s) => s.role === role).map((s) => s.lines);
    return decisionsOf({
      decisionSections: lines('decision'),
      proposalSections: lines('proposal'),
      recommendationSections: lines('recommendation'),
      motionSections: lines('motions'),
      narrative: loose,
    });
  };

  it('reads "beslutade - att" and "beslutar att föreslå" as decisions', () => {
    expect(isDecisionSentence('Fullmäktige beslutade - att anta planen.')).toBe(true);
    expect(isDecisionSentence('Styrelsen beslutade föreslå fullmäktige besluta - att anta planen.')).toBe(true);
  });

  it('reads a "Beslut" heading with its text on the same line', () => {
    expect(decisionsIn('Beslut - beslutar i enlighet med ordförandens förslag.')).toEqual([
      { text: 'beslutar i enlighet med ordförandens förslag.', outcome: 'approved' },
    ]);
  });

  it('takes "Utskottets förslag till styrelsen" as the decision when no "Beslut" says otherwise', () => {
    const text = 'Utskottets förslag till styrelsen\nUtskottet föreslår styrelsen att anta planen.';
    expect(decisionsIn(text).map((d) => d.text)).toEqual(['Utskottet föreslår styrelsen att anta planen.']);
    expect(decisionsIn(`${text}\nBeslut\nStyrelsen återremitterar ärendet.`)).toEqual([
      expect.objectContaining({ text: 'Styrelsen återremitterar ärendet.' }),
    ]);
  });

  it('keeps a point numbered "0." as text, not as a point the model refuses', () => {
    expect(pointsOf(toLines('0. Budgeten fastställs.'))).toEqual([{ text: '0. Budgeten fastställs.', no: 1 }]);
  });

  it('compares each decision with the proposal without normalising the proposal again (linear)', () => {
    const points = Array.from({ length: 2000 }, (_, i) => `${(i % 99) + 1}. Nämnden godkänner punkt ${i}.`);
    const text = `Förslag till beslut\n${points.join('\n')}\nBeslut\n${points.join('\n')}`;
    expect(decisionsIn(text)).toHaveLength(2000);
  });
});

describe('assignments', () => {
  it('reads the report-back from the sentence after, with the assignment as its subject', () => {
    expect(
      assignments(
        'Nämnden ger kulturförvaltningen i uppdrag att se över taxorna. Uppdraget ska återrapporteras till kulturnämnden senast den 30 september 2025.',
        '2025-03-01',
      ),
    ).toEqual([
      {
        assignee: 'kulturförvaltningen',
        task: 'se över taxorna',
        due: '2025-09-30',
        reportTo: 'kulturnämnden',
        status: 'open',
      },
    ]);
  });

  it('reads "X får i uppdrag att …" with a report-back in the next sentence', () => {
    expect(assignments('Kim Ek får i uppdrag att boka lokal. Ska återrapporteras till nämnden 3 mars.')).toEqual([
      { assignee: 'Kim Ek', task: 'boka lokal', due: '--03-03', status: 'open' },
    ]);
    expect(
      assignments('Kim Ek får i uppdrag att boka lokal. Ska återrapporteras till Norrdalsrådet 3 mars.', '2025-02-01'),
    ).toEqual([
      { assignee: 'Kim Ek', task: 'boka lokal', due: '2025-03-03', reportTo: 'Norrdalsrådet', status: 'open' },
    ]);
  });

  it('reads "B uppdrar till X att …", "B ger X i uppdrag att …" and "X uppdras att …"', () => {
    expect(assignments('Rådet uppdrar till kanslichefen att ta fram en plan.')[0]).toMatchObject({
      assignee: 'kanslichefen',
      task: 'ta fram en plan',
    });
    expect(
      assignments('Kommunstyrelsen ger kommundirektören i uppdrag att utreda frågan senast den 31 maj 2025.')[0],
    ).toMatchObject({
      assignee: 'kommundirektören',
      due: '2025-05-31',
    });
    expect(assignments('Förvaltningen uppdras att återkomma.')[0]).toMatchObject({
      assignee: 'Förvaltningen',
      task: 'återkomma',
    });
    // "beslutar att ge X i uppdrag att …": the infinitive after the decision's "att".
    expect(
      assignments('Nämnden beslutar att ge socialchefen i uppdrag att inventera behovet, senast den 15 maj 2027.')[0],
    ).toMatchObject({ assignee: 'socialchefen', due: '2027-05-15' });
  });

  it('reads "till nästa möte den …" as the due date', () => {
    expect(
      assignments('Kansliet får i uppdrag att ta fram förslag till nästa möte den 19 januari.', '2023-11-15')[0]?.due,
    ).toBe('2024-01-19');
  });

  it('skips earlier meetings, questions, relative clauses', () => {
    expect(assignments('Vid förra mötet fick kansliet i uppdrag att utreda frågan.')).toEqual([]);
    expect(assignments('Vid rådets möte i maj fick kansliet i uppdrag att utreda frågan.')).toEqual([]);
    expect(assignments('Kanske kan kommunikatörer, som får i uppdrag att skriva, hjälpa till?')).toEqual([]);
    expect(assignments('Förslagsvis får kommunikatören i uppgift att sprida information.')).toEqual([]);
  });
});

describe('the whole proposal in normal form', () => {
  // Letters whose lower case depends on their neighbours (final sigma), grows (İ), or is no letter at all.
  const pieces = [
    'Σ',
    'ΑΣ',
    'σ',
    'İ',
    'I',
    'ä',
    'Å',
    '1',
    '2.',
    '. ',
    '\n',
    ' ',
    ':',
    "'",
    '·',
    '\u0301',
    '\ud800',
    '-',
    'att',
    'Nämnden',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((a) => a.join(''));
  const point: fc.Arbitrary<Point> = fc.record(
    { point: fc.integer({ min: 1, max: 99 }), text, no: fc.nat() },
    { requiredKeys: ['text', 'no'] },
  );

  it('is put together from the points: the same as normalising the whole text', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 6 }), (points) => {
        const normals = points.map((p) => normal(p.text));
        expect(wholeNormal(points, normals)).toBe(normal(wholeText(points)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an assignment in the infinitive after "beslutar att"', () => {
  it.each([
    [
      'Kommunstyrelsen beslutar att ge kommundirektören i uppdrag att redovisa åtgärder senast 2026-06-30.',
      'kommundirektören',
      'redovisa åtgärder senast 2026-06-30',
      '2026-06-30',
    ],
    [
      'Nämnden beslutar att uppdra åt förvaltningen att återkomma med en plan senast den 15 oktober 2026.',
      'förvaltningen',
      'återkomma med en plan senast den 15 oktober 2026',
      '2026-10-15',
    ],
  ])('%s', (text, assignee, task, due) => {
    expect(assignments(text, '2026-02-10')).toEqual([{ assignee, task, status: 'open', due }]);
  });
});
