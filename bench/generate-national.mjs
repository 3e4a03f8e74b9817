// A national archive for the PostgreSQL benchmarks: ~5,000 bodies (290 municipalities and 21 regions,
// 16 bodies each), meetings spread over twenty years, each with participants, paragraphs in varied
// Swedish (so full-text search has real work), decisions, assignments and case numbers; a decided
// schedule per body and year. Records are made one body at a time and never all held in memory.
// Usage as a module: for (const batch of nationalRecords({ meetings, bodies })) …; each batch is one
// body's records, as the database stores them ({ path, kind, sha256, modified, record }).
import { BodySchema, MeetingSchema, recordPath, ScheduleSchema } from '../packages/core/dist/index.js';
import { recordHash } from '../packages/core/dist/postgres.js';
import { random } from './generate-archive.mjs';

const TOWNS = [
  'Ale',
  'Alingsås',
  'Arvika',
  'Bollnäs',
  'Borås',
  'Eda',
  'Falun',
  'Gävle',
  'Hudiksvall',
  'Kiruna',
  'Ljusdal',
  'Luleå',
  'Malå',
  'Nora',
  'Orsa',
  'Piteå',
  'Ronneby',
  'Sala',
  'Sorsele',
  'Tierp',
  'Umeå',
  'Vara',
  'Ystad',
  'Åre',
  'Örebro',
];
const BODIES = [
  'Kommunfullmäktige',
  'Kommunstyrelsen',
  'Barn- och utbildningsnämnden',
  'Socialnämnden',
  'Tekniska nämnden',
  'Kultur- och fritidsnämnden',
  'Miljö- och byggnämnden',
  'Valnämnden',
  'Överförmyndarnämnden',
  'Revisionen',
  'Krisledningsnämnden',
  'Arbetsmarknadsnämnden',
  'Äldrenämnden',
  'Servicenämnden',
  'Samhällsbyggnadsnämnden',
  'Gemensam nämnd för IT',
];
const PARTIES = ['S', 'M', 'C', 'V', 'KD', 'SD', 'L', 'MP'];
const SUBJECTS = [
  'budget',
  'delårsrapport',
  'upphandling',
  'detaljplan',
  'skolskjuts',
  'äldreomsorg',
  'bredband',
  'vattenförsörjning',
  'avfallstaxa',
  'bostadsförsörjning',
  'förskola',
  'gymnasieskola',
  'kollektivtrafik',
  'folkhälsa',
  'integration',
  'klimatstrategi',
  'räddningstjänst',
  'bibliotek',
  'idrottshall',
  'gatubelysning',
  'bygglov',
  'tillsyn',
  'hemtjänst',
  'personlig assistans',
  'internkontroll',
  'revisionsrapport',
  'sammanträdesplan',
  'delegationsordning',
  'medborgarförslag',
  'motion',
];
const VERBS = ['godkänna', 'anta', 'fastställa', 'avslå', 'återremittera', 'bordlägga', 'notera', 'uppdra'];
const NOUNS = [
  'beslutet',
  'förslaget',
  'yttrandet',
  'remissen',
  'uppdraget',
  'redovisningen',
  'planen',
  'avtalet',
  'rapporten',
  'utredningen',
  'ansökan',
  'taxan',
  'riktlinjerna',
  'programmet',
  'handlingsplanen',
];
const TAILS = [
  'för kommande år',
  'inom ramen för budgeten',
  'efter samråd med berörda förvaltningar',
  'i enlighet med förvaltningens förslag',
  'med de ändringar som framgår av protokollet',
  'till kommunfullmäktige för beslut',
  'som underlag för fortsatt arbete',
  'under förutsättning att medel finns',
];

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/**
 * A meeting as the schema gives it back. Parsing a million meetings costs minutes of a busy machine,
 * so a bulk load may skip it (`validate: false`): the fields are then filled as the schema would, and
 * every read validates them anyway.
 */
function canonical(meeting, validate) {
  if (validate) return MeetingSchema.parse(meeting);
  const paragraphs = meeting.paragraphs.map((p) => ({
    number: p.number,
    title: p.title,
    types: [],
    caseNumber: p.caseNumber,
    presenters: [],
    text: p.text,
    sections: [],
    decisions: p.decisions,
    assignments: p.assignments.map((a) => ({ ...a, status: 'open' })),
    distribution: [],
    documents: [],
    history: [],
  }));
  const { paragraphs: _, ...rest } = meeting;
  return { ...rest, participants: meeting.participants, paragraphs, attachments: [] };
}

/** The ids of the bodies the generator makes, so benchmarks can pick some. */
export function bodyId(i) {
  return `${TOWNS[i % TOWNS.length].toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o')}-${Math.floor(i / TOWNS.length)}-${i % BODIES.length}`;
}

/**
 * Yields one body's records at a time: `meetings` meetings over `bodies` bodies (meetings per body
 * rounded up), `paragraphs` paragraphs each. Every record is parsed through the model's schemas.
 */
export function* nationalRecords({
  meetings = 1_000_000,
  bodies = 5_000,
  paragraphs = 6,
  modified = '2025-01-01T00:00:00.000Z',
  validate = true,
} = {}) {
  const rnd = random(7);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const perBody = Math.ceil(meetings / bodies);
  let made = 0;
  for (let b = 0; b < bodies && made < meetings; b++) {
    const id = bodyId(b);
    const town = TOWNS[b % TOWNS.length];
    const out = [];
    const add = (kind, record) =>
      out.push({ path: recordPath(kind, record), kind, record, sha256: recordHash(record), modified });
    add(
      'body',
      BodySchema.parse({
        id,
        name: `${BODIES[b % BODIES.length]} ${town} ${Math.floor(b / TOWNS.length)}`,
        organisation: `${town} kommun`,
        rules: { adjustment: { withinDays: 14 } },
      }),
    );
    const people = Array.from({ length: 9 }, (_, i) => ({ name: `Ledamot ${i + 1} ${id}`, party: pick(PARTIES) }));
    let day = Date.UTC(2005, 0, 10) + Math.floor(rnd() * 20) * DAY;
    const step = Math.max(7, Math.floor((20 * 365) / perBody)) * DAY;
    let number = 1;
    const schedules = new Map();
    for (let m = 0; m < perBody && made < meetings; m++, made++) {
      day += step;
      let date = iso(day);
      const weekday = new Date(day).getUTCDay();
      if (weekday === 0 || weekday === 6) date = iso(day + (weekday === 6 ? 2 : 1) * DAY);
      const year = Number(date.slice(0, 4));
      const plan = schedules.get(year) ?? [];
      plan.push({ date, start: '13:00', location: `Kommunhuset, ${town}` });
      schedules.set(year, plan);
      const list = Array.from({ length: paragraphs }, (_, p) => {
        const subject = pick(SUBJECTS);
        const n = number++;
        const decision = `${BODIES[b % BODIES.length]} beslutar att ${pick(VERBS)} ${pick(NOUNS)} om ${subject} ${pick(TAILS)}.`;
        return {
          number: n,
          title: `${subject[0].toUpperCase()}${subject.slice(1)} ${year}`,
          caseNumber: `KS ${year}/${1 + Math.floor(rnd() * 400)}`,
          text: `Förvaltningen har tagit fram ${pick(NOUNS)} om ${subject} ${pick(TAILS)}. Ärendet har beretts av arbetsutskottet, som föreslår att ${pick(NOUNS)} behandlas ${pick(TAILS)}.`,
          decisions: [{ text: decision, outcome: p % 5 === 4 ? 'referred-back' : 'approved' }],
          assignments:
            p === 2
              ? [
                  {
                    assignee: 'Kommundirektören',
                    task: `återkomma med en redovisning om ${subject}`,
                    due: iso(day + 120 * DAY),
                  },
                ]
              : [],
        };
      });
      add(
        'meeting',
        canonical(
          {
            id: date,
            body: id,
            kind: 'minutes',
            date,
            start: '13:00',
            end: '16:00',
            location: `Kommunhuset, ${town}`,
            status: 'held',
            paragraphRange: { from: list[0].number, to: list.at(-1).number },
            participants: people.map((p, i) => ({
              ...p,
              roles: i === 0 ? ['member', 'chair'] : ['member'],
              municipality: `${town} kommun`,
            })),
            paragraphs: list,
          },
          validate,
        ),
      );
    }
    for (const [year, planned] of schedules)
      add('schedule', ScheduleSchema.parse({ body: id, year, status: 'decided', meetings: planned }));
    yield out;
  }
}
