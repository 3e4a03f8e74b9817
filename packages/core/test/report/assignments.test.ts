import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { followUp, titlesMatch } from '../../src/report/assignments.js';
import { buildReport } from '../../src/report/reports.js';

const body = BodySchema.parse({ id: 'hr', name: 'Hälsingerådet' });
const meeting = (input: Partial<MeetingInput> & { id: string }) =>
  MeetingSchema.parse({ body: 'hr', kind: 'minutes', status: 'held', ...input });

function archiveWith(due: string | undefined, later: MeetingInput['paragraphs'] = []) {
  return createArchive({
    bodies: [body],
    meetings: [
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
      meeting({ id: '2023-12-13', date: '2023-12-13', paragraphs: later }),
    ],
    schedules: [],
    programmes: [],
  });
}

describe('follow-up of assignments', () => {
  it('is overdue, due soon or open by the due date', () => {
    const status = (due: string | undefined, today: string) => {
      const archive = archiveWith(due);
      return followUp(archive, archive.assignments[0] as never, today).status;
    };
    expect(status('2023-12-01', '2023-12-02')).toBe('overdue');
    expect(status('2023-12-10', '2023-12-01')).toBe('due-soon');
    expect(status('2024-03-01', '2023-12-01')).toBe('open');
    expect(status('--01-19', '2023-12-01')).toBe('unknown');
    expect(status(undefined, '2023-12-01')).toBe('unknown');
  });

  it('is reported when a later paragraph handles the same case, or one with a matching title', () => {
    const byCase = archiveWith('2023-12-13', [{ number: 780, title: 'Återrapport', caseNumber: 'hr 2023 / 7' }]);
    expect(followUp(byCase, byCase.assignments[0] as never, '2024-01-01')).toMatchObject({
      status: 'reported',
      by: { paragraph: { number: 780 } },
    });
    const byTitle = archiveWith('2023-12-13', [{ number: 781, title: 'Konvertering av webbplatsen, offert (I)' }]);
    expect(followUp(byTitle, byTitle.assignments[0] as never, '2024-01-01').status).toBe('reported');
    const other = archiveWith('2023-12-13', [{ number: 782, title: 'Budget 2024' }]);
    expect(followUp(other, other.assignments[0] as never, '2024-01-01').status).toBe('overdue');
  });

  it('matches titles by their meaningful words', () => {
    expect(titlesMatch('Förstudie- "Från besökare till bofast"', 'Från besökare till bofast 2.0 (P)')).toBe(true);
    expect(titlesMatch('Samverkan IT, RICE rapport', 'IT-samverkan (I)')).toBe(false);
    expect(titlesMatch('Övriga frågor', 'Övriga frågor')).toBe(false); // too few words to mean anything
  });

  it('keeps only the open ones with --open, sorted by due date', () => {
    const archive = archiveWith('2023-12-13', [
      {
        number: 780,
        title: 'x',
        caseNumber: 'HR 2023/7',
        assignments: [{ assignee: 'A', task: 'b', due: '2023-12-20' }],
      },
    ]);
    const all = buildReport('assignments', archive, { today: '2024-01-01' }).tables[0]?.rows ?? [];
    expect(all.map((r) => [r.paragraph, r.status])).toEqual([
      [760, 'reported'],
      [780, 'overdue'],
    ]);
    const open = buildReport('assignments', archive, { today: '2024-01-01', open: true }).tables[0]?.rows ?? [];
    expect(open.map((r) => r.paragraph)).toEqual([780]);
  });
});
