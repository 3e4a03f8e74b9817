import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { toLines } from './lines.js';
import { schedulesOf, weekdayRuleOf } from './schedule.js';

const read = (text: string, context: Partial<Parameters<typeof schedulesOf>[1]> = {}) => {
  const diagnostics: Diagnostic[] = [];
  const found = schedulesOf(toLines(text), { status: 'decided', paragraph: 4, ...context }, diagnostics);
  return { found, diagnostics };
};

describe('schedules', () => {
  it('reads one date per line with the year of the introduction', () => {
    const { found } = read(
      'Rådet sammanträder 2026 följande datum:\n\n- 14 januari\n- 11 mars, kl 13-16\n- 6 maj på Kusthotellet',
    );
    expect(found).toEqual([
      {
        year: 2026,
        status: 'decided',
        paragraph: 4,
        meetings: [
          { date: '2026-01-14', status: 'planned' },
          { date: '2026-03-11', start: '13:00', end: '16:00', status: 'planned' },
          { date: '2026-05-06', location: 'Kusthotellet', status: 'planned' },
        ],
      },
    ]);
  });

  it('reads dates on one line, with the year from the title', () => {
    const { found } = read('Följande mötesdatum föreslås: 3 februari, 7 april och 9 juni.', {
      title: 'Mötesplan 2025',
    });
    expect(found[0]?.meetings.map((m) => m.date)).toEqual(['2025-02-03', '2025-04-07', '2025-06-09']);
  });

  it('warns when a stated weekday does not match the date', () => {
    const { found, diagnostics } = read('Sammanträdesdagar 2021:\nMåndag 8 februari\nTisdag 3 maj (bokslut)');
    expect(found[0]?.meetings[1]).toMatchObject({ date: '2021-05-03', statedWeekday: 'tuesday', note: 'bokslut' });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        message: expect.stringMatching(/2021-05-03 is a måndag/),
      }),
    ]);
  });

  it('takes the first such dates after the meeting when nothing states the year', () => {
    const { found } = read('Kommande möten:\n12 december\n20 februari', { meetingDate: '2024-10-01' });
    expect(found[0]?.meetings.map((m) => m.date)).toEqual(['2024-12-12', '2025-02-20']);
    expect(found[0]?.year).toBe(2024);
  });

  it('leaves a schedule without any year out, with a warning', () => {
    const { found, diagnostics } = read('Kommande möten:\n12 december\n20 februari');
    expect(found).toEqual([]);
    expect(diagnostics[0]?.severity).toBe('warning');
  });

  it('ignores date lists that are no schedule', () => {
    expect(read('Händelser:\n12 december\n20 februari').found).toEqual([]);
    expect(read('Sammanträde:\n12 december 2024').found).toEqual([]);
  });

  it('reads weekday rules', () => {
    expect(weekdayRuleOf('Sammanträden ska ske på måndagar eller fredagar.')).toEqual(['monday', 'friday']);
    expect(weekdayRuleOf('Vi handlar på måndagar.')).toBeUndefined();
  });
});
