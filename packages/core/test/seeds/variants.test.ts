import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeShared, hasShared } from '../../../../tests/shared.js';
import type { ParsedDocument } from '../../src/parse/document.js';
import { ParsedDocumentSchema } from '../../src/parse/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';
import { toRecords } from '../../src/parse/to-records.js';
import { seedText } from './seeds.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const parse = (text: string, options = {}) => ParsedDocumentSchema.parse(parseDocument(text, options));

/** Variants that keep every line where it was, so the result must not change at all. */
const SAME_LINES: [string, (t: string) => string][] = [
  ['Windows line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['a byte-order mark', (t) => `\uFEFF${t}`],
  ['a byte-order mark and Windows line endings', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ['old Mac line endings', (t) => t.replace(/\n/g, '\r')],
  ['trailing spaces', (t) => t.replace(/\n/g, '  \n')],
];
const DOCUMENTS = [
  ...(hasShared('seeds') ? ['000', '001', '002', '003', '004'] : []).map(
    (p) => [`seed ${p}`, seedText(p).text] as const,
  ),
  ...[
    'norrdal-protokoll.txt',
    'granskog-kallelse.txt',
    'mittlan-arbetsgrupp.txt',
    'dalaradet-protokoll.md',
    'missing-parts.txt',
    'ekby-narvarotabell.txt',
  ].map((f) => [f, fixture(f)] as const),
];

describe.each(DOCUMENTS)('%s', (_, text) => {
  const plain = parse(text);
  it.each(SAME_LINES)('reads the same with %s', (__, transform) => {
    expect(parse(transform(text))).toEqual(plain);
  });
  it('reads the same with blank lines doubled (line numbers aside)', () => {
    const strip = (d: ParsedDocument) => ({ ...d, diagnostics: d.diagnostics.map(({ line: ___, ...rest }) => rest) });
    expect(strip(parse(text.replace(/\n\n/g, '\n\n\n')))).toEqual(strip(plain));
  });
});

const sortByName = <T extends { name: string; roles: string[] }>(list: readonly T[]) =>
  [...list].map((p) => ({ ...p, roles: [...p.roles].sort() })).sort((a, b) => a.name.localeCompare(b.name));

describeShared('seeds', 'seeds with blocks reordered or missing', () => {
  it('003: the head fields in reverse order read the same', () => {
    const lines = seedText('003').text.split('\n');
    const reversed = [...lines.slice(0, 4), ...lines.slice(4, 12).reverse(), ...lines.slice(12)].join('\n');
    const a = parse(seedText('003').text);
    const b = parse(reversed);
    expect(sortByName(b.participants)).toEqual(sortByName(a.participants));
    expect({ ...b, participants: [], adjustment: undefined, diagnostics: [] }).toEqual({
      ...a,
      participants: [],
      adjustment: undefined,
      diagnostics: [],
    });
    expect(b.adjustment?.date).toBe('2024-09-17');
  });

  it('000: "Övriga deltagare" before "Beslutande" reads the same people', () => {
    const text = seedText('000').text;
    const start = text.indexOf('**Beslutande**');
    const others = text.indexOf('**Övriga deltagare**');
    const adjust = text.indexOf('**Utses att justera**');
    const moved = text.slice(0, start) + text.slice(others, adjust) + text.slice(start, others) + text.slice(adjust);
    expect(sortByName(parse(moved).participants)).toEqual(sortByName(parse(text).participants));
  });

  it('000 without "Tid och plats": no date, times or place, and a warning', () => {
    const text = seedText('000').text.replace(
      /\*\*Tid och plats\*\*\n\nOrbaden den 11 oktober 2023 kl 09:00-15:30\n/,
      '',
    );
    const doc = parse(text);
    expect([doc.date, doc.start, doc.end, doc.location]).toEqual([undefined, undefined, undefined, undefined]);
    expect(doc.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/does not state the meeting's date/),
    );
    // Without the meeting's date, "13 december" has no year.
    expect(doc.nextMeeting?.date).toBe('--12-13');
    expect(doc.paragraphs).toHaveLength(19);
  });

  it('000 without § 767: no next meeting; without the range: the same paragraphs', () => {
    const text = seedText('000').text;
    const cut =
      text.slice(0, text.indexOf('Nästa Hälsingeråd är planerat')) +
      text.slice(
        text.indexOf(
          '**Ordförande****Justerande****Utdragsbestyrkande**\n\n**Hälsingerådet****SAMMANTRÄDESPROTOKOLL**Styrelsen Kommunalsamverkan ek för  \n769602-5290**§768',
        ),
      );
    expect(parse(cut).nextMeeting).toBeUndefined();
    const noRange = parse(text.replace('§§ 750-768', ''));
    expect(noRange.paragraphRange).toBeUndefined();
    expect(noRange.paragraphs.map((p) => p.number)).toEqual(parse(text).paragraphs.map((p) => p.number));
  });

  it('001 with a heading missing warns about the gap in the range', () => {
    const doc = parse(
      seedText('001').text.replace('\n§ 618 Information nya tjänster\n', '\nInformation nya tjänster\n'),
    );
    expect(doc.paragraphs.map((p) => p.number)).not.toContain(618);
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(/no heading was found for § 618/),
      }),
    );
  });
});

describe('fixture: Norrdalsrådet, plain minutes with other spellings', () => {
  const doc = parse(fixture('norrdal-protokoll.txt'));
  const para = (n: number) => doc.paragraphs.find((p) => p.number === n);

  it('reads the head in another order', () => {
    expect(doc).toMatchObject({
      kind: 'minutes',
      body: { name: 'Norrdalsrådet' },
      date: '2025-02-04',
      start: '13:15',
      end: '16:00',
      location: 'Kommunhuset i Sala, Sal Lärkan',
      paragraphRange: { from: 41, to: 47 },
    });
  });

  it('reads people', () => {
    expect(doc.participants).toEqual([
      { name: 'Karin Ek', roles: ['member', 'chair'], party: 'S', municipality: 'Sala kommun' },
      { name: 'Per Ström', roles: ['member', 'adjuster'], party: 'M', municipality: 'Heby kommun' },
      { name: 'Bo Lind', roles: ['member', 'substitute'], municipality: 'Enköpings kommun', substituteFor: 'Eva Nord' },
      { name: 'Anna Maria von Platen', roles: ['member'], party: 'C', municipality: 'Heby kommun', note: 'från § 43' },
      { name: 'Lisa Holm', roles: ['other', 'presenter'], title: 'kanslichef' },
      { name: 'Jonas Berg', roles: ['other'], organisation: 'Region Uppsala' },
      { name: 'Eva Nord', roles: ['absent'], party: 'L', municipality: 'Enköpings kommun' },
    ]);
  });

  it('reads the adjustment, decisions, assignment, schedule, next meeting and attachments', () => {
    expect(doc.adjustment).toEqual({
      date: '2025-02-06',
      place: 'Kommunhuset i Sala',
      deadline: '2025-02-07',
      deadlineTime: '12:00',
      signatories: ['Karin Ek', 'Per Ström'],
    });
    expect(para(43)?.decisions.map((d) => [d.point, d.outcome, d.proposal])).toEqual([
      [1, 'approved', 'Budgeten för 2026 fastställs.'],
      [2, 'approved', 'Medlemsavgiften lämnas oförändrad.'],
    ]);
    expect(para(43)?.distribution).toEqual(['Sala kommun', 'Heby kommun', 'Enköpings kommun']);
    expect(para(45)?.decisions[0]?.outcome).toBe('referred-back');
    expect(para(46)?.decisions[0]?.outcome).toBe('postponed');
    expect(para(46)?.assignments).toEqual([
      {
        assignee: 'Kansliet',
        task: 'begära in nya anbud',
        due: '2025-04-14',
        reportTo: 'Norrdalsrådet',
        status: 'open',
      },
    ]);
    expect(doc.schedules[0]?.meetings.map((m) => m.date)).toEqual([
      '2026-02-03',
      '2026-04-21',
      '2026-06-09',
      '2026-10-06',
    ]);
    expect(doc.schedules[0]?.status).toBe('decided');
    expect(doc.nextMeeting).toEqual({
      date: '2025-04-14',
      start: '13:15',
      end: '16:00',
      host: 'Heby kommun',
      location: 'Heby',
    });
    expect(doc.attachments.map((a) => a.title)).toEqual(['Bilaga 1 Budget 2026', 'Bilaga 2 Anbudsunderlag']);
  });

  it('warns that 9 June 2026 is no Wednesday', () => {
    expect(doc.diagnostics.filter((d) => d.severity === 'warning')).toEqual([
      expect.objectContaining({ line: 52, message: expect.stringMatching(/2026-06-09 is a tisdag/) }),
    ]);
  });
});

describe('fixture: Granskog, an agenda with the date in the head', () => {
  const doc = parse(fixture('granskog-kallelse.txt'));
  it('reads head, people and items', () => {
    expect(doc).toMatchObject({
      kind: 'agenda',
      body: { name: 'Förbundsdirektionen, Granskogs räddningstjänstförbund' },
      date: '2025-03-12',
      start: '09:00',
      end: '12:00',
      location: 'Brandstationen i Granby',
      attendance: 'hybrid',
    });
    expect(doc.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Eva Nord', ['member', 'chair']],
      ['Kim Ek', ['member', 'vice-chair']],
      ['Bo Lind', ['member']],
      ['Per Ström', ['substitute']],
      ['Lisa Holm', ['substitute']],
    ]);
    expect(doc.paragraphs.map((p) => [p.number, p.title, p.caseNumber])).toEqual([
      [1, 'Upprop och val av justerare', undefined],
      [2, 'Årsredovisning 2024', 'RTF 2025/3'],
      [3, 'Sammanträdesdagar 2026', 'RTF 2025/7'],
      [4, 'Övriga frågor', undefined],
    ]);
    expect(doc.schedules).toEqual([
      expect.objectContaining({ year: 2026, status: 'proposed', caseNumber: 'RTF 2025/7' }),
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('fixture: a working group with run-together, reordered fields', () => {
  const doc = parse(fixture('mittlan-arbetsgrupp.txt'));
  it('reads everything whatever the order', () => {
    expect(doc).toMatchObject({
      date: '2025-05-08',
      start: '10:00',
      end: '12:00',
      location: 'Medborgarhuset, Sundsvall',
    });
    expect(
      doc.participants.filter((p) => p.roles.includes('member')).map((p) => [p.name, p.municipality ?? p.organisation]),
    ).toEqual([
      ['Kim Ek', 'Sundsvall'],
      ['Eva Lund Nilsson', 'Timrå'],
      ['Per Ström', 'Region Västernorrland'],
      ['Bo Lind', 'Trafikverket'],
    ]);
    expect(doc.nextMeeting).toEqual({ date: '2025-06-05', start: '10:00', end: '12:00', location: 'Medborgarhuset' });
    expect(doc.adjustment).toMatchObject({ date: '2025-05-09', place: 'digitalt' });
    // Roles are a set: which source named them first does not matter.
    expect(
      doc.participants
        .find((p) => p.name === 'Lisa Holm')
        ?.roles.slice()
        .sort(),
    ).toEqual(['other', 'secretary']);
    expect(toRecords(doc).body?.id).toBe('arbetsgrupp-kollektivtrafik-mittlan');
  });
});

describe('fixture: Dalarådet, markdown minutes with glued labels', () => {
  const doc = parse(fixture('dalaradet-protokoll.md'));
  it('reads what 000 teaches, for another body', () => {
    expect(doc.body).toEqual({
      name: 'Dalarådet',
      orgNumber: '802000-1234',
      organisation: 'Dalasamverkan ekonomisk förening',
    });
    expect([doc.date, doc.start, doc.end, doc.location]).toEqual(['2025-03-03', '10:00', '14:00', 'Falun']);
    expect(doc.paragraphs.map((p) => [p.number, p.title, p.types])).toEqual([
      [101, 'Mötets öppnande', []],
      [102, 'Mötesdatum 2026', ['decision']],
      [103, 'Nästa möte', ['information']],
    ]);
    expect(doc.schedules[0]?.meetings.map((m) => m.date)).toEqual(['2026-01-14', '2026-03-11']);
    expect(doc.paragraphs[1]?.assignments).toEqual([{ assignee: 'Kansliet', task: 'boka lokaler', status: 'open' }]);
    expect(doc.nextMeeting).toEqual({ date: '2025-04-07', host: 'Borlänge', location: 'Galaxen' });
    expect(doc.participants.find((p) => p.name === 'Karl Sten')?.roles).toEqual(['secretary']);
    expect(doc.paragraphs[2]?.text).toBe(
      'Nästa råd är planerat till 7 april. Borlänge kommer att stå värd för mötet, som förläggs till Galaxen.',
    );
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('fixture: minutes with almost nothing', () => {
  const doc = parse(fixture('missing-parts.txt'));
  it('reads the paragraphs and leaves the rest absent, with warnings', () => {
    expect(doc.kind).toBe('minutes');
    expect(doc.paragraphs.map((p) => p.title)).toEqual(['Öppnande', 'Avslutning']);
    expect(doc.participants).toEqual([]);
    for (const key of ['date', 'start', 'location', 'paragraphRange', 'nextMeeting', 'adjustment'] as const)
      expect(doc[key]).toBeUndefined();
    expect(doc.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
  });
});
