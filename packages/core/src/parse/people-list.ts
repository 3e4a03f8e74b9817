import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/participant.js';
import { isGivenName } from './given-names.js';
import { OFFICE_TITLE_ENDS } from './office-titles.js';
import type { ParticipantDraft } from './participants.js';
import { isMunicipality, isOrganisation, leadingPlaceLength } from './places.js';

/**
 * The grammar of a list of people in the head of minutes, however it was laid out or flattened:
 *
 *   entry   = ["*"] name [party] attribute*
 *   name    = two to four capitalised words ("Anna-Britt Bromée", "Jan W Kjellberg", "Yvonne de Martin")
 *   party   = "(S)" | "(s)" | "( c)" | "(C )" | "(Fp)" | ", KD"        "(-)" and "(?)" are no party
 *   attribute = role words before or after a comma ("ordförande", "1:e vice ordf", "tj ledamot", "ledamot")
 *             | a substitution ("tjänstgörande ersättare för X", "tjg för X", "tj ers för X", "ersätter X", "för X")
 *             | a title (", förvaltningschef", ", ordf Socialnämnden") | a municipality ("Göteborg")
 *             | a note ("§§ 51-58", "§ 267", "kl 8:15-11:30", "ej 133", "avvek kl 15", "via länk")
 *
 * Entries follow one another on lines, after commas, joined by "och", or with nothing between them at
 * all; where nothing separates them, a party, a title or a known given name marks where the next name
 * starts. The list ends where something that is not a person begins (a date, "Kl" opening a new field).
 */

/** A person read from a list, with where the entry starts and ends in the text. */
export interface ListedPerson extends ParticipantDraft {
  start: number;
  end: number;
  /** An empty cell of a table ("Saknar ersättare", "Ingen ersättare"): keeps a row's place, names no one. */
  vacant?: boolean;
}

/** What reading a list gives: the people, how much of the text the list took, and whether it only refers elsewhere. */
export interface PeopleList {
  people: ListedPerson[];
  /** How many characters of the text belong to the list. */
  consumed: number;
  /** "Se bilaga 1", "Enligt förteckning", "Se sidan 2": the list is elsewhere. */
  reference?: string;
}

type TokKind = 'cap' | 'lower' | 'num' | 'paren' | 'comma' | 'nl' | 'och' | 'para' | 'punct' | 'star';
interface Tok {
  kind: TokKind;
  text: string;
  start: number;
  end: number;
  /** Whether it may be part of a name ({@link nameWord}), once asked: a list's reader asks of each word many times. */
  nameWord?: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.:/&-]*/uy;

function tokenize(text: string, limit: number): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < text.length && out.length < limit) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\n') {
      out.push({ kind: 'nl', text: c, start: i, end: i + 1 });
      i++;
    } else if (c === '(') {
      const close = text.indexOf(')', i);
      const end = close === -1 || close - i > 120 ? Math.min(text.length, i + 1) : close + 1;
      out.push({ kind: 'paren', text: text.slice(i + 1, close === -1 ? i + 1 : close), start: i, end });
      i = end;
    } else if (c === ',' || c === ';') {
      out.push({ kind: 'comma', text: c, start: i, end: i + 1 });
      i++;
    } else if (c === '§') {
      const m = /§+\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*(?:,|och)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*/uy;
      m.lastIndex = i;
      const hit = m.exec(text);
      const end = hit ? i + hit[0].length : i + 1;
      out.push({ kind: 'para', text: text.slice(i, end), start: i, end });
      i = end;
    } else if (c === '*' || c === '•') {
      out.push({ kind: 'star', text: c, start: i, end: i + 1 });
      i++;
    } else {
      WORD_RE.lastIndex = i;
      const m = WORD_RE.exec(text);
      if (!m) {
        out.push({ kind: 'punct', text: c, start: i, end: i + 1 });
        i++;
        continue;
      }
      // A trailing full stop or colon belongs to the sentence, not the word ("ordf.", "Nilsson.").
      let w = m[0];
      while (w.length > 1 && (w.endsWith('.') || w.endsWith(':')) && !/^\d+[.:]\d*$/.test(w) && !/^\p{Lu}\.$/u.test(w))
        w = w.slice(0, -1);
      let end = i + w.length;
      // Its first character decides its kind; letters outside ASCII are asked of the Unicode classes.
      const first = w.charCodeAt(0);
      const digit = first >= 48 && first <= 57;
      // "1 :e vice ordförande": a space the extraction put into an ordinal.
      const ordinal = digit && w.length === 1 ? /^ :([ae])(?![\p{L}])/u.exec(text.slice(end, end + 4)) : null;
      if (ordinal) {
        w = `${w}:${ordinal[1]}`;
        end += ordinal[0].length;
      }
      const kind: TokKind = digit
        ? 'num'
        : w === 'och' || w === '&'
          ? 'och'
          : first < 128
            ? first >= 65 && first <= 90
              ? 'cap'
              : 'lower'
            : /^\p{Lu}/u.test(w)
              ? 'cap'
              : 'lower';
      out.push({ kind, text: w, start: i, end });
      i = end;
    }
  }
  return out;
}

/** Party abbreviations of Swedish national and local parties; used where no parenthesis marks a party. */
const KNOWN_PARTIES = new Set(
  'S M C V L KD MP SD FP PP NP FI SPI VF T AD FIA BÅP KV KP SVP LPO SJVP MED TP RP'.split(' '),
);

/** Whether a word is a party's abbreviation as a list prints it before a name ("S Anna Berg"). */
export const isKnownParty = (word: string): boolean => KNOWN_PARTIES.has(word);

/** "(S)", "(s)", "( c)", "(C )", "(Fp)", "(FiA)": a party; "(-)", "(?)": none stated. */
export function partyOf(inner: string): { party?: string; none?: boolean } | undefined {
  const t = inner.trim();
  if (/^[-–?]*$/.test(t)) return { none: true };
  if (/^\p{L}{1,4}$/u.test(t) && (/^\p{Lu}/u.test(t) || t.length <= 2 || KNOWN_PARTIES.has(t.toUpperCase())))
    return { party: t.toUpperCase() };
  return undefined;
}

/** Lower-case words that describe a person's role in a list, as they are written, abbreviated or not. */
const ROLE_PHRASES: readonly [RegExp, Role[], 'sub'?][] = [
  [
    /^(?:1:e|2:e|3:e|förste|andre|tredje|förste\s+vice|andre\s+vice)?\s*(?:vice|v\.?|v)\s*ordf(?:örande|\.)?$/iu,
    ['vice-chair'],
  ],
  [/^(?:1:e|2:e|3:e|förste|andre|tredje)\s+vice\s+ordf(?:örande|\.)?$/iu, ['vice-chair']],
  [/^(?:förste|andre|tredje|1:e|2:e|3:e)\s+vice\s+ordf$/iu, ['vice-chair']],
  [/^ordf(?:örande|\.)?$/iu, ['chair']],
  [/^(?:tj(?:g|änstgörande)?\.?\s+)?ledamot$/iu, ['member']],
  [/^(?:tj(?:g|änstgörande)?\.?\s+)?(?:ersättare|ers\.?)$/iu, ['substitute']],
  [/^(?:ej|inte|icke)\s+tj(?:g|änstgörande)?\.?\s+(?:ersättare|ers\.?)$/iu, ['substitute']],
  [/^tjänstgör(?:ande)?$/iu, []],
  [/^(?:sekreterare|protokollförare|sekr\.?)$/iu, ['secretary']],
  [/^(?:justerare|justerande|protokollsjusterare|prot\.?\s*justerare)$/iu, ['adjuster']],
];

/** The roles a role phrase gives ("1:e vice ordf.", "sekr.", "tjg ersättare"), or undefined for other words. */
export function rolePhrase(words: string): Role[] | undefined {
  // "1:e vice ordförande tjänstgör": the role, and that the person served.
  const t = words
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(\d) :([ae])(?![\p{L}])/gu, '$1:$2')
    .replace(/\s+tjänstgör(?:ande)?$/iu, '');
  if (!t || t.length > 40) return undefined;
  for (const [re, roles] of ROLE_PHRASES) if (re.test(t)) return roles;
  // "femte ers för majoriteten", "sjunde ers minoriteten", "ersättare för S": a substitute's place in line.
  if (/^adjungerad/iu.test(t)) return ['other'];
  if (
    /^(?:\p{L}+\s+)?(?:ers\.?|ersättare)(?:\s+(?:för\s+)?(?:majoriteten|minoriteten|oppositionen|\p{Lu}{1,3}))?$/u.test(
      t,
    )
  )
    return ['substitute'];
  return undefined;
}

/** Words that introduce the member a substitute stands in for. */
const SUB_LEAD =
  /^(?:(?:tjänstgörande|tjg|tj)\.?\s+)?(?:ersättare|ers\.?)\s+för$|^(?:tjänstgör|tjänstgörande|tjg|tj)\.?\s+för$|^(?:tjg|tj)$|^ersätter$|^för$|^i\s+stället\s+för$|^istället\s+för$|^ersättare\s+för$/iu;

/**
 * Lower-case words that never belong to a name, and a few capitalised ones that never start one. The
 * document's own words are here because a flattened agenda runs the secretary's name on into the next
 * heading ("Sekreterare Elin Moberg Föredragningslista 1. …").
 */
const NOT_NAME = new Set(
  `ordförande ordf sekreterare justerare justerande ledamot ledamöter ersättare ersättarna beslutande närvarande övriga
tjänstemän tjänstepersoner plats tid datum paragrafer paragraf underskrifter organ sammanträdesdatum anslag bevis
utses justering justeringens förvaringsplats underskrift kommunstyrelsen kommunfullmäktige se enligt kl klockan
protokoll sammanträdesprotokoll protokollet sida sid ajournering frånvarande förhinder adjungerade inbjudna
tjänstgörande vice ej nämnden styrelsen sammanträdestider sammanträdesdagar sammanträdesplan mötestider mötesdagar
sammanträden föredragningslista föredragningslistan dagordning dagordningen ärendelista ärendelistan kallelse
kungörelse protokollsutdrag ärenden ärende beslutsärenden informationsärenden handlingar bilaga bilagor dnr
diarienummer`.split(/\s+/),
);

/**
 * Months and weekdays: a flattened schedule page runs them on after a chair's name ("Ordförande: Kjell
 * Berg Sammanträdestider 2017 Januari Februari Mars …"). Never a name, unless also a given name ("Maj").
 */
const CALENDAR_WORD = new Set(
  `januari februari mars april maj juni juli augusti september oktober november december måndag tisdag onsdag
torsdag fredag lördag söndag`.split(/\s+/),
);

const BODY_WORD =
  /(?:nämnden|nämnd|styrelsen|styrelse|förvaltningen|förvaltning|kommun|kommunen|kontoret|skolan|skola|enheten|avdelningen|bolaget|förbundet|regionen|rådet|utskottet|revisionen|sektorn|fullmäktige|kansliet|huset|centrum|gymnasiet)$/iu;

/** Whether a capitalised word may be part of a person's name. */
function nameWord(t: Tok | undefined): boolean {
  if (t?.kind !== 'cap') return false;
  t.nameWord ??= isNameWord(t.text);
  return t.nameWord;
}

function isNameWord(w: string): boolean {
  if (w.length > 30 || /\d/.test(w) || /[/&]/.test(w)) return false;
  if (NOT_NAME.has(w.toLowerCase())) return false;
  if (CALENDAR_WORD.has(w.toLowerCase()) && !isGivenName(w)) return false;
  // "PRO T OK OL L": a heading spaced out letter by letter, not a name (an initial is one letter).
  if (w.length >= 2 && !/\p{Ll}/u.test(w)) return false;
  if (w.length > 4 && w === w.toUpperCase() && !w.includes('-')) return false; // "ANSLAG", "KOMMUNSTYRELSEN"
  if (BODY_WORD.test(w) && !isGivenName(w)) return false;
  return true;
}

const PARTICLES = new Set([
  'von',
  'van',
  'af',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'el',
  'al',
  'bin',
  'ben',
  'del',
]);
const isInitial = (t: Tok | undefined) => !!t && t.kind === 'cap' && /^\p{Lu}\.?$/u.test(t.text);

/**
 * The names in a run of capitalised words with nothing between them ("Per Öberg Maja Wiklund"), by the
 * most likely split: names of two words unless given names say otherwise. Each entry is [first, last]
 * token indices. Undefined when the run cannot be split into names at all.
 */
function splitNames(toks: readonly Tok[], from: number, to: number): [number, number][] | undefined {
  const n = to - from;
  if (n < 2) return undefined;
  // best[i]: the best split of toks[from+i .. to) as [score, names].
  const best: ([number, [number, number][]] | undefined)[] = new Array(n + 1).fill(undefined);
  best[n] = [0, []];
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 2; len <= 4 && i + len <= n; len++) {
      const rest = best[i + len];
      if (!rest) continue;
      const a = from + i;
      const first = toks[a] as Tok;
      // A particle ("von", "de") belongs to the name before it; it never starts one.
      if (first.kind !== 'cap') continue;
      if (toks[a + len]?.kind === 'lower' && PARTICLES.has((toks[a + len] as Tok).text)) continue;
      let score = rest[0];
      score += isGivenName(first.text) ? 3 : isInitial(first) ? -3 : -1;
      if (len === 3) score -= isGivenName((toks[a + 1] as Tok).text) || isInitial(toks[a + 1]) ? 0 : 1.5;
      if (len === 4) score -= 4;
      // A given name in last position is a sign that the next name started early.
      if (isGivenName((toks[a + len - 1] as Tok).text) && !isSurnameLike((toks[a + len - 1] as Tok).text)) score -= 2.5;
      const cur = best[i];
      if (!cur || score > cur[0]) best[i] = [score, [[a, a + len - 1], ...rest[1]]];
    }
  }
  return best[0]?.[1];
}

const isSurnameLike = (w: string) =>
  /(?:son|sson|berg|ström|qvist|kvist|lund|gren|dahl|ling|man|borg|stedt|holm|mark|by|fors|sjö|å|ér|én|in|ius|ell|ing)$/iu.test(
    w,
  );

interface Draft extends ListedPerson {}

const _lower = (t: Tok | undefined) => !!t && t.kind === 'lower';

/** A note on a person: "§§ 51-58", "51-58", "ej 133", "kl 8:15-11:30", "avvek kl 15", "från kl 14.30", "via länk". */
function readNote(toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (!t) return 0;
  if (t.kind === 'para') return 1;
  // "8:15-11:30", "14.30", "8:15-8:45": a time a person came or left.
  if (t.kind === 'num' && /^\d{1,2}[.:]\d{2}(?:[-–]\d{1,2}(?:[.:]\d{2})?)?$|^\d{1,2}[.:]\d{2}[-–]$/.test(t.text))
    return 1;
  if (t.kind === 'num' && /^\d{1,4}(?:[-–]\d{1,4})?$/.test(t.text)) {
    // "130-146", "6 -13": a paragraph range; "132": one paragraph.
    if (toks[i + 1]?.kind === 'punct' && /[-–]/.test(toks[i + 1]?.text ?? '') && toks[i + 2]?.kind === 'num') return 3;
    return 1;
  }
  const w = t.text.toLowerCase();
  if (
    t.kind === 'lower' &&
    (w === 'kl' ||
      w === 'kl.' ||
      w === 'klockan' ||
      w === 'från' ||
      w === 'till' ||
      w === 'avvek' ||
      w === 'avgick' ||
      w === 'ankom' ||
      w === 'ej' ||
      w === 'ej.' ||
      w === 'fr' ||
      w === 'närv' ||
      w === 'via' ||
      w === 't' ||
      w === 'o' ||
      w === 'm' ||
      w === 'tom' ||
      w === 'fr.o.m' ||
      w === 't.o.m' ||
      w === 'under' ||
      w === 'deltog' ||
      w === 'deltar' ||
      w === 'delvis' ||
      w === 'gick' ||
      w === 'efter')
  ) {
    let j = i + 1;
    while (j < toks.length && j < i + 12) {
      const u = toks[j] as Tok;
      if (u.kind === 'num' || u.kind === 'para') j++;
      else if (u.kind === 'punct' && /[-–:.]/.test(u.text)) j++;
      else if (
        u.kind === 'lower' &&
        /^(?:kl|kl\.|klockan|från|till|t|o|m|tom|fr|o\.m|t\.o\.m|fr\.o\.m|och|länk|distans|teams|under|med|§§|§)$/u.test(
          u.text.toLowerCase(),
        )
      )
        j++;
      // "via Teams", "via Zoom": the service's name, capitalised.
      else if (u.kind === 'cap' && /^(?:teams|zoom|skype|länk|video|videolänk|distans)$/iu.test(u.text)) j++;
      else break;
    }
    // "ej 133", "kl 8:15-11:", "via länk": a note needs a number, a § or a known word after its lead.
    if (j > i + 1) return j - i;
  }
  return 0;
}

/**
 * Words after a person that say how they took part, not what they are ("deltar ej i beslut", "p.g.a. jäv",
 * "lämnade sammanträdet"): a note, never a title.
 */
const NOTE_PHRASE =
  /^(?:deltar|deltog|ej|inte|avvek|avgick|lämnade|anslöt|p\.\s?g\.\s?a\.?|pga|på\s+grund\s+av|jäv)(?![\p{L}])/iu;

/**
 * How many words from `i` run to the end of their line (1 to 5, capitalised or not, no party, no name's start,
 * the line ending there), or 0: what a lined list prints after a person's comma.
 */
function lineRest(toks: readonly Tok[], i: number): number {
  let j = i;
  while (j < toks.length && j < i + 6 && (toks[j]?.kind === 'cap' || toks[j]?.kind === 'lower')) j++;
  const end = toks[j];
  if (j === i || j - i > 5 || (end !== undefined && end.kind !== 'nl')) return 0;
  for (let k = i; k < j; k++) if (startsName(toks, k)) return 0;
  return j - i;
}

/**
 * A party code as a table prints it in a cell of its own ("S", "KD"), as printed in capitals, with nothing after
 * it on its row that goes on a name: the row's end, a role, or a word in lower case.
 */
function partyCellAt(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || t.kind !== 'cap' || t.text.length > 3 || t.text !== t.text.toUpperCase() || !KNOWN_PARTIES.has(t.text))
    return false;
  const next = toks[j + 1];
  return next === undefined || next.kind === 'nl' || next.kind === 'lower' || (!nameWord(next) && !isInitial(next));
}

/** A party's code in capitals ("S", "KD"): no word of a title, nor of a body's name a role is held in. */
const isPartyCode = (t: Tok | undefined): boolean =>
  t?.kind === 'cap' && t.text.length <= 3 && t.text === t.text.toUpperCase() && KNOWN_PARTIES.has(t.text);

/** A presence cell that says the person was not there, capitalised as a table's cell is ("Ej närvarande"). */
const ABSENT_CELL = /^(?:Frånvarande|Ej närvarande|Inte närvarande)(?![\p{L}])/u;

/** A single word of a role column: a role, or a title such as "förvaltningschef". */
const COLUMN_WORD =
  /^(?:ersättare|ledamot|ordförande|sekreterare|justerare|tjänsteman|tjänsteperson|\p{Ll}{3,}(?:chef|sekreterare|handläggare|strateg|ekonom|controller|direktör|samordnare|ledare|utvecklare))$/u;

const STOP_WORD =
  /^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?$|^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/iu;

/** A presence table's cross ("X") after a person. */
const isMark = (t: Tok | undefined): boolean => t?.text === 'X';

/** A presence table's column heads beside the list's label ("Ledamöter  Närvaro  Från §"): no one's name. */
const COLUMN_HEAD =
  /^(?:närvaro|närv|närvarande|från|till|tjg|tjänstgör|tjänstgörande|ej|ja|nej|avstår|parti|anm|anmärkning)$/iu;

/**
 * Reads a list of people. `roles` are the roles every person in it has (from the label); the entries'
 * own words add roles ("ordförande") or replace a member role by a substitute's ("tjg ersättare för X").
 */
export function readPeopleList(
  text: string,
  roles: readonly Role[],
  diagnostics?: Diagnostic[],
  line?: number,
): PeopleList {
  // The head's reader asks about the same stretch of text several times (each waiting label tries it, the
  // signature blocks weigh it, the participants are read from it): the answer is remembered, and handed out
  // as a copy since callers change the people they get. The line number only marks the people and the
  // diagnostics, so it is put in the copy: a list read with and without one is read once.
  const found = remembered(text, roles);
  if (diagnostics) diagnostics.push(...found.diagnostics.map((d) => (line ? { ...d, line } : { ...d })));
  return {
    ...found.list,
    people: found.list.people.map((p) => withLine(p, line)),
  };
}

/** A person of a list as {@link peekPeopleList} gives it: to look at, not to change. */
export type SeenPerson = Readonly<Omit<ListedPerson, 'roles'>> & { readonly roles: readonly Role[] };

/**
 * {@link readPeopleList} for a reader that only looks at the list (the head's pairing of labels and values,
 * the signature blocks): the remembered list itself, without the copy of every person a caller that keeps
 * them needs.
 */
export function peekPeopleList(
  text: string,
  roles: readonly Role[],
): { readonly people: readonly SeenPerson[]; readonly consumed: number; readonly reference?: string } {
  return remembered(text, roles).list;
}

/**
 * A value that is people's names and nothing else ("Britt Björk", "Anna Berg och Per Ek"): no date, time or
 * place. Read with the lists' own grammar, so the head's readers tell names from a place the same way.
 */
export function namesOnly(value: string): boolean {
  const text = value.trim();
  if (!text || /\d/u.test(text)) return false;
  const list = peekPeopleList(text, []);
  return list.people.length > 0 && !list.reference && text.slice(list.consumed).trim() === '';
}

function remembered(text: string, roles: readonly Role[]): { list: PeopleList; diagnostics: Diagnostic[] } {
  // Keyed by the roles, then by the text itself (no key string made by joining them: that copied the text).
  const rolesKey = roles.length === 0 ? '' : roles.join(',');
  let byText = memo.get(rolesKey);
  if (byText === undefined) {
    byText = new Map();
    memo.set(rolesKey, byText);
  }
  let found = byText.get(text);
  if (!found) {
    const local: Diagnostic[] = [];
    found = { list: readList(text, roles, local), diagnostics: local };
    if (++remembering > 256) {
      memo.clear();
      remembering = 1;
      byText = new Map();
      memo.set(rolesKey, byText);
    }
    byText.set(text, found);
  }
  return found;
}

/** A copy of a person read from a list, with the list's line (as `readList` would have put it: after `end`). */
function withLine(p: ListedPerson, line: number | undefined): ListedPerson {
  if (!line || p.vacant) return { ...p, roles: [...p.roles] };
  const { name, roles, start, end, ...rest } = p;
  return { name, roles: [...roles], start, end, line, ...rest };
}

const memo = new Map<string, Map<string, { list: PeopleList; diagnostics: Diagnostic[] }>>();
/** How many lists `memo` holds: at most 256, then it starts again. */
let remembering = 0;

function readList(text: string, roles: readonly Role[], diagnostics?: Diagnostic[]): PeopleList {
  const ref =
    /^\s*(?:se\s+(?:bilaga|bifogad|förteckning|sid(?:an|a)?|s\.|följande|nästa|närvaro)[^\n]{0,40}?|enligt\s+(?:bifogad\s+|bilagd\s+)?(?:förteckning|närvarolista|bilaga|uppropslista)[^\n]{0,30}?|samtliga\s+ledamöter[^\n]{0,40}?)(?=$|\n|\s\p{Lu}|[.:](?:\s|$))/iu.exec(
      text,
    );
  if (ref) {
    let consumed = ref[0].length;
    if (text[consumed] === '.' || text[consumed] === ':') consumed++;
    return { people: [], consumed, reference: ref[0].trim() };
  }
  const toks = tokenize(text, 20_000);
  const people: Draft[] = [];
  let cur: Draft | undefined;
  let end = 0; // end of the last token that belonged to the list
  let i = 0;
  const openToks = (first: Tok, last: Tok, words: readonly Tok[]) => {
    const name = words.map((t) => t.text).join(' ');
    cur = { name, roles: [...roles], start: first.start, end: last.end };
    if (partyBefore) cur.party = partyBefore;
    partyBefore = undefined;
    if (titleBefore) {
      // "Nämndsekreterare Ola Ling": a role word as a title, read as after the name.
      const r = rolePhrase(titleBefore.toLowerCase());
      if (r && r.length > 0) addRoles(cur, r);
      else applyTitle(cur, titleBefore);
    }
    titleBefore = undefined;
    people.push(cur);
    end = cur.end;
  };
  // "S Anna Berg": a party printed before the name, at the start of a line.
  let partyBefore: string | undefined;
  // "Regiondirektör Sofia Dahlin, Kanslichef Per Hed": a list whose first entry prints the title before the
  // name is read so throughout, so "Kanslichef" is Per Hed's title and no word of anyone's name.
  let titleFirst = false;
  let titleBefore: string | undefined;
  // A list whose lines start with the party: flattened, each party before its name goes on mid-line
  // ("M Johan Karlsson, ordförande S Lena Ek …"), and is no word of the title before it.
  let partyFirst = false;
  const partyAhead = (k: number) => {
    const p = toks[k];
    return (
      p !== undefined &&
      p.kind === 'cap' &&
      p.text.length <= 3 &&
      KNOWN_PARTIES.has(p.text) &&
      (k === 0 || toks[k - 1]?.kind === 'nl' || partyFirst) &&
      startsName(toks, k + 1)
    );
  };
  const addRoles = (p: Draft, add: readonly Role[]) => {
    if (add.includes('substitute') && p.roles.includes('member') && !roles.includes('substitute')) {
      p.roles = p.roles.filter((r) => r !== 'member');
    }
    // "Övriga närvarande: Anna Berg (S) ersättare": a politician's own role replaces the list's "other".
    if ((add.includes('substitute') || add.includes('member')) && p.roles.includes('other')) {
      p.roles = p.roles.filter((r) => r !== 'other');
    }
    // "Närvarande: … Jonas Lind, Ekby kommun, sekreterare": the secretary is an officer, no member, unless the
    // list gives them a party or a chair's role as well.
    if (
      add.includes('secretary') &&
      p.roles.includes('member') &&
      !add.includes('member') &&
      !p.party &&
      !p.roles.some((r) => r === 'chair' || r === 'vice-chair')
    ) {
      p.roles = p.roles.filter((r) => r !== 'member');
    }
    for (const r of add) if (!p.roles.includes(r)) p.roles.push(r);
  };
  const note = (p: Draft, n: string) => {
    p.note = p.note ? `${p.note}; ${n}` : n;
  };
  while (i < toks.length) {
    const t = toks[i] as Tok;
    // After a blank line only a new name goes on with the list ("Anna Berg (S)\n\nPer Ek (M)").
    if (t.kind === 'nl' && toks[i + 1]?.kind === 'nl' && people.length > 0) {
      let k = i;
      while (toks[k]?.kind === 'nl') k++;
      if (toks[k]?.kind !== 'cap' && toks[k]?.kind !== 'star') break;
      // "Ordf. Eva Sten" / "Sekr. Petra Lund" under the list: a role before a name starts another block.
      const next = toks[k] as Tok;
      if (next.kind === 'cap' && !startsName(toks, k) && rolePhrase(next.text.toLowerCase())?.length) break;
    }
    if (t.kind === 'nl' || t.kind === 'comma' || t.kind === 'och' || t.kind === 'star') {
      i++;
      continue;
    }
    if (t.kind === 'punct' && /^[.…_:;–—\-'"’”!?/\\]$/.test(t.text)) {
      i++;
      continue;
    }
    // An attendance table's cross ("Anna Berg (C)X") and "forts." (continued on the next page) say nothing.
    if (
      (t.kind === 'cap' || t.kind === 'lower') &&
      (/^[Xx]$/.test(t.text) || /^forts$/iu.test(t.text)) &&
      (cur || people.length === 0)
    ) {
      i++;
      continue;
    }
    if (partyAhead(i)) {
      partyBefore = t.text;
      if (people.length === 0) partyFirst = true;
      i++;
      continue;
    }
    if (t.kind === 'paren' && cur) {
      const party = partyOf(t.text);
      if (party) {
        if (party.party && !cur.party) cur.party = party.party;
      } else {
        applyParenthesis(cur, t.text);
      }
      cur.end = t.end;
      end = t.end;
      i++;
      continue;
    }
    // "Saknar ersättare", "Ingen ersättare": a table's empty cell.
    if (
      t.kind === 'cap' &&
      /^(?:saknar|ingen|utan)$/iu.test(t.text) &&
      /^(?:ersättare|ers)$/iu.test(toks[i + 1]?.text ?? '')
    ) {
      const prev = cur;
      cur = { name: '', roles: [], start: t.start, end: (toks[i + 1] as Tok).end, vacant: true };
      people.push(cur);
      end = cur.end;
      i += 2;
      // What follows the empty cell is the row's first person's (their times and paragraphs).
      if (prev) cur = prev;
      continue;
    }
    // A date ends the list ("Måndagen den 14 mars", "Maj 2024"); "Maj Holmström" is a name.
    if (
      t.kind === 'cap' &&
      STOP_WORD.test(t.text) &&
      (toks[i + 1]?.kind === 'num' || /^den$/iu.test(toks[i + 1]?.text ?? ''))
    )
      break;
    if (t.kind === 'cap' && /^(?:kl|klockan|den)$/iu.test(t.text) && toks[i + 1]?.kind !== 'cap') break;
    // A page's running header inside a list ("… Tore Hult (s), Alingsås 2 FÖRBUNDSSTYRELSEN GR 2 Lars Kjellgren (s)"):
    // words in capitals and page numbers, with the list going on after them.
    if (cur && (t.kind === 'num' || (t.kind === 'cap' && t.text.length >= 2 && !/\p{Ll}/u.test(t.text)))) {
      let k = i;
      while (
        k < toks.length &&
        k < i + 8 &&
        ((toks[k] as Tok).kind === 'num' || ((toks[k] as Tok).kind === 'cap' && !/\p{Ll}/u.test((toks[k] as Tok).text)))
      )
        k++;
      if (
        k > i &&
        nameWord(toks[k]) &&
        nameWord(toks[k + 1]) &&
        /[(,]/.test(toks[k + 2]?.kind === 'paren' ? '(' : toks[k + 2]?.kind === 'comma' ? ',' : '')
      ) {
        i = k;
        continue;
      }
    }
    // Before the first person: a table's header ("Närvaro§§§§ TjgEj tjgJANEJ"), skipped within a few words.
    if (!cur && people.length === 0 && i < 12 && (t.kind !== 'cap' || COLUMN_HEAD.test(t.text))) {
      i++;
      continue;
    }
    if (cur) {
      // "Lars Eklund (S), ordförande  X": a presence table's mark, no word of the person's.
      if (isMark(t)) {
        i++;
        continue;
      }
      // ", KD" / ", C": a party after a comma.
      if (
        toks[i - 1]?.kind === 'comma' &&
        t.kind === 'cap' &&
        KNOWN_PARTIES.has(t.text.toUpperCase()) &&
        t.text.length <= 3 &&
        !cur.party &&
        (toks[i + 1] === undefined || toks[i + 1]?.kind !== 'cap' || nameWord(toks[i + 1]))
      ) {
        cur.party = t.text.toUpperCase();
        cur.end = t.end;
        end = t.end;
        i++;
        continue;
      }
      // "Lars Ek  M": the party in a cell of its own right after the name, or after the role the name's cell ends with
      // ("Karin Öberg, ordförande<TAB>S").
      if (
        !cur.party &&
        toks[i - 1]?.end === cur.end &&
        (toks[i - 1]?.kind === 'cap' || toks[i - 1]?.kind === 'lower') &&
        partyCellAt(toks, i)
      ) {
        cur.party = t.text;
        cur.end = t.end;
        end = t.end;
        i++;
        continue;
      }
      const n = readNote(toks, i);
      if (n > 0) {
        note(cur, textOf(text, toks, i, i + n - 1));
        cur.end = (toks[i + n - 1] as Tok).end;
        end = cur.end;
        i += n;
        continue;
      }
      // Lower-case words after a person: a role, a substitution, or a title.
      if (t.kind === 'lower' || (t.kind === 'num' && /^\d:[ae]$/.test(t.text))) {
        let j = i;
        while (
          j < toks.length &&
          (toks[j]?.kind === 'lower' ||
            (toks[j]?.kind === 'num' && /^\d:[ae]$/.test(toks[j]?.text ?? '')) ||
            (toks[j]?.kind === 'punct' && toks[j]?.text === '.' && toks[j + 1]?.kind === 'lower'))
        )
          j++;
        const words = textOf(text, toks, i, j - 1);
        const subLead = findSubLead(toks, i, j);
        if (subLead !== undefined) {
          const before = subLead > i ? textOf(text, toks, i, subLead - 1) : '';
          const r = before ? rolePhrase(before) : undefined;
          if (r) addRoles(cur, r);
          const leadEnd = subLeadEnd(toks, subLead, j);
          // The member stood in for: the name right after, with their party.
          const k = leadEnd + 1;
          let m = k;
          while (
            m < toks.length &&
            m < k + 6 &&
            (nameWord(toks[m]) ||
              (m > k && isInitial(toks[m])) ||
              (m > k && PARTICLES.has((toks[m] as Tok).text) && nameWord(toks[m + 1])))
          )
            m++;
          const isTjg = /^(?:tjg|tj)$/iu.test(textOf(text, toks, subLead, leadEnd));
          if (m - k >= 1 && (m - k >= 2 || isInitialName(toks, k, m))) {
            // Only the first two words when more follow with a party (the next entry's name).
            let last = m - 1;
            if (m - k > 2) {
              // "för Kurt Edlund Bo Danielsson för …": the first name only; the next person follows.
              const names = splitNames(toks, k, m);
              if (names && names.length > 1) last = (names[0] as [number, number])[1];
            }
            const target = textOf(text, toks, k, last);
            cur.substituteFor ??= target;
            addRoles(cur, ['substitute']);
            cur.end = (toks[last] as Tok).end;
            end = cur.end;
            i = last + 1;
            if (toks[i]?.kind === 'paren' && partyOf(toks[i]?.text ?? '') && last === m - 1) {
              cur.end = (toks[i] as Tok).end;
              end = cur.end;
              i++;
            } else if (last === m - 1 && !partyFirst && commaParty(toks, i)) {
              // "ersättare för Pia Dahl, SD": the member's party after a comma, as the list writes parties, and
              // no title of the substitute's.
              cur.end = (toks[i + 1] as Tok).end;
              end = cur.end;
              i += 2;
            }
            continue;
          }
          if (isTjg) {
            addRoles(cur, ['substitute']);
            cur.end = (toks[leadEnd] as Tok).end;
            end = cur.end;
            i = leadEnd + 1;
            continue;
          }
        }
        // A column of roles printed apart from its names ("Anna Berg (S) Per Ek Eva Ny ersättare förvaltningschef
        // sekreterare"): as many single role or title words as the names before them that have none.
        const column = words.split(' ');
        if (column.length >= 2 && column.every((w) => COLUMN_WORD.test(w))) {
          const bare: Draft[] = [];
          for (let b = people.length - 1; b >= 0 && bare.length < column.length; b--) {
            const p = people[b] as Draft;
            if (p.title || p.roles.some((x) => !roles.includes(x))) break;
            bare.unshift(p);
          }
          if (bare.length === column.length) {
            bare.forEach((p, b) => {
              const w = column[b] as string;
              const r = rolePhrase(w);
              if (r && r.length > 0) addRoles(p, r);
              else applyTitle(p, w);
            });
            cur.end = (toks[j - 1] as Tok).end;
            end = cur.end;
            i = j;
            continue;
          }
        }
        const r = rolePhrase(words);
        // "ordf Socialnämnden", "ordf. revisionen", "vice ordförande i kommunrevisionen": a role elsewhere.
        const elsewhere =
          r &&
          r.length > 0 &&
          ((toks[j]?.kind === 'cap' &&
            !isMark(toks[j]) &&
            !startsName(toks, j) &&
            !partyAhead(j) &&
            !isPartyCode(toks[j])) ||
            /(?:^|\s)i$/u.test(words) ||
            /(?:nämnden|styrelsen|revisionen|utskottet|rådet|förbundet)$/iu.test(words));
        if (elsewhere) {
          applyTitle(cur, words);
        } else if (r) {
          addRoles(cur, r);
        } else if (/^(?:inte|ej)\s+närvarande$|^frånvarande$|^anmält\s+förhinder$/iu.test(words)) {
          addRoles(cur, ['absent']);
          cur.roles = cur.roles.filter((x) => x !== 'member' && x !== 'substitute');
        } else if (NOTE_PHRASE.test(words)) {
          note(cur, words);
        } else {
          applyTitle(cur, words);
        }
        cur.end = (toks[j - 1] as Tok).end;
        end = cur.end;
        i = j;
        // A title may go on with capitalised words ("ordf Socialnämnden", "chef Tillväxt- och Utvecklingssektorn"),
        // or be followed by the person's municipality ("kommundirektör Malung-Sälens kommun").
        while (
          i < toks.length &&
          toks[i]?.kind === 'cap' &&
          !isMark(toks[i]) &&
          !startsName(toks, i) &&
          !partyAhead(i) &&
          !isPartyCode(toks[i])
        ) {
          const k = i;
          const place = leadingPlaceLength(
            toks.slice(i, i + 5).map((x) => (x.kind === 'cap' || x.kind === 'lower' ? x.text : '\u0000')),
          );
          if (place > 0) {
            applyTitle(cur, textOf(text, toks, i, i + place - 1));
            cur.end = (toks[i + place - 1] as Tok).end;
            end = cur.end;
            i += place;
            continue;
          }
          while (
            i < toks.length &&
            (toks[i]?.kind === 'cap' || toks[i]?.kind === 'lower') &&
            !startsName(toks, i) &&
            !partyAhead(i)
          )
            i++;
          if (i === k) break;
          cur.title = `${cur.title ? `${cur.title} ` : ''}${textOf(text, toks, k, i - 1)}`;
          cur.end = (toks[i - 1] as Tok).end;
          end = cur.end;
        }
        continue;
      }
    }
    if (t.kind === 'cap') {
      // A line of its own that opens with a title ("Förvaltningschef Erik Holm" under "Maria Nord") prints
      // the title first too, whatever the lines before it did.
      // "Vice ordförande Eva Ny (C)", "Sekreterare Maria Nord": a role word opening a row of a lined list.
      const role = i === 0 || toks[i - 1]?.kind === 'nl' ? leadingRoleWords(toks, i) : 0;
      if (role > 0) {
        titleBefore = textOf(text, toks, i, i + role - 1);
        i += role;
        continue;
      }
      if ((titleFirst || people.length === 0 || toks[i - 1]?.kind === 'nl') && isTitleBefore(toks, i)) {
        titleFirst = true;
        titleBefore = t.text;
        i++;
        continue;
      }
      // A place or an organisation after a person: "Bollnäs kommun", "Region Jämtland Härjedalen", "Åre".
      if (cur) {
        const texts = toks.slice(i, i + 5).map((x) => (x.kind === 'cap' || x.kind === 'lower' ? x.text : '\u0000'));
        const place = leadingPlaceLength(texts);
        if (place > 0 && !(place === 1 && isGivenName(t.text) && nameWord(toks[i + 1]))) {
          applyTitle(cur, textOf(text, toks, i, i + place - 1));
          cur.end = (toks[i + place - 1] as Tok).end;
          end = cur.end;
          i += place;
          continue;
        }
        // ", Varumärkesansvarig", ", EU-samordnare": one capitalised word after a comma, alone, is a title.
        const after = toks[i + 1];
        if (
          toks[i - 1]?.kind === 'comma' &&
          (!after ||
            after.kind === 'nl' ||
            after.kind === 'comma' ||
            after.kind === 'lower' ||
            after.kind === 'paren' ||
            (after.kind === 'cap' && startsName(toks, i + 1) && !startsName(toks, i)) ||
            (after.kind === 'och' && toks[i + 2]?.kind === 'lower'))
        ) {
          let j = i + 1;
          while (
            j < toks.length &&
            (toks[j]?.kind === 'lower' || (toks[j]?.kind === 'och' && toks[j + 1]?.kind === 'lower'))
          )
            j++;
          // ", Vice ordförande": a role written with a capital.
          const role = rolePhrase(textOf(text, toks, i, j - 1));
          if (role && role.length > 0) addRoles(cur, role);
          else applyTitle(cur, textOf(text, toks, i, j - 1));
          cur.end = (toks[j - 1] as Tok).end;
          end = cur.end;
          i = j;
          continue;
        }
      }
      // "… ordförande S Lars Ek …", a table's rows run together: the party code ends the row before or opens the
      // next (which, cannot be told), and is no word of the name after it.
      if (cur && !partyFirst && isPartyCode(t) && toks[i - 1]?.kind === 'lower' && startsName(toks, i + 1)) {
        i++;
        continue;
      }
      // A run of capitalised words: names, perhaps after a place or a title of the previous person.
      let j = i;
      const run: number[] = [];
      while (j < toks.length) {
        const u = toks[j] as Tok;
        // "… Per Holm V Anna Sjö" in a list that prints the party first: "V" is Anna Sjö's party.
        if (j > i && partyFirst && partyAhead(j)) break;
        if (j > i && titleFirst && isTitleBefore(toks, j)) break;
        // "Karin Öberg  S  Ordförande": a table's party cell after the name, no initial of it.
        if (run.length >= 2 && partyCellAt(toks, j)) break;
        if (
          nameWord(u) ||
          isInitial(u) ||
          (u.kind === 'lower' && PARTICLES.has(u.text) && nameWord(toks[j + 1]) && j > i)
        ) {
          run.push(j);
          j++;
        } else if (u.kind === 'nl' && run.length === 1 && nameWord(toks[j + 1]) && toks[j + 2]?.kind === 'paren') {
          // "Björn\nCelind (C)": a name broken over two lines by a table cell.
          j++;
        } else break;
      }
      if (j === i) {
        // "Eva Sten<TAB>KD<TAB>Ledamot<TAB>Frånvarande": a table's presence cell after the person's other cells.
        const away = cur ? ABSENT_CELL.exec(text.slice(t.start, t.start + 20)) : null;
        if (cur && away && toks[i - 1]?.end === cur.end) {
          addRoles(cur, ['absent']);
          cur.roles = cur.roles.filter((x) => x !== 'member' && x !== 'substitute');
          let k = i;
          while (k < toks.length && (toks[k] as Tok).end <= t.start + away[0].length) k++;
          cur.end = (toks[k - 1] as Tok).end;
          end = cur.end;
          i = k;
          continue;
        }
        // A capitalised word that is not a name word: a role ("Ordförande"), a municipality, or the end.
        const r = cur ? rolePhrase(t.text) : undefined;
        if (cur && r) {
          addRoles(cur, r);
          cur.end = t.end;
          end = t.end;
          i++;
          continue;
        }
        if (cur && (isMunicipality(t.text) || isOrganisation(t.text))) {
          applyTitle(cur, t.text);
          i++;
          continue;
        }
        // "Bengt Lund, PRO Ekby" on a line of its own: what follows the comma to the line's end is the person's
        // (an association, an office), when it is a few words and no name.
        const rest = cur && toks[i - 1]?.kind === 'comma' ? lineRest(toks, i) : 0;
        if (cur && rest > 0) {
          applyTitle(cur, textOf(text, toks, i, i + rest - 1));
          cur.end = (toks[i + rest - 1] as Tok).end;
          end = cur.end;
          i += rest;
          continue;
        }
        // Before the first person, a table's header in capitals ("JANEJ"): skipped within a few words.
        if (!cur && people.length === 0 && i < 12) {
          i++;
          continue;
        }
        break;
      }
      // Leading place words belong to the person before ("Göteborg Jan Hallberg (m)").
      let from = i;
      while (
        cur &&
        from < j - 1 &&
        (isMunicipality((toks[from] as Tok).text) || BODY_WORD.test((toks[from] as Tok).text)) &&
        !isGivenName((toks[from] as Tok).text)
      ) {
        applyTitle(cur, (toks[from] as Tok).text);
        from++;
      }
      const runToks = run.filter((x) => x >= from).map((x) => toks[x] as Tok);
      const names = splitNames(runToks, 0, runToks.length);
      if (!names) {
        // Before any person, words that are no names are a table's header ("TjgEj tjg"): skip a few.
        if (!cur && people.length === 0 && i < 12) {
          i = Math.max(j, i + 1);
          continue;
        }
        // One capitalised word alone: the end of the list (or a title's last word: leave it).
        break;
      }
      for (const [a, b] of names) openToks(runToks[a] as Tok, runToks[b] as Tok, runToks.slice(a, b + 1));
      i = j;
      continue;
    }
    break;
  }
  if (people.length === 0 && diagnostics && text.trim()) {
    diagnostics.push(diagnostic('info', 'no-person', { text: clip(text) }));
  }
  return { people, consumed: end };
}

/** An official's title printed with a capital ("Kommundirektör", "Kanslichef"): no given name. */
const TITLE_WORD = new RegExp(`^\\p{Lu}\\p{Ll}{2,}(?:${OFFICE_TITLE_ENDS})$`, 'u');

/**
 * How many words at `i` are a role written before the name that starts right after them ("Vice ordförande",
 * "Ordförande", "Sekreterare"), or 0.
 */
function leadingRoleWords(toks: readonly Tok[], i: number): number {
  const t = toks[i];
  if (t?.kind !== 'cap') return 0;
  const two =
    /^vice$/iu.test(t.text) && toks[i + 1]?.kind === 'lower' && /^ordförande$/iu.test(toks[i + 1]?.text ?? '');
  const n = two ? 2 : /^(?:ordförande|sekreterare)$/iu.test(t.text) ? 1 : 0;
  return n > 0 && startsName(toks, i + n) ? n : 0;
}

/** Whether the word at `i` is a title printed before the name that starts right after it. */
function isTitleBefore(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  return t?.kind === 'cap' && TITLE_WORD.test(t.text) && !isGivenName(t.text) && startsName(toks, i + 1);
}

function isInitialName(toks: readonly Tok[], k: number, m: number): boolean {
  return m - k === 1 ? false : isInitial(toks[k]);
}

/** Whether a capitalised run at `i` starts a person (a name followed by a party, a title or a given name first). */
function startsName(toks: readonly Tok[], i: number): boolean {
  if (!nameWord(toks[i])) return false;
  let j = i;
  while (j < toks.length && j < i + 4 && (nameWord(toks[j]) || isInitial(toks[j]))) j++;
  if (j - i < 2) return false;
  // "Varumärkesansvarig Kristina Westhed,": a title glued to the next name, which starts at the given name.
  if (j - i >= 3 && !isGivenName((toks[i] as Tok).text) && isGivenName((toks[i + 1] as Tok).text)) return false;
  const after = toks[j];
  if (after?.kind === 'paren' && partyOf(after.text)) return true;
  if (after?.kind === 'comma') return true;
  return isGivenName((toks[i] as Tok).text);
}

function findSubLead(toks: readonly Tok[], from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) {
    const w = (toks[k] as Tok).text.toLowerCase();
    if (
      w === 'för' ||
      w === 'ersätter' ||
      w === 'tjg' ||
      w === 'tj' ||
      w === 'tjänstgör' ||
      w === 'tjänstgörande' ||
      w === 'ersättare' ||
      w === 'ers' ||
      w === 'ers.' ||
      w === 'istället' ||
      w === 'i'
    ) {
      // The lead runs to "för"/"ersätter", or is "tjg" alone before a name.
      const end = subLeadEnd(toks, k, to);
      const lead = toks
        .slice(k, end + 1)
        .map((t) => t.text)
        .join(' ');
      if (SUB_LEAD.test(lead) && (/för$|ersätter$/iu.test(lead) || end === to - 1)) return k;
    }
  }
  return undefined;
}

/** A comma and a party's letters at `i` (", SD"), with no name of its own after them (a name is the next entry's). */
function commaParty(toks: readonly Tok[], i: number): boolean {
  const party = toks[i + 1];
  if (toks[i]?.kind !== 'comma' || party?.kind !== 'cap' || party.text.length > 3) return false;
  if (!KNOWN_PARTIES.has(party.text.toUpperCase())) return false;
  const next = toks[i + 2];
  return next === undefined || next.kind !== 'cap' || nameWord(next);
}

function subLeadEnd(toks: readonly Tok[], k: number, to: number): number {
  for (let e = k; e < to; e++) {
    const w = (toks[e] as Tok).text.toLowerCase();
    if (w === 'för' || w === 'ersätter') return e;
  }
  return to - 1;
}

function textOf(text: string, toks: readonly Tok[], a: number, b: number): string {
  return text
    .slice((toks[a] as Tok).start, (toks[b] as Tok).end)
    .replace(/\s+/g, ' ')
    .trim();
}

function applyParenthesis(p: Draft, inner: string): void {
  const t = inner.trim().replace(/\s+/g, ' ');
  const sub = /^(?:tjänstgörande\s+|tjg\.?\s+|tj\.?\s+)?(?:ersättare|ers\.?)\s+för\s+(.+)$/iu.exec(t);
  if (sub?.[1]) {
    p.substituteFor ??= sub[1].trim();
    if (!p.roles.includes('substitute')) p.roles.push('substitute');
    return;
  }
  const role = rolePhrase(t);
  if (role) {
    for (const r of role) if (!p.roles.includes(r)) p.roles.push(r);
    return;
  }
  p.note = p.note ? `${p.note}; ${t}` : t;
}

/** A title or place after a person: "förvaltningschef", "Göteborg", "Länsstyrelsen", "ordf Socialnämnden". */
function applyTitle(p: Draft, words: string): void {
  const t = words.trim();
  if (!t) return;
  if (isMunicipality(t)) p.municipality ??= t;
  else if (isOrganisation(t)) p.organisation ??= t;
  else p.title = p.title ? `${p.title} ${t}` : t;
}

const clip = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
};

const POLITICAL: readonly Role[] = ['member', 'substitute', 'absent'];

const isSubstitute = (p: ListedPerson) => p.substituteFor !== undefined || p.roles.includes('substitute');

/**
 * Where a list's rows were read across two columns (members on the left, serving substitutes on the
 * right): a member's own words ("ordförande", "ledamot") after a substitute's ("för Eva Ny") say the
 * columns are interleaved, not one after the other. Returns the index of the first substitute then.
 */
function rowsInterleaved(people: readonly ListedPerson[]): number | undefined {
  const first = people.findIndex(isSubstitute);
  if (first < 0) return undefined;
  const memberAfter = people
    .slice(first + 1)
    .some((p) => !isSubstitute(p) && p.roles.some((r) => r === 'chair' || r === 'vice-chair' || r === 'member'));
  return memberAfter ? first : undefined;
}

/**
 * Whether a list shared by labels of different political roles ("Ledamöter Ersättare Anna Berg (S) Bo Ek
 * (S) …", flattened) says nothing of where one column ends: with no substitute's words ("tjg ers för Eva Ny")
 * at all, nothing moves the list on from the members, so a person without words of their own may be in
 * either column; read row by row, the substitutes' words alternate with members who have none, so a
 * politician without words between two substitutes says the rows were read across. (Read column after
 * column, the substitutes stand together after the members.)
 */
function columnsUnsure(people: readonly ListedPerson[], groups: readonly (readonly Role[])[], political: number[]) {
  const head = groups[political[0] ?? 0] ?? [];
  const differ = political.some((i) => {
    const g = groups[i] ?? [];
    return g.length !== head.length || g.some((r) => !head.includes(r));
  });
  if (!differ) return false;
  const worded = people.flatMap((p, i) => (isSubstitute(p) ? [i] : []));
  if (worded.length === 0) return true;
  const run = people.slice(worded[0], (worded[worded.length - 1] as number) + 1);
  return run.some((p) => !isSubstitute(p) && !p.vacant && p.roles.length === 0 && (p.party || !p.title));
}

/**
 * Shares out one list among several labels printed before it (a flattened two-column page: "Ledamöter
 * Tjänstgörande ersättare Övriga närvarande Anna Berg (M) … Per Ek (S) tjg ers för Eva Ny … Lars Lund,
 * förvaltningschef"). People are listed in the labels' order; a politician (with a party) stays in the
 * current group of politicians until a substitute's words move the list on to the substitutes; a person
 * without a party but with a title belongs to the officials. Each person gets their group's roles and keeps
 * their own words' roles. Where the list does not say which political group a person without words of their
 * own is in ({@link columnsUnsure}, {@link rowsInterleaved}), they get only the roles those groups share
 * (often none: such a person is then left out of the participants, see finishParticipants), with a warning.
 */
export function assignGroups(
  people: ListedPerson[],
  groups: readonly (readonly Role[])[],
  diagnostics?: Diagnostic[],
  line?: number,
): void {
  // "Förhindrad ledamot | Inkallad ersättare": a table of rows, each an absent member and who came instead.
  if (groups.length === 2 && groups[0]?.includes('absent') && groups[1]?.includes('substitute')) {
    let absent: ListedPerson | undefined;
    for (const p of people) {
      if (!absent) {
        absent = p;
        p.roles = [...new Set<Role>(['absent', ...p.roles.filter((r) => r !== 'member')])];
        continue;
      }
      p.roles = [...new Set<Role>(['substitute', ...p.roles.filter((r) => r !== 'member')])];
      if (!p.vacant && absent.name) p.substituteFor ??= absent.name;
      absent = undefined;
    }
    return;
  }
  const political = groups.map((g, i) => (g.some((r) => POLITICAL.includes(r)) ? i : -1)).filter((i) => i >= 0);
  const others = groups.map((g, i) => (g.includes('other') ? i : -1)).filter((i) => i >= 0);
  let c = political[0] ?? 0;
  let sawTitle = false;
  const firstFrom = (list: readonly number[], from: number, want: (g: readonly Role[]) => boolean) =>
    list.find((i) => i >= from && want(groups[i] as readonly Role[]));
  const interleaved = rowsInterleaved(people);
  const unsure = interleaved === undefined && columnsUnsure(people, groups, political);
  const everyGroup = (groups[political[0] ?? 0] ?? []).filter((r) => political.every((i) => groups[i]?.includes(r)));
  const untold: string[] = [];
  for (const [index, p] of people.entries()) {
    const own = p.roles;
    // Rows of two columns read across ("Anna Berg (S), ordf. Per Ek (M) för Eva Ny (M)"): a politician
    // with no words of their own may stand in either column, so gets only what both groups share.
    if (interleaved !== undefined && index > interleaved && p.party && own.length === 0 && !p.substituteFor) {
      const shared = (groups[political[0] ?? 0] ?? []).filter((r) => (groups[c] ?? []).includes(r));
      p.roles = [...shared];
      if (shared.length < (groups[political[0] ?? 0] ?? []).length) untold.push(p.name);
      continue;
    }
    let g: number | undefined;
    if (own.includes('absent')) g = firstFrom(political, 0, (x) => x.includes('absent'));
    else if (own.includes('substitute') || p.substituteFor)
      g = firstFrom(political, c, (x) => x.includes('substitute'));
    else if (own.includes('chair') || own.includes('vice-chair') || own.includes('member'))
      g = firstFrom(political, 0, (x) => x.includes('member'));
    else if (p.party) g = c;
    else if (p.title || sawTitle) g = others[0];
    if (p.title && !p.party) sawTitle = true;
    if (g === undefined) g = p.party || others.length === 0 ? c : (others[0] as number);
    // Nothing tells which political group a person without words of their own is in: only what all share.
    if (unsure && !p.vacant && own.length === 0 && !p.substituteFor && political.includes(g)) {
      p.roles = [...everyGroup];
      if (p.name && everyGroup.length < (groups[political[0] ?? 0] ?? []).length) untold.push(p.name);
      continue;
    }
    if (political.includes(g) && g > c) c = g;
    // After the list has moved on to a later group, a politician with no words of their own may as well
    // belong to any political group still to come ("… tjg ers för Eva Ny Bo Ek (M) Kim Ros (S)" before an
    // "Ersättare" column): they get only the roles all those groups share.
    const later = political.filter((i) => i > g);
    if (g === c && c !== political[0] && p.party && own.length === 0 && !p.substituteFor && later.length > 0) {
      const shared = (groups[g] ?? []).filter((r) => later.every((i) => (groups[i] ?? []).includes(r)));
      if (shared.length > 0) {
        p.roles = [...shared];
        continue;
      }
    }
    const base = (groups[g] ?? []).filter(
      (r) => !(r === 'member' && own.includes('substitute') && !(groups[g] ?? []).includes('substitute')),
    );
    p.roles = [...new Set([...base, ...own])];
    if (p.roles.includes('substitute') && p.roles.includes('other')) p.roles = p.roles.filter((r) => r !== 'other');
  }
  if (untold.length > 0 && diagnostics)
    diagnostics.push(
      diagnostic('warning', 'participant-column-unknown', { names: untold.join(', ') }, line ? { line } : {}),
    );
}
