import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from './document.js';
import { parseDocument } from './parse-document.js';

/**
 * Attendance tables of the head, on fixtures written for these tests (invented bodies and names): a Word table
 * (cells apart by tabs), a markdown table and a PDF's columns aligned with spaces are read row by row; flattened
 * onto one line, where the rows cannot be told apart, no one in them is read.
 */

const parse = (text: string) => ParsedDocumentSchema.parse(parseDocument(text, { file: 'x.txt' }));
const flatten = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** Each participant as "Name (PARTY): roles > substitute for | note", sorted by name. */
const people = (text: string) =>
  parse(text)
    .participants.map(
      (p) =>
        `${p.name}${p.party ? ` (${p.party})` : ''}: ${[...p.roles].sort().join('/')}${p.substituteFor ? ` > ${p.substituteFor}` : ''}${p.title ? ` t=${p.title}` : ''}${p.note ? ` | ${p.note}` : ''}`,
    )
    .sort();

const minutes = (...table: string[]) =>
  [
    'Ekby kommun',
    'Protokoll',
    'Kulturnämnden',
    'Datum\t2026-03-12',
    'Plats\tKommunhuset, sal A',
    ...table,
    'Övriga närvarande\tJonas Lind, sekreterare',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnade mötet.',
  ].join('\n');

describe('a Word attendance table (cells apart by tabs)', () => {
  it('reads every row under "Namn Parti Funktion", with the roles of the label above ("Beslutande<TAB>Se nedan")', () => {
    const text = minutes(
      'Beslutande\tSe nedan',
      'Namn\tParti\tFunktion',
      'Karin Öberg\tS\tOrdförande',
      'Lars Ek\tM\tVice ordförande',
      'Eva Sten\tKD\tLedamot',
      'Olle Berg\tSD\tTjänstgörande ersättare för Pia Dahl (SD)',
    );
    expect(people(text)).toEqual([
      'Eva Sten (KD): member',
      'Jonas Lind: other/secretary',
      'Karin Öberg (S): chair/member',
      'Lars Ek (M): member/vice-chair',
      'Olle Berg (SD): substitute > Pia Dahl',
    ]);
    expect(parse(text).kind).toBe('minutes');
  });

  it('gives "Karin Öberg, ordförande<TAB>S" under "Beslutande<TAB>Parti" the chair and the party, no title', () => {
    const text = minutes('Beslutande\tParti', 'Karin Öberg, ordförande\tS', 'Lars Ek\tM');
    expect(people(text)).toEqual([
      'Jonas Lind: other/secretary',
      'Karin Öberg (S): chair/member',
      'Lars Ek (M): member',
    ]);
  });

  it('reads the same rows without the head row, the party after the role', () => {
    const text = minutes('Beslutande', 'Karin Öberg, ordförande\tS', 'Lars Ek\tM');
    expect(people(text)).toContain('Karin Öberg (S): chair/member');
  });

  it('reads "Tjänstgör för X" in the presence column as a serving substitute for X', () => {
    const text = minutes(
      'Ledamöter\tParti\tNärvaro',
      'Rolf Hed\tC\tNärvarande',
      'Agneta Mo\tS\tEj närvarande',
      'Ersättare\t\t',
      'Emil Sand\tS\tTjänstgör för Agneta Mo',
      'Nora Ek\tS\tErsätter Pia Dahl',
    );
    expect(people(text)).toEqual([
      'Agneta Mo (S): absent',
      'Emil Sand (S): substitute > Agneta Mo',
      'Jonas Lind: other/secretary',
      'Nora Ek (S): substitute > Pia Dahl',
      'Rolf Hed (C): member',
    ]);
  });

  it('leaves out a row whose cells do not fit the columns, with a warning naming its line', () => {
    const text = minutes(
      'Namn\tParti\tFunktion',
      'Karin Öberg\tS\tOrdförande',
      'Lars Ek\t2026-03-01\tLedamot',
      'Eva Sten\tKD\tLedamot',
    );
    const doc = parse(text);
    expect(doc.participants.map((p) => p.name)).not.toContain('Lars Ek');
    expect(doc.diagnostics.find((d) => d.code === 'attendance-row-unsure')?.line).toBe(8);
  });
});

const MARKDOWN = [
  'Ekby kommun',
  'Protokoll',
  'Socialnämnden',
  'Sammanträdesdatum 2026-04-22',
  'Plats och tid    Kommunhuset, kl. 13.00–16.00',
  '',
  '| Namn | Parti | Roll | Närvaro | §§ | Anmärkning |',
  '|---|---|---|---|---|---|',
  '| Ledamöter | | | | | |',
  '| Karin Öberg | S | Ordförande | x | | |',
  '| Lars Ek | M | 1:e vice ordförande | x | 3–7 | från kl. 14.30 |',
  '| Eva Sten | kd | Ledamot | Ej närvarande | | |',
  '| Per Holm | (V) | Ledamot | x | | via Teams |',
  '| Ersättare | | | | | |',
  '| Olle Berg | SD | Tjänstgörande ersättare för Eva Sten (KD) | x | | |',
  '| Mona Lund | C | Ersättare | x | | |',
  '| Nils Ström | L | Ersättare | | | |',
  '',
  'Justerare: Lars Ek',
  '',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnade mötet.',
].join('\n');

describe('a markdown attendance table with sections, presence, paragraphs and notes', () => {
  it('reads each row with its section\'s roles; "Ej närvarande" is absent, no member', () => {
    expect(people(MARKDOWN)).toEqual([
      'Eva Sten (KD): absent',
      'Karin Öberg (S): chair/member',
      'Lars Ek (M): adjuster/member/vice-chair | §§ 3–7; från kl. 14.30',
      'Mona Lund (C): substitute',
      'Olle Berg (SD): substitute > Eva Sten',
      'Per Holm (V): member | via Teams',
    ]);
  });
  it('leaves out a row with no mark in a column of marks, with a warning', () => {
    const doc = parse(MARKDOWN);
    expect(doc.diagnostics.filter((d) => d.code === 'attendance-row-unsure').map((d) => d.line)).toEqual([17]);
  });
});

const ALIGNED = [
  'Ekby kommun',
  'Protokoll',
  'Socialnämnden',
  'Sammanträdesdatum 2026-04-22',
  'Plats och tid    Kommunhuset, kl. 13.00–16.00',
  '',
  'Ledamöter          Parti    Funktion              Närvarande',
  'Karin Öberg        S        Ordförande            X',
  'Lars Ek            M        2:e vice ordförande   X',
  'Eva Sten           KD       Ledamot               Frånvarande',
  'Per Holm           V                              X',
  'Tjänstgörande ersättare',
  'Olle Berg          SD       Ersätter Eva Sten     X',
  '',
  'Justerare: Lars Ek',
  '',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnade mötet.',
].join('\n');

describe('an attendance table in columns aligned with spaces (a PDF)', () => {
  it('reads each cell by the column it stands under, an empty one too', () => {
    expect(people(ALIGNED)).toEqual([
      'Eva Sten (KD): absent',
      'Karin Öberg (S): chair/member',
      'Lars Ek (M): adjuster/member/vice-chair',
      'Olle Berg (SD): member/substitute > Eva Sten',
      'Per Holm (V): member',
    ]);
  });
});

describe('an attendance table flattened onto one line', () => {
  it.each([
    ['tabs', minutes('Beslutande\tParti', 'Karin Öberg, ordförande\tS', 'Lars Ek\tM')],
    [
      'tabs, under "Namn Parti Funktion"',
      minutes(
        'Beslutande\tSe nedan',
        'Namn\tParti\tFunktion',
        'Karin Öberg\tS\tOrdförande',
        'Lars Ek\tM\tVice ordförande',
        'Eva Sten\tKD\tLedamot',
      ),
    ],
    ['markdown', MARKDOWN],
    ['spaces', ALIGNED],
  ])('reads no one in it, and says so on its line (%s)', (_, text) => {
    const doc = parse(flatten(text));
    const names = doc.participants.filter((p) => p.roles.some((r) => r !== 'adjuster')).map((p) => p.name);
    expect(names.filter((n) => n !== 'Jonas Lind')).toEqual([]);
    expect(doc.diagnostics.find((d) => d.code === 'attendance-table-flattened')?.line).toBe(1);
    expect(doc.participants.some((p) => p.roles.includes('absent'))).toBe(false);
  });
  it.each([
    ['markdown', MARKDOWN],
    ['spaces', ALIGNED],
  ])(
    'reads no one in its rows when they ran together two by two under heads on a line of their own (%s)',
    (_, text) => {
      const pairs = text
        .split('\n')
        .map((l, i) => (i % 2 ? `${l} ` : `${l}\n`))
        .join('');
      const doc = parse(pairs);
      expect(doc.participants.map((p) => `${p.name}: ${p.roles.join('/')}`)).toEqual(['Lars Ek: adjuster']);
      expect(doc.diagnostics.some((d) => d.code === 'attendance-table-flattened')).toBe(true);
    },
  );
  it('still reads the list after it ("Övriga närvarande"), and the record is still minutes', () => {
    const doc = parse(flatten(minutes('Beslutande\tParti', 'Karin Öberg, ordförande\tS', 'Lars Ek\tM')));
    expect(doc.kind).toBe('minutes');
    expect(doc.participants.find((p) => p.name === 'Jonas Lind')?.roles).toContain('secretary');
  });
});

const TWO_TABLES = [
  'Protokoll',
  'Byggnadsnämnden',
  'Sammanträdesdatum 2026-09-02',
  'Ledamot\tPartibeteckning\tUppdrag\tTjänstgör för\tParagrafer',
  'Karin Öberg\t(S)\tOrdförande\t\t',
  'Lars Ek\tm\t2:e vice ordförande\t\t§§ 4-6',
  'Olle Berg\tSD\tTjänstgörande ersättare\tPia Dahl (SD)\t',
  'Ej tjänstgörande ersättare\tParti',
  'Mona Lund\tC',
  'Övriga närvarande\tFunktion',
  'Jonas Lind\tSekreterare',
  'Sara Vik\tBygglovschef',
  'Justerare\tLars Ek',
  '',
  '§ 1 Mötets öppnande',
  'Text.',
].join('\n');

describe('tables one after another, under other heads ("Partibeteckning", "Uppdrag", "Tjänstgör för", "Funktion")', () => {
  it('reads each table with its own heads', () => {
    expect(people(TWO_TABLES)).toEqual([
      'Jonas Lind: other/secretary',
      'Karin Öberg (S): chair',
      'Lars Ek (M): adjuster/vice-chair | §§ 4-6',
      'Mona Lund (C): substitute',
      'Olle Berg (SD): substitute > Pia Dahl',
      'Sara Vik: other t=bygglovschef',
    ]);
  });
  it('flattened, reads no one in any of them, and gives no one the role a cell of the last one names', () => {
    const doc = parse(flatten(TWO_TABLES));
    expect(doc.participants.map((p) => `${p.name}: ${p.roles.join('/')}`)).toEqual(['Lars Ek: adjuster']);
    expect(doc.diagnostics.filter((d) => d.code === 'attendance-table-flattened')).toHaveLength(2);
  });
});
