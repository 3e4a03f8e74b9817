/**
 * The name of a body as a record writes it: "Kommunfullmäktige", "Kommunstyrelsens arbetsutskott",
 * "Barn- och utbildningsnämnden", "Jämtlands läns landstingsstyrelse", "BARN- OCH UTBILDNINGSNÄMNDEN",
 * "Direktionen". Found inside a line of other words ("Kommunfullmäktige 2002-12-02 1(28)", "Ledningsutskottet
 * (9) Protokoll från …") by its last word, which names what kind of body it is.
 */

const BODY_END =
  '(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|arbetsutskott|arbetsutskottet|direktion|direktionen|råd|rådet|beredning|beredningen|kommitté|kommittén|delegation|delegationen|presidium|presidiet|valnämnd|valnämnden|revision|revisionen|församling|ledningsgrupp|ledningsgruppen|samverkansgrupp|samverkansgruppen)';

// Words before the last may be genitives or compounds joined by "och" ("Kultur- och fritidsnämnden",
// "Kommunstyrelsens arbetsutskott"): each a capitalised word, a compound part ending in "-", or "och".
// Matched against the lower-cased text, so it needs no case-insensitive flag (under which \\p{Lu} would
// match every letter); capitals are checked on the original.
const BODY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])((?:(?:\\p{L}{1,30}-|\\p{L}{1,30}s|\\p{L}{2,30}a|och|läns|gemensam(?:ma)?)\\s+){0,4}\\p{L}{0,30}${BODY_END})(?![\\p{L}])`,
  'gu',
);

/** Body names that are only a kind of body when written alone with a capital ("Revisionen" is a body; "revision" is not). */
const ALONE_NEEDS_CAPITAL =
  /^(?:råd|rådet|revision|revisionen|församling|beredning|beredningen|delegation|delegationen)$/iu;

/** The words of a page's header that end like an adjective or a genitive: never a word of a body's name. */
const HEADER_WORD = /^(?:sida|sidan|bilaga|plats|lista|datum|dnr)$/iu;

/** The first body name in a text, with where it stands, or undefined. */
export function findBodyName(full: string): { name: string; index: number } | undefined {
  // A heading's name is near its start; a long line is prose or a flattened page, read only at its head.
  const text = full.length > 600 ? full.slice(0, 600) : full;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(lower); m !== null; m = BODY_RE.exec(lower)) {
    let name = text.slice(m.index, m.index + (m[1] ?? '').length).trim();
    // A lower-case start belongs to a sentence ("som styrelsen"), unless a capitalised part follows.
    const words = name.split(/\s+/);
    while (words.length > 1 && !/^\p{Lu}/u.test(words[0] as string)) words.shift();
    name = words.join(' ');
    if (!/^\p{Lu}/u.test(name)) continue;
    if (words.length === 1 && ALONE_NEEDS_CAPITAL.test(name) && name.length < 6) continue;
    // "Dnr", "Sida" and other capitalised words are not part of a name: the name starts at its first word
    // that is a genitive, a compound part or the body word itself.
    if (/^(?:och|läns)$/iu.test(words[0] as string)) continue;
    // "Sida Kommunstyrelsen" (a header's labels run into its values): a label ending like an adjective is none of it.
    if (words.length > 1 && HEADER_WORD.test(words[0] as string)) {
      while (words.length > 1 && HEADER_WORD.test(words[0] as string)) words.shift();
      name = words.join(' ');
      if (!/^\p{Lu}/u.test(name)) continue;
    }
    return { name: normaliseBodyName(name), index: m.index + (m[0].length - name.length) };
  }
  return undefined;
}

/** "BARN- OCH UTBILDNINGSNÄMNDEN" → "Barn- och utbildningsnämnden"; a name in mixed case stays as written. */
export function normaliseBodyName(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim();
  if (t !== t.toUpperCase()) return t;
  const lower = t.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** True when the whole text is a body's name. */
export function isWholeBodyName(text: string): boolean {
  const t = text.trim();
  const found = findBodyName(t);
  return !!found && found.index === 0 && found.name.length === t.length;
}

const KIND =
  '(?:[Ss]ammanträdesprotokoll|[Pp]rotokoll|[Pp]rotokollsutdrag|[Kk]allelse|[Ff]öredragningslista|[Dd]agordning)';

/**
 * The sentences and places {@link bodyInText} finds a body in, in the order it tries them (made once), each with
 * what a text must hold for it to match (`needs`: its fixed words, found by a pattern that starts with them). The
 * patterns themselves start with a capital run or a line start and back off over up to 40 letters at each try;
 * a head without their fixed words (most heads: a notice's sentence or a breadcrumb is rare) is not tried.
 * @internal exported for its property test.
 */
export const IN_TEXT: readonly { re: RegExp; needs?: RegExp }[] = [
  { re: /(?:^|>)\s*([^>\n]{3,80}?)\s*>\s*sammanträde\s+\d{4}-\d{2}-\d{2}/imu, needs: />\s*sammanträde\s+\d{4}-/iu },
  { re: /kallelse\s+till\s+(\p{L}[\p{L}-]*(?:\s+(?:och|\p{L}+-)\s*\p{L}+)*)/iu },
  {
    re: /(?:^|[.\n]\s*)(\p{Lu}[\p{L}-]+(?:\s+och\s+\p{L}+)?)\s+kallas\s+(?:härmed\s+)?till\s+sammanträde/u,
    needs: /kallas\s+(?:härmed\s+)?till\s+sammanträde/u,
  },
  {
    re: /(?<![\p{L}])(\p{Lu}[\p{L}-]{2,40}?)s\s+protokoll\s+är\s+justerat/u,
    needs: /s\s+protokoll\s+är\s+justerat/u,
  },
  // "Utdrag ur protokoll fört vid Kommunstyrelsens sammanträde den 12 mars 2024": the body in the genitive,
  // perhaps with an adjective ("Tekniska nämndens").
  {
    re: /protokoll(?:et)?\s+(?:fört|förda|förd)\s+vid\s+((?:\p{L}+a\s+)?\p{L}[\p{L}-]*(?:\s+och\s+\p{L}[\p{L}-]*)?)s\s+sammanträde/iu,
    needs: /vid\s[^\n]{0,60}s\s+sammanträde/iu,
  },
  // "Protokoll fört vid sammanträde med Tekniska nämnden tisdagen den 14 januari 2020"; on a flattened
  // notice the name runs on to the next label ("… med Tekniska nämnden Tid: 2024-06-12 …").
  {
    re: /sammanträde\s+med\s+(\p{L}[\p{L}-]*(?:\s+(?:och\s+)?\p{L}[\p{L}-]*){0,4}?)(?:\s+(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?|den|\d)(?![\p{L}])|\s+(?:tid|plats|datum|kl)(?![\p{L}])|\s*(?:$|[.,:]))/imu,
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]{2,40}(?:\\s+\\p{Ll}[\\p{L}-]{2,30}){0,2})\\s+${KIND}(?![\\p{L}])`,
      'u',
    ),
    needs: new RegExp(`\\s${KIND}(?![\\p{L}])`, 'u'),
  },
];

/**
 * A body named by its kind and what it is for, with a capital as a name has: "Rådet för funktionshinderfrågor",
 * "Nämnden för teknik och fritid", "Kommunala rådet för pensionärsfrågor". Only as what a sentence calls
 * ("… sammanträde med Rådet för …"), where the words after "för" end at the sentence's next part.
 */
const FOR_FORM =
  /^(?:\p{Lu}\p{Ll}+a\s+(?:rådet|nämnden|styrelsen|utskottet|beredningen|kommittén|delegationen)|Rådet|Nämnden|Styrelsen|Utskottet|Beredningen|Kommittén|Delegationen)\s+för\s+(?!(?:att|det|den|de)(?![\p{L}]))\p{Ll}[\p{L}-]*(?:\s+och\s+\p{Ll}[\p{L}-]*)?$/u;

/**
 * A body named around the first page's other words, when no heading or notice names it: in capitals
 * ("BARN- OCH UTBILDNINGSNÄMNDEN"), beside the record's kind ("Direktionen Sammanträdesprotokoll"), in the
 * notice's sentence ("Kommunfullmäktiges protokoll är justerat"), in a web page's breadcrumb ("… >
 * Socialnämnden > Sammanträde 2011-11-24"), or as the one called ("Kallelse till socialnämnden",
 * "Socialnämnden kallas till sammanträde").
 */
export function bodyInText(text: string): string | undefined {
  const head = text.length > 3000 ? text.slice(0, 3000) : text;
  for (const { re, needs } of IN_TEXT) {
    if (needs && !needs.test(head)) continue;
    const m = re.exec(head);
    if (!m?.[1]) continue;
    const candidate = m[1].trim();
    const word = candidate.charAt(0).toUpperCase() + candidate.slice(1);
    const found = findBodyName(word);
    if (found && found.index === 0 && found.name.length === word.length) return found.name;
    if (FOR_FORM.test(candidate)) return candidate;
  }
  // A body's name in capitals is a heading wherever it stands on the first lines.
  const top = head.slice(0, 800);
  CAPS_RE.lastIndex = 0;
  for (let m = CAPS_RE.exec(top); m !== null; m = CAPS_RE.exec(top)) {
    const found = findBodyName(m[0]);
    if (found) return found.name;
  }
  return undefined;
}

const CAPS_RE = /(?<![\p{L}])\p{Lu}[\p{Lu}-]+(?:\s+(?:OCH|LÄNS|\p{Lu}[\p{Lu}-]+)){0,4}(?![\p{L}])/gu;
