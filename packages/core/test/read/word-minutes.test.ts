import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { matchLabel } from '../../src/parse/header.js';
import { readDocument } from '../../src/read.js';

/** Minutes written in Word as secretaries write them: paragraphs, then tables of label and value. */
async function wordMinutes(blocks: (string | string[][])[]): Promise<string> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
  const children = blocks.map((b) =>
    typeof b === 'string'
      ? new Paragraph({ text: b })
      : new Table({
          rows: b.map(
            (r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ text: c })] })) }),
          ),
        }),
  );
  const doc = new Document({ sections: [{ children }] });
  const read = await readDocument(new Uint8Array(await Packer.toBuffer(doc)), {
    file: 'protokoll.docx',
    isLabel: (text) => matchLabel(text) !== undefined,
  });
  return read.text;
}

const NOTICE = [
  ['Organ', 'Bygg- och miljönämnden'],
  ['Sammanträdesdatum', '2026-02-11'],
  ['Datum då anslaget sätts upp', '2026-02-17'],
  ['Datum då anslaget tas ned', '2026-03-11'],
  ['Förvaringsplats för protokollet', 'Miljöhuset'],
];

describe('minutes written in Word', () => {
  it('reads a notice table after the last paragraph as the notice, not as its distribution', async () => {
    const text = await wordMinutes([
      'Protokoll',
      'Bygg- och miljönämnden',
      [
        ['Plats och tid', 'Miljöhuset, Norrvik kl 18.00–20.15'],
        ['Sammanträdesdatum', '2026-02-11'],
        ['Justerare', 'Sven Tall (L)'],
        ['Justeringens plats och tid', 'Miljöhuset 2026-02-16'],
      ],
      '§ 5 Bygglov för nybyggnad av förråd, Norrvik 3:14',
      'Dnr BMN 2025/412',
      'Beslut',
      'Bygg- och miljönämnden beslutar att bevilja bygglov.',
      'Expedieras till',
      'Sökanden',
      NOTICE,
    ]);
    const doc = parseDocument(text, { file: 'protokoll.docx' });
    const [paragraph] = doc.paragraphs;
    expect(paragraph?.distribution).toEqual(['Sökanden']);
    expect(doc.adjustment).toMatchObject({
      date: '2026-02-16',
      noticeDate: '2026-02-17',
      noticeEndDate: '2026-03-11',
      storage: 'Miljöhuset',
    });
  });

  it('keeps the head notice where the tail repeats another, and a lone "Organ" line ends nothing', async () => {
    const text = await wordMinutes([
      'Protokoll',
      'Hamnnämnden',
      [
        ['Plats och tid', 'Hamnkontoret kl. 09.00–11.00'],
        ['Sammanträdesdatum', '2026-04-14'],
      ],
      [
        ['Datum då anslaget sätts upp', '2026-04-21'],
        ['Datum då anslaget tas ned', '2026-05-13'],
      ],
      '§ 12 Taxa för gästhamnen',
      'Beslut',
      'Hamnnämnden beslutar att anta taxan.',
      'Organ',
      'Nämnden har remitterat frågan till sitt arbetsutskott.',
      'Det ska redovisas i juni.',
      'Ett beslut om anslag tas senare.',
      [
        ['Datum då anslaget sätts upp', '2026-04-22'],
        ['Datum då anslaget tas ned', '2026-05-14'],
      ],
    ]);
    const doc = parseDocument(text, { file: 'protokoll.docx' });
    expect(doc.adjustment).toMatchObject({ noticeDate: '2026-04-21', noticeEndDate: '2026-05-13' });
    expect(doc.paragraphs[0]?.text).toContain('Det ska redovisas i juni.');
    expect(doc.paragraphs[0]?.text).not.toContain('2026-04-22');
  });

  it('gives an agenda item the presenter named in its row under "Föredragande", not a job title', async () => {
    const text = await wordMinutes([
      'NORRVIKS KOMMUN',
      'KALLELSE',
      'Barn- och utbildningsnämnden',
      [
        ['Tid', 'Onsdagen den 10 juni 2026 kl. 14.00'],
        ['Plats', 'Stadshuset, sal Ådalen'],
      ],
      'Ärenden',
      [
        ['Nr', 'Ärende', 'Dnr', 'Föredragande'],
        ['1', 'Val av justerare', '', ''],
        ['2', 'Skolskjutsregler 2026/2027', 'BUN 2026/77', 'Erik Svahn'],
        ['3', 'Budgetuppföljning maj', 'BUN 2026/5', 'Ekonomichef'],
        ['4', 'Lokalfrågor', '', 'Maja Ek'],
      ],
    ]);
    const doc = parseDocument(text, { file: 'kallelse.docx' });
    expect(doc.kind).toBe('agenda');
    expect(doc.paragraphs.map((p) => [p.number, p.title, p.caseNumber, p.presenters])).toEqual([
      [1, 'Val av justerare', undefined, []],
      [2, 'Skolskjutsregler 2026/2027', 'BUN 2026/77', ['Erik Svahn']],
      [3, 'Budgetuppföljning maj', 'BUN 2026/5', []],
      [4, 'Lokalfrågor', undefined, ['Maja Ek']],
    ]);
  });
});
