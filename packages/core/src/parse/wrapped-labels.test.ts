import { describe, expect, it } from 'vitest';
import { toLines } from './lines.js';
import { parseDocument } from './parse-document.js';
import { withWrappedLabels } from './wrapped-labels.js';

/**
 * Labels of a two-column first page wrapped over two rows, each with its value beside its first row, on
 * fixtures written for these tests (an invented body, invented names and places).
 */

const texts = (lines: string[]) => withWrappedLabels(toLines(lines.join('\n'))).map((l) => l.text);

describe('a label wrapped over two rows with its value beside the first', () => {
  it('puts the label back together before its value', () => {
    expect(texts(['Justeringens Sjöförvaltningen', 'plats och tid 2025-03-04 kl. 10.00'])).toEqual([
      'Justeringens plats och tid Sjöförvaltningen',
      '2025-03-04 kl. 10.00',
    ]);
    expect(texts(['Förvaringsplats Nämndkansliet', 'för protokollet'])).toEqual([
      'Förvaringsplats för protokollet Nämndkansliet',
      '',
    ]);
  });

  it('puts back two labels side by side, each wrapped', () => {
    expect(texts(['Datum då anslaget 2025-03-05 Datum då anslaget 2025-03-27', 'sätts upp tas ned'])).toEqual([
      'Datum då anslaget sätts upp 2025-03-05 Datum då anslaget tas ned 2025-03-27',
      '',
    ]);
  });

  it('leaves prose and rows that make no label alone', () => {
    const prose = ['Beslutande organ är nämnden, som har nio', 'ledamöter som utses av fullmäktige.'];
    expect(texts(prose)).toEqual(prose);
    const rows = ['Ordförande Tora Lilja', 'sekreterare Nils Ekorre'];
    expect(texts(rows)).toEqual(rows);
    const lines = toLines('Justeringens plats och tid\nSjöförvaltningen 2025-03-04');
    expect(withWrappedLabels(lines)).toBe(lines);
  });
});

describe('a first page with its labels wrapped', () => {
  const page = [
    'PROTOKOLL',
    'Hamnnämnden',
    'Sammanträdesdatum 2025-03-03',
    '',
    'Plats och tid Fyrhuset, kl. 13.00–15.00',
    'Beslutande Tora Lilja (S), ordförande',
    'Ove Tärna (C)',
    'Ej tjänstgörande Ines Mård (V)',
    'ersättare Alf Knipa (M)',
    'Utses att Ove Tärna',
    'justera',
    'Justeringens Hamnkontoret 2025-03-05',
    'plats och tid',
    '',
    'ANSLAG/BEVIS',
    'Organ Hamnnämnden',
    'Sammanträdesdatum 2025-03-03',
    'Datum då anslaget 2025-03-06 Datum då anslaget 2025-03-28',
    'sätts upp tas ned',
    'Förvaringsplats Hamnkontoret',
    'för protokollet',
  ].join('\n');

  it('reads the adjustment, the notice and the people under their labels', () => {
    const doc = parseDocument(page, { file: 'x.txt' });
    expect(doc.date).toBe('2025-03-03');
    expect(doc.adjustment).toMatchObject({
      date: '2025-03-05',
      place: 'Hamnkontoret',
      noticeDate: '2025-03-06',
      noticeEndDate: '2025-03-28',
      storage: 'Hamnkontoret',
    });
    expect(doc.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Tora Lilja', ['member', 'chair']],
      ['Ove Tärna', ['member', 'adjuster']],
      ['Ines Mård', ['substitute']],
      ['Alf Knipa', ['substitute']],
    ]);
  });
});
