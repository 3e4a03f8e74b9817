import { expect, it } from 'vitest';
import { describeShared } from '../../../../tests/shared.js';
import { toRecords } from '../../src/parse/to-records.js';
import { parseSeed } from './seeds.js';

const doc = parseSeed('002');
const area = (name: string) => doc.areas.find((a) => a.name === name);
const item = (name: string) => doc.areas.flatMap((a) => a.items).find((i) => i.name === name);

describeShared('seeds', 'seed 002: Hälsingerådet, Utvecklingsprogram of 23 March 2022', () => {
  it('reads title, date, body and author', () => {
    expect(doc.kind).toBe('programme');
    expect(doc.title).toBe('Utvecklingsprogram Hälsingerådet');
    expect(doc.date).toBe('2022-03-23');
    expect(doc.body.name).toBe('Hälsingerådet');
    expect([doc.author, doc.authorDate]).toEqual(['Bengt Friberg', '2022-03-22']);
  });

  it('reads the six areas and their items', () => {
    expect(doc.areas.map((a) => a.name)).toEqual([
      'Utbildning',
      'Verksamhetsamverkan',
      'Omvärldsanalys',
      'Näringsliv',
      'Infrastruktur',
      'Kultur/Turism',
    ]);
    expect(area('Verksamhetsamverkan')?.items).toHaveLength(14);
    expect(area('Infrastruktur')?.items.map((i) => i.name)).toEqual(['OKB', 'N Stambanan', 'Riksvägarna']);
  });

  it('reads activities from the HTML lists, without bullets or empty items', () => {
    expect(item('Vuxenutbildning')?.activities).toEqual([
      'Samverkan mellan kommunernas utbildningsanordnare inom ramen för Hälsingevux',
      'Högskoleverksamhet i Hälsingland?',
    ]);
    expect(item('Inköp Mitt')?.activities).toContain('Översyn av samverkansavtalet');
    expect(item('Samarbete kring varumärkesutveckling – ”Hälsingland”')?.activities).toEqual([
      'Workshops – 2 har hållits',
      'Framtagande av Hälsingeboken',
    ]);
    expect(item('Studieresor')?.activities).toEqual([]);
  });

  it('reads responsible, statuses and notes', () => {
    expect(item('Samverkan Polisen')).toMatchObject({ responsible: 'Polisen och kommunerna Ovanåker', status: 'done' });
    expect(item('Vuxenutbildning')?.status).toBe('ongoing');
    expect(item('Telefoni')?.status).toBe('done');
    expect(item('Licenser Microsoft')).toMatchObject({
      status: 'done',
      notes: 'Avtalen tecknas via den ekonomiska föreningen',
    });
    expect(item('Digitalt slutarkiv')?.status).toBeUndefined();
    // "Utvecklingsarbete pågår" in the notes is not a status.
    expect(item('Inköp Mitt')).toMatchObject({ notes: 'Utvecklingsarbete pågår' });
    expect(item('Inköp Mitt')?.status).toBeUndefined();
  });

  it('reads "Avvaktar" at the start of the notes as the status when the status column is empty', () => {
    expect(item('Gemensamt ekonomisystem')).toMatchObject({ status: 'on-hold', notes: 'Avvaktar tills vidare' });
    expect(item('Verksamhetsutveckling')).toMatchObject({ status: 'on-hold', notes: 'Avvaktar' });
    expect(doc.diagnostics.filter((d) => d.severity === 'info').map((d) => d.line)).toEqual([17, 26]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('becomes a programme record', () => {
    const records = toRecords(doc);
    expect(records.programme).toMatchObject({
      id: 'utvecklingsprogram-halsingeradet-2022-03-23',
      body: 'halsingeradet',
      title: 'Utvecklingsprogram Hälsingerådet',
    });
    expect(records.meeting).toBeUndefined();
  });
});
