import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { toLines } from './lines.js';
import { cellText, parseProgramme, statusOf } from './programme.js';

describe('programmes', () => {
  it('reads a table whose columns come in another order', () => {
    const diagnostics: Diagnostic[] = [];
    const text = [
      '# Handlingsplan för Mälardalsrådet 2024-05-02',
      '',
      '## Område: Kompetens',
      '',
      'Insats\tStatus\tAnsvarig\tAktiviteter\tKommentar',
      'Lärlingar\tPågående\tSala &amp; Heby\t<ul><li>• Enkät</li><li>• Träff</li></ul>\tStartade i mars',
      '<b>Praktik</b>\t\t\t<ul><li></li></ul>\tVilande i väntan på medel',
      'Mentorer\tOklar\t\t\t',
      '',
      'Kim Ek 2024-05-01',
    ].join('\n');
    const p = parseProgramme(toLines(text), diagnostics);
    expect(p).toEqual({
      title: 'Handlingsplan för Mälardalsrådet',
      date: '2024-05-02',
      body: 'Mälardalsrådet',
      author: 'Kim Ek',
      authorDate: '2024-05-01',
      areas: [
        {
          name: 'Kompetens',
          items: [
            {
              name: 'Lärlingar',
              activities: ['Enkät', 'Träff'],
              responsible: 'Sala & Heby',
              status: 'ongoing',
              notes: 'Startade i mars',
            },
            { name: 'Praktik', activities: [], status: 'on-hold', notes: 'Vilande i väntan på medel' },
            { name: 'Mentorer', activities: [], notes: 'Oklar' },
          ],
        },
      ],
    });
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['info', 7],
      ['warning', 8],
    ]);
  });

  it('reads statuses and cells', () => {
    expect(statusOf('Klart')).toBe('done');
    expect(statusOf('pågår')).toBe('ongoing');
    expect(statusOf('Avvaktar tills vidare')).toBe('on-hold');
    expect(statusOf('Utvecklingsarbete pågår')).toBeUndefined();
    expect(cellText('<b>A</b> &lt;b&gt;')).toBe('A <b>');
  });
});
