import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from './document.js';
import { parseDocument } from './parse-document.js';

/**
 * Members and substitutes printed side by side under their labels (a two- or three-column table), on
 * fixtures written for these tests (an invented body and invented names): each person gets the roles of the
 * column they stand in, and where the column cannot be told (a page flattened onto one line), no member or
 * substitute role at all rather than a wrong one.
 */

const parse = (text: string) => ParsedDocumentSchema.parse(parseDocument(text, { file: 'x.txt' }));

/** Minutes of an invented body with `people` as the list of who took part. */
const minutes = (people: string) =>
  [
    'Fritidsnämnden',
    'Sammanträdesprotokoll',
    'Sammanträdesdatum 2025-02-11',
    '',
    'Plats och tid Båthuset, Sjösalen kl 18.00-20.30',
    '',
    people,
    '',
    'Paragrafer §§ 7-8',
    '',
    '§ 7',
    'Val av justerare',
    'Nämnden beslutar att utse Tora Lilja att justera protokollet.',
    '',
    '§ 8',
    'Badplatsernas skötsel',
    'Nämnden beslutar att lägga redovisningen till handlingarna.',
  ].join('\n');

/** Each participant as "Name: role, role (för X)", in the order given. */
const roles = (text: string) =>
  parse(minutes(text)).participants.map(
    (p) => `${p.name}: ${[...p.roles].sort().join(', ')}${p.substituteFor ? ` (för ${p.substituteFor})` : ''}`,
  );
const warnings = (text: string) =>
  parse(minutes(text))
    .diagnostics.filter((d) => d.code === 'participant-column-unknown')
    .map((d) => d.args?.names);

const TABS = [
  'Ledamöter\t\tErsättare',
  'Tora Lilja (S), ordförande\tMalte Rask (S)',
  'Ines Kvarn (M)\t\tSigne Alm (M)',
  'Pål Vinge (C)\t\tLeo Strand (V)',
  'Rut Sparre (SD)',
].join('\n');

describe('members and substitutes in columns', () => {
  it('reads columns split by tabs: the right column are substitutes, not members', () => {
    expect(roles(TABS)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Ines Kvarn: member',
      'Signe Alm: substitute',
      'Pål Vinge: member',
      'Leo Strand: substitute',
      'Rut Sparre: member',
    ]);
  });

  it('reads columns split by runs of spaces (a PDF read with its layout kept)', () => {
    const text = [
      'Ledamöter                        Ersättare',
      'Tora Lilja (S), ordförande       Malte Rask (S)',
      'Ines Kvarn (M)                   Signe Alm (M)',
      'Pål Vinge (C)                    Leo Strand (V)',
      'Rut Sparre (SD)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Ines Kvarn: member',
      'Signe Alm: substitute',
      'Pål Vinge: member',
      'Leo Strand: substitute',
      'Rut Sparre: member',
    ]);
    expect(warnings(text)).toEqual([]);
    // A no-break space inside a name is one space, not a column's edge.
    const nbsp = ['Ledamöter        Ersättare', 'Ines Kvarn (M)   Signe Alm (M)', 'Pål\u00a0Vinge (C)'].join('\n');
    expect(roles(nbsp)).toEqual(['Ines Kvarn: member', 'Signe Alm: substitute', 'Pål Vinge: member']);
  });

  it('reads the other names of the labels the same way', () => {
    for (const [left, right, sub] of [
      ['Beslutande ledamöter', 'Tjänstgörande ersättare', 'member, substitute'],
      ['Ordinarie ledamöter', 'Ersättare', 'substitute'],
      ['Ledamöter', 'Ej tjänstgörande ersättare', 'substitute'],
    ] as const) {
      const text = [
        `${left}\t${right}`,
        'Tora Lilja (S), ordförande\tMalte Rask (S)',
        'Ines Kvarn (M)\tSigne Alm (M)',
      ].join('\n');
      expect(roles(text), left).toEqual([
        'Tora Lilja: chair, member',
        `Malte Rask: ${sub}`,
        'Ines Kvarn: member',
        `Signe Alm: ${sub}`,
      ]);
    }
  });

  it('reads the columns under a label on a line of its own', () => {
    const text = [
      'Beslutande',
      'Ledamöter\t\tErsättare',
      'Tora Lilja (S), ordförande\tMalte Rask (S)',
      'Ines Kvarn (M)\t\tSigne Alm (M)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Ines Kvarn: member',
      'Signe Alm: substitute',
    ]);
    expect(warnings(text)).toEqual([]);
  });

  it('reads a third column of others present', () => {
    const text = [
      'Ledamöter                   Ersättare              Övriga närvarande',
      'Tora Lilja (S), ordförande  Malte Rask (S)         Vilma Öst, sekreterare',
      'Ines Kvarn (M)              Signe Alm (M)          Albin Kron, fritidschef',
      'Pål Vinge (C)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Vilma Öst: other, secretary',
      'Ines Kvarn: member',
      'Signe Alm: substitute',
      'Albin Kron: other',
      'Pål Vinge: member',
    ]);
    expect(parse(minutes(text)).participants.find((p) => p.name === 'Albin Kron')?.title).toBe('fritidschef');
  });

  it("keeps a substitute cell's own words: whom they served for", () => {
    const text = [
      'Beslutande\t\tTjänstgörande ersättare',
      'Tora Lilja (S), ordförande\tMalte Rask (S) för Ines Kvarn (S)',
      'Pål Vinge (C)\t\tLeo Strand (V) tjg ers för Ebba Kull (V)',
      'Rut Sparre (SD)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: member, substitute (för Ines Kvarn)',
      'Pål Vinge: member',
      'Leo Strand: member, substitute (för Ebba Kull)',
      'Rut Sparre: member',
    ]);
  });

  it('keeps words printed in a cell of their own with the person before them', () => {
    const text = [
      'Ledamöter\t\t\tErsättare',
      'Tora Lilja (S)\tordförande\tMalte Rask (S)',
      'Ines Kvarn (M)\t\t\tSigne Alm (M)\tför Ebba Kull (M)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Ines Kvarn: member',
      'Signe Alm: substitute (för Ebba Kull)',
    ]);
  });

  it('puts a row with one cell in the column it is indented to', () => {
    const text = [
      'Ledamöter                        Ersättare',
      'Tora Lilja (S), ordförande       Malte Rask (S)',
      'Ines Kvarn (M)',
      '                                 Signe Alm (M)',
      'Pål Vinge (C)                    Leo Strand (V)',
      '\t\t\t\tOlof Bagge (KD)',
    ].join('\n');
    expect(roles(text)).toEqual([
      'Tora Lilja: chair, member',
      'Malte Rask: substitute',
      'Ines Kvarn: member',
      'Signe Alm: substitute',
      'Pål Vinge: member',
      'Leo Strand: substitute',
      'Olof Bagge: substitute',
    ]);
  });

  it('gives no column role to a cell that stands between two columns, or shares a cell with a neighbour', () => {
    const text = [
      'Ledamöter            Ersättare',
      'Tora Lilja (S)       Malte Rask (S)',
      '          Ines Kvarn (M)',
      'Pål Vinge (C), ordförande Leo Strand (V)',
    ].join('\n');
    // A participant needs a role: the two are left out, and the warning names them.
    expect(roles(text)).toEqual(['Tora Lilja: member', 'Malte Rask: substitute', 'Pål Vinge: chair, member']);
    expect(warnings(text)).toEqual(['Leo Strand, Ines Kvarn']);
  });
});

describe('members and substitutes flattened onto one line', () => {
  it('gives no one a member role the line does not tell', () => {
    const text =
      'Ledamöter Ersättare Tora Lilja (S), ordförande Malte Rask (S) Ines Kvarn (M) Signe Alm (M) Pål Vinge (C) Leo Strand (V) Rut Sparre (SD)';
    // Only the chair's own word says a column; the others are named in the warning, not as members.
    expect(roles(text)).toEqual(['Tora Lilja: chair, member']);
    expect(warnings(text)).toEqual(['Malte Rask, Ines Kvarn, Signe Alm, Pål Vinge, Leo Strand, Rut Sparre']);
    // Read column after column, with every substitute saying whom they served for, the line does tell.
    const columns =
      'Ledamöter Ersättare Tora Lilja (S), ordförande Ines Kvarn (M) Pål Vinge (C) Malte Rask (S) tjg ers för Ebba Kull (S) Leo Strand (V) tjg ers för Olof Bagge (V)';
    expect(roles(columns)).toEqual([
      'Tora Lilja: chair, member',
      'Ines Kvarn: member',
      'Pål Vinge: member',
      'Malte Rask: substitute (för Ebba Kull)',
      'Leo Strand: substitute (för Olof Bagge)',
    ]);
    expect(warnings(columns)).toEqual([]);
  });

  it('gives a member without words among serving substitutes only what both labels share, never substitute', () => {
    const text =
      'Ledamöter Tjänstgörande ersättare Tora Lilja (S), ordförande Malte Rask (S) tjg ers för Ines Kvarn (S) Pål Vinge (C) Leo Strand (V) för Ebba Kull (V) Rut Sparre (SD)';
    const found = roles(text);
    expect(found).toContain('Malte Rask: member, substitute (för Ines Kvarn)');
    expect(found).toContain('Leo Strand: member, substitute (för Ebba Kull)');
    expect(found).toContain('Pål Vinge: member');
    expect(found).toContain('Rut Sparre: member');
    expect(found.some((r) => /substitute/.test(r) && /^(?:Pål|Rut)/.test(r))).toBe(false);
  });
});
