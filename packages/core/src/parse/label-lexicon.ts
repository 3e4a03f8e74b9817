import type { Role } from '../model/participant.js';

/**
 * The labels of Swedish minutes, agendas and notices (anslag), with the variants, abbreviations and
 * wrapped forms real documents print. Each label says what its value holds, so a reader can pair labels
 * with values even when a two-column page was flattened with all its labels first.
 */

/** What a label's value holds. */
export type LabelKey =
  /** Date, time and place together ("Plats och tid"). */
  | 'when-where'
  /** A date, sometimes with a time ("Sammanträdesdatum"). */
  | 'date'
  /** A time ("Tid", "Klockan"). */
  | 'time'
  /** A place ("Plats", "Lokal"). */
  | 'place'
  /** The paragraphs the minutes cover ("Paragrafer 102-119"). */
  | 'range'
  /** A list of people with the label's roles ("Beslutande", "Övriga närvarande"). */
  | 'people'
  /** Who adjusts the minutes ("Utses att justera"). */
  | 'adjusters'
  /** The adjustment's place and time ("Justeringens plats och tid"). */
  | 'adjustment'
  /** The signatures block ("Underskrifter"); its role labels follow. */
  | 'signatures'
  /** A signature role in that block ("Sekreterare", "Ordförande", "Justerande"): one or two names. */
  | 'signature'
  /** The notice block ("ANSLAG/BEVIS"). */
  | 'notice'
  /** The body the notice is of ("Organ", "Nämnd/Styrelse"). */
  | 'organ'
  /** The day the notice goes up. */
  | 'notice-up'
  /** The day the notice comes down. */
  | 'notice-down'
  /** Both ("Tid för anslag 2019-02-05 – 2019-02-27"). */
  | 'notice-span'
  /** Where the minutes are kept ("Förvaringsplats för protokollet"). */
  | 'storage'
  /** Who signs the notice ("Underskrift"). */
  | 'signer'
  /** The last day of appeal as stated. */
  | 'appeal'
  /** The next meeting. */
  | 'next'
  /** "Justerat 7 december Anna Berg Per Ek": who adjusted (signed) the minutes, with the day. */
  | 'adjusted'
  /** A label whose value is not a fact of the meeting ("Utdragsbestyrkande", "Justerandes signatur"). */
  | 'none';

/** One label of the lexicon. */
export interface LabelDef {
  key: LabelKey;
  /** The label's words; a space stands for any run of spaces or line breaks. Matched case-insensitively. */
  words: readonly string[];
  /** For `people`, `adjusters` and `signature`: the roles of the people in its value. */
  roles?: readonly Role[];
  /**
   * A single common word ("Plats", "Organ", "Ersättare") is a label only when written with a capital
   * letter (or followed by a colon), and not right after a comma (", Ordförande" describes a person).
   */
  plain?: boolean;
  /** A fragment a PDF copy left of a label ("ande" of "Beslutande"): a label wherever it stands as a word. */
  fragment?: boolean;
  /**
   * A label only with a colon after it ("Justeras: Anna Berg"): without one the word is a signature line's
   * caption, over signatures and names that need not be the adjusters.
   */
  colon?: boolean;
  /**
   * A label only where it opens a line or is written with a capital (with `colon`: "Dag: …" at a line's start
   * or on a flattened page, not "sista dag: …").
   */
  lineStart?: boolean;
  /**
   * A label only with a colon after it ("Vice ordförande: Mona Ek") or alone on its line over its value: before a
   * name on its line ("Vice ordförande Olof Sten (M)" in a list) or after one ("Lars Ek  M  Vice ordförande", a
   * table's cell), the words are that person's.
   */
  ownLine?: boolean;
}

const people = (roles: Role[], ...words: string[]): LabelDef => ({ key: 'people', words, roles });

/** The lexicon. Longer labels are tried before shorter ones, so "Tid och plats för justering" beats "Tid och plats". */
export const LABELS: readonly LabelDef[] = [
  {
    key: 'when-where',
    words: [
      'plats och tid',
      'tid och plats',
      'datum, tid och plats',
      'datum, plats och tid',
      'datum och tid',
      'tid och datum',
      'datum, tid',
      'sammanträdesdatum och tid',
      'plats, datum och tid',
      'plats och datum',
    ],
  },
  { key: 'date', words: ['sammanträdesdatum', 'sammanträdesdag', 'mötesdatum', 'datum för sammanträdet'] },
  { key: 'date', words: ['datum'], plain: true },
  // "Sammanträde: 2026-03-03, kl. 13.15": the meeting's day and hour. Only with a colon, and opening a line or
  // with a capital: the words open sentences ("Sammanträde med kommunstyrelsen", "Dag Persson") and end
  // other labels ("Inför möte:", "sista dag:", whose dates are no meeting's).
  { key: 'date', words: ['sammanträde', 'möte', 'mötesdag', 'dag och tid', 'dag'], colon: true, lineStart: true },
  { key: 'time', words: ['tid', 'klockslag', 'klockan', 'mötestid', 'sammanträdestid'], plain: true },
  { key: 'place', words: ['plats', 'lokal', 'mötesplats', 'sammanträdesplats', 'sammanträdeslokal'], plain: true },
  {
    key: 'range',
    words: ['paragrafer', 'paragraf', 'justerade paragrafer', 'paragrafnummer', 'protokollet omfattar'],
  },
  people(
    ['member'],
    'beslutande',
    'beslutande ledamöter',
    'närvarande ledamöter',
    'ordinarie ledamöter',
    'deltagare',
    'ledamöter som deltar',
    'närvarande beslutande',
  ),
  { ...people(['member'], 'ledamöter', 'närvarande'), plain: true },
  // A council's sides ("Från kommunen:", "Närvarande från föreningarna:"), only with the colon: the words also
  // open sentences.
  {
    ...people(
      ['member'],
      'från kommunen',
      'från regionen',
      'från föreningarna',
      'från organisationerna',
      'närvarande från kommunen',
      'närvarande från regionen',
      'närvarande från föreningarna',
      'närvarande från organisationerna',
    ),
    colon: true,
  },
  { ...people(['member'], 'ande'), fragment: true },
  people(['member', 'substitute'], 'tjänstgörande ersättare', 'tjänstgörande ersättare och ledamöter'),
  people(
    ['substitute'],
    'ej tjänstgörande ersättare',
    'icke tjänstgörande ersättare',
    'närvarande ersättare',
    'närvarande, ej tjänstgörande ersättare',
    'övriga ersättare',
    'inkallad ersättare',
  ),
  { ...people(['substitute'], 'ersättare'), plain: true },
  people(
    ['other'],
    'övriga närvarande',
    'övriga deltagande',
    'övriga deltagare',
    'närvarande tjänstemän',
    'närvarande tjänstepersoner',
    'övriga närvarande tjänstepersoner',
    // "Dessutom närvarande: Anna Berg, förvaltningschef": those present besides the members.
    'dessutom närvarande',
    'därutöver närvarande',
    'vidare närvarande',
    'även närvarande',
    'närvarande övriga',
    'övriga mötesdeltagare',
    'personalföreträdare',
    'fackliga organisationer',
    'fackliga företrädare',
  ),
  { ...people(['other'], 'övriga', 'tjänstemän', 'tjänstepersoner', 'adjungerade', 'inbjudna', 'övrig'), plain: true },
  people(
    ['absent'],
    'ej närvarande',
    'frånvarande',
    'anmält förhinder',
    'anmält frånvaro',
    'förhindrad ledamot',
    // "Frånvarande ledamöter": one label, not "Frånvarande" and a list of members after it.
    'frånvarande ledamöter',
    'frånvarande ledamot',
    'ej närvarande ledamöter',
    'frånvarande ersättare',
    'ej närvarande ersättare',
    'förhindrade ledamöter',
  ),
  {
    key: 'adjusters',
    words: ['utses att justera', 'utsedd att justera', 'utsedda att justera', 'justerare', 'protokollsjusterare'],
    roles: ['adjuster'],
  },
  // "Justeras: Sten Alm": the adjusters ("protokollet justeras" is prose).
  { key: 'adjusters', words: ['justeras'], roles: ['adjuster'], colon: true },
  {
    key: 'adjustment',
    words: [
      'justeringens plats och tid',
      'justeringens tid och plats',
      'justeringens plats och datum',
      'justeringens plats',
      'tid och plats för justering',
      'plats och tid för justering',
      'plats och tid justering',
      'tid och plats för justeringen',
      'tid för justering',
      'justeringsdatum',
      'justeringens datum',
      'justeringsdag',
      'dag för justering',
      'datum för justering',
      'justeringstid',
      'justeringsplats',
      'plats för justering',
    ],
  },
  { key: 'adjusted', words: ['justerat'], plain: true },
  { key: 'adjustment', words: ['justering'], plain: true },
  {
    key: 'signatures',
    words: ['underskrifter', 'under- skrifter', 'underskrift av', 'justeras av', 'justerat av', 'justerad av'],
  },
  // "Sekr. Petra Lund", "Ordf. Lars Eklund": the abbreviations, with their full stop (without it, "ordf" is
  // a list's word after a name).
  {
    key: 'signature',
    words: ['sekreterare', 'protokollförare', 'vid protokollet', 'sekr.'],
    roles: ['secretary'],
    plain: true,
  },
  { key: 'signature', words: ['ordförande', 'ordf.'], roles: ['chair'], plain: true },
  // "Vice ordförande: Mona Ek (S)": a label of its own, or its "ordförande" would make her the chair.
  {
    key: 'signature',
    words: ['vice ordförande', 'förste vice ordförande', 'andre vice ordförande', 'vice ordf.'],
    roles: ['vice-chair'],
    plain: true,
    ownLine: true,
  },
  { key: 'signature', words: ['justerande'], roles: ['adjuster'], plain: true },
  {
    key: 'notice',
    words: [
      'anslag/bevis',
      'anslag / bevis',
      'anslagsbevis',
      'bevis om anslag',
      'bevis om justering',
      'bevis',
      'anslag',
    ],
    plain: true,
  },
  { key: 'organ', words: ['nämnd/styrelse', 'beslutsinstans', 'organ', 'nämnd'], plain: true },
  {
    key: 'notice-up',
    words: [
      'datum för anslags uppsättande',
      'datum för anslagets uppsättande',
      'datum då anslaget sätts upp',
      'datum då anslaget sattes upp',
      'anslaget sätts upp',
      'anslaget har satts upp',
      'anslags uppsättande',
      'anslagets uppsättande',
      'anslag sätts upp',
      'datum för anslag',
      'anslaget uppsatt',
      'anslaget uppsatt den',
      'anslaget publicerat',
      'anslaget publicerades',
      'anslagsdatum',
      'datum för uppsättande',
      // The day the adjustment was announced on the notice board: the notice's, not the adjustment's.
      'tillkännagivande av justering',
      'tillkännagivande om justering',
      'justeringen tillkännagiven',
      'justeringen tillkännagavs',
    ],
  },
  {
    key: 'notice-down',
    words: [
      'datum för anslags nedtagande',
      'datum för anslagets nedtagande',
      'datum då anslaget tas ned',
      'datum då anslaget tas ner',
      'anslaget tas ned',
      'anslaget tas ner efter',
      'anslaget tas ner',
      'anslags nedtagande',
      'anslagets nedtagande',
      'anslag tas ned',
      'anslaget nedtas',
      'anslaget nedtages',
      'anslaget nedtaget',
      'datum för nedtagande',
      'nedtagningsdatum',
    ],
  },
  { key: 'notice-span', words: ['tid för anslag', 'anslagsperiod'] },
  {
    key: 'storage',
    words: [
      'förvaringsplats för protokollet',
      'förvaringsplats av protokollet',
      'förvaringsplats för protokoll',
      'protokollets förvaring',
      'protokollet förvaras',
      'protokollet finns hos',
      'förvaringsplats',
    ],
  },
  { key: 'signer', words: ['underskrift'], plain: true },
  {
    key: 'appeal',
    words: ['sista dag för överklagande', 'sista dag att överklaga', 'överklagandetiden går ut', 'överklagandetid'],
  },
  { key: 'next', words: ['nästa möte', 'nästa sammanträde', 'nästa träff'] },
  { key: 'none', words: ['utdragsbestyrkande', 'justerandes signatur', 'justerandes sign', 'justerandes signaturer'] },
  // The column heads of an agenda's table of items ("Nr Ärende Dnr"): they end the value before them.
  {
    key: 'none',
    words: [
      'nr ärende dnr',
      'nr ärende diarienummer',
      'nr ärende föredragande',
      'nr ärende',
      'nr ärenden',
      'ärende dnr',
      'ärenden dnr',
      'ärende diarienummer',
      'ärende föredragande',
      // An officer's column last, as paragraphs.ts's PRESENTER_COLUMN_HEAD reads it for the titles.
      'nr ärende handläggare',
      'nr ärende ansvarig',
      'ärende handläggare',
      'ärende ansvarig',
      'ärende dnr handläggare',
      'punkt ärende',
    ],
    plain: true,
  },
  // The column heads of an attendance table ("Namn  Parti  Närvarande  Ersättare för"): the same.
  // The whole row where its other heads are people's words ("Ersättare för" would be a label of substitutes).
  {
    key: 'none',
    words: [
      'namn parti',
      'namn | parti',
      'namn | parti | närvarande',
      'namn | parti | närvarande | ersättare för',
      'namn | parti | ersättare för',
      'namn, parti',
      'namn och parti',
      'namn (parti)',
      'namn parti närvarande',
      'namn parti närvarande ersättare för',
      'namn parti närvarande tjänstgör för',
      'namn parti ersättare för',
      'namn parti tjänstgör för',
      'namn parti ersätter',
      'namn parti roll',
      'namn parti funktion',
      'namn parti uppdrag',
    ],
    plain: true,
  },
  // A notice's sentence about who is called: "Förhinder anmäls till …", "Vid förhinder meddela …",
  // "Ledamöter kallas". Those it names are no participants, and it ends the value before it (a flattened
  // page's place).
  {
    key: 'none',
    words: [
      'förhinder anmäls',
      'förhinder anmäles',
      'förhinder meddelas',
      'vid förhinder',
      'eventuella förhinder',
      'eventuellt förhinder',
      // Who the notice calls ("Ordinarie ledamöter kallas. Ersättare för kännedom."): no list of who took part.
      'ordinarie ledamöter kallas',
      'ledamöter kallas',
      'ledamöterna kallas',
      'ersättare kallas',
      'ersättarna kallas',
      'ersättare för kännedom',
      'ersättare för information',
    ],
    plain: true,
  },
  // A line of the attachments ("Bilagor: 1. Budget 2027"): no fact of the meeting, and it ends the value
  // before it (a place would take in the attachments' names and dates). Only with a colon, opening a line or
  // capitalised: "bilaga 3" in a sentence or a place is no label.
  { key: 'none', words: ['bilaga', 'bilagor', 'bilagor till protokollet'], colon: true, lineStart: true },
  // What is left of labels wrapped over two columns ("Datum för anslags Datum för anslags uppsättande nedtagande").
  { key: 'none', words: ['datum för anslags', 'datum för', 'uppsättande', 'nedtagande'], fragment: true },
];

/** A label found in a text. */
export interface FoundLabel {
  def: LabelDef;
  /** The label as written. */
  text: string;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function source(words: string): string {
  return words
    .split(' ')
    .map((w) => (w === '-' ? '-' : escapeRegExp(w)))
    .join('\\s+')
    .replace(/-\\s\+/g, '-\\s*');
}

const ALL = LABELS.flatMap((def) => def.words.map((w) => ({ def, w }))).sort((a, b) => b.w.length - a.w.length);
const BY_SOURCE = new Map<string, LabelDef>(ALL.map(({ def, w }) => [w.replace(/\s+/g, ' '), def]));
// One alternation, longest first; the look-ahead keeps it to whole words. It is tried only where a word starts
// with two letters some label starts with (LABEL_START, the same flags, so the same case folding), and then only
// with the labels that start with that letter (LABEL_AT_LETTER, kept per letter):
// an alternative whose first letters are others fails there anyway, so the first match is the same, but the
// engine no longer tries the hundreds of them at every word.
const classOf = (c: string) => c.replace(/[\]\\^-]/g, '\\$&');
// Each first letter with the second letters of its labels ("t" with "i", "j"; "p" with "l", "a", "r", …). Every
// label's first two characters are letters, written as they are matched: no space, no hyphen (nextLabel tries
// a label only where a letter starts a word).
const secondLetters = new Map<string, Set<string>>();
for (const { w } of ALL) {
  const seconds = secondLetters.get(w.charAt(0)) ?? new Set<string>();
  seconds.add(w.charAt(1));
  secondLetters.set(w.charAt(0), seconds);
}
/**
 * The first two letters of some label, tried (sticky) only where a word starts: a letter with no letter,
 * digit or § before it (see {@link nextLabel}). Each class matches one BMP code point (the labels' letters
 * and their case variants, with the same case folding as the labels' own patterns).
 */
const LABEL_START = new RegExp(
  `(?:${[...secondLetters].map(([first, seconds]) => `[${classOf(first)}][${[...seconds].map(classOf).join('')}]`).join('|')})`,
  'iuy',
);

/** A letter, digit or § at the sticky position, as one code point (an astral letter is one). */
const WORD_CHAR_AT = /[\p{L}\p{N}§]/uy;
// The same for the code units of Latin text, looked up: most characters of a Swedish text are among them.
const LATIN_END = 0x250;
const LATIN_WORD = new Uint8Array(LATIN_END);
for (let c = 0; c < LATIN_END; c++) LATIN_WORD[c] = /^[\p{L}\p{N}§]$/u.test(String.fromCharCode(c)) ? 1 : 0;

/** Code units taken by the code point at `i` when it is a letter, digit or § (1 or 2); 0 when it is not. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < LATIN_END) return LATIN_WORD[c] as number;
  WORD_CHAR_AT.lastIndex = i;
  return WORD_CHAR_AT.test(text) ? WORD_CHAR_AT.lastIndex - i : 0;
}

// A word longer than this is no label's start: the walk looks for its end with a search (a long token or a
// line of glued words is read at the engine's speed, not a character at a time).
const LONG_WORD = 40;
const NOT_WORD_CHAR = /[^\p{L}\p{N}§]/gu;
const isLeadSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isTrailSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether the code point that ends right before `i` is a letter, digit or § (a whole surrogate pair counts). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < LATIN_END) return LATIN_WORD[c] === 1;
  const pair = isTrailSurrogate(c) && i >= 2 && isLeadSurrogate(text.charCodeAt(i - 2));
  return wordCharAt(text, pair ? i - 2 : i - 1) > 0;
}

const LABEL_AT_LETTER = new Map<string, RegExp>();

/** The alternation of the labels whose first letter matches `letter` (as LABEL_START's class matches it). */
function labelAt(letter: string): RegExp {
  let re = LABEL_AT_LETTER.get(letter);
  if (re === undefined) {
    const alternatives = ALL.filter(({ w }) => new RegExp(`^[${classOf(w.charAt(0))}]$`, 'iu').test(letter));
    // Sticky, and tried only where LABEL_START matched: the word starts there, so the look-behind that
    // the whole alternation had (no letter, digit or § before) holds already and is not run again.
    re = new RegExp(`(?:${alternatives.map(({ w }) => source(w)).join('|')})`, 'iuy');
    // A hostile text cannot grow the map: LABEL_START only finds the labels' own first letters and their cases.
    LABEL_AT_LETTER.set(letter, re);
  }
  return re;
}

/**
 * The next label's words at or after `from`: what one search of the whole alternation behind a look-behind
 * (no letter, digit or § before) would find, as where it starts and its words as written. The text is walked
 * once, code unit by code unit (a table for Latin letters): a search with a look-behind, or with the label
 * alternation at every position, costs the engine a try at every character, and most characters are inside
 * words. Where a word starts, its first two letters are tried against the labels' (LABEL_START), then the
 * labels with that first letter; both are tested, not executed: most candidates are no label, and a test
 * makes no match object for them.
 * @internal exported for its property test.
 */
export function nextLabel(text: string, from: number): { index: number; written: string } | null {
  let before = wordCharBefore(text, from);
  // Characters of the word the walk is in: past LONG_WORD, the rest of the word is skipped by a search.
  let run = 0;
  for (let i = from; i < text.length; ) {
    // The table's look-up in the loop itself: this runs for every character of a head up to a long word.
    const c = text.charCodeAt(i);
    const width = c < LATIN_END ? (LATIN_WORD[c] as number) : wordCharAt(text, i);
    if (width > 0 && !before) {
      LABEL_START.lastIndex = i;
      if (LABEL_START.test(text)) {
        const at = labelAt(text[i] as string);
        at.lastIndex = i;
        if (at.test(text)) return { index: i, written: text.slice(i, at.lastIndex) };
      }
    }
    before = width > 0;
    i += Math.max(width, 1);
    run = before ? run + 1 : 0;
    if (run > LONG_WORD) {
      // No label starts inside a word: on to the first character that is no letter, digit or §.
      NOT_WORD_CHAR.lastIndex = i;
      if (!NOT_WORD_CHAR.test(text)) return null;
      i = NOT_WORD_CHAR.lastIndex - 1;
      // The character found is one code unit or a surrogate pair (an astral symbol that is no letter).
      if (i > 0 && isTrailSurrogate(text.charCodeAt(i)) && isLeadSurrogate(text.charCodeAt(i - 1))) i--;
      before = false;
      run = 0;
    }
  }
  return null;
}

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/- /g, '- ').trim();

/** A label as written, with what the checks of {@link findLabels} ask of its words alone. */
interface Written {
  def: LabelDef;
  /** Its words with each run of white space as one space. */
  text: string;
  /** It starts with a capital. */
  capital: boolean;
  /** It ends with a lower-case letter. */
  lowerEnd: boolean;
  /** It holds white space (more than one word). */
  words: boolean;
  /** It is a word a list also uses of one person ({@link ROLE_WORD_LABEL}). */
  roleWord: boolean;
}

// The label each written form stands for, and what its words say, remembered: a head writes the same few
// labels again and again, and each is checked the same way each time.
const writtenForms = new Map<string, Written | undefined>();
function writtenOf(written: string): Written | undefined {
  if (writtenForms.has(written)) return writtenForms.get(written);
  const def = BY_SOURCE.get(key(written)) ?? BY_SOURCE.get(key(written).replace(/-\s*/g, '- '));
  const form = def && {
    def,
    text: written.replace(/\s+/g, ' '),
    capital: /^\p{Lu}/u.test(written),
    lowerEnd: /\p{Ll}$/u.test(written),
    words: /\s/.test(written),
    roleWord: ROLE_WORD_LABEL.test(written),
  };
  if (writtenForms.size >= 1000) writtenForms.clear();
  writtenForms.set(written, form);
  return form;
}

/**
 * Every label in a text, in order, wherever it stands: at the start of a line, after its value's
 * neighbour on a flattened page, or wrapped over two lines ("Justeringens\nplats och tid"). A plain
 * word is a label only when capitalised (or followed by a colon) and not right after a comma.
 * With a `limit`, it stops reading once it has found more labels than that: the caller cuts its text at
 * the label that went over (the list then holds every label before it, and that one).
 */
export function findLabels(text: string, limit = Number.POSITIVE_INFINITY): FoundLabel[] {
  const found: FoundLabel[] = [];
  for (
    let m = nextLabel(text, 0);
    m !== null && found.length <= limit;
    m = nextLabel(text, m.index + m.written.length)
  ) {
    const written = m.written;
    const form = writtenOf(written);
    if (!form) continue;
    const { def, capital } = form;
    const start = m.index;
    const end = start + written.length;
    // A value glued to its label ("justeraIsabel", "Paragrafer12") follows a lower-case ending; after an
    // upper-case ending, a capital letter continues the same word ("TIDNING").
    const next = text[end] ?? '';
    if (/^\p{Ll}/u.test(next) || (/^\p{N}/u.test(next) === false && /^\p{Lu}/u.test(next) && !form.lowerEnd)) continue;
    const after = text.slice(end, end + 2);
    const colon = /^\s?[:;]/.test(after);
    // "Anna Berg (S), ordförande; Per Ek (M)": a semicolon after a lower-case role word ends an entry of a
    // list; it opens a value only after a label written as one.
    const ends = colon && (capital || !/^\s?;/.test(after));
    const before = text.slice(Math.max(0, start - 3), start);
    // ", ej tjänstgörande ersättare", ", Ordförande": after a comma, words describe the person before.
    const personal = def.key === 'people' || def.key === 'signature' || def.key === 'adjusters';
    // After a person's name and comma ("Anna Berg (M), Ordförande"), not after a place ("Gefle vapen, Sekreterare").
    if (personal && form.roleWord && !ends && personBefore(text, start)) continue;
    // "Karin Öberg<TAB>S<TAB>Ordförande": a row of a table, whose role cell is the person's on the row; so is a
    // presence cell ("Eva Sten<TAB>KD<TAB>Ledamot<TAB>Frånvarande"), no label of the rows below.
    if (personal && (form.roleWord || def.roles?.includes('absent')) && !ends && rowCellAfterName(text, start))
      continue;
    // "Ersättare kallas vid behov: …", "Ledamöter som har förhinder …": a sentence about people, no list's label.
    if (def.key === 'people' && !ends && CALLED_AFTER.test(text.slice(end, end + 16))) continue;
    // "Anna Berg (C) tjänstgörande ersättare": in lower case after a name, words describe that person.
    if (personal && !def.fragment && !capital && !ends && !atLineStart(text, start)) continue;
    if (def.colon && !colon) continue;
    if (def.lineStart && !capital && !atLineStart(text, start)) continue;
    if (def.ownLine && !colon && !(atLineStart(text, start) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 40))))
      continue;
    if (def.fragment) {
      // "… stadshuset, klockan 13:30 ande Anna Berg (L)": only between a value and a capitalised name.
      if (!/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    } else if (def.plain) {
      if (!capital && !colon) continue;
      if (/,\s*$/.test(before) && !colon && personBefore(text, start)) continue;
    } else if (!capital && !colon && !atLineStart(text, start) && !form.words) {
      continue;
    }
    found.push({ def, text: form.text, start, end });
  }
  // "Direktionens ledamöter", "Nämndens ersättare": a body's members or substitutes, named by the body.
  const last = found.length > limit ? (found[found.length - 1] as FoundLabel).start : Number.POSITIVE_INFINITY;
  for (const m of genitiveLists(text, last)) {
    const { start, end } = m;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    // In a sentence ("Direktionens ledamöter och ersättare som var närvarande") it is no label.
    if (/^\s*\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    const def = /ersättare$/iu.test(m.text) ? GENITIVE_SUBSTITUTES : GENITIVE_MEMBERS;
    found.push({ def, text: m.text.replace(/\s+/g, ' '), start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A verb or a relative after a people label: the label's words open a sentence ("Ersättare kallas …"). */
const CALLED_AFTER = /^\s+(?:kallas|kallades|inkallas|kallar|som|ska|skall|har|är|anmäler|meddelar)(?![\p{L}])/u;

/** Labels that are also the words a list uses of one person ("Anna Berg, ordförande", ", ej tjänstgörande ersättare"). */
const ROLE_WORD_LABEL =
  /^(?:(?:(?:förste|andre)\s+)?vice\s+(?:ordförande|ordf\.)|ordförande|ordf\.|sekreterare|sekr\.|justerare|justerande|ersättare|ledamöter|ledamot|(?:ej\s+|icke\s+)?tjänstgörande\s+ersättare|protokollförare)$/iu;

const PERSON_COMMA = /(?:\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+|\))\s*,\s*$/u;

// A person's name as a row's first cell (after the line's start, a tab, a markdown table's "|", or a space where a
// flattened copy joined the rows), perhaps with its party ("Karin Öberg (S)"), then short cells (a party), then the
// tab or "|" before the cell looked at.
const NAME_CELL =
  /(?:^|[\t |])[ ]?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\.?)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \([^()\t\n|]{1,6}\))?(?:(?:\t|[ \t]*\|[ \t]*)[^\t\n|]{0,12})*(?:\t|[ \t]*\|)[ \t]*$/u;

/**
 * A row's name and bare party code (and its role cell) right before a role or a presence cell: "Karin Öberg S ",
 * "Per Ek-Sund KD ", "Eva Sten KD Ledamot " (also flattened).
 */
const BARE_PARTY_ROW =
  /(?:^|\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2} (?:S|M|C|L|V|KD|MP|SD)(?: (?:Ledamot|Ersättare|Ordförande|(?:\d:e )?[Vv]ice ordförande))?[ \t]+$/u;

/**
 * Whether `at` starts a cell of a table's row (a tab before it) whose first cell is a person's name and whose
 * cells between are short (a party: "Karin Öberg<TAB>S<TAB>"). Looked for within the 80 characters before.
 */
function rowCellAfterName(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // A table whose cells a copy joined with single spaces: a name and a bare party code before the role
  // ("Karin Öberg S Ordförande"); a label never follows a party written without brackets.
  if (BARE_PARTY_ROW.test(text.slice(Math.max(lineStart, at - 60), at))) return true;
  const before = text.slice(Math.max(lineStart, at - 80), at);
  if ((!before.includes('\t') && !before.includes('|')) || !NAME_CELL.test(before)) return false;
  return !findsLabelAt(text.slice(lineStart, at));
}

/** Whether a row's first cell is itself a label ("Sekreterare<TAB>Ordförande"): then the row is a block's. */
function findsLabelAt(cells: string): boolean {
  const first = cells.replace(/^[\s|]+/u, '').split(/\t|\|/u)[0] ?? '';
  return writtenOf(first.trim()) !== undefined;
}

/** Whether a person's name and a comma stand right before `at`. The comma is looked for first: the pattern,
 * anchored only at its end, is tried from every one of the 60 characters before. */
function personBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.trimEnd().endsWith(',') && PERSON_COMMA.test(before);
}

const BODY_GENITIVE =
  'direktionens|nämndens|styrelsens|utskottets|fullmäktiges|förbundets|rådets|beredningens|kommitténs';
/** "ledamöter" or "ersättare" as a word's end (what a body's genitive names). */
const LIST_WORD = /(?:ledamöter|ersättare)(?![\p{L}])/giu;
/** A body's genitive ending the text looked at, as a whole word (no letter or digit before it). */
const GENITIVE_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BODY_GENITIVE})$`, 'iu');
// The longest genitive, in code units (every case variant of its letters is one code unit too).
const GENITIVE_LONGEST = Math.max(...BODY_GENITIVE.split('|').map((w) => w.length));

/**
 * "Direktionens ledamöter": a body's genitive as a whole word, white space, then its members or substitutes,
 * in order, up to those starting after `until`. The list word is searched for and the genitive looked for
 * before it: the same matches as `(?<![\p{L}\p{N}])(?:…)\s+(?:ledamöter|ersättare)(?![\p{L}])`, whose search
 * the engine starts at every character of the text, and every text has the list words far less often.
 * @internal exported for its property test.
 */
export function* genitiveLists(
  text: string,
  until = Number.POSITIVE_INFINITY,
): Generator<{ start: number; end: number; text: string }> {
  LIST_WORD.lastIndex = 0;
  for (let m = LIST_WORD.exec(text); m !== null; m = LIST_WORD.exec(text)) {
    let gap = m.index;
    while (gap > 0 && SPACE.test(text[gap - 1] as string)) gap--;
    if (gap === m.index) continue;
    // The window holds the whole word and the character before it, which the look-behind reads.
    const window = text.slice(Math.max(0, gap - GENITIVE_LONGEST - 2), gap);
    const genitive = GENITIVE_END.exec(window);
    if (genitive === null) continue;
    const start = gap - (window.length - genitive.index);
    if (start > until) return;
    const end = m.index + m[0].length;
    yield { start, end, text: text.slice(start, end) };
  }
}
const SPACE = /^\s$/u;
const GENITIVE_MEMBERS: LabelDef = { key: 'people', words: [], roles: ['member'] };
const GENITIVE_SUBSTITUTES: LabelDef = { key: 'people', words: [], roles: ['substitute'] };

function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/**
 * The label whose words are exactly `words` (any case, any white space), or undefined. Fragments a PDF copy
 * leaves of labels are not counted: they are labels only where they stand.
 */
export function labelOfWords(words: string): LabelDef | undefined {
  const def = BY_SOURCE.get(key(words));
  return def && !def.fragment ? def : undefined;
}
