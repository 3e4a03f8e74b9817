/**
 * The names of bodies as schedule pages write them in headings: "Kommunfullmäktige", "Barn- och
 * utbildningsnämnden", "Kommunstyrelsens arbetsutskott", "Nämnden för funktionshinderfrågor",
 * "Tekniska nämnden", and their genitives in headings such as "Direktionens sammanträdesdatum 2021".
 * A grammar of whole names, so that prose ("Ansvarig nämnd", "Kontaktkort – Byggnadsnämnden") is
 * not taken for a body.
 */

/** The definite forms a body's name ends in: "-nämnden", "-styrelsen", "fullmäktige", "Direktionen". */
const DEFINITE =
  /(?:fullmäktige|styrelsen|nämnden|utskottet|direktionen|rådet|beredningen|presidiet|kommittén|delegationen|revisionen|stämman|revisorerna)$/u;
/** Their genitives: "-nämndens", "fullmäktiges", "utskottets". */
const GENITIVE =
  /(?:fullmäktiges|styrelsens|nämndens|utskottets|direktionens|rådets|beredningens|presidiets|kommitténs|delegationens|revisionens|stämmans|revisorernas)$/u;
/** Plural genitives that name a body only with what follows: "Revisorernas utskott", "Pensionärernas råd". */
const PLURAL_GENITIVE = /^\p{Lu}\p{Ll}+(?:ernas|arnas|ornas)$/u;
/** What a genitive body may have: "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott". */
const PART = /^(?:\p{Ll}*utskott|\p{Ll}*beredning|presidium|\p{Ll}*råd|\p{Ll}*grupp|au)$/u;
const PART_GENITIVE = /^(?:\p{Ll}*utskotts|\p{Ll}*berednings|presidiums|\p{Ll}*råds|\p{Ll}*grupps)$/u;

/** Where the body sits, after its name: "Socialnämnden i Ekby kommun", "Kommunfullmäktige i Norrvik". */
const IN_MUNICIPALITY = /\s+i\s+\p{Lu}[\p{L}-]+(?:\s+(?:kommun|stad|region|län))?$/u;

/** A body a text names. */
export interface NamedBody {
  /** In the nominative, as a heading would write it: "Kommunfullmäktige", "Kommunstyrelsens arbetsutskott". */
  name: string;
  /** The text wrote it in the genitive ("Direktionens", "Kommunfullmäktiges"). */
  genitive: boolean;
}

const capitalise = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/** "nämndens" → "nämnden", "fullmäktiges" → "fullmäktige", "utskotts" → "utskott". */
function nominative(word: string): string {
  return word.replace(/s$/u, '');
}

/**
 * The body a whole text names, or undefined: the text must be a body's name and nothing else (an
 * abbreviation in parentheses and a closing colon are allowed). `allowGenitive` accepts the genitive
 * ("Direktionens") and gives the nominative.
 */
export function bodyName(text: string, allowGenitive = false): NamedBody | undefined {
  const bare = text
    .replace(/\s*\([^()]{1,40}\)\s*:?\s*$/u, '')
    .replace(/\s*:\s*$/u, '')
    .trim()
    .replace(IN_MUNICIPALITY, '');
  if (bare.length < 4 || bare.length > 70 || /[\d.;!?"“”]|(?<!-),/u.test(bare)) return undefined;
  const words = bare.split(/\s+/u);
  if (words.length > 8 || !/^\p{Lu}/u.test(words[0] ?? '')) return undefined;
  let i = 0;
  // "Barn- och", "Kultur-, fritids- och": parts of a compound before its last word.
  while (i < words.length - 1 && /^\p{L}+-,?$/u.test(words[i] as string)) {
    i++;
    if (/^(?:och|&|samt)$/u.test(words[i] ?? '')) i++;
  }
  // "Tekniska nämnden", "Gemensamma nämnden": one adjective before a head that is a word of its own.
  if (
    i === 0 &&
    words.length >= 2 &&
    /^(?:\p{Lu}\p{Ll}+[ae]|Gemensam)$/u.test(words[0] as string) &&
    /^\p{Ll}/u.test(words[1] ?? '')
  )
    i = 1;
  const head = words[i];
  if (!head) return undefined;
  const lower = head.toLowerCase();
  let genitive = false;
  let end = i + 1;
  // "Socialnämndens individ- och familjeutskott": a compound part after the genitive.
  let p = i + 1;
  while (p < words.length - 1 && /^\p{Ll}+-,?$/u.test(words[p] as string)) {
    p++;
    if (/^(?:och|&|samt)$/u.test(words[p] ?? '')) p++;
  }
  // "Kommunstyrelsens allmänna utskott": an adjective before the part.
  if (p === i + 1 && p < words.length - 1 && /^\p{Ll}+[ae]$/u.test(words[p] as string)) p++;
  const part = words[p];
  if (GENITIVE.test(lower) || (PLURAL_GENITIVE.test(head) && part && PART.test(part))) {
    if (part && PART.test(part)) end = p + 1;
    else if (part && PART_GENITIVE.test(part)) {
      end = p + 1;
      genitive = true;
    } else genitive = true;
  } else if (/(?:om|för)rådet$/u.test(lower))
    return undefined; // "Området", "Förrådet"
  // "Gemensam nämnd för hjälpmedel": the indefinite form, as the name of a joint committee.
  else if (!DEFINITE.test(lower) && !(i === 1 && /^(?:nämnd|styrelse)$/u.test(lower) && words[2] === 'för'))
    return undefined;
  // "Nämnden för funktionshinderfrågor": a lower-case tail after "för".
  if (!genitive && end < words.length && words[end] === 'för') {
    const tail = words.slice(end + 1);
    if (tail.length === 0 || tail.length > 6 || !tail.every((w) => /^[\p{Ll}-]+$/u.test(w))) return undefined;
    end = words.length;
  }
  if (end !== words.length) return undefined;
  if (genitive && !allowGenitive) return undefined;
  const named = words.slice(0, end);
  if (genitive) named[named.length - 1] = nominative(named[named.length - 1] as string);
  return { name: capitalise(named.join(' ')), genitive };
}

/** A key for comparing bodies' names: lower case, one space. */
export const bodyKey = (name: string): string => name.toLowerCase().replace(/\s+/gu, ' ').trim();

/** Body names that are a word of their own ("Nämnden", "Direktionen"): the page's fuller name stays. */
export const GENERIC = /^(?:nämnden|styrelsen|direktionen|rådet|fullmäktige|utskottet|beredningen|presidiet)$/iu;
