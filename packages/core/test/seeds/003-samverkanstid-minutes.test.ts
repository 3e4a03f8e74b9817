import { expect, it } from 'vitest';
import { describeShared } from '../../../../tests/shared.js';
import { toRecords } from '../../src/parse/to-records.js';
import { parseSeed } from './seeds.js';

const doc = parseSeed('003');
const para = (n: number) => {
  const p = doc.paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`§ ${n} missing`);
  return p;
};
const person = (name: string) => doc.participants.find((p) => p.name === name);

describeShared('seeds', 'seed 003: Samverkanstid kommuner, Region och Länsstyrelse, 16 September 2024', () => {
  it('reads the tab-separated head', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.title).toBe('Samverkanstid kommuner, Region och Länsstyrelse');
    expect(doc.date).toBe('2024-09-16');
    expect([doc.start, doc.end]).toEqual(['09:00', '12:00']);
    expect(doc.location).toBe('Kommunförbundet, Campus Östersund, Hus E');
    expect(doc.paragraphRange).toEqual({ from: 8, to: 14 });
  });

  it('splits the run-together participant lines', () => {
    const present = doc.participants.filter((p) => p.roles.includes('member'));
    expect(present.map((p) => [p.name, p.municipality ?? p.organisation])).toEqual([
      ['Anders Wennerberg', 'Östersund'],
      ['Sara Schelin', 'Åre'],
      ['Peter Jemtbring', 'Strömsund'],
      ['Jenny Kriström', 'Ragunda'],
      ['Henrik Kvist', 'Bräcke'],
      ['Anda Embretzen', 'Härjedalen'],
      ['Sara Lewerentz', 'Region Jämtland Härjedalen'],
      ['Magnus Aspegren', 'Region Jämtland Härjedalen'],
      ['Susanna Löfgren', 'Länsstyrelsen'],
    ]);
    expect(person('Sara Lewerentz')).toMatchObject({ organisation: 'Region Jämtland Härjedalen', note: 'från 9.30' });
    expect(person('Anders Wennerberg')?.organisation).toBeUndefined();
    expect(doc.participants.filter((p) => p.roles.includes('absent')).map((p) => [p.name, p.municipality])).toEqual([
      ['Tomas Jonsson', 'Krokom'],
      ['Ralf Westlund', 'Berg'],
    ]);
  });

  it('reads the others with their roles, and chair, secretary and adjuster', () => {
    expect(person('Martin Söderström')?.roles).toEqual(expect.arrayContaining(['other', 'chair']));
    expect(person('Martin Söderström')?.title).toBe('ordförande/förbundschef');
    expect(person('Elise Ackerot')?.roles).toEqual(['other', 'secretary']);
    expect(person('Christina Holback')).toMatchObject({
      title: 'kommundirektör',
      municipality: 'Malung-Sälens kommun',
      note: '§ 5',
    });
    expect(person('Jenny Kriström')?.roles).toEqual(['member', 'adjuster']);
    expect(doc.adjustment).toEqual({
      date: '2024-09-17',
      place: 'digitalt',
      signatories: ['Martin Söderström', 'Jenny Kriström', 'Elise Ackerot'],
    });
  });

  it('reads the next meeting with its times (and "via Teams" from § 13)', () => {
    expect(doc.nextMeeting).toEqual({ date: '2024-10-21', start: '13:00', end: '15:00', attendance: 'online' });
  });

  it('reads the paragraphs, their presenters and sections', () => {
    expect(doc.paragraphs.map((p) => p.number)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    expect(para(8).title).toBe(
      'Upprop, protokollets justering, föregående protokoll samt fastställande av dagordningen',
    );
    expect(para(10).presenters).toEqual(['Magnus Aspegren']);
    expect(para(11).presenters).toEqual(['Martin Söderström']);
    expect(para(12).presenters).toEqual(['Christina Holback']);
    expect(para(10).sections.map((s) => s.heading)).toEqual(['Föredragande', 'Bakgrund', 'Synpunkter']);
    expect(para(10).sections[2]?.text).toMatch(/^Oroande att innovativitet/);
    expect(person('Magnus Aspegren')?.roles).toEqual(['member', 'presenter']);
  });

  it('keeps the lettered decision points of § 8 apart', () => {
    expect(para(8).decisions).toEqual([
      { text: 'Dagordningen fastställs utan ändringar', point: 3, outcome: 'approved' },
      { text: 'Föregående protokoll läggs till handlingarna', point: 4, outcome: 'noted' },
    ]);
    expect(para(12).decisions).toEqual([]);
  });

  it('files the meeting under its title when the body is not named', () => {
    const records = toRecords(doc);
    expect(records.body?.name).toBe('Samverkanstid kommuner, Region och Länsstyrelse');
    expect(records.meeting?.id).toBe('2024-09-16');
    // The title stands for the name; nothing states the body's legal form.
    expect(records.diagnostics.map((d) => d.severity)).toEqual(['info', 'info']);
  });
});
