import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';
import { assignGroups, partyOf, peekPeopleList, readPeopleList } from './people-list.js';

/** The people of a list as [name, roles, party?, other facts] for compact assertions. */
function read(text: string, roles: Parameters<typeof readPeopleList>[1] = ['member']) {
  return readPeopleList(text, roles)
    .people.filter((p) => !p.vacant)
    .map(({ name, roles: r, party, substituteFor, note, title, municipality, organisation }) => ({
      name,
      roles: r,
      ...(party ? { party } : {}),
      ...(substituteFor ? { substituteFor } : {}),
      ...(note ? { note } : {}),
      ...(title ? { title } : {}),
      ...(municipality ? { municipality } : {}),
      ...(organisation ? { organisation } : {}),
    }));
}

describe('parties in every form', () => {
  it.each([
    ['(S)', 'S'],
    ['(s)', 'S'],
    ['( c)', 'C'],
    ['(C )', 'C'],
    ['(Fp)', 'FP'],
    ['(FiA)', 'FIA'],
    ['(Båp)', 'BÅP'],
  ])('%s is %s', (written, party) => {
    expect(partyOf(written.slice(1, -1))).toEqual({ party });
  });
  it('"(-)" and "(?)" state no party', () => {
    expect(partyOf('-')).toEqual({ none: true });
    expect(partyOf('?')).toEqual({ none: true });
    expect(read('Tove Lind (-)')[0]).toEqual({ name: 'Tove Lind', roles: ['member'] });
  });
  it('reads a party after a comma only when it is a known abbreviation', () => {
    expect(read('Olle Brink, C Maja Sten, KD ej 41 Ivar Holm, S')).toEqual([
      { name: 'Olle Brink', roles: ['member'], party: 'C' },
      { name: 'Maja Sten', roles: ['member'], party: 'KD', note: 'ej 41' },
      { name: 'Ivar Holm', roles: ['member'], party: 'S' },
    ]);
  });
});

describe('people run together on one line', () => {
  it('splits at parties, titles and given names', () => {
    expect(
      read(
        'Ebba Lund (M), Ordförande Nils-Erik Dahl (M), 1:e vice ordförande Saga Borg (L) Anton Vik (MP) Rut Ek, förvaltningschef Gustav Nord, nämndsekreterare',
      ),
    ).toEqual([
      { name: 'Ebba Lund', roles: ['member', 'chair'], party: 'M' },
      { name: 'Nils-Erik Dahl', roles: ['member', 'vice-chair'], party: 'M' },
      { name: 'Saga Borg', roles: ['member'], party: 'L' },
      { name: 'Anton Vik', roles: ['member'], party: 'MP' },
      { name: 'Rut Ek', roles: ['member'], title: 'förvaltningschef' },
      { name: 'Gustav Nord', roles: ['member'], title: 'nämndsekreterare' },
    ]);
  });
  it('splits names with nothing between them by given names', () => {
    expect(read('Per-Ove Ström Majken Lund Tord Björk Anna-Stina Falk').map((p) => p.name)).toEqual([
      'Per-Ove Ström',
      'Majken Lund',
      'Tord Björk',
      'Anna-Stina Falk',
    ]);
  });
  it('keeps a name broken over two lines of a table cell', () => {
    expect(read('Lars\nHedin (C)\nMia Falk (S)').map((p) => p.name)).toEqual(['Lars Hedin', 'Mia Falk']);
  });
  it('keeps particles inside names and "Maj" as a given name', () => {
    expect(read('Eva Maria von Berg (C) Maj Holm (M)').map((p) => p.name)).toEqual(['Eva Maria von Berg', 'Maj Holm']);
  });
});

describe('roles and substitutions before or after the name', () => {
  it.each([
    ['Kim Ros (S) tjänstgörande ersättare för Ada Björk', 'Ada Björk'],
    ['Kim Ros (S) tjg för Ada Björk (S)', 'Ada Björk'],
    ['Kim Ros (s) tj ers för A Björk', 'A Björk'],
    ['Kim Ros (S), ersätter Ada Björk (S)', 'Ada Björk'],
    ['Kim Ros för Ada Björk', 'Ada Björk'],
    ['Kim Ros (S) ersättare för Ada Björk (S)', 'Ada Björk'],
  ])('%s stands in for %s', (text, member) => {
    const [p] = read(text);
    expect(p?.roles).toContain('substitute');
    expect(p?.roles).not.toContain('member');
    expect(p?.substituteFor).toBe(member);
  });
  it('reads the party after a comma that follows the member stood in for as theirs, no title', () => {
    expect(read('Lena Vik, S, ordförande\nOlle Berg, SD, ersättare för Pia Dahl, SD\nNina Lund, C')).toEqual([
      { name: 'Lena Vik', roles: ['member', 'chair'], party: 'S' },
      { name: 'Olle Berg', roles: ['substitute'], party: 'SD', substituteFor: 'Pia Dahl' },
      { name: 'Nina Lund', roles: ['member'], party: 'C' },
    ]);
  });
  it('takes only the first name after "för" when the next person follows', () => {
    expect(read('Ola Berg för Eva Lund Per Ek för Siv Holm')).toEqual([
      { name: 'Ola Berg', roles: ['substitute'], substituteFor: 'Eva Lund' },
      { name: 'Per Ek', roles: ['substitute'], substituteFor: 'Siv Holm' },
    ]);
  });
  it.each([
    ['Ida Berg (V) v. ordf', 'vice-chair'],
    ['Ida Berg (V), 1 :e vice ordförande', 'vice-chair'],
    ['Ida Berg (V), andre vice ordf', 'vice-chair'],
    ['Ida Berg, (v) ordförande', 'chair'],
    ['Ida Berg (V), Vice ordförande', 'vice-chair'],
    ['Ida Berg (V) tj ledamot', 'member'],
    ['Ida Berg (V) femte ers för majoriteten', 'substitute'],
  ])('%s is %s', (text, role) => {
    expect(read(text, [])[0]?.roles).toContain(role);
  });
  it("reads a role of another body as a title, not as this body's role", () => {
    const [p] = read('Bo Lind (M), ordf Byggnadsnämnden', ['other']);
    expect(p?.roles).toEqual(['other']);
    expect(p?.title).toBe('ordf Byggnadsnämnden');
  });
  it('reads "tjänstgör" after a role as serving, not as a substitution', () => {
    const [p] = read('Alva Sund (M), 1:e vice ordförande tjänstgör Eje Falk (S)');
    expect(p).toEqual({ name: 'Alva Sund', roles: ['member', 'vice-chair'], party: 'M' });
  });
  it('gives a column of roles printed apart from its names to the names in order', () => {
    expect(
      read('Ulf Ring (S) Lisa Berg (M) Per Dahl Eva Sten ersättare ersättare förvaltningschef sekreterare', ['other']),
    ).toEqual([
      { name: 'Ulf Ring', roles: ['substitute'], party: 'S' },
      { name: 'Lisa Berg', roles: ['substitute'], party: 'M' },
      { name: 'Per Dahl', roles: ['other'], title: 'förvaltningschef' },
      { name: 'Eva Sten', roles: ['other', 'secretary'] },
    ]);
  });
});

describe('notes, places and the end of a list', () => {
  it('reads paragraphs and times as notes', () => {
    expect(
      read('Gun Åberg (S) §§ 12-14 Tor Holm (C) kl 8:15-10:30 Lea Ek (M) avvek kl 15.20').map((p) => p.note),
    ).toEqual(['§§ 12-14', 'kl 8:15-10:30', 'avvek kl 15.20']);
  });
  it('reads "via Teams" as a note, lined or run together, never a title', () => {
    for (const text of ['Tor Vik (V) via Teams\nUlla Ås (KD)', 'Tor Vik (V) via Teams Ulla Ås (KD) via Zoom']) {
      const people = read(text, ['member']);
      expect(people.map((p) => [p.name, p.note ?? null, p.title ?? null])).toEqual([
        ['Tor Vik', 'via Teams', null],
        ['Ulla Ås', text.endsWith('Zoom') ? 'via Zoom' : null, null],
      ]);
    }
  });
  it('reads municipalities and organisations', () => {
    expect(read('Rut Holm (S) Gävle Sten Ek (m), Lilla Edet Ann Berg, Region Gävleborg', ['member'])).toEqual([
      { name: 'Rut Holm', roles: ['member'], party: 'S', municipality: 'Gävle' },
      { name: 'Sten Ek', roles: ['member'], party: 'M', municipality: 'Lilla Edet' },
      { name: 'Ann Berg', roles: ['member'], organisation: 'Region Gävleborg' },
    ]);
  });
  it("skips an attendance table's crosses and header", () => {
    expect(
      read('TjgEj tjgJANEJ\nEdit Lund (C)X\nOlof Berg (M)X\n§§ 3-4').map((p) => [p.name, p.party, p.note]),
    ).toEqual([
      ['Edit Lund', 'C', undefined],
      ['Olof Berg', 'M', '§§ 3-4'],
    ]);
  });
  it('skips a page header inside a list', () => {
    expect(read('Leo Ek (s), Partille 2 NORRBYGDENS FÖRBUND 2 Ada Lind (m), Kalix').map((p) => p.name)).toEqual([
      'Leo Ek',
      'Ada Lind',
    ]);
  });
  it('ends at a date and says how much it read', () => {
    const text = 'Siv Berg (S) Ola Holm (M) Kl , onsdagen den 3 mars 2021, Rådhuset';
    const list = readPeopleList(text, ['member']);
    expect(list.people.map((p) => p.name)).toEqual(['Siv Berg', 'Ola Holm']);
    expect(text.slice(list.consumed)).toMatch(/^\s*Kl ,/);
  });
  it('reads a reference as the whole list', () => {
    expect(readPeopleList('Se bilaga 1 Anna', ['member'])).toMatchObject({ people: [], reference: 'Se bilaga 1' });
    expect(readPeopleList('enligt bifogad närvarolista.', ['member']).reference).toBe('enligt bifogad närvarolista');
  });
  it('keeps the empty cells of a table of absent members and their substitutes', () => {
    const list = readPeopleList(
      'Ebbe Lund (L), närv t o m Saknar ersättare Mira Holm (S) Tage Berg (S) Kent Ny (C) Ingen ersättare',
      [],
    ).people;
    assignGroups(list, [['absent'], ['substitute']]);
    expect(list.filter((p) => !p.vacant).map((p) => [p.name, p.roles, p.substituteFor])).toEqual([
      ['Ebbe Lund', ['absent'], undefined],
      ['Mira Holm', ['absent'], undefined],
      ['Tage Berg', ['substitute'], 'Mira Holm'],
      ['Kent Ny', ['absent'], undefined],
    ]);
  });
});

describe('a list shared by several labels printed before it', () => {
  it('moves from members to substitutes to officials', () => {
    const list = readPeopleList(
      'Stig Holm (M), ordförande Vera Lund (S) Olle Ek (C) tjg ers för Alf Berg Mona Falk (S) Ture Sten, kommunchef Ella Dahl, sekreterare',
      [],
    ).people;
    assignGroups(list, [['member'], ['substitute'], ['other']]);
    expect(list.map((p) => [p.name, p.roles])).toEqual([
      ['Stig Holm', ['member', 'chair']],
      ['Vera Lund', ['member']],
      ['Olle Ek', ['substitute']],
      ['Mona Falk', ['substitute']],
      ['Ture Sten', ['other']],
      ['Ella Dahl', ['other', 'secretary']],
    ]);
  });
});

describe('any text', () => {
  it('never throws and never reads past its end', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const list = readPeopleList(text, ['member']);
        expect(list.consumed).toBeLessThanOrEqual(text.length);
        for (const p of list.people) expect(p.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('one list shared by several labels', () => {
  it('gives a politician without words of their own, after the serving substitutes, only what the groups still to come share', () => {
    const doc = parseDocument(
      'Protokoll\nByggnadsnämnden\nDatum 2022-05-04\nBeslutande Ledamöter Tjänstgörande ersättare Ersättare Ada Ek (S), ordförande Bo Al (M) Cai Ros (S) tjänstgörande ersättare för Dan Sten (S) Eva Ny (M) Fia Lo (C)\n§ 1 Öppnande',
    );
    const roles = (name: string) => doc.participants.find((p) => p.name === name)?.roles;
    expect(roles('Bo Al')).toContain('member');
    expect(roles('Cai Ros')).toContain('substitute');
    // "Eva Ny" and "Fia Lo" may be serving substitutes or present ones: substitutes either way, never members.
    expect(roles('Eva Ny')).toEqual(['substitute']);
    expect(roles('Fia Lo')).toEqual(['substitute']);
  });
});

describe('rows of two columns read across', () => {
  it('does not make a member a substitute because a substitute stood beside them on the row before', () => {
    // Members on the left, serving substitutes on the right, each row read across: "Ove Sand (S), ordf.
    // | Tea Krok (M) för Jan Ås (M)", then "Ulf Bro (M), vice ordf. | Gun Lie (S) för Ida Mo (S)", then
    // members alone. A member's own words after a substitute's say the columns are interleaved.
    for (const gap of ['   ', '\t', ' ']) {
      const doc = parseDocument(
        [
          'PROTOKOLL',
          'Kulturnämnden',
          'Sammanträdesdatum 2023-10-05',
          'Plats och tid Gula rummet, kl. 09.00–11.00',
          `Beslutande Ledamöter${gap}Tjänstgörande ersättare`,
          `Ove Sand (S), ordförande${gap}Tea Krok (M) för Jan Ås (M)`,
          `Ulf Bro (M), vice ordförande${gap}Gun Lie (S) för Ida Mo (S)`,
          'Rut Vik (C)',
          'Per Al (V)',
          'Övriga närvarande Mia Gran, sekreterare',
          '§ 1 Val av justerare',
        ].join('\n'),
      );
      const person = (name: string) => doc.participants.find((p) => p.name === name);
      expect(person('Tea Krok')).toMatchObject({
        roles: expect.arrayContaining(['substitute']),
        substituteFor: 'Jan Ås',
      });
      expect(person('Ulf Bro')?.roles).toEqual(expect.arrayContaining(['member', 'vice-chair']));
      // Decision-makers either way; never called serving substitutes on a guess.
      expect(person('Rut Vik')?.roles).toEqual(['member']);
      expect(person('Per Al')?.roles).toEqual(['member']);
    }
  });
});

describe('a list read again', () => {
  const text = 'Anna Berg (S), ordförande\nPer Ek (M) tjg ers för Eva Ny\nLars Lund, förvaltningschef';

  it('is looked at as it was read, and a copy given out changed does not change it', () => {
    const seen = peekPeopleList(text, ['member']);
    const copy = readPeopleList(text, ['member'], [], 7);
    expect(copy.people.map(({ line, ...p }) => p)).toEqual(seen.people);
    expect(copy.people.every((p) => p.line === 7)).toBe(true);
    (copy.people[0] as { roles: string[] }).roles.push('absent');
    (copy.people[1] as { name: string }).name = 'Changed';
    expect(peekPeopleList(text, ['member']).people[0]?.roles).toEqual(['member', 'chair']);
    expect(readPeopleList(text, ['member']).people[1]?.name).toBe('Per Ek');
  });

  it('is read for its roles: the same text under other roles is another list', () => {
    expect(peekPeopleList(text, ['member']).people[2]?.roles).toEqual(['member']);
    expect(peekPeopleList(text, ['other']).people[2]?.roles).toEqual(['other']);
  });
});

describe('a presence table: "Ledamöter  Närvaro  Från §" with crosses', () => {
  const text = [
    'PROTOKOLL',
    'Tekniska utskottet',
    'Sammanträdesdatum 2024-09-03',
    '',
    'Ledamöter\tNärvaro\tFrån §',
    'Olle Fager (S), ordförande\tX\t',
    'Greta Ulf (M)\tX\t',
    '',
    '§ 1 Val av justerare',
  ].join('\n');

  it('takes neither the column heads for a person nor the cross for a word of the role', () => {
    for (const t of [text, text.replace(/\t/g, ' ')]) {
      const people = parseDocument(t).participants.map((p) => [p.name, p.roles, p.title ?? null]);
      expect(people).toEqual([
        ['Olle Fager', ['member', 'chair'], null],
        ['Greta Ulf', ['member'], null],
      ]);
    }
  });
});

describe('a party printed before the name ("S Anna Berg")', () => {
  it('is the party, not a word of the name', () => {
    const list = readPeopleList('S Lena Vik, ordförande\nKD Tomas Ahl\nMP Siv Grön', ['member']);
    expect(list.people.map((p) => [p.name, p.party, p.roles])).toEqual([
      ['Lena Vik', 'S', ['member', 'chair']],
      ['Tomas Ahl', 'KD', ['member']],
      ['Siv Grön', 'MP', ['member']],
    ]);
  });
});

describe('a list that prints the party before each name, flattened or with its lines', () => {
  const text = [
    'Protokoll',
    'Gatunämnden',
    'Sammanträdesdatum 2024-06-11',
    '',
    'Beslutande',
    'M Olof Dahl, ordförande',
    'S Rut Ek, 1:e vice ordförande',
    'C Lisa Holm',
    'KD Per Sand',
    'V Anna Sjö',
    '',
    'Övriga närvarande',
    'Kim Ling, sekreterare',
  ].join('\n');

  it.each([
    ['with its lines', text],
    ['flattened', text.replace(/\s*\n\s*/g, ' ')],
  ])('gives each person the party before the name, and the role after it, %s', (_how, written) => {
    const people = parseDocument(written).participants.map((p) => [p.name, p.party ?? null, p.roles]);
    expect(people.slice(0, 5)).toEqual([
      ['Olof Dahl', 'M', ['member', 'chair']],
      ['Rut Ek', 'S', ['member', 'vice-chair']],
      ['Lisa Holm', 'C', ['member']],
      ['Per Sand', 'KD', ['member']],
      ['Anna Sjö', 'V', ['member']],
    ]);
  });

  it('leaves a party after a name alone when the list does not print parties first', () => {
    const list = readPeopleList('Anna Berg, ordförande Per Ek, ledamot', ['member']);
    expect(list.people.map((p) => [p.name, p.party ?? null])).toEqual([
      ['Anna Berg', null],
      ['Per Ek', null],
    ]);
  });
});

describe('"Ordf. Name" / "Sekr. Name" under a list, after a blank line', () => {
  it('gives no role to the last person of the list', () => {
    const doc = parseDocument(
      'Protokoll\nFritidsnämnden\nSammanträdesdatum 2024-11-19\n\nBeslutande\nIda Holm (S), ordförande\nKnut Berg (M)\n\nOrdf. Ida Holm\nSekr. Lisa Nord\n\n§ 1 Val av justerare',
    );
    expect(doc.participants.find((p) => p.name === 'Knut Berg')?.roles).toEqual(['member']);
  });
});

describe('"Ordf. Name" / "Sekr. Name" as the lines of a signature part', () => {
  const text = [
    'Protokoll',
    'Fritidsnämnden',
    'Sammanträdesdatum 2024-11-19',
    '',
    'Beslutande',
    'Ida Holm (S)',
    'Knut Berg (M)',
    '',
    'Ordf. Rut Sand',
    'Sekr. Lisa Nord',
    '',
    '§ 1 Val av justerare',
  ].join('\n');

  it.each([
    ['with its lines', text],
    ['flattened', text.replace(/\s*\n\s*/g, ' ')],
  ])('names the chair and the secretary, %s', (_how, written) => {
    const roles = parseDocument(written).participants.map((p) => [p.name, p.roles]);
    expect(roles).toEqual([
      ['Ida Holm', ['member']],
      ['Knut Berg', ['member']],
      ['Rut Sand', ['chair']],
      ['Lisa Nord', ['secretary']],
    ]);
  });

  it('leaves "ordf." after a name and its comma a role word of the list', () => {
    const doc = parseDocument(
      'Protokoll\nFritidsnämnden\nSammanträdesdatum 2024-11-19\n\nBeslutande\nIda Holm (S), ordf.\nKnut Berg (M)\n\n§ 1 Val av justerare',
    );
    expect(doc.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Ida Holm', ['member', 'chair']],
      ['Knut Berg', ['member']],
    ]);
  });
});

describe("a flattened list that runs on into the document's next heading", () => {
  it('ends the name before "Föredragningslista", "Dagordning" or "Ärenden"', () => {
    for (const word of ['Föredragningslista', 'Dagordning', 'Ärendelista', 'Ärenden', 'Kallelse']) {
      expect(read(`Viveka Strand ${word} 1. Val av justerare`, ['secretary']).map((p) => p.name)).toEqual([
        'Viveka Strand',
      ]);
    }
  });

  it('gives the secretary of a flattened agenda her name alone', () => {
    const text =
      'KALLELSE Kulturnämnden Tid: tisdagen den 7 maj 2024 kl. 15.00 Plats: Biblioteket, Åby ' +
      'Ordförande Tor Malm Sekreterare Viveka Strand Föredragningslista 1. Val av justerare 2. Verksamhetsplan 2025';
    const doc = parseDocument(text, { file: 'kallelse.txt' });
    expect(doc.participants.map((p) => [p.name, p.roles])).toEqual([
      ['Tor Malm', ['chair']],
      ['Viveka Strand', ['secretary']],
    ]);
  });
});

describe('officials with their titles printed before their names', () => {
  it('gives each title to the name after it, with or without commas', () => {
    const expected = [
      { name: 'Sara Dahl', roles: ['other'], title: 'Regiondirektör' },
      { name: 'Per Hed', roles: ['other'], title: 'Kanslichef' },
    ];
    expect(read('Regiondirektör Sara Dahl, Kanslichef Per Hed', ['other'])).toEqual(expected);
    expect(read('Regiondirektör Sara Dahl Kanslichef Per Hed', ['other'])).toEqual(expected);
  });

  it('keeps a title after the name for a list that prints it there', () => {
    expect(read('Sara Dahl, regiondirektör, Per Hed, kanslichef', ['other'])).toEqual([
      { name: 'Sara Dahl', roles: ['other'], title: 'regiondirektör' },
      { name: 'Per Hed', roles: ['other'], title: 'kanslichef' },
    ]);
  });
});

describe('those present besides the members', () => {
  it.each(['Dessutom närvarande', 'Även närvarande', 'Närvarande övriga'])(
    '"%s" lists others, not members, lined and flattened',
    (label) => {
      const text = [
        'Protokoll fört vid sammanträde med Hamnnämnden den 4 mars 2025 kl. 14.00–16.30 i Fyrhuset.',
        '',
        'Närvarande ledamöter: Tora Lilja (S), ordf., Ove Tärna (C).',
        `${label}: Ines Mård, hamnchef.`,
      ].join('\n');
      for (const t of [text, text.replace(/\s*\n\s*/g, ' ')]) {
        const roles = Object.fromEntries(parseDocument(t).participants.map((p) => [p.name, p.roles]));
        expect(roles).toEqual({ 'Tora Lilja': ['member', 'chair'], 'Ove Tärna': ['member'], 'Ines Mård': ['other'] });
      }
    },
  );
});

describe('a title printed before the name on a later line of a lined list', () => {
  it('is the title, not a word of the name ("Maria Nord / Förvaltningschef Erik Holm")', () => {
    const { people } = readPeopleList('Maria Nord\nFörvaltningschef Erik Holm\nKarin Lund', ['other'], [], 1);
    expect(people.map((p) => [p.name, p.title])).toEqual([
      ['Maria Nord', undefined],
      ['Erik Holm', 'Förvaltningschef'],
      ['Karin Lund', undefined],
    ]);
  });
});

describe('a role word opening a row of a lined list', () => {
  it('gives the row\'s person the role ("Anna Berg (S) / Vice ordförande Eva Ny (C) / Per Ek (M)")', () => {
    const { people } = readPeopleList('Anna Berg (S)\nVice ordförande Eva Ny (C)\nPer Ek (M)', ['member'], [], 1);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Anna Berg', ['member']],
      ['Eva Ny', ['member', 'vice-chair']],
      ['Per Ek', ['member']],
    ]);
  });
});

describe('words after a person that say how they took part ("deltar ej i beslut § 45 p.g.a. jäv")', () => {
  it('are a note, never a title', () => {
    const [bo, eva] = read(
      'Bo Sund (L), deltar ej i beslut § 45 p.g.a. jäv\nEva Ny (C), lämnade sammanträdet kl. 15.10',
    );
    expect(bo).toMatchObject({ name: 'Bo Sund', party: 'L', note: 'deltar ej i beslut; § 45; p.g.a. jäv' });
    expect(bo?.title).toBeUndefined();
    expect(eva?.title).toBeUndefined();
    expect(eva?.note).toMatch(/^lämnade sammanträdet/u);
  });
  it('leaves a title a title ("förvaltningschef")', () => {
    expect(read('Maria Wik, förvaltningschef', ['other'])[0]).toMatchObject({ title: 'förvaltningschef' });
  });
});

describe('a secretary in a list of those present ("Närvarande")', () => {
  it('is the secretary and no member, with the municipality between name and role too', () => {
    const people = read(
      'Lena Ström, Ekby kommun, ordförande\nJonas Lind, Ekby kommun, sekreterare\nEva Ny, sekreterare',
    );
    expect(people.map((p) => [p.name, [...p.roles].sort()])).toEqual([
      ['Lena Ström', ['chair', 'member']],
      ['Jonas Lind', ['secretary']],
      ['Eva Ny', ['secretary']],
    ]);
  });
  it('stays a member with a party of their own ("Jonas Lind (S), sekreterare")', () => {
    expect([...(read('Jonas Lind (S), sekreterare')[0]?.roles ?? [])].sort()).toEqual(['member', 'secretary']);
  });
});

describe("a table's party cell after the name, without brackets", () => {
  it('is the party, not an initial of the name ("Karin Öberg<TAB>S<TAB>Ordförande")', () => {
    expect(read('Karin Öberg\tS\tOrdförande\nLars Ek\tM\nEva Sten\tKD')).toMatchObject([
      { name: 'Karin Öberg', party: 'S' },
      { name: 'Lars Ek', party: 'M' },
      { name: 'Eva Sten', party: 'KD' },
    ]);
  });
  it('keeps an initial inside a name ("Per M Ek"), and a letter before the next name stays unread', () => {
    expect(read('Per M Ek (S)')[0]).toMatchObject({ name: 'Per M Ek', party: 'S' });
  });
});

describe("a council's lists: each side under its own label, and what follows a person's comma", () => {
  const doc = parseDocument(
    [
      'Protokoll',
      'Kommunala pensionärsrådet',
      'Datum: 2026-09-08',
      '',
      'Närvarande från föreningarna:',
      'Bengt Lund, PRO Ekby',
      'Gun Svedberg, SPF Seniorerna Ekby',
      '',
      'Från kommunen:',
      'Maria Berg (S), ordförande',
      'Per Sand, sekreterare',
      '',
      '1. Mötets öppnande',
    ].join('\n'),
  );
  it("reads both lists, and the association after the comma as the person's", () => {
    expect(doc.participants.map((p) => [p.name, p.title ?? p.organisation ?? null])).toEqual([
      ['Bengt Lund', 'PRO Ekby'],
      ['Gun Svedberg', 'SPF Seniorerna Ekby'],
      ['Maria Berg', null],
      ['Per Sand', null],
    ]);
    expect(doc.participants.find((p) => p.name === 'Maria Berg')?.roles).toContain('chair');
  });
});

describe('a bare party code after the role that ends a name\'s cell ("Karin Öberg, ordförande<TAB>S")', () => {
  it('is the row\'s party, and the role is the person\'s, no title "ordförande S"', () => {
    expect(read('Karin Öberg, ordförande\tS\nLars Ek\tM')).toEqual([
      { name: 'Karin Öberg', roles: ['member', 'chair'], party: 'S' },
      { name: 'Lars Ek', roles: ['member'], party: 'M' },
    ]);
  });
  it("run on into the next row (flattened), is no one's party and no word of the next name", () => {
    expect(read('Karin Öberg, ordförande S Lars Ek, ledamot M Eva Sten KD')).toEqual([
      { name: 'Karin Öberg', roles: ['member', 'chair'] },
      { name: 'Lars Ek', roles: ['member'] },
      { name: 'Eva Sten', roles: ['member'], party: 'KD' },
    ]);
  });
});

describe('a presence cell in a table without heads ("Eva Sten<TAB>KD<TAB>Ledamot<TAB>Frånvarande")', () => {
  const minutes = (rows: readonly string[]) =>
    [
      'Protokoll',
      'Kulturnämnden',
      'Datum\t2026-03-12',
      'Beslutande',
      ...rows,
      'Justerare\tPer Holm',
      '',
      '§ 1 Mötets öppnande',
      'Text.',
    ].join('\n');
  const tabs = ['Karin Öberg\tS\tOrdförande', 'Eva Sten\tKD\tLedamot\tFrånvarande', 'Per Holm\tV\tLedamot'];
  const spaces = [
    'Karin Öberg    S    Ordförande',
    'Eva Sten       KD   Ledamot      Ej närvarande',
    'Per Holm       V    Ledamot',
  ];
  it.each([
    ['tabs', minutes(tabs)],
    ['tabs, flattened', minutes(tabs).replace(/\s*\n\s*/g, ' ')],
    ['spaces', minutes(spaces)],
    ['spaces, flattened', minutes(spaces).replace(/\s*\n\s*/g, ' ')],
  ])("makes the row's own person absent, no member, and no label of the next row's (%s)", (_, text) => {
    const roles = Object.fromEntries(parseDocument(text).participants.map((p) => [p.name, [...p.roles].sort()]));
    expect(roles['Eva Sten']).toEqual(['absent']);
    expect(roles['Per Holm']).toEqual(['adjuster', 'member']);
  });
});
