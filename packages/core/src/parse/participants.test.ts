import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import {
  finishParticipants,
  isPersonName,
  mergeParticipant,
  type ParticipantDraft,
  parseParticipantLine,
  parseSignatories,
  parseSignatureLine,
} from './participants.js';

const read = (text: string, roles: ParticipantDraft['roles'] = ['member']) => {
  const diagnostics: Diagnostic[] = [];
  return { people: finishParticipants(parseParticipantLine(text, roles, 7, diagnostics)), diagnostics };
};

describe('one person per line', () => {
  it.each([
    ['Karin Ek (S), Timrå kommun', { name: 'Karin Ek', party: 'S', municipality: 'Timrå kommun' }],
    ['Karin Ek, (S), Timrå kommun', { name: 'Karin Ek', party: 'S', municipality: 'Timrå kommun' }],
    ['Karin Ek (S) Timrå kommun', { name: 'Karin Ek', party: 'S', municipality: 'Timrå kommun' }],
    ['Per-Olof Berg (KD)', { name: 'Per-Olof Berg', party: 'KD' }],
    ['Anna Maria von Platen, Region Gävleborg', { name: 'Anna Maria von Platen', organisation: 'Region Gävleborg' }],
    ['Lisa Holm, kommunikatör', { name: 'Lisa Holm', title: 'kommunikatör' }],
    ['Lisa Holm, Näringslivsansvarig', { name: 'Lisa Holm', title: 'Näringslivsansvarig' }],
    [
      '- Ola Sten (M), Sala kommun (från § 4)',
      { name: 'Ola Sten', party: 'M', municipality: 'Sala kommun', note: 'från § 4' },
    ],
  ])('reads "%s"', (text, expected) => {
    const { people } = read(text);
    expect(people).toEqual([{ roles: ['member'], ...expected }]);
  });

  it('reads "ersättare för" as a substitute standing in, and "(?)" as an unknown party', () => {
    const { people, diagnostics } = read('Bo Lind, (?), Ånge kommun (ersättare för Eva Nord)');
    expect(people).toEqual([
      { name: 'Bo Lind', roles: ['member', 'substitute'], municipality: 'Ånge kommun', substituteFor: 'Eva Nord' },
    ]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', line: 7 })]);
  });

  it('reads roles beside a name', () => {
    expect(read('Eva Nord (C), Vice ordförande').people[0]?.roles).toEqual(['member', 'vice-chair']);
    expect(read('Eva Nord, ordförande/förbundschef', ['other']).people[0]).toMatchObject({
      roles: ['other', 'chair'],
      title: 'ordförande/förbundschef',
    });
  });

  it('warns about a line with no person in it', () => {
    const { people, diagnostics } = read('se bilaga');
    expect(people).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 7 });
  });
});

describe('several people run together on one line', () => {
  it('splits at known places, organisations and lower-case titles', () => {
    const { people } = read(
      'Karin Ek, Upplands Väsby Lars Gunnar Holm, Timrå Eva Nord, Region Västernorrland (till 11.00) Per Ström, Länsstyrelsen',
    );
    expect(people.map((p) => [p.name, p.municipality ?? p.organisation, p.note])).toEqual([
      ['Karin Ek', 'Upplands Väsby', undefined],
      ['Lars Gunnar Holm', 'Timrå', undefined],
      ['Eva Nord', 'Region Västernorrland', 'till 11.00'],
      ['Per Ström', 'Länsstyrelsen', undefined],
    ]);
  });

  it('falls back on the last two words as the name when the place is unknown', () => {
    const { people } = read('Karin Ek, Storbyn Eva Nord, Lillbyn');
    expect(people.map((p) => [p.name, p.organisation])).toEqual([
      ['Karin Ek', 'Storbyn'],
      ['Eva Nord', 'Lillbyn'],
    ]);
  });

  it('reads a list of bare names', () => {
    expect(read('Karin Ek, Eva Nord, Per Ström').people.map((p) => p.name)).toEqual([
      'Karin Ek',
      'Eva Nord',
      'Per Ström',
    ]);
  });
});

describe('signatures', () => {
  it('reads signature lines', () => {
    expect(parseSignatureLine('Kim Ek, sekreterare, enligt digital underskrift')).toEqual({
      name: 'Kim Ek',
      role: 'secretary',
    });
    expect(parseSignatureLine('Kim Ek, justerare')).toEqual({ name: 'Kim Ek', role: 'adjuster' });
    expect(parseSignatureLine('Ärendet föredrogs av Kim Ek, sekreterare')).toBeUndefined();
  });

  it('reads "Justeras av" runs, with or without roles', () => {
    expect(parseSignatories('Kim Ek Sekreterare Bo Lind Ordförande Eva Nord Justerare')).toEqual([
      { name: 'Kim Ek', role: 'secretary' },
      { name: 'Bo Lind', role: 'chair' },
      { name: 'Eva Nord', role: 'adjuster' },
    ]);
    expect(parseSignatories('Eva Nord och Per Ström')).toEqual([
      { name: 'Eva Nord', role: 'adjuster' },
      { name: 'Per Ström', role: 'adjuster' },
    ]);
  });

  it('merges a person named twice, uniting roles and only filling gaps', () => {
    const list: ParticipantDraft[] = [{ name: 'Kim Ek', roles: ['member'], party: 'S' }];
    mergeParticipant(list, { name: 'kim  ek', roles: ['adjuster'], party: 'M', municipality: 'Sala kommun' });
    expect(finishParticipants(list)).toEqual([
      { name: 'Kim Ek', roles: ['member', 'adjuster'], party: 'S', municipality: 'Sala kommun' },
    ]);
  });

  it('knows a name from a place', () => {
    expect(isPersonName('Anna-Lena Vestin')).toBe(true);
    expect(isPersonName('Region Gävleborg')).toBe(false);
    expect(isPersonName('Bollnäs kommun')).toBe(false);
    expect(isPersonName('Vice ordförande')).toBe(false);
    expect(isPersonName('Upplands Väsby')).toBe(false);
  });
});
