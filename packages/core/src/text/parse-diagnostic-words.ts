import type { Weekday } from '../model/primitives.js';
import { SWEDISH_WEEKDAYS } from './weekdays.js';
import { type Label, label } from './words.js';

/**
 * The words of the importer's diagnostics (reading a PDF, Word or text document into the model), keyed
 * by each diagnostic's stable `code`. The English is the diagnostic's `message`; the Swedish is what the
 * CLI prints by default. Arguments are the facts each message fills in, as the diagnostic's `args`.
 */

/** No arguments. */
type None = Record<string, never>;

const n = (count: number, sv: [string, string], en: [string, string]): Label =>
  label(count === 1 ? sv[0] : sv[1], count === 1 ? en[0] : en[1]);

/** What a text that stops short may have cut: see parse/cut-end.ts. */
export type CutWhat = 'name' | 'title' | 'paragraph-title' | 'place' | 'decision' | 'assignment' | 'line';
const CUT_WHAT: Record<CutWhat, { sv: string; en: string }> = {
  name: { sv: 'namnet', en: 'the name' },
  title: { sv: 'titeln', en: 'the title' },
  'paragraph-title': { sv: 'rubriken', en: 'the heading' },
  place: { sv: 'platsen', en: 'the place' },
  decision: { sv: 'beslutet', en: 'the decision' },
  assignment: { sv: 'uppdraget', en: 'the assignment' },
  line: { sv: 'raden', en: 'the line' },
};

/** Where a weekday is checked: a paragraph's schedule, or a date of the adjustment or the next meeting. */
export type WeekdayPlace = 'adjustment' | 'adjustment-deadline' | 'next-meeting';
const WEEKDAY_PLACE: Record<WeekdayPlace, Label> = {
  adjustment: label('justering: ', 'adjustment: '),
  'adjustment-deadline': label('sista dag för justering: ', 'adjustment deadline: '),
  'next-meeting': label('nästa sammanträde: ', 'next meeting: '),
};

/** Which time of a meeting is checked against the night the clocks change. */
export type TimePlace = 'start' | 'end' | 'next-start' | 'next-end' | 'schedule-start' | 'schedule-end';
const timePlace = (place: TimePlace, date: string): Label =>
  ({
    start: label('sammanträdet börjar', 'the meeting starts'),
    end: label('sammanträdet slutar', 'the meeting ends'),
    'next-start': label('nästa sammanträde börjar', 'the next meeting starts'),
    'next-end': label('nästa sammanträde slutar', 'the next meeting ends'),
    'schedule-start': label(
      `sammanträdet ${date} i sammanträdesplanen börjar`,
      `the schedule's meeting of ${date} starts`,
    ),
    'schedule-end': label(`sammanträdet ${date} i sammanträdesplanen slutar`, `the schedule's meeting of ${date} ends`),
  })[place];

/** The kind of record the importer makes. */
export type RecordWord = 'body' | 'meeting' | 'schedule' | 'programme';
const RECORD: Record<RecordWord, Label> = {
  body: label('organet', 'body'),
  meeting: label('sammanträdet', 'meeting'),
  schedule: label('sammanträdesplanen', 'schedule'),
  programme: label('programmet', 'programme'),
};

const cells = (count: number) => n(count, ['cell', 'celler'], ['cell', 'cells']);

/** The importer's diagnostics, by code. */
export const PARSE_DIAGNOSTIC_WORDS = {
  // Reading the document.
  'empty-document': (_: None) => label('handlingen är tom', 'the document is empty'),
  'internal-error': (a: { detail: string }) =>
    label(`internt fel när handlingen lästes: ${a.detail}`, `internal error while reading the document: ${a.detail}`),
  'unknown-kind': (_: None) =>
    label(
      'det går inte att avgöra vilken sorts handling detta är (inget "protokoll", "kallelse", inga paragrafer eller punkter)',
      'cannot tell what kind of document this is (no "protokoll", "kallelse", paragraphs or items)',
    ),
  'notice-date-differs': (a: { notice: string; head: string }) =>
    label(
      `anslagsrutan anger sammanträdet ${a.notice}, sidhuvudet ${a.head}`,
      `the notice block names the meeting ${a.notice}, the head ${a.head}`,
    ),
  'cut-at-end': (a: { what: string; text: string }) =>
    label(
      `texten slutar i ${CUT_WHAT[a.what as CutWhat]?.sv ?? a.what} "${a.text}", som kan vara avklippt; det tas inte med`,
      `the text ends inside ${CUT_WHAT[a.what as CutWhat]?.en ?? a.what} "${a.text}", which may be cut short; it is left out`,
    ),
  'bad-range': (a: { text: string }) =>
    label(
      `paragrafintervallet "${a.text}" kan inte stämma; det tas inte med`,
      `the paragraph range "${a.text}" cannot be right; it is left out`,
    ),
  'range-no-heading': (a: { from: number; to: number }) =>
    label(
      `ingen §-rubrik ligger inom de angivna §§ ${a.from}-${a.to}; alla läses`,
      `no § heading lies in the stated range §§ ${a.from}-${a.to}; reading all of them`,
    ),
  'range-missing-headings': (a: { from: number; to: number; missing: string }) =>
    label(
      `§§ ${a.from}-${a.to} anges, men ingen rubrik hittades för § ${a.missing}`,
      `§§ ${a.from}-${a.to} are stated, but no heading was found for § ${a.missing}`,
    ),
  'no-body-named': (a: { title?: string; mentioned?: string; times?: number }) => {
    const hint =
      a.title !== undefined
        ? label(` (dess rubrik är "${a.title}")`, ` (its title is "${a.title}")`)
        : a.mentioned !== undefined
          ? label(
              ` (texten nämner ${a.mentioned} ${a.times} gånger)`,
              ` (the text mentions ${a.mentioned} ${a.times} times)`,
            )
          : label('', '');
    return label(
      `handlingen anger inte sitt organ${hint.sv}; ange organet vid importen`,
      `the document does not name its body${hint.en}; pass the body when importing`,
    );
  },
  'no-paragraphs': (a: { agenda: boolean }) =>
    a.agenda
      ? label('inga numrerade punkter hittades', 'no numbered items found')
      : label('inga §-paragrafer hittades', 'no § paragraphs found'),
  'notice-before-adjustment': (a: { notice: string; adjustment: string }) =>
    label(
      `anslaget (${a.notice}) sätts upp före justeringen (${a.adjustment}); anslagsdatumet tas inte med`,
      `the notice (${a.notice}) goes up before the adjustment (${a.adjustment}); the notice date is left out`,
    ),
  'notice-down-before-up': (a: { up: string; down: string }) =>
    label(
      `anslaget tas ned (${a.down}) innan det sätts upp (${a.up}); båda datumen tas inte med`,
      `the notice comes down (${a.down}) before it goes up (${a.up}); both are left out`,
    ),
  'extract-no-item': (a: { paragraph?: number; date?: string }) =>
    label(
      `ett utdrag ur § ${a.paragraph ?? '?'} (${a.date ?? '?'}) motsvarar ingen punkt`,
      `an extract of § ${a.paragraph ?? '?'} (${a.date ?? '?'}) matches no item`,
    ),
  'adjustment-deadline-no-year': (a: { date: string }) =>
    label(
      `sista dag för justering (${a.date}) saknar årtal och sammanträdets datum är okänt; tas inte med`,
      `the adjustment deadline (${a.date}) has no year and the meeting's date is unknown; left out`,
    ),
  'signatures-ambiguous': (_: None) =>
    label(
      'underskrifterna kan läsas med rollerna före eller efter namnen; bara det som båda läsningarna är överens om behålls',
      'the signature block can be read with the roles before or after the names; only what both readings agree on is kept',
    ),
  'toc-unreadable-number': (a: { text: string }) =>
    label(
      `"${a.text}" i innehållsförteckningen är inget läsbart nummer (OCR?); posten tas inte med`,
      `"${a.text}" in the table of contents is not a readable number (OCR?); the entry is left out`,
    ),
  'toc-title-cut': (a: { number: number }) =>
    label(
      `innehållsförteckningen har inget nummer mellan ${a.number} och nästa post; rubriken för ${a.number} tas inte med`,
      `the table of contents has no number between ${a.number} and the next entry; the title of ${a.number} is left out`,
    ),
  'toc-mismatch': (a: { title: string; number: number; heading: number }) =>
    label(
      `innehållsförteckningen har "${a.title}" som ${a.number}, rubriken i texten som § ${a.heading}; förteckningen används inte`,
      `the table of contents puts "${a.title}" at ${a.number}, the heading at § ${a.heading}; the table is not used`,
    ),

  // The meeting's date, time and people.
  'date-without-year': (a: { text: string }) =>
    label(`sammanträdets datum saknar årtal (${a.text})`, `the meeting's date is written without a year (${a.text})`),
  'weekday-mismatch': (a: {
    date: string;
    actual: Weekday;
    stated: Weekday;
    paragraph?: number;
    place?: WeekdayPlace;
    dropped?: boolean;
  }) => {
    const where =
      a.paragraph !== undefined
        ? label(`§ ${a.paragraph}: `, `§ ${a.paragraph}: `)
        : a.place
          ? WEEKDAY_PLACE[a.place]
          : label('', '');
    const [actual, stated] = [SWEDISH_WEEKDAYS[a.actual], SWEDISH_WEEKDAYS[a.stated]];
    return label(
      `${where.sv}${a.date} är en ${actual}, men texten säger ${stated}${a.dropped ? '; datumet tas inte med' : ''}`,
      `${where.en}${a.date} is a ${actual} (${a.actual}), but the text says ${stated}${a.dropped ? '; the date is left out' : ''}`,
    );
  },
  'end-before-start': (a: { start: string; end: string }) =>
    label(
      `sammanträdet slutar (${a.end}) innan det börjar (${a.start}); sluttiden tas inte med`,
      `the meeting ends (${a.end}) before it starts (${a.start}); the end is left out`,
    ),
  'date-differs-from-given': (a: { stated: string; given: string }) =>
    label(
      `handlingen anger ${a.stated}, inte ${a.given} som angavs; handlingens datum behålls`,
      `the document states ${a.stated}, not ${a.given} as given; keeping the stated date`,
    ),
  'adjustment-immediate': (a: { text: string }) =>
    label(
      `"${a.text}": protokollet justeras vid sammanträdet, så justeringens dag är sammanträdets`,
      `"${a.text}": the minutes are adjusted at the meeting, so the adjustment's day is the meeting's`,
    ),
  'date-is-document-date': (a: { text: string }) =>
    label(
      `"Datum ${a.text}" är handlingens datum: sammanträdets datum är det som står vid tiden`,
      `"Datum ${a.text}" is the document's date: the meeting's date is the one given with its time`,
    ),
  'date-from-given': (a: { date: string }) =>
    label(
      `sammanträdets datum ${a.date} kommer från det som angavs vid importen, inte från texten`,
      `the meeting's date ${a.date} comes from the options, not the text`,
    ),
  'no-date': (_: None) =>
    label(
      'handlingen anger inte sammanträdets datum; ange datumet när den importeras',
      "the document does not state the meeting's date; give its date when importing it",
    ),
  'head-too-many-labels': (a: { limit: number }) =>
    label(
      `handlingens första sida har fler än ${a.limit} rubriker (Beslutande, Justerare …); den läses bara fram till här`,
      `the document's first page has more than ${a.limit} labels (Beslutande, Justerare …); it is read only up to here`,
    ),
  'participant-line-too-long': (_: None) =>
    label('en rad med deltagare på över 5000 tecken hoppas över', 'a participant line over 5000 characters is skipped'),
  'adjuster-alternate': (a: { text: string }) =>
    label(
      `"${a.text}" är ersättare för justeraren; en sådan roll finns inte, och personen tas inte med som justerare`,
      `"${a.text}" is the adjuster's alternate; there is no such role, and the person is not taken as an adjuster`,
    ),
  'participant-column-unknown': (a: { names: string }) =>
    label(
      `${a.names}: det går inte att avgöra under vilken rubrik (ledamöter, ersättare …) de står; de får bara de roller rubrikerna delar, och den som då saknar roll tas inte med bland deltagarna`,
      `${a.names}: which of the labels (members, substitutes …) they stand under cannot be told; they get only the roles the labels share, and whoever is left with no role is not listed as a participant`,
    ),
  'party-unknown': (a: { name: string }) =>
    label(
      `${a.name}: partiet är skrivet "(?)" och lämnas okänt`,
      `${a.name}: the party is written "(?)", so it is left unknown`,
    ),
  'attendance-row-unsure': (a: { text: string }) =>
    label(
      `raden "${a.text}" i närvarotabellen passar inte tabellens kolumner; personen på den tas inte med`,
      `the attendance table's row "${a.text}" does not fit the table's columns; its person is not listed`,
    ),
  'attendance-table-flattened': (a: { text: string }) =>
    label(
      `närvarotabellen under "${a.text}" har sina rader på en och samma rad, så var en rad slutar går inte att avgöra; ingen i den tas med`,
      `the attendance table under "${a.text}" has its rows run together on one line, so where a row ends cannot be told; no one in it is listed`,
    ),
  'person-unreadable': (a: { text: string }) =>
    label(`det går inte att läsa någon person i "${a.text}"`, `cannot read a person in "${a.text}"`),
  'no-person': (a: { text: string }) =>
    label(`ingen person kunde läsas i "${a.text}"`, `no person read in "${a.text}"`),
  'time-gap': (a: { place: TimePlace; time: string; date: string }) => {
    const what = timePlace(a.place, a.date);
    return label(
      `${what.sv}: ${a.time} den ${a.date} finns inte i svensk tid (klockan ställs fram från 02:00 till 03:00 den natten); behålls som det står`,
      `${what.en}: ${a.time} on ${a.date} does not exist in Swedish time (the clocks go from 02:00 to 03:00 that night); kept as written`,
    );
  },
  'time-overlap': (a: { place: TimePlace; time: string; date: string }) => {
    const what = timePlace(a.place, a.date);
    return label(
      `${what.sv}: ${a.time} den ${a.date} inträffar två gånger i svensk tid (klockan ställs tillbaka från 03:00 till 02:00 den natten); kalendrar visar den första`,
      `${what.en}: ${a.time} on ${a.date} happens twice in Swedish time (the clocks go back from 03:00 to 02:00 that night); calendars show the first`,
    );
  },

  // Programmes.
  'programme-no-date': (_: None) => label('programmet anger inte sitt datum', 'the programme does not state its date'),
  'programme-row-before-area': (_: None) =>
    label(
      'en tabellrad före första delområdet ("Delområde"); läggs under "Övrigt"',
      'a table row before any area ("Delområde"); put under "Övrigt"',
    ),
  'programme-no-areas': (_: None) =>
    label('inga delområden ("Delområde") hittades i programmet', 'no areas ("Delområde") found in the programme'),
  'programme-unknown-status': (a: { name: string; status: string }) =>
    label(
      `${a.name}: okänd status "${a.status}"; behålls i kommentaren`,
      `${a.name}: unknown status "${a.status}"; kept in the notes`,
    ),
  'programme-status-from-notes': (a: { name: string; status: string }) =>
    label(
      `${a.name}: status "${a.status}" lästes ur kommentarskolumnen (statuskolumnen är tom)`,
      `${a.name}: status "${a.status}" read from the notes column (the status column is empty)`,
    ),

  // Schedules (sammanträdesplaner).
  'schedule-page-no-dates': (_: None) =>
    label(
      'en sida med sammanträdesplan, men inget sammanträdesdatum på den gick att läsa',
      'a schedule page, but no meeting date on it could be read',
    ),
  'schedule-no-year': (a: { paragraph?: number }) => {
    const where = a.paragraph !== undefined ? `§ ${a.paragraph}: ` : '';
    return label(
      `${where}sammanträdesplanens datum anger inget år och inget runt dem gör det; planen tas inte med`,
      `${where}the schedule's dates give no year and nothing around them does; the schedule is left out`,
    );
  },
  'schedule-list-runs-on': (a: { day: number; month: string; next: number }) =>
    label(
      `${a.day} ${a.month} kommer före datumet ovanför: listan kan fortsätta in i ${a.next}, vilket sidan inte säger; resten av listan tas inte med`,
      `${a.day} ${a.month} comes before the date above it: the list may run into ${a.next}, which the page does not say; the rest of the list is left out`,
    ),
  'schedule-not-a-date': (a: { day: number; month: number; year: number }) =>
    label(
      `${a.day}/${a.month} ${a.year} är inget datum; tas inte med`,
      `${a.day}/${a.month} ${a.year} is not a date; left out`,
    ),
  'schedule-dates-without-year': (a: { count: number }) =>
    label(
      a.count === 1
        ? 'ett datum saknar årtal och ingen rubrik ovanför anger något; tas inte med'
        : `${a.count} datum saknar årtal och ingen rubrik ovanför anger något; tas inte med`,
      `${a.count === 1 ? 'a date' : `${a.count} dates`} without a year, and no heading above ${a.count === 1 ? 'it states' : 'them states'} one; left out`,
    ),
  'schedule-span': (a: { from: string; to?: string }) =>
    label(
      `${a.from}${a.to ? ` till ${a.to}` : ''} är en period av flera dagar, inte ett sammanträde; tas inte med`,
      `${a.from}${a.to ? ` to ${a.to}` : ''} is a span of days, not a meeting; left out`,
    ),
  'schedule-two-weekdays': (a: { date: string }) =>
    label(`två veckodagar står vid ${a.date}; tas inte med`, `two weekdays are written beside ${a.date}; left out`),
  'schedule-change-no-meeting': (a: { date: string; moved: boolean }) =>
    label(
      `texten säger att sammanträdet ${a.date} ${a.moved ? 'flyttas' : 'ställs in'}, men inget listat sammanträde ligger den dagen`,
      `the text says the meeting of ${a.date} is ${a.moved ? 'moved' : 'cancelled'}, but no listed meeting is on that day`,
    ),
  'schedule-change-whose': (a: { date: string; moved: boolean }) =>
    label(
      `texten säger att ett sammanträde ${a.date} ${a.moved ? 'flyttas' : 'ställs in'}, men inte vilket organs; datumen står kvar som de listas`,
      `the text says a meeting of ${a.date} is ${a.moved ? 'moved' : 'cancelled'}, but not whose; the dates stay as listed`,
    ),
  'schedule-times-unsure': (a: { sentence: string }) =>
    label(
      `"${a.sentence}" ger en annan tid än den texten anger för sammanträdena i övrigt, men inte säkert för vilka; ingen sådan tid sätts`,
      `"${a.sentence}" gives another hour than the text states for the meetings otherwise, but not surely for which; no such hour is set`,
    ),
  'schedule-change-unclear': (a: { sentence: string }) =>
    label(
      `"${a.sentence}" verkar ändra ett sammanträde, men vilket och hur går inte att läsa; datumen står kvar som de listas`,
      `"${a.sentence}" seems to change a meeting, but which one and how cannot be read; the dates stay as listed`,
    ),
  'schedule-dates-after-heading': (a: { text: string; line: number }) =>
    label(
      `datum efter "${a.text}" (rad ${a.line}) står inte under någon rubrik för sammanträdesdatum; tas inte med`,
      `dates after "${a.text}" (line ${a.line}) are under no heading of meeting dates; left out`,
    ),
  'schedule-body-unclear': (a: { text: string; line: number }) =>
    label(
      `efter "${a.text}" (rad ${a.line}) är det oklart vilket organ datumen gäller; de behålls utan organ`,
      `after "${a.text}" (line ${a.line}) it is unclear which body the dates are for; they are kept without a body`,
    ),
  'schedule-not-meetings': (a: { text: string; reason: string }) =>
    label(
      `datumen i "${a.text}" är inte sammanträden ("${a.reason}"); tas inte med`,
      `the dates of "${a.text}" are not meetings ("${a.reason}"); left out`,
    ),
  'schedule-row-ambiguous': (a: { text: string; body?: string }) =>
    label(
      `datumen i "${a.text}" tas inte med: ${a.body !== undefined ? `raden nämner ett annat organ än ${a.body}` : 'raden anger också sista dagar'}, och vilket datum som är vilket går inte att avgöra`,
      `the dates of "${a.text}" are left out: ${a.body !== undefined ? `it names another body than ${a.body}` : 'it names deadlines as well'}, and which date is whose cannot be told`,
    ),
  'schedule-deadlines': (a: { heading: string; line: number }) =>
    label(
      `under "${a.heading}" (rad ${a.line}) kan datumen vara sista dagar snarare än sammanträden; tas inte med`,
      `under "${a.heading}" (line ${a.line}) the dates may be deadlines rather than meetings; left out`,
    ),
  'schedule-times-below': (a: { count: number; total: number }) =>
    label(
      `${a.count} av ${a.total} datum i en lista har en tid på raden under; tiderna används inte`,
      `${a.count} of ${a.total} dates of a list have a time on the line under them; the times are not used`,
    ),
  'table-cells-under-months': (a: {
    row?: string;
    table?: boolean;
    cells: number;
    months: number;
    first: string;
    last: string;
  }) => {
    const what = a.table
      ? label('tabellen', 'the table')
      : label(a.row !== undefined ? `raden för ${a.row}` : 'tabellens rad', `the row of ${a.row ?? 'the table'}`);
    const c = cells(a.cells);
    return label(
      `${what.sv} har ${a.cells} ${c.sv} under ${a.months} månader (${a.first}–${a.last}): vilken månad varje datum hör till går inte att avgöra, så de tas inte med`,
      `${what.en} has ${a.cells} ${c.en} under ${a.months} months (${a.first}–${a.last}): which month each date is in cannot be told, so they are left out`,
    );
  },
  'table-not-a-day': (a: { text: string; month: string }) =>
    label(
      `"${a.text}" under ${a.month} är ingen dag i månaden (två datum ihopskrivna?); tas inte med`,
      `"${a.text}" under ${a.month} is not a day of the month (two dates run together?); left out`,
    ),
  'table-cells-under-columns': (a: { cells: number; columns: number; names: string }) => {
    const c = cells(a.cells);
    return label(
      `en rad med ${a.cells} ${c.sv} under ${a.columns} kolumner (${a.names}): härifrån går det inte att avgöra vilket organ varje datum gäller; datumen behålls utan organ`,
      `a row with ${a.cells} ${c.en} under ${a.columns} columns (${a.names}): from here on it cannot be told which body each date is for; the dates are kept without a body`,
    );
  },
  'table-cells-under-bodies': (a: { month: string; cells: number; bodies: number; names: string }) => {
    const c = cells(a.cells);
    return label(
      `raden för ${a.month} har ${a.cells} ${c.sv} under ${a.bodies} organ (${a.names}): vilket organ varje datum gäller går inte att avgöra, så de tas inte med`,
      `the row of ${a.month} has ${a.cells} ${c.en} under ${a.bodies} bodies (${a.names}): it cannot be told which body each date is for, so they are left out`,
    );
  },

  // Making records of what was read.
  'record-invalid': (a: { record: RecordWord; year?: number; path: string; issue: string }) => {
    const year = a.year !== undefined ? ` for ${a.year}` : '';
    return label(
      `${RECORD[a.record].sv}${year} som skapas ur handlingen är ogiltig: ${a.path} ${a.issue}`.trim(),
      `the ${RECORD[a.record].en}${year} made from this document is not valid: ${a.path} ${a.issue}`.trim(),
    );
  },
  'paragraph-left-out': (a: { number?: number; title?: string }) => {
    const what = a.number !== undefined ? `§ ${a.number}` : `"${a.title ?? ''}"`;
    return label(
      `${what} tas inte med i arkivet: handlingen anger ${a.number === undefined ? 'inget paragrafnummer' : 'ingen rubrik'}`,
      `${what} is left out of the archive: the document does not give its ${a.number === undefined ? 'number' : 'title'}`,
    );
  },
  'body-from-title': (a: { title: string }) =>
    label(
      `organet får sitt namn från handlingens rubrik, "${a.title}"`,
      `the body is named after the document's title, "${a.title}"`,
    ),
  'no-body': (_: None) =>
    label(
      'handlingen anger inte vilket organ den gäller; ange organet vid importen',
      'the document does not name its body; name it when importing',
    ),
  'no-legal-form': (a: { name: string }) =>
    label(
      `handlingen säger inte vilken sorts organ ${a.name} är enligt lag (kommun, region, kommunalförbund, gemensam nämnd, ekonomisk förening); Kommunallagens frister räknas när organets legalForm är angiven`,
      `the document does not say what kind of body ${a.name} is in law (kommun, region, kommunalförbund, gemensam nämnd, ekonomisk förening); Kommunallagen's deadlines are counted once the body's legalForm is set`,
    ),
  'nothing-to-import': (_: None) =>
    label(
      'varken protokoll, protokollsutdrag, kallelse eller program; inget att importera',
      'not minutes, an extract, an agenda or a programme; nothing to import',
    ),
  'meeting-unnamed': (_: None) =>
    label(
      'sammanträdet har varken datum eller paragrafnummer att namnges efter; ange datumet vid importen',
      'the meeting has no date and no paragraph range to name it by; give its date when importing',
    ),
  'schedule-second': (a: { year: number; paragraph?: number }) =>
    label(
      `en andra sammanträdesplan för ${a.year} (§ ${a.paragraph ?? '?'}) tas inte med`,
      `a second schedule for ${a.year} (§ ${a.paragraph ?? '?'}) is left out`,
    ),
  'schedule-date-other-year': (a: { date: string; year: number }) =>
    label(
      `${a.date} står i sammanträdesplanen för ${a.year} men ligger ett annat år; datumet tas inte med`,
      `${a.date} stands in the schedule for ${a.year} but falls in another year; the date is left out`,
    ),
  'schedule-body-option-unused': (_: None) =>
    label(
      'sidan anger organet för varje sammanträdesplan; --body används inte',
      'the page names the body of each schedule; --body is not used',
    ),
  'schedule-dates-without-body': (a: { count: number; year: number }) =>
    label(
      `${a.count} datum för ${a.year} som sidan inte anger organ för importeras inte`,
      `${a.count} date${a.count === 1 ? '' : 's'} of ${a.year} whose body the page does not say ${a.count === 1 ? 'is' : 'are'} not imported`,
    ),
  'schedule-no-body': (_: None) =>
    label(
      'sammanträdesplanen anger inte sitt organ; ange ett (--body NAMN)',
      'the schedule page does not name its body; give one (--body NAME)',
    ),
  'schedule-nothing-read': (_: None) =>
    label(
      'inget sammanträdesdatum på sidan gick att läsa; inget att importera',
      'no meeting date on the schedule page could be read; nothing to import',
    ),
  'rules-not-decided': (a: { kind: string }) =>
    label(
      'reglerna som handlingen anger saknar startdatum (den protokollför inget beslut om dem); de används inte för frister',
      `the rules this ${a.kind} states have no start date (it records no decision of them); they are not used for deadlines`,
    ),
} satisfies Record<string, (args: never) => Label>;
