import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { assignmentStanding, listAssignments } from '../../src/query/assignments.js';
import { titlesLookAlike } from '../../src/query/follow-up.js';
import { buildReport } from '../../src/report/reports.js';

const body = BodySchema.parse({ id: 'hr', name: 'Hälsingerådet' });
const meeting = (input: Partial<MeetingInput> & { id: string }) =>
  MeetingSchema.parse({ body: 'hr', kind: 'minutes', status: 'held', ...input });
const archiveOf = (...meetings: ReturnType<typeof meeting>[]) =>
  createArchive({ bodies: [body], meetings, schedules: [], programmes: [] });

/** Minutes of 2023-10-11 giving an assignment in § 760, and later minutes of 2023-12-13 with `later`. */
function archiveWith(due: string | undefined, later: MeetingInput['paragraphs'] = [], laterDate = '2023-12-13') {
  return archiveOf(
    meeting({
      id: '2023-10-11',
      date: '2023-10-11',
      paragraphs: [
        {
          number: 760,
          title: 'Konvertering av webbplatsen',
          caseNumber: 'HR 2023/7',
          assignments: [{ assignee: 'Linda Beigler', task: 'ta in offert', ...(due ? { due } : {}) }],
        },
      ],
    }),
    meeting({ id: laterDate, date: laterDate, paragraphs: later }),
  );
}

const first = (archive: ReturnType<typeof archiveWith>, today?: string) =>
  assignmentStanding(archive, archive.assignments[0] as never, today);

describe('assignment status, from evidence only', () => {
  it('is overdue, due soon or open by the due date; a date without a year stays open', () => {
    const state = (due: string | undefined, today: string) => first(archiveWith(due), today).state;
    expect(state('2023-12-01', '2023-12-02')).toBe('overdue');
    expect(state('2023-12-10', '2023-12-01')).toBe('due-soon');
    expect(state('2024-03-01', '2023-12-01')).toBe('open');
    expect(state('--01-19', '2023-12-01')).toBe('open');
    expect(state(undefined, '2023-12-01')).toBe('open');
  });

  it('is reported by a later paragraph of minutes in the same case, named so it can be checked', () => {
    const archive = archiveWith('2023-12-13', [{ number: 780, title: 'Återrapport', caseNumber: 'hr 2023 / 7' }]);
    expect(first(archive, '2024-01-01')).toMatchObject({
      state: 'reported',
      reportedBy: 'case',
      reportedIn: { paragraph: { number: 780 } },
    });
  });

  it('is reported by a later paragraph that names its paragraph', () => {
    const archive = archiveWith('2023-12-13', [
      { number: 781, title: 'Webbplatsen', text: 'Linda Beigler redovisade offerten enligt uppdraget i § 760.' },
    ]);
    expect(first(archive, '2024-01-01')).toMatchObject({ state: 'reported', reportedBy: 'reference' });
  });

  it('is only possibly reported by a title alike: it stays overdue, and --open keeps it', () => {
    // § 617 of 2021 and § 758 of 2023 in the seeds: alike in title, different tasks.
    const archive = archiveWith('2023-12-01', [{ number: 781, title: 'Konvertering av webbplatsen 2.0 (I)' }]);
    const standing = first(archive, '2024-01-01');
    expect(standing).toMatchObject({ state: 'overdue', likeness: 'title', possiblyIn: { paragraph: { number: 781 } } });
    expect(standing.reportedIn).toBeUndefined();
    const open = buildReport('assignments', archive, { today: '2024-01-01', open: true }).tables[0]?.rows ?? [];
    expect(open.map((r) => [r.paragraph, r.status])).toEqual([[760, 'overdue']]);
    expect(open[0]?.reportedIn).toMatchObject({
      sv: expect.stringMatching(/^möjligen Hälsingerådet 2023-12-13 § 781/),
    });
  });

  it('judges as of --today, ignoring records of later meetings', () => {
    const archive = archiveWith('2023-11-01', [{ number: 780, title: 'Återrapport', caseNumber: 'HR 2023/7' }]);
    expect(first(archive, '2023-12-01').state).toBe('overdue'); // the report-back of 2023-12-13 had not happened
    expect(first(archive, '2023-12-13').state).toBe('reported');
    expect(first(archive).state).toBe('reported'); // without a day, the whole archive counts
    const before = listAssignments(archive, {}, '2023-10-01');
    expect(before).toMatchObject({ assignments: [], later: 1 });
  });

  it('places an undated set of minutes by its § numbers among the dated ones', () => {
    const archive = archiveOf(
      meeting({
        id: 'p612-626',
        paragraphRange: { from: 612, to: 626 },
        paragraphs: [
          {
            number: 617,
            title: 'Förstudie "Från besökare till bofast"',
            assignments: [{ assignee: 'Ordföranden', task: 'samtala om formen', due: '--01-19' }],
          },
        ],
      }),
      meeting({
        id: '2023-10-11',
        date: '2023-10-11',
        paragraphRange: { from: 750, to: 768 },
        paragraphs: [{ number: 758, title: 'Från besökare till bofast 2.0' }],
      }),
    );
    const ref = archive.assignments[0] as never;
    // The 2023 paragraph comes after § 617 (higher §), but a title alike is not evidence.
    expect(assignmentStanding(archive, ref, '2024-09-20')).toMatchObject({ state: 'open', likeness: 'title' });
    // Before 2023-10-11 the later paragraph had not been written.
    expect(assignmentStanding(archive, ref, '2022-01-10').possiblyIn).toBeUndefined();
  });

  it('takes the record at its word: reported or withdrawn', () => {
    const archive = archiveOf(
      meeting({
        id: '2023-10-11',
        date: '2023-10-11',
        paragraphs: [
          {
            number: 1,
            title: 'x',
            assignments: [
              { assignee: 'A', task: 'b', due: '2023-01-01', status: 'reported' },
              { assignee: 'C', task: 'd', status: 'withdrawn' },
            ],
          },
        ],
      }),
    );
    expect(listAssignments(archive, {}, '2024-01-01').assignments.map((a) => [a.state, a.reportedBy])).toEqual([
      ['reported', 'record'],
      ['withdrawn', 'record'],
    ]);
  });

  it('compares titles by their meaningful words', () => {
    expect(titlesLookAlike('Förstudie- "Från besökare till bofast"', 'Från besökare till bofast 2.0 (P)')).toBe(true);
    expect(titlesLookAlike('Samverkan IT, RICE rapport', 'IT-samverkan (I)')).toBe(false);
    expect(titlesLookAlike('Övriga frågor', 'Övriga frågor')).toBe(false); // too few words to mean anything
  });
});
