import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src/archive/archive.js';
import { BodySchema } from '../../src/model/body.js';
import { type MeetingInput, MeetingSchema } from '../../src/model/meeting.js';
import { ScheduleSchema } from '../../src/model/schedule.js';

const body = BodySchema.parse({ id: 'r', name: 'Rådet', rules: { adjustment: { withinDays: 7 } } });
const minutes = (input: Partial<MeetingInput> & { id: string }) =>
  MeetingSchema.parse({ body: 'r', kind: 'minutes', status: 'held', ...input });
const messages = (
  meetings: ReturnType<typeof minutes>[],
  schedules: Parameters<typeof ScheduleSchema.parse>[0][] = [],
) =>
  createArchive({
    bodies: [body],
    meetings,
    schedules: schedules.map((s) => ScheduleSchema.parse(s)),
    programmes: [],
  }).diagnostics.map((d) => `${d.severity}: ${d.message}`);

describe('what validate checks across records', () => {
  it('warns about two sets of minutes of one body with overlapping §§: the same minutes twice?', () => {
    const found = messages([
      minutes({ id: 'p612-626', paragraphRange: { from: 612, to: 626 } }),
      minutes({ id: '2021-12-08', date: '2021-12-08', paragraphRange: { from: 612, to: 626 } }),
      minutes({ id: '2023-10-11', date: '2023-10-11', paragraphRange: { from: 750, to: 768 } }),
      MeetingSchema.parse({
        id: 'x',
        body: 'r',
        kind: 'extract',
        status: 'held',
        paragraphRange: { from: 760, to: 760 },
      }),
    ]);
    expect(found.filter((m) => m.includes('overlap'))).toEqual([
      'warning: §§ 612-626 overlap §§ 612-626 of "r/p612-626": the same minutes twice?',
    ]);
  });

  it('warns about a time the clocks skip or repeat, and a weekday the record got wrong', () => {
    const found = messages(
      [
        minutes({ id: '2024-03-31', date: '2024-03-31', start: '02:30' }),
        minutes({ id: '2024-10-22', date: '2024-10-22', statedWeekday: 'monday' }),
      ],
      [{ body: 'r', year: 2024, status: 'decided', meetings: [{ date: '2024-10-27', start: '02:15' }] }],
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'warning: 02:30 does not exist on 2024-03-31 in Swedish time (the clocks skip 02:00–03:00)',
        'warning: 2024-10-22 is a tuesday, but the record says monday',
        'warning: 02:15 happens twice on 2024-10-27 in Swedish time (the clocks go back at 03:00)',
      ]),
    );
  });

  it('warns about an adjustment rule without the day it was decided', () => {
    expect(messages([])).toEqual([
      'warning: the adjustment rule has no "since" (the day it was decided): no deadline is counted from it',
    ]);
  });
});
