import type { Attendance } from '../model/meeting.js';
import type { Role } from '../model/participant.js';
import { findBodyName, isWholeBodyName } from './body-name.js';
import {
  type DateMention,
  DOTTED_DATE_SOURCE,
  findDates,
  findTimes,
  RANGE_DASH_SOURCE,
  toLocalTime,
  WEEKDAY_NAMES_SOURCE,
} from './dates.js';
import type { Line } from './lines.js';

/**
 * The head of a record, before its first paragraph: the preamble ("Hälsingerådet / SAMMANTRÄDESPROTOKOLL /
 * Styrelsen Kommunalsamverkan ek för / 769602-5290", or a title of its own) and labelled fields, written
 * "Label" over its value ("Tid och plats" / "Orbaden den 11 oktober 2023 kl 09:00-15:30") or
 * "Label:<tab>value" on one line.
 */

/** What a header field holds. */
export type LabelKey =
  | 'time-place'
  | 'time'
  | 'place'
  | 'date'
  | 'range'
  | 'people'
  | 'signatories'
  | 'adjustment'
  | 'next';

const LABELS: readonly { re: RegExp; key: LabelKey; roles?: Role[] }[] = [
  {
    re: /^(?:tid och plats|plats och tid|datum, tid och plats|datum och tid|tid och datum|datum, tid|sammanträdesdatum och tid)$/iu,
    key: 'time-place',
  },
  { re: /^(?:tid|klockslag|mötestid)$/iu, key: 'time' },
  { re: /^(?:plats|lokal|mötesplats|sammanträdesplats)$/iu, key: 'place' },
  { re: /^(?:datum|sammanträdesdatum|mötesdatum)$/iu, key: 'date' },
  { re: /^(?:paragrafer|paragraf|§§)$/iu, key: 'range' },
  {
    re: /^(?:beslutande|ledamöter|beslutande ledamöter|närvarande ledamöter|deltagare|närvarande|ledamöter som deltar)$/iu,
    key: 'people',
    roles: ['member'],
  },
  { re: /^tjänstgörande ersättare$/iu, key: 'people', roles: ['member', 'substitute'] },
  {
    re: /^(?:ersättare|ej tjänstgörande ersättare|närvarande ersättare|övriga ersättare)$/iu,
    key: 'people',
    roles: ['substitute'],
  },
  {
    re: /^(?:övriga deltagare|övriga närvarande|övriga|övriga deltagande|tjänstemän|tjänstepersoner|närvarande tjänstemän|närvarande tjänstepersoner|adjungerade|inbjudna|övriga närvarande tjänstepersoner)$/iu,
    key: 'people',
    roles: ['other'],
  },
  {
    re: /^(?:ej närvarande|frånvarande|förhinder|anmält förhinder|anmält frånvaro)$/iu,
    key: 'people',
    roles: ['absent'],
  },
  { re: /^ordförande$/iu, key: 'people', roles: ['chair'] },
  { re: /^(?:1:e |2:e |förste |andre )?vice ordförande$/iu, key: 'people', roles: ['vice-chair'] },
  { re: /^(?:sekreterare|protokollförare)$/iu, key: 'people', roles: ['secretary'] },
  {
    re: /^(?:utses att justera|utsedd att justera|utsedda att justera|justerare|justerande)$/iu,
    key: 'people',
    roles: ['adjuster'],
  },
  { re: /^(?:justeras av|justerat av|underskrifter)$/iu, key: 'signatories' },
  {
    re: /^(?:justeringens tid och plats|justeringens plats och tid|justering|tid för justering|justeringsdatum|tid och plats för justering)$/iu,
    key: 'adjustment',
  },
  { re: /^(?:nästa möte|nästa sammanträde|nästa träff)$/iu, key: 'next' },
];

// Labels recur on every page and in every document; remembering the answer for short texts is cheaper
// than trying seventeen expressions each time.
const labelCache = new Map<string, (typeof LABELS)[number] | null>();

function labelOf(text: string): (typeof LABELS)[number] | undefined {
  const cached = labelCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const found = LABELS.find((l) => l.re.test(text));
  if (labelCache.size > 5000) labelCache.clear();
  labelCache.set(text, found ?? null);
  return found;
}

const STARTS_LABEL = /^[\p{L}§]/u;
/**
 * A list's heading, capitalised or in capitals (a place may hold the word in lower case), at the end of a value,
 * or with the list's first item after it ("… Ärenden 1. Val av justerare", "… Ärenden Val av justerare": a list
 * of one item is not cut into items). An item runs to at most 200 characters: a longer run is left as it is.
 */
const TRAILING_LIST_TITLE =
  /(?<=\S)\s+(?:Föredragningslista|FÖREDRAGNINGSLISTA|Dagordning|DAGORDNING|Ärenden|ÄRENDEN|Ärendelista|ÄRENDELISTA|Beslutsärenden|BESLUTSÄRENDEN|Informationsärenden|INFORMATIONSÄRENDEN|Anmälningsärenden|ANMÄLNINGSÄRENDEN)\s*:?(?:\s+(?:\d{1,3}[.)]?\s+)?\p{Lu}.{0,200})?\s*$/u;
const LIST_TITLE = /^(?:föredragningslista|dagordning|ärenden|ärendelista|kallelse)\s*:?$/iu;

/** A header label on a line, with the value that follows on the same line ("Paragrafer:<tab>8-14"). */
export function matchLabel(text: string): { key: LabelKey; label: string; roles?: Role[]; value?: string } | undefined {
  // Labels are short words; most lines are not, and this runs for every line.
  if (text.length < 2 || !STARTS_LABEL.test(text)) return undefined;
  if (text.length <= 50) {
    const trimmed = text.trimEnd();
    const whole = (trimmed.endsWith(':') ? trimmed.slice(0, -1) : trimmed).trim();
    const l = labelOf(whole);
    if (l) return { key: l.key, label: whole, ...(l.roles ? { roles: l.roles } : {}) };
  }
  const colon = text.indexOf(':');
  const tab = text.indexOf('\t');
  const at = colon === -1 ? tab : tab === -1 ? colon : Math.min(colon, tab);
  if (at < 2 || at > 46) return undefined;
  const m = /^([^:\t]{2,45}?)\s*(?::|\t)\s*(\S.*)$/u.exec(text);
  if (m?.[1] && m[2]) {
    const head = m[1].trim();
    const l = labelOf(head);
    if (l) return { key: l.key, label: head, ...(l.roles ? { roles: l.roles } : {}), value: m[2].trim() };
  }
  return undefined;
}

/** A header field and its value lines. */
export interface LabelBlock {
  key: LabelKey;
  label: string;
  roles?: Role[];
  /** For a list shared by several labels printed before it: each label's roles, in order. */
  groups?: Role[][];
  /** For labels printed as column heads on one line: the list's cells, each with its column and line. */
  cells?: { text: string; row: number; column?: number; no: number }[];
  no: number;
  values: { text: string; no: number }[];
}

/** The header region's lines as a preamble (before the first label) and labelled blocks. */
export function headerBlocks(lines: readonly Line[]): { preamble: Line[]; blocks: LabelBlock[] } {
  const preamble: Line[] = [];
  const blocks: LabelBlock[] = [];
  let current: LabelBlock | undefined;
  for (const line of lines) {
    if (!line.text) continue;
    // "Föredragningslista" over the items ends the participant list before it.
    if (LIST_TITLE.test(line.text)) {
      if (current || blocks.length > 0) current = undefined;
      else preamble.push(line);
      continue;
    }
    const label = matchLabel(line.text);
    if (label) {
      current = { key: label.key, label: label.label, no: line.no, values: [] };
      if (label.roles) current.roles = label.roles;
      if (label.value) current.values.push({ text: label.value, no: line.no });
      blocks.push(current);
    } else if (current) {
      current.values.push({ text: line.text, no: line.no });
    } else {
      preamble.push(line);
    }
  }
  return { preamble, blocks };
}

/** A Swedish organisation number whose third digit is 2 or more (a personal identity number's is a month, 0 or 1). */
export function orgNumberIn(text: string): string | undefined {
  const m = /(?<!\d)(\d{2})([2-9]\d{3})-(\d{4})(?!\d)/.exec(text);
  return m ? `${m[1]}${m[2]}-${m[3]}` : undefined;
}

const BODY_LAST_WORD =
  /(?:rådet|nämnden|styrelsen|fullmäktige|förbundet|direktionen|utskottet|beredningen|kommittén|delegationen|presidiet|samrådet)$/iu;
const BODY_FIRST_WORDS =
  /^(?:gemensam(?:ma)?\s+nämnd(?:en)?|kommunstyrelsen|kommunfullmäktige|regionstyrelsen|regionfullmäktige|direktionen|förbundsstyrelsen|förbundsdirektionen|styrelsen\s+för|nämnden\s+för|samverkansrådet)(?![\p{L}])/iu;

/** True when a line names a body: "Hälsingerådet", "Kommunstyrelsen", "Gemensam nämnd för samverkan …". */
export function isBodyName(text: string): boolean {
  const t = text.trim();
  if (!t || t.endsWith('.') || t.split(/\s+/).length > 16 || !/^\p{Lu}/u.test(t)) return false;
  const last = t.split(/\s+/).pop() ?? '';
  return BODY_LAST_WORD.test(last) || BODY_FIRST_WORDS.test(t);
}

/** A board named with the organisation it governs: "Styrelsen för Ekby Energi AB", "Direktionen i …". */
const BOARD_OF = /^(?:styrelsen|direktionen|förbundsstyrelsen|förbundsdirektionen)\s+(?:för|i)\s+(\p{Lu}.{1,80})$/iu;

/** True for the legal organisation behind a body: "Styrelsen Kommunalsamverkan ek för", "… AB". */
export function isLegalOrganisation(text: string): boolean {
  return /(?:\sek\.?\s?för\.?|ekonomisk förening|\sAB|kommunalförbund|ideell förening|stiftelse)$/iu.test(text.trim());
}

/** What the preamble says: body, legal organisation, org number, a title, and what kind of record it is. */
export interface Preamble {
  body?: string;
  organisation?: string;
  orgNumber?: string;
  title?: string;
  /** A date written beside the body's name or the record's kind ("Kommunfullmäktige 2002-12-02"). */
  date?: { text: string; no: number };
  /**
   * A line of its own that starts with the date and gives the time, and perhaps the place, with no label
   * ("2024-03-05 kl. 13.00, Kommunhuset, KS-salen"): the meeting's when and where, under the body's name.
   */
  when?: { text: string; no: number };
  /** A time of its own line right under the date's ("2026-09-14" / "Kl. 08.00 - 21.30"). */
  time?: { text: string; no: number };
  minutes: boolean;
  agenda: boolean;
}

/** Short names bodies go by in headings ("Handlingar KF den 1 oktober 2018", "KF 2020-05-25"). */
const BODY_ABBREVIATION = /^(?:KF|KS|KSAU|RF|RS|LF|LS|BUN|SN|MN|BN|KFN|VN)$/u;
const KIND =
  'sammanträdesprotokoll|protokoll|protokollsutdrag|kallelse|kungörelse|föredragningslista|dagordning|handlingar|sammanträdeshandlingar|p\\s?r\\s?o\\s?t\\s?o\\s?k\\s?o\\s?l\\s?l';
/** The record's kind as a word, or two joined by a slash ("KALLELSE/FÖREDRAGNINGSLISTA"). */
const KIND_WORD = new RegExp(`^(?:${KIND})(?:\\s*\\/\\s*(?:${KIND}))?$`, 'iu');
const PAGE_MARK = /(?:^|\s)(?:sida\s+)?\d{1,3}\s*\(\d{1,3}\)|\(\d{1,3}\)|(?:^|\s)sida\s+\d{1,3}(?:\s+av\s+\d{1,3})?/giu;

/** A date written whole after a body's name on a title line: ISO, dotted, or day, month and year. */
const WHOLE_DATE = `(\\d{4}-\\d{2}-\\d{2}|${DOTTED_DATE_SOURCE}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4})`;
/** The date after a body's full name ("Kommunstyrelsen, protokoll 2024-03-12"). */
const DATE_AFTER_NAME = new RegExp(`^[\\s.,]*(?:den\\s+)?${WHOLE_DATE}`, 'u');
/** A line that starts with a whole date (its weekday first, perhaps) and then gives a time ("kl. 13.00"). */
const WHEN_LINE = new RegExp(
  `^(?:(?:${WEEKDAY_NAMES_SOURCE})(?:en)?,?\\s+)?(?:den\\s+)?${WHOLE_DATE},?\\s+(?:kl(?:ockan)?\\.?\\s*)\\d{1,2}[.:]\\d{2}`,
  'iu',
);
/** A {@link WHEN_LINE}'s date and start, with the end after a dash ("… kl. 13:00 – 15:45"), and no more. */
const WHEN_AFTER_NAME = new RegExp(
  `${WHEN_LINE.source}(?:\\s*[-–—]\\s*(?:ca\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?)?(?![\\d.:])`,
  'iu',
);
/**
 * A page header's dated line, the meeting's date under its label and nothing else ("Sammanträdesdatum
 * 2024-10-08"). Page furniture takes it out where every page repeats it; the preamble keeps it.
 */
const LABELLED_DATE_LINE = new RegExp(
  `^(?:sammanträdesdatum|sammanträdesdag|mötesdatum)\\s*:?\\s*(?:den\\s+)?${WHOLE_DATE}$`,
  'iu',
);
/** The date after a body's abbreviation ("KS 2024-03-12"). */
const DATE_AFTER_ABBREVIATION = new RegExp(`^(?:den\\s+)?${WHOLE_DATE}`, 'u');

/** A word of what a body is for: not the record's kind nor a sentence's verb ("… kallas till sammanträde"). */
const FOR_WORD = String.raw`(?!(?:sammanträdes)?protokoll(?:sutdrag)?(?![\p{L}])|kallelse|föredragningslista|dagordning|kallas|sammanträder|har\s|är\s|den\s)\p{L}[\p{L}-]*(?:[–-]\p{L}[\p{L}-]*)?`;
/** "för" and up to six words to the end of a heading line, after a body's name. */
const FOR_TO_END = new RegExp(String.raw`^\s+för\s+${FOR_WORD}(?:\s+(?:och\s+)?${FOR_WORD}){0,5}\s*$`, 'iu');
/**
 * "för" and up to six words after a body's name, ended by a date, the record's kind or a head's label: where a
 * flattened line lets a "Nämnden för …" name end.
 */
const FOR_UP_TO = new RegExp(
  `^\\s+för\\s+${FOR_WORD}(?:\\s+(?:och\\s+)?${FOR_WORD}){0,5}?(?=\\s+(?:(?:den\\s+)?${WHOLE_DATE}|(?:sammanträdes)?protokoll(?:sutdrag)?|kallelse|föredragningslista|dagordning|sammanträdesdatum|datum|tid|plats|plats och tid|beslutande|§)(?![\\p{L}]))`,
  'iu',
);
/** A kind of body written alone ("Nämnden", "Rådet"): with "för" after it, only a part of a name. */
const GENERIC_BODY = /^(?:nämnden|rådet|beredningen|styrelsen|utskottet|kommittén|delegationen|direktionen)$/iu;

/** True when the text line before `line` is the body's name alone. */
function underBody(lines: readonly Line[], line: Line, body: string): boolean {
  const i = lines.indexOf(line);
  for (let j = i - 1; j >= 0; j--) {
    const text = (lines[j] as Line).text;
    if (text === '') continue;
    // The line the body was read from, whole ("Gemensamma nämnden för hjälpmedel"), or any whole name.
    return isWholeBodyName(text) || text.replace(/\s+/gu, ' ').trim() === body;
  }
  return false;
}

/** A line that is only a time or a span of time, after "kl." ("Kl. 08.00 - 21.30", "kl 13.00"). */
const TIME_LINE = /^kl(?:ockan)?\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*(?:ca\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?$/iu;

/** Whether the text line before `line` (blank lines passed over) is line `no`, the date's. */
function underDate(lines: readonly Line[], line: Line, no: number): boolean {
  for (let j = lines.indexOf(line) - 1; j >= 0; j--) {
    const before = lines[j] as Line;
    if (before.text !== '') return before.no === no;
  }
  return false;
}

/** Reads the preamble lines before the first header label. */
export function readPreamble(lines: readonly Line[]): Preamble {
  const out: Preamble = { minutes: false, agenda: false };
  for (const line of lines.slice(0, 12)) {
    // A heading's words stand at the start of its line; a longer line is a flattened page.
    let text = line.text.length > 300 ? line.text.slice(0, 300) : line.text;
    const org = orgNumberIn(text);
    if (org) {
      out.orgNumber ??= org;
      text = text
        .replace(/(?:org(?:anisations)?\.?\s*nr\.?|organisationsnummer)\s*:?\s*/iu, '')
        .replace(org, '')
        .trim();
      if (!text) continue;
    }
    // "Ekby kommun Kommunstyrelsen …": the municipality or region that owns the body, before its name (and
    // before them, a page's counter on a flattened first line).
    text = withoutOwner(text.replace(LEADING_PAGE_MARK, ''));
    if (!text) continue;
    if (/^(?:sammanträdes)?protokoll(?:sutdrag)?$|^protokoll\b/iu.test(text)) out.minutes = true;
    if (/^(?:kallelse|kungörelse|föredragningslista|dagordning)(?![\p{L}])/iu.test(text)) out.agenda = true;
    if (/^(?:sammanträdes)?protokoll(?:sutdrag)?$|^(?:kallelse|kungörelse|föredragningslista|dagordning)$/iu.test(text))
      continue;
    const bare = text.replace(PAGE_MARK, ' ').replace(/\s+/g, ' ').trim();
    // A body's name at the start of the line, or after the record's kind ("PROTOKOLL Landstingsfullmäktige").
    const words = bare.split(' ');
    let k = 0;
    // "Kallelse till sammanträde med Överförmyndarnämnden …", "Protokoll från sammanträde Tekniska nämnden …": the
    // words that say what the record is of, too.
    while (
      k < words.length - 1 &&
      (KIND_WORD.test(words[k] as string) ||
        (k > 0 && /^(?:till|från)$/iu.test(words[k] as string)) ||
        (k > 1 &&
          /^(?:till|från)$/iu.test(words[k - 1] as string) &&
          /^sammanträde(?:t)?$/iu.test(words[k] as string)) ||
        (k > 2 && /^sammanträde(?:t)?$/iu.test(words[k - 1] as string) && /^med$/iu.test(words[k] as string)))
    )
      k++;
    const rest = words.slice(k).join(' ');
    // "Direktionens protokoll", "Protokoll från sammanträde med landstingsstyrelsen": the body in a phrase.
    const phrase =
      /^(\p{Lu}\p{L}{2,40}?)s\s+(?:sammanträdes)?protokoll/u.exec(rest)?.[1] ??
      /protokoll\s+från\s+(?:sammanträde\s+med\s+|)(\p{L}{3,40}?)(?:s\s+sammanträde|\s|$)/iu.exec(bare)?.[1];
    const named = phrase ? findBodyName(phrase.charAt(0).toUpperCase() + phrase.slice(1)) : undefined;
    if (!out.body && named && named.index === 0 && named.name.length === phrase?.length) {
      out.body = named.name;
    }
    // "Rådet för funktionshinderfrågor": a short kind of body alone is a name only with what it is for.
    const found = findBodyName(rest) ?? (/^Rådet(?=\s+för\s)/u.test(rest) ? { name: 'Rådet', index: 0 } : undefined);
    const abbreviation = BODY_ABBREVIATION.test(words[k] ?? '') ? (words[k] as string) : undefined;
    // "Hälsingerådet SAMMANTRÄDESPROTOKOLL Styrelsen Kommunalsamverkan ek för" (a heading whose lines a
    // conversion joined): the body, the record's kind, then its legal organisation.
    const joined =
      found && found.index === 0
        ? /^\s+(?:\S+\s+)?(?:sammanträdes)?protokoll(?:sutdrag)?\s+(.+)$/iu.exec(rest.slice(found.name.length))
        : null;
    if (!out.body && found && joined?.[1] && isLegalOrganisation(joined[1])) {
      out.body = found.name;
      out.organisation ??= joined[1].trim();
      continue;
    }
    if (!out.body && found && found.index === 0 && !isLegalOrganisation(rest)) {
      out.body = found.name;
      // "Förbundsdirektionen, Granskogs räddningstjänstförbund": the body of a named organisation.
      const of =
        /^,\s*(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}(?:förbund|förbundet|kommun|region|regionen|landsting|landstinget))\s*$/u.exec(
          rest.slice(found.name.length),
        );
      if (of) out.body = `${found.name}, ${of[1]}`;
      // "Samverkansrådet för Norra dalen", "Rådet för funktionshinderfrågor": a heading line that goes on with
      // "för" and words to its end names the body whole; so does a flattened line, up to a date, the record's
      // kind or a label ("Nämnden för arbetsmarknad och integration 2024-05-06 § 1 …").
      const tail = rest.slice(found.name.length);
      const forWhat = FOR_TO_END.exec(tail);
      const forUpTo = forWhat ? null : FOR_UP_TO.exec(tail);
      if (forWhat && rest.length <= 80 && !of) out.body = `${found.name}${forWhat[0].replace(/\s+/gu, ' ').trimEnd()}`;
      else if (forUpTo && !of) out.body = `${found.name}${forUpTo[0].replace(/\s+/gu, ' ').trimEnd()}`;
      // "Nämnden för …" whose end cannot be told: "Nämnden" alone would be a wrong name.
      else if (!of && GENERIC_BODY.test(found.name) && /^\s+för\s/u.test(tail)) delete out.body;
      const after = rest
        .slice(found.name.length + (forWhat?.[0].length ?? forUpTo?.[0].length ?? 0))
        .replace(/^[\s.,]*(?:(?:sammanträdes)?protokoll|kallelse|föredragningslista)\b/iu, ' ');
      // "Socialnämndens individutskott Måndagen den 9 mars 2026 kl. 13:00 – 15:45" (a flattened head): the
      // date and time after the name are the meeting's when, as on a line of their own.
      // Only the date and the times: what follows on a flattened line may be anything (a place, an item).
      const when = WHEN_AFTER_NAME.exec(after.replace(/^[\s.,]+/u, ''))?.[0];
      const date = DATE_AFTER_NAME.exec(after);
      if (when) out.when ??= { text: when, no: line.no };
      else if (date?.[1] && findDates(date[1]).length > 0) out.date ??= { text: date[1], no: line.no };
      if (rest.length > found.name.length + 40 && !out.title) out.title = undefined;
      continue;
    }
    if (!out.body && abbreviation) {
      const after = words.slice(k + 1).join(' ');
      const date = DATE_AFTER_ABBREVIATION.exec(after);
      if (date?.[1] && findDates(date[1]).length > 0) {
        out.body = abbreviation;
        out.date ??= { text: date[1], no: line.no };
        continue;
      }
    }
    const labelled = bare.length <= 60 ? LABELLED_DATE_LINE.exec(bare) : null;
    if (labelled?.[1] && findDates(labelled[1]).length > 0) {
      out.date ??= { text: labelled[1], no: line.no };
      continue;
    }
    if (bare.length <= 160 && WHEN_LINE.test(bare)) {
      out.when ??= { text: bare, no: line.no };
      continue;
    }
    // "Kl. 08.00 - 21.30" on the line under the date's: the meeting's time.
    if (out.date && !out.when && !out.time && TIME_LINE.test(bare) && underDate(lines, line, out.date.no)) {
      out.time = { text: bare, no: line.no };
      continue;
    }
    // The first line, or the line right under the body's name ("Kommunstyrelsens arbetsutskott" / "2024-09-03").
    if (
      /^\d{4}-\d{2}-\d{2}$/.test(bare) &&
      (line === lines[0] || (out.body !== undefined && underBody(lines, line, out.body)))
    ) {
      out.date ??= { text: bare, no: line.no };
      continue;
    }
    if (isLegalOrganisation(text)) {
      // "Styrelsen för Ekby Energi AB": the company's board is the body, the company its organisation.
      const board = BOARD_OF.exec(text);
      if (board?.[1] && !out.body) {
        out.body = text;
        out.organisation ??= board[1];
      } else out.organisation ??= text;
    } else if (!out.body && isBodyName(text) && !KIND_WORD.test(words[0] ?? '')) {
      // "Storviks kommun Protokoll 1 (9) Barn- och utbildningsnämnden" (a two-column header flattened: the
      // municipality, the record's kind and the page's number before the body): the body is what follows the
      // kind, when that is a whole name; the words before it are none of it.
      // "Sammanträde med Omsorgsnämnden": the words before the name say what the page is of.
      const kind = words.findIndex(
        (w, n) =>
          n > 0 && (KIND_WORD.test(w) || (/^med$/iu.test(w) && /^(?:sammanträde|möte)t?$/iu.test(words[n - 1] ?? ''))),
      );
      if (kind < 0) out.body = text;
      else {
        const after = words.slice(kind + 1).join(' ');
        const found = findBodyName(after);
        if (found && found.index === 0 && found.name.length === after.length) out.body = found.name;
      }
    } else if (!out.title && text.length <= 200 && !KIND_WORD.test(text) && !isLetterhead(text)) out.title = text;
  }
  return out;
}

/** A municipality's or region's name alone: "Ekby kommun", "NORRVIKS KOMMUN", "Region Ekby". */
const OWNER_ALONE =
  /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:kommun|KOMMUN)|(?:Region|REGION)(?:\s+\p{Lu}[\p{L}-]*){1,2})$/u;

/**
 * A letterhead: the name of the municipality or region the body belongs to, alone or in a row of cells with
 * the record's kind ("EKBY KOMMUN<TAB>PROTOKOLL"). It is whose paper the record is on, no title of its own.
 */
function isLetterhead(text: string): boolean {
  const cells = text
    .split(/\t+|\s{2,}/u)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.some((c) => OWNER_ALONE.test(c)) && cells.every((c) => OWNER_ALONE.test(c) || KIND_WORD.test(c)))
    return true;
  // "Ekby kommun Kallelse", the cells' gap lost.
  return OWNER_ALONE.test(text.replace(KIND_AFTER, ''));
}

/** The record's kind ending a line, after a space. */
const KIND_AFTER = new RegExp(`\\s+(?:${KIND})$`, 'iu');

/** "Ekby kommun", "Övre Ekby kommun", "Region Ekby": who a body belongs to, written before its name. */
const OWNER =
  /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:kommun|KOMMUN)|(?:Region|REGION)(?:\s+\p{Lu}[\p{L}-]*){1,2})\s+(?=\p{Lu})/u;
/** A page's counter before the header's words on a flattened first line ("Sida 1 av 6 EKBY KOMMUN …"). */
const LEADING_PAGE_MARK =
  /^(?:sida|sid\.?)\s+\d{1,3}(?:\s*\(\d{1,3}\)|\s+av\s+\d{1,3})?(?:\s+|$)|^\d{1,3}\s*\(\d{1,3}\)\s+/iu;

/**
 * The text without the municipality or region before a body's name ("Ekby kommun Kommunstyrelsen" →
 * "Kommunstyrelsen"): only where a whole body's name starts right after it. A region of two words is tried
 * before one of one ("Region Övre Ekby Regionstyrelsen"), and the shorter where the longer eats the name.
 */
function withoutOwner(text: string): string {
  if (!OWNER.test(text)) return text;
  const words = text.split(/\s+/u);
  for (let n = 2; n <= 3 && n < words.length; n++) {
    const owner = words.slice(0, n);
    const capital = (w: string) => /^\p{Lu}/u.test(w);
    const isOwner =
      owner[0] === 'Region' || owner[0] === 'REGION'
        ? owner.slice(1).every(capital)
        : (owner[n - 1] === 'kommun' || owner[n - 1] === 'KOMMUN') && owner.slice(0, -1).every(capital);
    if (!isOwner) continue;
    const rest = words.slice(n).join(' ');
    if (findBodyName(rest)?.index === 0) return rest;
  }
  return text;
}

/** A weekday as a word of its own ("tisdagen", "Måndag"); "Tisdagsgatan" is a street. */
const WEEKDAY_WORD = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_NAMES_SOURCE})(?:en|ar|arna)?(?![\\p{L}])`, 'iu');

/** When and where, read from a "Tid och plats" value or the like. */
export interface WhenWhere {
  date?: DateMention;
  start?: string;
  end?: string;
  location?: string;
  attendance?: Attendance;
  /** Every part left when date and time are taken out, online markers included ("digitalt"). */
  parts?: string[];
}

/** True for "Via Teams", "digitalt", "på distans": a meeting held online. */
export const isOnline = (text: string): boolean => text.trim().length <= 40 && ONLINE.test(text.trim());

const ONLINE =
  /(?<![\p{L}])(?:teams|zoom|skype|digitalt|digital|distans|videolänk|video|online|webbmöte|teams-möte|teamsmöte)(?![\p{L}])/iu;

/** "Hybridmöte", "Hybrid", "Hybridsammanträde": a meeting held both in a room and online. */
const HYBRID = /^(?:hybrid|hybridmöte|hybridsammanträde|hybridform|i hybridform)$/iu;

/** What is left of a when-and-where label wrapped over two rows: "och tid", "plats och tid", "tid". */
const LABEL_REMNANT = /^(?:(?:(?:plats|tid)\s+)?och\s+(?:tid|plats)|tid|plats)$/iu;

/**
 * Date, time span and place from a header value: "Orbaden den 11 oktober 2023 kl 09:00-15:30",
 * "måndag 16 september 2024 kl. 09.00 - 12.00 Kommunförbundet, Campus Östersund, Hus E",
 * "Lillsjöhögen, Via Teams" (a place and Teams: hybrid). What is left when the date and time are
 * taken out is the place, when `withPlace`.
 */
export function readWhenWhere(raw: string, withPlace: boolean): WhenWhere {
  const out: WhenWhere = {};
  // What a place never holds: an adjournment or a break and its times ("Ajournering kl. 19.14-19.40",
  // "(ajournering 10:05-10:20)", "(paus 10:15–10:30)", "lunchuppehåll 12.00–13.00"), and the remnants of
  // times whose digits the extraction lost ("kl :00").
  const value = raw
    .replace(/\(\s*(?:ajourn|paus|lunch|uppehåll|kaffe|fika)[^)]{0,80}\)/giu, ' ')
    .replace(
      /[.,;]?\s*(?:(?<![\p{L}])(?:med|inkl\.?|inklusive|samt|och)\s+)?(?<![\p{L}])(?:ajournering|paus|lunchpaus|lunch|lunchuppehåll|uppehåll)(?![\p{L}])[\s\S]*$/iu,
      ' ',
    )
    // A flattened agenda's list heading after the place ("Plats: Folkets hus, Stora salen Ärenden 1. Upprop"):
    // the value ran on to the first item, and the heading is none of the place.
    .replace(TRAILING_LIST_TITLE, '');
  const spans: [number, number][] = [];
  // Each found once: the meeting's date and time are the first, and none is part of a place.
  const dates = findDates(value);
  const times = findTimes(value);
  const date = dates[0];
  if (date) {
    out.date = date;
    spans.push([date.index, date.index + date.length]);
  }
  let time = times.find((t) => !spans.some(([a, b]) => t.index < b && a < t.index + t.length));
  // "Kommunhuset, Henån 2011-03-02 8:15": a bare time right after the date is the start.
  if (!time && date) {
    const bare = /^[\s,]*(\d{1,2})[.:](\d{2})(?![\d.:])/u.exec(value.slice(date.index + date.length));
    const start = bare ? toLocalTime(Number(bare[1]), Number(bare[2])) : undefined;
    if (bare && start) time = { index: date.index + date.length, length: bare[0].length, start };
  }
  if (time) {
    out.start = time.start;
    if (time.end) out.end = time.end;
    spans.push([time.index, time.index + time.length]);
    // "kl 09.00-12.00, 13.00-16.00": a meeting with a break ends when its last stretch ends.
    let last = time;
    for (const next of times) {
      if (next.index <= last.index || !next.end || !last.end || next.start < last.end) continue;
      if (!/^\s*(?:,|;|och|samt)\s*(?:kl(?:ockan)?\.?\s*)?$/iu.test(value.slice(last.index + last.length, next.index)))
        break;
      out.end = next.end;
      spans.push([next.index, next.index + next.length]);
      last = next;
    }
    // A meeting of two days with each day's times ("tisdag 11 juni kl. 9–17 och onsdag 12 juni kl. 9–15.30"):
    // the first day's end is not the meeting's, and which the record means is not said.
    const later = dates.find((d) => d.index > last.index && (d.day !== date?.day || d.month !== date?.month));
    if (out.end && later && times.some((t) => t.index > later.index)) delete out.end;
  }
  if (!withPlace) return out;
  // No date or time is part of a place: a meeting of two days names each day's ("Stadshuset, 3 mars 2020
  // kl 13.00, Stadshuset, 4 mars 2020 kl 9.00"), and only the first is the meeting's.
  for (const d of dates) spans.push([d.index, d.index + d.length]);
  for (const t of times) spans.push([t.index, t.index + t.length]);
  spans.sort((a, b) => a[0] - b[0]);
  let rest = '';
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) rest += value.slice(at, a);
    rest += ', ';
    at = Math.max(at, b);
  }
  rest += value.slice(at);
  const places: string[] = [];
  const parts: string[] = [];
  let online = false;
  let hybrid = false;
  for (const part of rest.split(/\s*[,;]\s*|\s+[-–/]\s+|\t+/u)) {
    const p = part
      .replace(/(?<![\p{L}])(?:kl(?:ockan)?\.?|den)(?![\p{L}])/giu, ' ')
      .replace(/(?<![\p{L}\d])[:.]\d{0,2}(?![\p{L}\d])|(?<![\p{L}])\d{1,2}[.:](?!\d)/gu, ' ')
      .replace(/^(?:den|i|på)\s+/iu, '')
      .replace(/[\s.…:|]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    // "… kl. 9–17 och onsdag 12 juni …": the word that joined two days is no place.
    if (!p || /^[\p{P}\d\s]*$/u.test(p) || /^(?:och|samt)$/iu.test(p)) continue;
    // "tisdagen 14/3 2023": a day the date reader did not know is no place either.
    if (WEEKDAY_WORD.test(p)) continue;
    // "Justeringens plats Kommunhuset 2026-05-11 och tid": a wrapped label's second row, flattened after the value.
    if (LABEL_REMNANT.test(p)) continue;
    // "Hybridmöte": how the meeting is held, no place.
    if (HYBRID.test(p)) {
      hybrid = true;
      continue;
    }
    // "Stadshuset och Teams": a room and the link, each for itself.
    const pieces = /\s(?:och|samt|\+)\s/iu.test(p) && ONLINE.test(p) ? p.split(/\s+(?:och|samt|\+)\s+/iu) : [p];
    for (const piece of pieces) {
      parts.push(piece);
      if (isOnline(piece)) online = true;
      // The same place for each day is one place.
      else if (!places.some((q) => q.toLowerCase() === piece.toLowerCase())) places.push(piece);
    }
  }
  if (parts.length > 0) out.parts = parts;
  if (places.length > 0) out.location = places.join(', ');
  if (online) out.attendance = places.length > 0 ? 'hybrid' : 'online';
  else if (hybrid && places.length > 0) out.attendance = 'hybrid';
  return out;
}

// The date must follow the word for the meeting directly ("sammanträde fredagen den 21 februari 2003",
// "Kommunfullmäktige sammanträder måndagen den 27 november 2023"), so
// "sammanträde utsändes den 10 november" (when the notice went out) is not read as the meeting's date.
const PROSE_WHEN =
  /(?<![\p{L}])(?:sammanträde|sammanträdet|sammanträder|möte|mötet|sammanträdes|protokoll)\s+(?:med\s+(?:[\p{L}-]+\s+){1,5}?)?((?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?(?:\d{1,2}\s+\p{L}+\s+(?:år\s+)?\d{4}|\d{4}-\d{2}-\d{2}))/iu;

/**
 * When and where from a sentence of the preamble: "Protokoll från förbundsstyrelsens sammanträde fredagen
 * den 21 februari 2003 i Hjortviken konferens, Hindås, kl. 11.00 14.00", "Socialnämnden kallas till
 * sammanträde torsdagen den 11 december 2014 kl 14.00 i Leja, Lindesbergs kommunhus". The place is what
 * follows " i " after the date, up to the time or the end of the sentence.
 */
export function readProseWhenWhere(text: string): WhenWhere | undefined {
  const m = PROSE_WHEN.exec(text);
  if (!m?.[1]) return readProseWhereWhen(text);
  const date = findDates(m[1])[0];
  if (!date || date.year === undefined) return undefined;
  const out: WhenWhere = { date: { ...date, index: m.index + m[0].length - m[1].length + date.index } };
  const after = readTimeAfter(out, text, m.index + m[0].length, 200, 120);
  const place =
    /^[\s,]*(?:(?:kl(?:ockan)?\.?\s*[\d.:\s–-]*)?\s*)i\s+((?:\p{Lu}|(?:sammanträdes|konferens|möte?s|sessions|fullmäktige)?(?:rum|salen|sal|lokal)(?:met|en)?\s+\p{Lu})[\s\S]*?)(?=,?\s+kl(?:ockan)?\.?(?![\p{L}])|$)/u.exec(
      after,
    );
  if (place?.[1]) {
    const location = place[1].replace(/[\s,.]+$/u, '').trim();
    if (location.length > 1 && location.length <= 120) out.location = location;
  }
  return out;
}

/**
 * The time a sentence gives after its date ("… 2024 kl. 18.30"): read from the `span` characters after `at`, up
 * to the sentence's end, if it starts within `within` of them. Returns that stretch (the place may follow).
 */
function readTimeAfter(out: WhenWhere, text: string, at: number, span: number, within: number): string {
  const after = text.slice(at, at + span).split(/\n|\.(?=\s+\p{Lu}|$)/u)[0] ?? '';
  const time = findTimes(after)[0];
  if (time && time.index < within) {
    out.start = time.start;
    if (time.end) out.end = time.end;
  }
  return after;
}

// "Kommunfullmäktige sammanträder i Stadshuset, Sessionssalen, måndagen den 25 mars 2024 kl. 18.30": the place
// first, then the date (as the notice of a council's meeting writes it).
// Case matters here (a place starts with a capital: "i regel den 12 juni" is no place), so the pattern is written without the i flag.
const PROSE_WHERE_WHEN =
  /(?<![\p{L}])(?:[Ss]ammanträder|[Ss]ammanträdet\s+hålls|[Mm]ötet\s+hålls|[Ss]ammanträdet\s+äger\s+rum)\s+i\s+(\p{Lu}[^.\n]{2,80}?),?\s+((?:(?:[Mm]åndag|[Tt]isdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ördag|[Ss]öndag)(?:en)?\s+)?(?:den\s+)?(?:\d{1,2}\s+\p{Ll}+\s+(?:år\s+)?\d{4}|\d{4}-\d{2}-\d{2}))/u;

/** When and where from "… sammanträder i <place>, <date> kl <time>", or undefined. */
function readProseWhereWhen(text: string): WhenWhere | undefined {
  const m = PROSE_WHERE_WHEN.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const date = findDates(m[2])[0];
  if (!date || date.year === undefined) return undefined;
  const out: WhenWhere = { date: { ...date, index: m.index + m[0].length - m[2].length + date.index } };
  readTimeAfter(out, text, m.index + m[0].length, 60, 20);
  const location = m[1].replace(/[\s,]+$/u, '').trim();
  // A place holds no date or time of its own (else the pattern matched across a sentence it should not).
  if (location.length <= 80 && findDates(location).length === 0 && findTimes(location).length === 0)
    out.location = location;
  return out;
}

const RANGE = new RegExp(`(?<!\\d)(\\d{1,4})\\s*(?:${RANGE_DASH_SOURCE}|till)\\s*(?:§\\s*)?(\\d{1,4})(?!\\d)`, 'u');
/** What is no single paragraph: a number too long for one, or a range (one the range pattern refused). */
const NOT_ONE = new RegExp(`\\d{5,}|\\d\\s*${RANGE_DASH_SOURCE}\\s*\\d`, 'u');
const RANGE_IN_TEXT = new RegExp(`§§\\s*(\\d{1,4})\\s*${RANGE_DASH_SOURCE}\\s*(\\d{1,4})`, 'u');

/** A paragraph range: "§§ 750-768", "8-14", "26 -- 38", "§ 5". */
export function readRange(value: string): { from: number; to: number } | undefined {
  // Whole numbers only: "§§ 612-626626" is a typing slip, not §§ 612-6266.
  const m = RANGE.exec(value);
  if (m?.[1] && m[2]) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    // One meeting never holds a thousand paragraphs.
    return from <= to && to - from < 1000 ? { from, to } : undefined;
  }
  if (NOT_ONE.test(value)) return undefined;
  const one = /(?<!\d)(\d{1,4})(?!\d)/.exec(value);
  return one?.[1] ? { from: Number(one[1]), to: Number(one[1]) } : undefined;
}

/** Where the header region ends: `value` in a range ("§§ 750-768") in the preamble or a body line. */
export function rangeInText(text: string): { from: number; to: number } | undefined {
  const m = RANGE_IN_TEXT.exec(text);
  return m?.[1] && m[2] ? readRange(`${m[1]}-${m[2]}`) : undefined;
}
