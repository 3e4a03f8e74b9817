import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { legalFormOf, toRecords } from './to-records.js';

const agenda = `Kallelse
Kustrådet

Tid och plats
Tisdag 3 december 2024 kl. 09.00–12.00, Rådhuset

Föredragningslista

1. Sammanträdestider 2025 (KR/4/2024)
Ärendebeskrivning
Rådet ska fastställa sina möten för nästa år.
Förslag till beslut
Följande dagar fastställs:
Måndag 10 februari 2025
Måndag 12 maj 2025
`;

describe('toRecords', () => {
  it('keeps an agenda a proposal: its schedule is proposed, its items decide nothing', () => {
    const records = toRecords(parseDocument(agenda, { file: 'kallelse.txt' }));
    expect(records.meeting?.kind).toBe('agenda');
    expect(records.meeting?.paragraphs.flatMap((p) => p.decisions)).toEqual([]);
    expect(records.schedules.map((s) => [s.year, s.status])).toEqual([[2025, 'proposed']]);
  });

  it("leaves a date of another year out of a year's schedule, with a warning, so the archive loads it", () => {
    const records = toRecords(parseDocument(`${agenda}Fredag 6 december 2024 (budget)\n`, { file: 'kallelse.txt' }));
    expect(records.schedules.map((s) => [s.year, s.meetings.map((m) => m.date)])).toEqual([
      [2025, ['2025-02-10', '2025-05-12']],
    ]);
    expect(records.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'schedule-date-other-year', args: { date: '2024-12-06', year: 2025 } }),
    );
  });

  it('warns at import about a meeting time the clocks skip, and keeps the time', () => {
    const text = agenda.replace('Tisdag 3 december 2024 kl. 09.00–12.00', 'Söndag 31 mars 2024 kl. 02.30–04.00');
    const records = toRecords(parseDocument(text, { file: 'kallelse.txt' }));
    expect(records.meeting?.start).toBe('02:30');
    expect(records.diagnostics.map((d) => d.message)).toContain(
      'the meeting starts: 02:30 on 2024-03-31 does not exist in Swedish time (the clocks go from 02:00 to 03:00 that night); kept as written',
    );
  });

  it('reads a legal form only where the name or organisation states it', () => {
    expect(legalFormOf('Gemensam nämnd för samverkan', 'Region Jämtland Härjedalen')).toBe('joint-committee');
    expect(legalFormOf('Hälsingerådet', 'Styrelsen Kommunalsamverkan ek för')).toBe('economic-association');
    expect(legalFormOf('Direktionen', 'Räddningstjänsten Kommunalförbund')).toBe('federation');
    expect(legalFormOf('Samverkanstid kommuner, Region och Länsstyrelse', 'Kommunförbundet Jämtland Härjedalen')).toBe(
      undefined,
    );
  });
});
