import type { Weekday } from '../model/primitives.js';
import { SWEDISH_WEEKDAYS } from './weekdays.js';
import { type Label, label, type ScheduleStatus, WORDS } from './words.js';

/**
 * The words of the diagnostics about files and the archive (reading a file, its YAML, the checks across
 * records, importing into an archive), keyed by code like {@link PARSE_DIAGNOSTIC_WORDS}.
 */

type None = Record<string, never>;

/** The kinds of archive record, as a file holds them. */
export type ArchiveRecordWord = 'body' | 'meeting' | 'schedule' | 'programme';
const A_RECORD: Record<ArchiveRecordWord, Label> = {
  body: label('ett organ', 'a body'),
  meeting: label('ett sammanträde', 'a meeting'),
  schedule: label('en sammanträdesplan', 'a schedule'),
  programme: label('ett program', 'a programme'),
};

/** What a record says a weekday in: a document's text or an archive record. */
const SAYS = { document: label('handlingen', 'the document'), record: label('posten', 'the record') } as const;

const at = (path: string) => (path ? `${path}: ` : '');

/** The diagnostics about files and the archive, by code. */
export const ARCHIVE_DIAGNOSTIC_WORDS = {
  // Reading a file.
  'not-text': (_: None) => label('ingen textfil (den innehåller NUL-byte)', 'not a text file (it holds NUL bytes)'),
  'not-utf8': (_: None) =>
    label(
      'inte UTF-8-text (kanske Latin-1 eller Windows-1252); spara den som UTF-8',
      'not UTF-8 text (perhaps Latin-1 or Windows-1252); save it as UTF-8',
    ),
  'pdf-empty-pages': (a: { pages: string; count: number }) =>
    a.count === 1
      ? label(
          `sidan ${a.pages} i PDF-filen har ingen text (inskannad?) och tas inte med; kör OCR för att läsa den`,
          `page ${a.pages} of the PDF has no text (scanned?) and is left out; run OCR to read it`,
        )
      : label(
          `sidorna ${a.pages} i PDF-filen har ingen text (inskannade?) och tas inte med; kör OCR för att läsa dem`,
          `pages ${a.pages} of the PDF have no text (scanned?) and are left out; run OCR to read them`,
        ),
  'word-warning': (a: { detail: string }) => label(`Word: ${a.detail}`, `Word: ${a.detail}`),
  'file-too-large': (a: { bytes: number; limit: number }) =>
    label(`filen är ${a.bytes} byte; gränsen är ${a.limit}`, `the file is ${a.bytes} bytes; the limit is ${a.limit}`),
  'file-unreadable': (a: { reason: string }) =>
    label(`filen kan inte läsas (${a.reason})`, `cannot read the file (${a.reason})`),

  // A record's YAML.
  'yaml-unreadable': (a: { detail: string }) =>
    label(`YAML: kan inte läsas (${a.detail})`, `YAML: cannot be read (${a.detail})`),
  'yaml-syntax': (a: { detail: string }) => label(`YAML-syntaxfel: ${a.detail}`, `YAML: ${a.detail}`),
  'yaml-aliases': (a: { max: number }) =>
    label(
      `YAML: alias (*namn) blir fler än ${a.max} kopior; skriv ut värdena i stället`,
      `YAML: aliases (*name) expand to more than ${a.max} copies; write the values out instead`,
    ),
  'empty-file': (a: { kind: ArchiveRecordWord }) =>
    label(`filen är tom; väntade ${A_RECORD[a.kind].sv}`, `the file is empty; expected a ${a.kind}`),
  'missing-field': (a: { path: string }) => label(`fältet "${a.path}" saknas`, `missing field "${a.path}"`),
  'unknown-fields': (a: { path: string; keys: string; count: number }) =>
    label(
      `${at(a.path)}${a.count > 1 ? 'okända fält' : 'okänt fält'} ${a.keys}`,
      `${at(a.path)}unknown field${a.count > 1 ? 's' : ''} ${a.keys}`,
    ),
  'not-one-of': (a: { path: string; value: string; values: string }) =>
    label(`${at(a.path)}${a.value} är inte något av ${a.values}`, `${at(a.path)}${a.value} is not one of ${a.values}`),
  'wrong-type': (a: { path: string; expected: string; got: string }) =>
    label(`${at(a.path)}väntade ${a.expected}, fick ${a.got}`, `${at(a.path)}expected ${a.expected}, got ${a.got}`),
  'invalid-field': (a: { path: string; detail: string }) =>
    label(`${at(a.path)}ogiltigt värde: ${a.detail}`, `${at(a.path)}${a.detail}`),
  'id-not-file-name': (a: { id: string; name: string }) =>
    label(
      `id "${a.id}" stämmer inte med filnamnet "${a.name}"`,
      `id "${a.id}" does not match the file name "${a.name}"`,
    ),
  'year-not-file-name': (a: { year: string; name: string }) =>
    label(
      `året ${a.year} stämmer inte med filnamnet "${a.name}"`,
      `year ${a.year} does not match the file name "${a.name}"`,
    ),
  'wrong-folder': (a: { kind: 'meeting' | 'schedule'; body: string }) =>
    a.kind === 'meeting'
      ? label(
          `ett sammanträde för "${a.body}" hör hemma i meetings/${a.body}/`,
          `a meeting of "${a.body}" belongs in meetings/${a.body}/`,
        )
      : label(
          `en sammanträdesplan för "${a.body}" hör hemma i schedules/${a.body}/`,
          `a schedule of "${a.body}" belongs in schedules/${a.body}/`,
        ),

  // Checks across the archive's records.
  'body-twice': (a: { id: string }) =>
    label(`organet "${a.id}" är definierat två gånger`, `body "${a.id}" is defined twice`),
  'adjustment-rule-no-since': (_: None) =>
    label(
      'regeln för justering saknar "since" (dagen den beslutades): ingen frist räknas från den',
      'the adjustment rule has no "since" (the day it was decided): no deadline is counted from it',
    ),
  'host-not-joint-committee': (_: None) =>
    label(
      'en värdkommun (host) har bara en gemensam nämnd; legalForm är inte joint-committee',
      'a host is the member a joint committee belongs to; legalForm is not joint-committee',
    ),
  'unknown-body': (a: { id: string }) =>
    label(`okänt organ "${a.id}" (ingen bodies/${a.id}.yaml)`, `unknown body "${a.id}" (no bodies/${a.id}.yaml)`),
  'meeting-twice': (a: { key: string }) =>
    label(`sammanträdet "${a.key}" är definierat två gånger`, `meeting "${a.key}" is defined twice`),
  'schedule-twice': (a: { key: string }) =>
    label(`sammanträdesplanen ${a.key} är definierad två gånger`, `schedule ${a.key} is defined twice`),
  'programme-twice': (a: { id: string }) =>
    label(`programmet "${a.id}" är definierat två gånger`, `programme "${a.id}" is defined twice`),
  'date-outside-year': (a: { date: string; year: number }) =>
    label(
      `${a.date} ligger inte i sammanträdesplanens år ${a.year}`,
      `${a.date} is not in the schedule's year ${a.year}`,
    ),
  'record-weekday-mismatch': (a: { date: string; actual: Weekday; stated: Weekday; in: 'document' | 'record' }) =>
    label(
      `${a.date} är en ${SWEDISH_WEEKDAYS[a.actual]}, men ${SAYS[a.in].sv} säger ${SWEDISH_WEEKDAYS[a.stated]}`,
      `${a.date} is a ${a.actual}, but ${SAYS[a.in].en} says ${a.stated}`,
    ),
  'meeting-missing': (a: { key: string }) =>
    label(`sammanträdet "${a.key}" finns inte i arkivet`, `meeting "${a.key}" is not in the archive`),
  'meeting-no-date': (a: { key: string }) =>
    label(
      `sammanträdet "${a.key}" saknar datum: posten anger det inte`,
      `meeting "${a.key}" has no date: the record does not state it`,
    ),
  'agenda-held': (_: None) =>
    label(
      'en kallelse gäller ett kommande sammanträde, men dess status är "held"',
      'an agenda records a meeting to come, but its status is "held"',
    ),
  'paragraph-twice': (a: { number: number }) =>
    label(`§ ${a.number} förekommer två gånger`, `§ ${a.number} appears twice`),
  'paragraph-outside-range': (a: { number: number; from: number; to: number }) =>
    label(`§ ${a.number} ligger utanför §§ ${a.from}-${a.to}`, `§ ${a.number} is outside §§ ${a.from}-${a.to}`),
  'adjustment-before-meeting': (_: None) =>
    label('sista dag för justering ligger före sammanträdet', 'the adjustment deadline is before the meeting'),
  'record-time-gap': (a: { time: string; date: string }) =>
    label(
      `${a.time} finns inte den ${a.date} i svensk tid (klockan hoppar över 02:00–03:00)`,
      `${a.time} does not exist on ${a.date} in Swedish time (the clocks skip 02:00–03:00)`,
    ),
  'record-time-overlap': (a: { time: string; date: string }) =>
    label(
      `${a.time} inträffar två gånger den ${a.date} i svensk tid (klockan ställs tillbaka kl. 03:00)`,
      `${a.time} happens twice on ${a.date} in Swedish time (the clocks go back at 03:00)`,
    ),
  'minutes-overlap': (a: { from: number; to: number; otherFrom: number; otherTo: number; other: string }) =>
    label(
      `§§ ${a.from}-${a.to} överlappar §§ ${a.otherFrom}-${a.otherTo} i "${a.other}": samma protokoll två gånger?`,
      `§§ ${a.from}-${a.to} overlap §§ ${a.otherFrom}-${a.otherTo} of "${a.other}": the same minutes twice?`,
    ),

  // Importing into an archive.
  'body-field-differs': (a: { path: string; theirs: string; ours: string }) =>
    label(
      `${a.path}: handlingen säger ${a.theirs}, arkivet ${a.ours}; arkivets värde behålls`,
      `${a.path}: the document says ${a.theirs}, the archive ${a.ours}; the archive's is kept`,
    ),
  'schedule-kept': (a: { year: number; current?: ScheduleStatus; status: ScheduleStatus }) =>
    label(
      `arkivet har redan en sammanträdesplan för ${a.year}${a.current ? ` (${WORDS.sv.scheduleStatus[a.current]})` : ''}; den behålls, och handlingens (${WORDS.sv.scheduleStatus[a.status]}) skrivs inte`,
      `the archive already has a ${a.current ?? 'schedule'} schedule for ${a.year}; it is kept, the document's ${a.status} one is not written`,
    ),
} satisfies Record<string, (args: never) => Label>;
