import { CASE_WORD, caseNumberAt } from './case-numbers.js';
import { inlineSectionAt } from './sections.js';

/**
 * The grammar of paragraph headings and agenda items, in every numbering Swedish records use:
 * "§ 12", "§12", "KF § 266", "Kf 71", "Lu 36", "KSAU 130/2014", "SN 13", "33 §", "91:", a bare "155",
 * and items "1. Title", "1) Title". It reads words (tokens), so that a heading is found inside a long
 * flattened line as well as at the start of a line; the caller decides from the context whether a
 * bare number is a heading. Every function here is linear in the words it looks at.
 */

/** How a heading writes its number. */
export type MarkerForm = 'section-sign' | 'trailing-sign' | 'colon' | 'prefixed' | 'bare' | 'item';

/** A heading's number as written at a word. */
export interface Marker {
  number: number;
  form: MarkerForm;
  /** "KF", "Kf", "KSAU": the body's abbreviation before the number. */
  prefix?: string;
  /** Index of the first word after the number. */
  next: number;
}

const NUMBER = /^\d{1,4}$/u;
const SIGN_NUMBER = /^§(\d{1,4})[.:]?$/u;
const NUMBER_PUNCT = /^(\d{1,4})[.:]?$/u;
const ITEM = /^(\d{1,3})[.)]$/u;
const COLON = /^(\d{1,4}):$/u;
const WITH_YEAR = /^(\d{1,4})\/(?:\d{2}|\d{4})$/u;
const YEAR_FIRST = /^(?:19[5-9]\d|20\d\d)\/\d{1,2}$/u;
/** Abbreviations of bodies before a number: "KF", "KSAU", "Kf", "Lu", "Ks", "SN". */
const PREFIX = /^(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö])$/u;
/** Short words that look like abbreviations but are not a body's. */
const NOT_PREFIX = new Set([
  'nr',
  'kl',
  'se',
  'vi',
  'om',
  'på',
  'av',
  'ur',
  'nu',
  'ca',
  'så',
  'ja',
  'du',
  'ni',
  'är',
  'år',
  'bo',
  'dnr',
  'sid',
  'anm',
  'ant',
  'obs',
  'tel',
  'rum',
  'tid',
  'den',
  'vid',
  'att',
  'och',
  'med',
  'för',
  'kap',
  'bil',
  'st',
  'pkt',
  'mom',
  'jfr',
  'tkr',
  'mkr',
  'kr',
  'ks-au',
]);

/** Words after which a number is a quantity, a date or a reference, never a heading. */
const NOT_BEFORE = new Set([
  'den',
  'kl',
  'kl.',
  'klockan',
  'år',
  'året',
  'nr',
  'nr.',
  'sida',
  'sidan',
  'sid',
  'sid.',
  's.',
  'bilaga',
  'bilagan',
  'bilagorna',
  'punkt',
  'punkterna',
  'ärende',
  'ärendena',
  'paragraf',
  'paragraferna',
  '§',
  '§§',
  'se',
  'ca',
  'ca.',
  'cirka',
  'till',
  'från',
  'mellan',
  'vecka',
  'v',
  'v.',
  'rum',
  'våning',
  'plan',
  'tkr',
  'mkr',
  'kr',
  'kap.',
  'kap',
  'kapitel',
  'st',
  'st.',
  'mom',
  'mom.',
  'och',
  'eller',
  'samt',
  'på',
  'i',
  'av',
  'om',
  'med',
  'för',
  'under',
  'efter',
  'inom',
  'vid',
  'ca',
  'totalt',
  'upp',
  'dnr',
  'dnr:',
  'version',
  'utgåva',
  'box',
  'tfn',
  'tel',
  'tel.',
  'fax',
]);

const MONTHS =
  /^(?:jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?$/iu;

const isPrefix = (t: string | undefined): boolean =>
  t !== undefined && PREFIX.test(t) && !NOT_PREFIX.has(t.toLowerCase());

/** A year ("2024" in "den 12 mars 2024 § 34"): never a heading's number before its sign. */
const YEAR = /^(?:19|20)\d\d$/;

/** The heading number written at word `k`, if any. Words before `k` are not looked at. */
export function markerAt(tokens: readonly string[], k: number): Marker | undefined {
  const t = tokens[k];
  if (t === undefined) return undefined;
  const c = t.charCodeAt(0);
  // "KF § 266", "KF §266", "Kf 71", "KSAU 130/2014"
  if (isPrefix(t)) {
    const next = tokens[k + 1];
    if (next === '§') {
      const n = NUMBER_PUNCT.exec(tokens[k + 2] ?? '');
      if (n?.[1]) return { number: Number(n[1]), form: 'section-sign', prefix: t, next: k + 3 };
      return undefined;
    }
    const signed = SIGN_NUMBER.exec(next ?? '');
    if (signed?.[1]) return { number: Number(signed[1]), form: 'section-sign', prefix: t, next: k + 2 };
    const plain = NUMBER.exec(next ?? '') ?? WITH_YEAR.exec(next ?? '');
    // "BUN 2024/19": a year and a number after a series is a case number, not paragraph 2024 of year 19.
    if (plain && next !== undefined && !YEAR_FIRST.test(next)) {
      const number = Number(/^\d+/u.exec(next)?.[0]);
      return { number, form: 'prefixed', prefix: t, next: k + 2 };
    }
    return undefined;
  }
  if (c === 0xa7 /* § */) {
    if (t === '§') {
      const n = NUMBER_PUNCT.exec(tokens[k + 1] ?? '');
      return n?.[1] ? { number: Number(n[1]), form: 'section-sign', next: k + 2 } : undefined;
    }
    const n = SIGN_NUMBER.exec(t);
    return n?.[1] ? { number: Number(n[1]), form: 'section-sign', next: k + 1 } : undefined;
  }
  if (c < 48 || c > 57) return undefined;
  const last = t.charCodeAt(t.length - 1);
  if (last >= 48 && last <= 57) {
    if (t.length > 4 || !NUMBER.test(t)) return undefined;
    const next = tokens[k + 1];
    // "2024 § 34": the sign is the number's after it (a date's year before it), not "2024 §" with its title.
    // Only a year: "Mötets öppnande 4 § 613 …", a flattened contents list, ends an entry with its page.
    if (next === '§' && YEAR.test(t) && NUMBER_PUNCT.test(tokens[k + 2] ?? '')) return undefined;
    if (next === '§' || next === '§.') return { number: Number(t), form: 'trailing-sign', next: k + 2 };
    return { number: Number(t), form: 'bare', next: k + 1 };
  }
  if (t.length > 5) return undefined;
  if (last === 0xa7 && /^\d{1,4}§$/u.test(t))
    return { number: Number(t.slice(0, -1)), form: 'trailing-sign', next: k + 1 };
  if (last === 58) {
    const colon = COLON.exec(t);
    return colon?.[1] ? { number: Number(colon[1]), form: 'colon', next: k + 1 } : undefined;
  }
  const item = last === 46 || last === 41 ? ITEM.exec(t) : null;
  return item?.[1] ? { number: Number(item[1]), form: 'item', next: k + 1 } : undefined;
}

const COLUMN_HEADS_END = /^(?:ärende|ärenden|dnr|diarienummer|föredragande|handläggare|ansvarig)$/iu;

/** The words before `k` are an agenda table's column heads: "Nr Ärende", "Ärende Dnr", "Nr Ärende Dnr Föredragande". */
function isColumnHeads(tokens: readonly string[], k: number): boolean {
  const words: string[] = [];
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    const w = (tokens[i] as string).toLowerCase();
    if (!/^(?:nr|ärende|ärenden|dnr|diarienummer|föredragande|handläggare|ansvarig)$/u.test(w)) break;
    words.unshift(w);
  }
  return words.length >= 2 && (words[0] === 'nr' || words[0] === 'ärende' || words[0] === 'ärenden');
}

/** True when a bare number or item at word `k` is a quantity or a reference by the word before it. */
export function numberIsReference(tokens: readonly string[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  const b = before.toLowerCase();
  // "Nr Ärende Dnr 1 Val av justerare": an agenda table's column heads, then its first row, no reference.
  if (COLUMN_HEADS_END.test(b) && isColumnHeads(tokens, k)) return false;
  if (NOT_BEFORE.has(b)) return true;
  // "13 kap. 5 §", "8 kap 12 §": a law's chapter.
  if (b === 'kap.' || b === 'kap') return true;
  return false;
}

/** What follows a heading's number: references to skip, a case number, where the title starts. */
export interface HeadingTail {
  caseNumber?: string;
  /** Index of the title's first word; `tokens.length` when nothing follows. */
  title: number;
}

/**
 * Reads past what stands between a heading's number and its title: references to other bodies'
 * paragraphs ("Kf 73 Ks 94 dnr 127/2011"), the case number ("KF § 267 Dnr KS 02-820 107",
 * "49 Dnr KOF/2020:151") and type codes.
 */
export function headingTail(tokens: readonly string[], from: number): HeadingTail {
  let i = from;
  let caseNumber: string | undefined;
  for (let round = 0; round < 4 && i < tokens.length; round++) {
    const t = tokens[i] as string;
    // "Ks 94", "KS § 94", "AU 45/2020": another body's paragraph on the same matter.
    if (isPrefix(t)) {
      const m = markerAt(tokens, i);
      if (m && (m.form === 'prefixed' || m.form === 'section-sign')) {
        i = m.next;
        continue;
      }
    }
    if (caseNumber === undefined && (CASE_WORD.test(t) || /^(?:dnr|diarienr)[.:]?\S/iu.test(t))) {
      const found = caseNumberAt(tokens, i);
      if (found) {
        caseNumber = found.value;
        i += found.tokens;
        continue;
      }
      // "Dnr 2014/" whose digits a PDF copy stripped: skip the word and what is left of the number.
      i++;
      if (i < tokens.length && /^[\p{L}\d]*\d[\p{L}\d]*[/:.-]?$|^[\p{Lu}]+\d*\/$/u.test(tokens[i] as string)) i++;
      continue;
    }
    // "§ 45 KS 2025/33", "§ 12 BN 2024-000388": a series and a number that starts with a year, bare after the
    // heading's number, are its case number ("AU 45/2020", a number then a year, is another body's paragraph).
    const series = caseNumber === undefined ? seriesCaseAt(tokens, i) : undefined;
    if (series) {
      caseNumber = series;
      i += 2;
      continue;
    }
    if (caseNumber === undefined && round === 0) {
      // "KS/2011:286 6 Title" puts it before; some put it bare after the number.
      const bare = caseNumberAt(tokens, i);
      if (bare && /\p{L}/u.test(bare.value) && /[/:]/u.test(bare.value)) {
        caseNumber = bare.value;
        i += bare.tokens;
        continue;
      }
    }
    break;
  }
  return { ...(caseNumber ? { caseNumber } : {}), title: i };
}

/** A series in capitals and a number led by its year ("KS 2025/33", "BN 2024-000388") at `i`, as one case number. */
function seriesCaseAt(tokens: readonly string[], i: number): string | undefined {
  const series = tokens[i] as string;
  const number = (tokens[i + 1] ?? '').replace(/[,;]$/u, '');
  if (!/^\p{Lu}{1,6}$/u.test(series) || !/^(?:19|20)\d{2}(?:[/:]\d{1,6}|-\d{3,7})$/u.test(number)) return undefined;
  return `${series} ${number}`;
}

/** True when word `i` can start a title: a capital letter, or a quotation mark before one. */
export function startsTitle(tokens: readonly string[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (MONTHS.test(t)) return false;
  return /^["“”«'(]?\p{Lu}/u.test(t) || /^["“”«]\p{L}/u.test(t);
}

const CAPITAL_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*,?$/u;

/**
 * True when the words at `i` read as a person's name rather than a title: two capitalised words
 * ending a clause ("Lena Lernå,", "Lars Gjörloff 132", "Pia Risan (V)"), as attendance lists write
 * them with a § note before.
 */
export function looksLikeName(tokens: readonly string[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a === undefined || b === undefined) return false;
  if (!CAPITAL_WORD.test(a) || a.endsWith(',') || !CAPITAL_WORD.test(b)) return false;
  // First names are short, and a word repeated ("Föredragningslista Föredragningslista,") is no name.
  if (a.length > 12 || /(?:ning|het|else|tion|ande|ende|skap|lista|rapport|plan)$/u.test(a)) return false;
  if (b.replace(/,$/u, '').toLowerCase().startsWith(a.toLowerCase())) return false;
  if (b.endsWith(',')) return true;
  const c = tokens[i + 2];
  return c === undefined || c.startsWith('(') || /^\d/u.test(c);
}

/** Words a title may end before a capitalised word on: "i Högsby", "för Telge", "av Anders Ek". */
const FUNCTION_WORDS = new Set([
  'i',
  'för',
  'av',
  'på',
  'till',
  'om',
  'med',
  'vid',
  'från',
  'och',
  'samt',
  'eller',
  'mot',
  'inom',
  'under',
  'enligt',
  'hos',
  'efter',
  'över',
  'kring',
  'per',
  'utan',
  'mellan',
  'genom',
  'inför',
  'ur',
  'gällande',
  'angående',
  'ang',
  'ang.',
  'avseende',
  'rörande',
  'beträffande',
  'inkl',
  'inkl.',
  'the',
  'of',
  'and',
  '-',
  '–',
  '—',
  '&',
  '+',
  '=',
  '/',
]);

const ABBREVIATION_END = /^(?:\p{Ll}{1,4}\.|(?:\p{L}{1,3}\.){2,}|\d+\.|[A-ZÅÄÖ]\.)$/u;

/** True when word `j` ends a sentence: a full stop, question or exclamation mark (not "m.fl.", "kl."). */
function endsSentence(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 46 && last !== 63 && last !== 33) return false;
  if (last === 46 && ABBREVIATION_END.test(word)) return false;
  return true;
}

/** Where a title ends among the words after its heading, and how sure that is. */
export interface TitleSpan {
  /** Index after the title's last word. */
  end: number;
  /** How the end was found: by the line's end, by punctuation or a section heading, or by a capital. */
  by: 'line' | 'mark' | 'capital';
}

/** The longest title read inside a line. Longer runs have no end we can trust. */
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 220;

/**
 * Where the title that starts at word `from` ends. On a line of its own (no sentence or section after
 * it) the title is the rest of the line. Inside a flattened line it ends before a section heading
 * ("Beslut", "Bakgrund", "Kommunfullmäktiges beslut"), a "Dnr", a numbered point, after a sentence's
 * end, or — least sure — before a capitalised word that starts the text ("Inledning Ordföranden
 * förklarade …"). Where a capitalised pair could be a name inside the title ("Remiss Anders
 * Lundbergs …") or a new sentence, there is no answer: undefined.
 */
export function titleSpan(tokens: readonly string[], from: number, cut = false): TitleSpan | undefined {
  if (from >= tokens.length) return undefined;
  // Is there text after a title at all? On a short line of its own, the rest is the title.
  let chars = 0;
  let body = false;
  if (cut) return titleInPiece(tokens, from);
  for (let j = from + 1; j < tokens.length && j < from + MAX_TITLE_WORDS + 40 && !body; j++) {
    body = markAt(tokens, j);
    chars += (tokens[j] as string).length + 1;
  }
  if (!body && tokens.length - from <= MAX_TITLE_WORDS + 40 && chars <= MAX_TITLE_CHARS * 1.5) {
    // "Allmänhetens frågestund Inga frågor ställs.": a line that ends a sentence may hold a title and
    // text (a page's number may follow: "… ställs. (5)"); read it as such below. Any other short line
    // is a title.
    let sentence = false;
    for (let j = from; j < tokens.length && !sentence; j++) {
      const t = tokens[j] as string;
      sentence = t.endsWith('.') && endsSentence(t);
    }
    if (!sentence) return { end: tokens.length, by: 'line' };
  }
  chars = 0;
  let ambiguous = false;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as string;
    if (j > from) {
      if (markAt(tokens, j)) return ambiguous ? undefined : { end: j, by: 'mark' };
      const capital = capitalBreak(tokens, j, from);
      if (capital === 'break') return ambiguous ? undefined : { end: j, by: 'capital' };
      if (capital === 'name') ambiguous = true;
    }
    chars += t.length + 1;
    if (chars > MAX_TITLE_CHARS || j - from >= MAX_TITLE_WORDS) return undefined;
  }
  return ambiguous ? undefined : { end: tokens.length, by: 'line' };
}

/**
 * The title at the head of a piece that the heading pass cut out of a flattened line ("4 Plan för
 * parkering Svar på remiss" before "Dnr …" or the next heading): the piece's end is where the next
 * heading starts, no line end, so a subtitle, a sentence or the names of the item's speakers may run on
 * after the title. It ends at a mark or a capital as inside a line; where none is found and a word that
 * could start new text stands inside the run ("… 2017 Komplettering - under …", "…?\" Bordlagd
 * interpellation", "… (Bordl KF 4/5) Linda Sjögren (V)"), the title's end is unknown: undefined.
 */
function titleInPiece(tokens: readonly string[], from: number): TitleSpan | undefined {
  let chars = 0;
  let loose = false;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as string;
    if (j > from) {
      if (markAt(tokens, j)) return loose ? undefined : { end: j, by: 'mark' };
      // "… detaljplan Repet 4 m fl", "… Pålsundsgatan 6": a property's or a street's name with its number.
      const named = /^\d/u.test(tokens[j + 1] ?? '');
      // "15 a) Anmälan …": the next item's number, lettered.
      if (/^\d{1,3}$/u.test(t) && /^[a-z]\)$/u.test(tokens[j + 1] ?? ''))
        return loose ? undefined : { end: j, by: 'mark' };
      let capital = named ? 'no' : capitalBreak(tokens, j, from);
      // "… asylboendena Mandelgården och Söderbo": names joined by "och" go on, or start new text.
      if (capital === 'break' && tokens[j + 1] === 'och' && /^\p{Lu}\p{Ll}/u.test(tokens[j + 2] ?? ''))
        capital = 'name';
      if (capital === 'break') return loose ? undefined : { end: j, by: 'capital' };
      if (capital === 'name' || (!loose && !named && mayStartText(tokens, j))) loose = true;
    }
    chars += t.length + 1;
    if (chars > MAX_TITLE_CHARS || j - from >= MAX_TITLE_WORDS) return undefined;
  }
  return loose ? undefined : { end: tokens.length, by: 'line' };
}

/**
 * Words that open the line under an item's title on an agenda ("Remiss från kommunstyrelsen", "Svar på
 * motion", "Yttrande till …", "Komplettering"): after a proper name ending a title ("… i Östberga Remiss
 * från …") they may start new text as well as go on with the name.
 */
const SUBTITLE_START = new Set([
  'remiss',
  'svar',
  'yttrande',
  'komplettering',
  'återremitterat',
  'bordlagt',
  'bordlagd',
]);

/**
 * Whether the capitalised word `j` may start new text: after a word in lower case that is no function
 * word, a number, or a closing quote, parenthesis or question mark ("… 2017 Komplettering", "…?\" Bordlagd"),
 * or a word that opens an item's subtitle after a capitalised one ("… Östberga Remiss från …").
 */
function mayStartText(tokens: readonly string[], j: number): boolean {
  const t = tokens[j] as string;
  if (!/^\p{Lu}\p{Ll}/u.test(t)) return false;
  const prev = tokens[j - 1] as string;
  // After a colon the title goes on with what it announces ("… protokoll: Tisdagen den 10 mars").
  if (FUNCTION_WORDS.has(prev.toLowerCase()) || prev.endsWith(':')) return false;
  if (SUBTITLE_START.has(t.toLowerCase()) && /^\p{Lu}/u.test(prev)) return true;
  return /^\p{Ll}/u.test(prev) || /^\d+$/u.test(prev) || /["”»)?!]$/u.test(prev);
}

/**
 * True when word `j` surely starts what follows a title: a section heading, a "Dnr", a numbered point,
 * or a word after a sentence's end.
 */
function markAt(tokens: readonly string[], j: number): boolean {
  const t = tokens[j] as string;
  const c = t.charCodeAt(0);
  if (c === 68 || c === 100) {
    // "Dnr", "dnr:", "Diarienr"
    if (CASE_WORD.test(t) || /^(?:dnr|diarienr)[.:]?\S/iu.test(t)) return true;
  } else if (c >= 48 && c <= 57) {
    if (ITEM.test(t) && startsTitle(tokens, j + 1)) return true;
  }
  if (inlineSectionAt(tokens, j) > 0) return true;
  if (decisionSentenceAt(tokens, j)) return true;
  return endsSentence(tokens[j - 1] as string) && (startsTitle(tokens, j) || (c >= 48 && c <= 57));
}

/** A decision's verb after its subject: "beslutar att", or a passive that ends a matter ("bordläggs", "utgår"). */
const DECIDES = /^(?:beslutar|beslöt|beslutade)$/u;
const DECIDED = /^(?:bordläggs|bordlägges|utgår|återremitteras|noteras|antecknas)[.,]?$/u;

/**
 * True when word `j` opens the decision's sentence: a capitalised subject and its verb ("Nämnden beslutar
 * att …", "Ärendet bordläggs."). A title names a matter and holds no such clause, so on a flattened page the
 * title ends before it ("§ 32 Bidrag till Ekby IF Nämnden beslutar att bevilja …").
 */
export function decisionSentenceAt(tokens: readonly string[], j: number): boolean {
  const t = tokens[j] as string;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
  const verb = tokens[j + 1];
  if (verb === undefined) return false;
  return (DECIDES.test(verb) && tokens[j + 2] === 'att') || DECIDED.test(verb);
}

/** An agenda item's type code as a word: "(B)", "(I)", "(B/I)". */
const TYPE_CODE_TOKEN = /^\([BIPRU](?:[,/][BIPRU])*\)$/u;

/**
 * Whether the capitalised word `j` starts new text after a title: `break` when it follows a word a
 * title can end on and is not followed by a dash or another capital ("Mantorp - beslut", "Anders
 * Lundbergs"); `name` when a capitalised pair stands there (a name inside the title, or a sentence
 * starting with a name: no way to tell); `no` otherwise.
 */
function capitalBreak(tokens: readonly string[], j: number, from: number): 'break' | 'name' | 'no' {
  const t = tokens[j] as string;
  if (!/^\p{Lu}\p{Ll}/u.test(t)) return 'no';
  const prev = tokens[j - 1] as string;
  // An item's type code ends its title: "2. Parkeringsnorm (B) Informationsärenden 3. …".
  if (TYPE_CODE_TOKEN.test(prev)) return 'break';
  if (FUNCTION_WORDS.has(prev.toLowerCase()) || /[,:;(/–-]$/u.test(prev)) return 'no';
  // A capitalised word after another that is not the title's first: a name or a proper noun going on.
  if (j - 1 > from && /^\p{Lu}/u.test(prev) && !/\d/u.test(prev)) return 'no';
  const next = tokens[j + 1];
  if (next === '-' || next === '–' || next === '—') return 'no';
  if (next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next.toLowerCase())) return 'name';
  if (next === undefined) return 'no';
  return 'break';
}

/** The title's text: its words joined, a closing full stop dropped ("Information från ordförandena."). */
export function titleText(tokens: readonly string[], from: number, end: number): string {
  let title = tokens.slice(from, end).join(' ').trim();
  // A title cut short ("… första...") keeps its dots.
  if (title.endsWith('.') && !title.endsWith('..') && !ABBREVIATION_END.test(tokens[end - 1] ?? ''))
    title = title.slice(0, -1).trimEnd();
  return title.replace(/[,;:]$/u, '').trimEnd();
}
