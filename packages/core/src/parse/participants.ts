import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Participant, Role } from '../model/participant.js';
import { isKnownParty } from './people-list.js';
import { isMunicipality, isOrganisation, leadingPlaceLength } from './places.js';

/**
 * People in a record: one per line ("Abdullahi Cadaani (S), Bollnäs kommun"), run together on one
 * line ("Anders Wennerberg, Östersund Sara Schelin, Åre …"), in signature lines
 * ("Kristina Westhed, sekreterare, enligt digital underskrift") and "Justeras av" runs
 * ("Elise Ackerot Sekreterare Martin Söderström Ordförande …").
 */

const PARTICLE = '(?:von|van|af|de|der|den|da|di|du|la|le|el|al|bin|ben)';
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){1,4}$`, 'u');

/** True when `text` reads as a person's name: two to five capitalised words ("Anna-Lena Vestin"). */
export function isPersonName(text: string): boolean {
  // Cheap refusals first: a name has a space and starts with a capital.
  const c = text.charCodeAt(0);
  if (text.length > 80 || !text.includes(' ') || (c >= 97 && c <= 122) || c < 65) return false;
  return NAME.test(text) && !isMunicipality(text) && !isOrganisation(text) && !roleOf(text);
}

/** A key to compare names by: lower case, single spaces. */
export const nameKey = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Words that name a role, lower case. A lookup, since this runs for every word run of every list. */
const ROLE_WORDS = new Map<string, Role>([
  ...[
    'vice ordförande',
    '1:e vice ordförande',
    '2:e vice ordförande',
    'förste vice ordförande',
    'andre vice ordförande',
  ].map((w) => [w, 'vice-chair'] as const),
  ['ordförande', 'chair'],
  ...['sekreterare', 'protokollförare', 'nämndsekreterare'].map((w) => [w, 'secretary'] as const),
  ['justerare', 'adjuster'],
  ['justerande', 'adjuster'],
  ['ersättare', 'substitute'],
  ['tjänstgörande ersättare', 'substitute'],
  ['ledamot', 'member'],
  ['ledamöter', 'member'],
]);

/** The role a word names ("ordförande", "Vice ordförande", "sekreterare"), or undefined. */
export function roleOf(text: string): Role | undefined {
  const t = text.trim();
  return t.length > 30 ? undefined : ROLE_WORDS.get(t.toLowerCase().replace(/\s+/g, ' '));
}

const STARTS_LOWER = /^\p{Ll}/u;

const TITLE_SUFFIX =
  /(?:ansvarig|samordnare|chef|direktör|strateg|handläggare|ledare|controller|ekonom|utvecklare|koordinator|tjänsteman|tjänsteperson|assistent|rådgivare|revisor|kommunikatör|konsult|sekreterare|utredare|specialist|projektledare|ordförande|ombud)$/i;

/** A participant being built: the model's fields, mutable, with the line it came from. */
export type ParticipantDraft = { -readonly [K in keyof Participant]: Participant[K] } & { line?: number };

function newDraft(name: string, roles: readonly Role[], line?: number): ParticipantDraft {
  return { name, roles: [...roles], ...(line ? { line } : {}) };
}

function addRole(p: ParticipantDraft, role: Role): void {
  if (!p.roles.includes(role)) p.roles.push(role);
}

/** Applies what a comma part or a word run says about a person: place, organisation, title or role. */
function applyAttribute(p: ParticipantDraft, text: string): void {
  const t = text
    .trim()
    .replace(/^[,;]\s*/, '')
    .replace(/[,;.]\s*$/, '');
  if (!t) return;
  const role = roleOf(t);
  if (role) {
    addRole(p, role);
    return;
  }
  // "kommundirektör Malung-Sälens kommun": a title in lower case, then a place.
  const words = t.split(/\s+/);
  let k = 0;
  while (k < words.length && STARTS_LOWER.test(words[k] ?? '')) k++;
  if (k > 0 && k < words.length) {
    applyAttribute(p, words.slice(0, k).join(' '));
    applyAttribute(p, words.slice(k).join(' '));
    return;
  }
  if (isMunicipality(t)) {
    p.municipality ??= t;
  } else if (isOrganisation(t)) {
    p.organisation ??= t;
  } else if (k > 0 || TITLE_SUFFIX.test(t) || t.includes('/')) {
    // "ordförande/förbundschef": a role inside a title.
    for (const part of t.split('/')) {
      const r = roleOf(part);
      if (r) addRole(p, r);
    }
    p.title ??= t;
  } else {
    p.organisation ??= t;
  }
}

/** What a parenthesis says: a party "(S)", an unknown party "(?)", "ersättare för X", or a note "(från 9.30)". */
function applyParenthesis(p: ParticipantDraft, inner: string, diagnostics: Diagnostic[]): void {
  const t = inner.trim();
  if (/^\p{Lu}{1,4}$/u.test(t)) {
    p.party ??= t;
    return;
  }
  if (/^\?+$/.test(t) || t === '') {
    diagnostics.push(diagnostic('info', 'party-unknown', { name: p.name }, { line: p.line }));
    return;
  }
  const sub = /^(?:tjänstgörande\s+)?ersättare\s+för\s+(.+)$/iu.exec(t);
  if (sub?.[1]) {
    p.substituteFor ??= sub[1].trim();
    addRole(p, 'substitute');
    return;
  }
  const role = roleOf(t);
  if (role) {
    addRole(p, role);
    return;
  }
  p.note = p.note ? `${p.note}; ${t}` : t;
}

/** A word run in a comma part: its attribute part and, when it ends in one, the next person's name. */
function splitRun(
  run: string,
  allowLooseSplit: boolean,
  placeList: () => boolean,
): { attribute: string; next?: string } {
  const words = run.split(/\s+/).filter(Boolean);
  if (words.length === 0) return { attribute: '' };
  // In a "Name, Place Name, Place" list, three capitalised words are a place and a name.
  const wholeIsName =
    isPersonName(run) && leadingPlaceLength(words) === 0 && !(allowLooseSplit && words.length >= 3 && placeList());
  if (wholeIsName) return { attribute: '', next: run };
  let k = 0;
  while (k < words.length && STARTS_LOWER.test(words[k] ?? '')) k++;
  const place = leadingPlaceLength(words.slice(k));
  const at = k + place;
  const tail = words.slice(at).join(' ');
  if (at > 0 && words.length - at >= 2 && isPersonName(tail)) {
    return { attribute: words.slice(0, at).join(' '), next: tail };
  }
  // Unknown place: the person's name is most often its last two words.
  if (allowLooseSplit && words.length >= 3) {
    const name = words.slice(-2).join(' ');
    if (isPersonName(name)) return { attribute: words.slice(0, -2).join(' '), next: name };
  }
  return { attribute: run };
}

/** Comma parts at the top level (commas inside parentheses do not split). */
function commaParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Tokens of a comma part: parentheses, "§ 5" notes and word runs. */
function tokens(part: string): { kind: 'paren' | 'note' | 'words'; text: string }[] {
  const out: { kind: 'paren' | 'note' | 'words'; text: string }[] = [];
  let i = 0;
  while (i < part.length) {
    const c = part[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(') {
      const close = part.indexOf(')', i);
      const end = close === -1 ? part.length : close;
      out.push({ kind: 'paren', text: part.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '§') {
      const m = /^§+\s*\d+(?:\s*[-–]\s*\d+)?/.exec(part.slice(i));
      const len = m ? m[0].length : 1;
      out.push({ kind: 'note', text: part.slice(i, i + len) });
      i += len;
    } else {
      let j = i;
      while (j < part.length && part[j] !== '(' && part[j] !== '§') j++;
      out.push({ kind: 'words', text: part.slice(i, j).trim() });
      i = j;
    }
  }
  return out.filter((t) => t.text !== '' || t.kind === 'paren');
}

/**
 * The people on one line of a participant list, each with `roles`. Handles one person per line
 * ("Lena Svahn, (?), Ljusdals kommun (ersättare för Marit Holmstrand)") and several run together
 * ("Anders Wennerberg, Östersund Sara Schelin, Åre …"). Unreadable parts give a warning.
 */
export function parseParticipantLine(
  text: string,
  roles: readonly Role[],
  line: number | undefined,
  diagnostics: Diagnostic[],
): ParticipantDraft[] {
  const clean = text
    .replace(/^[-•*]\s+/, '')
    .replace(/\t+/g, ' ')
    .trim();
  if (!clean) return [];
  const parts = commaParts(clean);
  const lastPart = parts[parts.length - 1] ?? '';
  // Whether this is a "Name, Place Name, Place" list; worked out only when a split needs it.
  let placeListMemo: boolean | undefined;
  const placeList = () => {
    placeListMemo ??=
      parts.length >= 3 &&
      (!isPersonName(lastPart.replace(/\(.*?\)/g, '').trim()) ||
        parts.slice(1).some((p) => leadingPlaceLength(p.split(/\s+/)) > 0));
    return placeListMemo;
  };
  const people: ParticipantDraft[] = [];
  let current: ParticipantDraft | undefined;
  const start = (name: string) => {
    if (current) people.push(current);
    current = newDraft(name, roles, line);
  };
  for (let pi = 0; pi < parts.length; pi++) {
    const part = parts[pi] as string;
    const toks = tokens(part);
    const last = pi === parts.length - 1;
    for (let ti = 0; ti < toks.length; ti++) {
      const tok = toks[ti] as { kind: string; text: string };
      if (tok.kind === 'paren') {
        if (current) applyParenthesis(current, tok.text, diagnostics);
        continue;
      }
      if (tok.kind === 'note') {
        if (current) current.note = current.note ? `${current.note}; ${tok.text}` : tok.text;
        continue;
      }
      if (!current) {
        // The first run opens with a name: "Ola Wigg" or "Ola Wigg Nordanstigs kommun" (comma missing).
        const words = tok.text.split(/\s+/);
        let n = Math.min(words.length, 5);
        while (n >= 2 && !isPersonName(words.slice(0, n).join(' '))) n--;
        if (n < 2) break;
        start(words.slice(0, n).join(' '));
        const rest = words.slice(n).join(' ');
        if (rest && current) applyAttribute(current, rest);
        continue;
      }
      const isFinalRun = ti === toks.length - 1 || toks.slice(ti + 1).every((t) => t.kind === 'note');
      const { attribute, next } = isFinalRun ? splitRun(tok.text, !last, placeList) : { attribute: tok.text };
      if (attribute) applyAttribute(current, attribute);
      if (next) start(next);
    }
  }
  if (current) people.push(current);
  if (people.length === 0) {
    diagnostics.push(diagnostic('warning', 'person-unreadable', { text: clip(clean) }, { line }));
  }
  return people;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

const SIGNATURE =
  /^(.+?)\s*,\s*(sekreterare|ordförande|vice ordförande|justerare|justerande|protokollförare)(?:\s*,.*)?$/iu;

/** A signature line, "Kristina Westhed, sekreterare, enligt digital underskrift": the name and role. */
export function parseSignatureLine(text: string): { name: string; role: Role } | undefined {
  if (!text.includes(',') || !/sekreterare|ordförande|justera|protokollförare/iu.test(text)) return undefined;
  const m = SIGNATURE.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const name = m[1].trim();
  // "M Johan Karlsson, ordförande": a row of a list that prints the party first, not a signature.
  const first = /^(\p{Lu}{1,3})\s+\p{Lu}/u.exec(name)?.[1];
  if (first !== undefined && isKnownParty(first)) return undefined;
  const role = roleOf(m[2]);
  return role && isPersonName(name) ? { name, role } : undefined;
}

const SIGNATORY_ROLE =
  /\s*(?:,\s*)?\b(sekreterare|ordförande|vice ordförande|justerare|justerande|protokollförare)\b\s*[,;]?\s*/giu;

/**
 * "Justeras av: Elise Ackerot Sekreterare Martin Söderström Ordförande Jenny Kriström Justerare":
 * names each followed by their role. Names without a role are adjusters ("Justeras av: Anna Berg").
 */
export function parseSignatories(text: string): { name: string; role: Role }[] {
  const out: { name: string; role: Role }[] = [];
  let start = 0;
  SIGNATORY_ROLE.lastIndex = 0;
  for (let m = SIGNATORY_ROLE.exec(text); m !== null; m = SIGNATORY_ROLE.exec(text)) {
    const name = text.slice(start, m.index).trim();
    const role = roleOf(m[1] ?? '');
    if (role && isPersonName(name)) out.push({ name, role });
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) {
    for (const piece of rest.split(/\s*(?:,|\boch\b|&)\s*/u)) {
      const name = piece.replace(/\(.*?\)/g, '').trim();
      if (isPersonName(name)) out.push({ name, role: 'adjuster' });
    }
  }
  return out;
}

// A draft's name key. Made again when asked (a lower-casing and a space fold): remembering it per draft in a
// WeakMap cost more than making it, as every draft is a new object asked once or twice. No draft's name is
// changed once it is made, so the key is the same either way.
const keyOf = (p: ParticipantDraft) => nameKey(p.name);

// Each list's first entry per name key: a head listing hundreds of names compared each new one with all.
// A list changed other than by `mergeParticipant` (its length no longer the index's size) is indexed again.
const indexes = new WeakMap<ParticipantDraft[], Map<string, ParticipantDraft>>();
function indexOf(list: ParticipantDraft[]): Map<string, ParticipantDraft> {
  let index = indexes.get(list);
  if (index === undefined || index.size !== list.length) {
    index = new Map();
    for (const p of list) {
      const key = keyOf(p);
      if (!index.has(key)) index.set(key, p);
    }
    indexes.set(list, index);
  }
  return index;
}

/**
 * Adds a person to a list, or merges them into the entry with the same name: roles are united and
 * facts only fill gaps, so a later mention never overwrites an earlier one.
 */
export function mergeParticipant(list: ParticipantDraft[], person: ParticipantDraft): void {
  const key = keyOf(person);
  const index = indexOf(list);
  const found = index.get(key);
  if (!found) {
    list.push(person);
    index.set(key, person);
    return;
  }
  for (const role of person.roles) addRole(found, role);
  found.party ??= person.party;
  found.municipality ??= person.municipality;
  found.organisation ??= person.organisation;
  found.title ??= person.title;
  found.substituteFor ??= person.substituteFor;
  found.note ??= person.note;
}

/**
 * The drafts as model participants: no undefined fields, no line numbers. A person the record names with no
 * role it tells (a name in a flattened two-column list: member or substitute cannot be told) is left out,
 * as a participant needs a role; the warning that left the role out names them.
 */
export function finishParticipants(list: readonly ParticipantDraft[]): Participant[] {
  const keeper = minuteKeeper(list);
  return list.flatMap((p) => {
    const out: Participant = { name: p.name, roles: [...p.roles] };
    if (p.party) out.party = p.party;
    if (p.municipality) out.municipality = p.municipality;
    if (p.organisation) out.organisation = p.organisation;
    if (p.title) out.title = p.title;
    if (p.substituteFor) out.substituteFor = p.substituteFor;
    if (p.note) out.note = p.note;
    if (p === keeper) out.roles.push('secretary');
    return out.roles.length > 0 ? [out] : [];
  });
}

/** A secretary's job title: "nämndsekreterare", "kommunsekreterare", "utskottssekr.". */
const SECRETARY_TITLE = /^(?!general)(?:\p{L}{2,20}s?)?sekr(?:eterare|\.)?$/iu;

/**
 * The one person whose job title says they keep the minutes ("Tor Ås, nämndsekreterare") when no one is
 * named secretary by a role word or a signature: with two such titles, or a secretary already named,
 * the title says nothing about who kept these minutes.
 */
function minuteKeeper(list: readonly ParticipantDraft[]): ParticipantDraft | undefined {
  if (list.some((p) => p.roles.includes('secretary'))) return undefined;
  const titled = list.filter((p) => p.title !== undefined && SECRETARY_TITLE.test(p.title.trim()) && !p.party);
  return titled.length === 1 ? titled[0] : undefined;
}
