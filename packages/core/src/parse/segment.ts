import type { Role } from '../model/participant.js';
import { isImmediateAdjustment } from './adjustment.js';
import { DOTTED_DATE_SOURCE, findDates, findTimes, RANGE_DASH_SOURCE } from './dates.js';
import { isGivenName } from './given-names.js';
import { type FoundLabel, findLabels, type LabelKey } from './label-lexicon.js';
import { namesOnly, peekPeopleList } from './people-list.js';

/**
 * The head of a record as labelled fields, found by what the labels say wherever they stand. Labels are
 * found anywhere in the text ({@link findLabels}); each value is the text after its label, bounded by the
 * next label and by what the field can hold. Two-column pages flattened with several labels before their
 * values ("Tid och plats Beslutande Ledamöter … Kl. 18:00 onsdagen den 9 december 2015, Aulan Anna Berg (M)
 * …") are paired by order: each value goes to the oldest waiting label that can hold it, so a label whose
 * value the extraction lost ("Paragrafer" without digits) waits without taking its neighbour's value.
 */

/** A labelled field of the head: the label and its value, with offsets into the text. */
export interface Field {
  key: LabelKey;
  label: string;
  roles?: readonly Role[];
  value: string;
  /** Where the label starts, and where the value starts and ends, in the text. */
  labelAt: number;
  start: number;
  end: number;
  /** The value came after other labels' values (a flattened two-column page), not right after its label. */
  paired?: boolean;
  /** A list shared by several people labels printed together before it: their roles, in order. */
  groups?: (readonly Role[])[];
  /** Where each of those labels stands in the text (`[start, end)`), in order. */
  heads?: (readonly [number, number])[];
}

/** What stands between a label and its value: white space and punctuation. */
const LEAD = /[\s:;.,…_]+/uy;

/** Labels that open a block and hold no value of their own. */
const NO_VALUE = new Set<LabelKey>(['signatures', 'notice', 'none']);

/** How many newer labels a waiting label lets pass before it gives up on a value. */
const WINDOW = 16;

/** Sentences a notice block prints around its fields; they are not values. */
const BOILERPLATE_FIXED = String.raw`protokollet\s+är\s+justerat\.?|justeringen\s+har\s+(?:tillkännagivits|offentliggjorts)\s+genom\s+anslag(?:\s+på\s+kommunens\s+anslagstavla)?\.?|justering\s+av\s+[\p{L}\s]{0,40}protokoll(?:\s+\d{1,3}\/\d{4})?\s+har\s+tillkännagivits(?:\s+genom\s+anslag|\s+på\s+kommunens\s+anslagstavla)\.?`;
const BOILERPLATE = new RegExp(
  String.raw`(?:${BOILERPLATE_FIXED}|[\p{L}-]{1,40}\s+protokoll\s+är\s+justerat\.?)`,
  'giu',
);
/**
 * The same but "Nämndens protokoll är justerat", whose open start (`[\p{L}-]{1,40}`) is tried at every letter
 * of the text: a text without "protokoll är justerat" is searched with this one, to the same matches.
 */
const BOILERPLATE_NO_NAME = new RegExp(`(?:${BOILERPLATE_FIXED})`, 'giu');

/** The text with the notice block's fixed sentences blanked out (offsets kept). */
export function blankBoilerplate(text: string): string {
  if (!/justera|tillkännag|offentliggj/iu.test(text)) return text;
  const re = /protokoll\s+är\s+justerat/iu.test(text) ? BOILERPLATE : BOILERPLATE_NO_NAME;
  return text.replace(re, (m) => m.replace(/[^\n]/g, ' '));
}

/** A signature block: its labels (in order) and where it ends in the text. */
export interface SignatureBlock {
  labels: FoundLabel[];
  end: number;
}

/** Labels that may stand inside a signature block without ending it. */
const IN_BLOCK = new Set<LabelKey>(['signature', 'signatures', 'range', 'none', 'adjusters']);

const isViceChair = (label: FoundLabel) => label.def.roles?.includes('vice-chair') === true;

/**
 * The signature blocks among the labels: an "Underskrifter" / "Justeras av" and the role labels after it,
 * or two role labels ("Sekreterare", "Ordförande", "Justerande") close together. A lone "Ordförande" over a
 * name is a field of its own.
 */
export function signatureBlocks(labels: readonly FoundLabel[], text: string): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  for (let i = 0; i < labels.length; i++) {
    const first = labels[i] as FoundLabel;
    // "Underskrift Sekreterare …": the singular over the block's first role opens the block too.
    const opener =
      first.def.key === 'signer' &&
      labels[i + 1]?.def.key === 'signature' &&
      (labels[i + 1] as FoundLabel).start - first.end < 15;
    if (first.def.key !== 'signatures' && first.def.key !== 'signature' && !opener) continue;
    // A vice chair does not sign: "Vice ordförande" is a field of its own, never a block's role.
    if (isViceChair(first)) continue;
    const members: FoundLabel[] = [first];
    let j = i + 1;
    for (; j < labels.length; j++) {
      const l = labels[j] as FoundLabel;
      const prev = members[members.length - 1] as FoundLabel;
      if (!IN_BLOCK.has(l.def.key) || isViceChair(l) || l.start - prev.end > 160) break;
      if (l.def.key === 'adjusters' && !/^justerare$/iu.test(l.text)) break;
      members.push(l);
    }
    const roles = members.filter((l) => l.def.key === 'signature' || l.def.key === 'adjusters');
    if (first.def.key === 'signatures' || opener ? roles.length >= 1 || members.length === 1 : roles.length >= 2) {
      blocks.push({ labels: members, end: labels[j]?.start ?? text.length });
      i = j - 1;
    }
  }
  return blocks;
}

/**
 * True for a role label that is a word of the list it opens, not a label of its own: right after a list's
 * label, with the name on its line ("Beslutande / Ordf. Anna Berg (S) / Per Ek (M)", "Övriga / Sekr. Maria
 * Nord / Förvaltningschef Erik Holm"). Taken as a label, it would wait beside the list's label and take a
 * later list's names, or open a signature block with the next "Justerare".
 */
function roleInList(labels: readonly FoundLabel[], n: number, text: string): boolean {
  const label = labels[n] as FoundLabel;
  const prev = labels[n - 1];
  if (label.def.key !== 'signature' || prev?.def.key !== 'people') return false;
  if (text.slice(prev.end, label.start).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', label.end);
  const end = Math.min(labels[n + 1]?.start ?? text.length, lineEnd < 0 ? text.length : lineEnd);
  return /^[\s:]*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(label.end, end));
}

/**
 * Splits the head into labelled fields. `text` is the head as one string (lines joined by "\n"). A head
 * with more than `maxLabels` labels is not read: `cut` says where the label past the limit starts, for the
 * caller to read the head up to there, and `before` holds the labels before it, for the caller to pass back as
 * `found` (the text up to the cut is not searched again).
 */
export function segmentHead(
  text: string,
  maxLabels = Number.POSITIVE_INFINITY,
  found?: readonly FoundLabel[],
): {
  fields: Field[];
  labels: FoundLabel[];
  blocks: SignatureBlock[];
  preamble: string;
  cut?: number;
  before?: FoundLabel[];
} {
  const clean = blankBoilerplate(text);
  const all = found ? [...found] : findLabels(clean, maxLabels);
  if (all.length > maxLabels) {
    const cut = (all[maxLabels] as FoundLabel).start;
    return { fields: [], labels: [], blocks: [], preamble: '', cut, before: all.slice(0, maxLabels) };
  }
  const labels = all.filter((_l, n) => !roleInList(all, n, clean));
  const blocks = signatureBlocks(labels, clean);
  // Role labels of a block are read with the block; its "Paragrafer" keeps its own value.
  const inBlock = new Set(blocks.flatMap((b) => b.labels.filter((l) => l.def.key !== 'range' && l.def.key !== 'none')));
  const fields: Field[] = [];
  const waiting: { label: FoundLabel; seq: number }[] = [];
  const loneRoles: FoundLabel[] = [];
  let seq = 0;
  for (let n = 0; n < labels.length; n++) {
    const label = labels[n] as FoundLabel;
    const next = labels[n + 1]?.start ?? clean.length;
    // A signature block's labels are read as a block (see signatures.ts); they take no value here. A lone
    // role label with nothing after it ("… Inger Ek (-) Jessica Berg Sekreterare Ersättare …") names the
    // person before it (see nameBefore below), and waits for nothing.
    const lone = label.def.key === 'signature' && !inBlock.has(label) && !clean.slice(label.end, next).trim();
    if (lone) loneRoles.push(label);
    else if (!NO_VALUE.has(label.def.key) && !inBlock.has(label)) waiting.push({ label, seq });
    seq++;
    // Labels that waited too long have lost their values.
    while (waiting.length > 0 && seq - (waiting[0] as { seq: number }).seq > WINDOW) waiting.shift();
    let at = label.end;
    // The text up to the next label is shared out among the waiting labels, oldest first.
    for (let guard = 0; guard < 40 && waiting.length > 0; guard++) {
      // The separators after the label (found in place: the rest of the gap is not copied at every turn).
      if (at >= next) break;
      LEAD.lastIndex = at;
      const lead = Math.min(LEAD.exec(clean)?.[0].length ?? 0, next - at);
      const value = clean.slice(at + lead, next);
      // It starts with no white space, so it is blank only when empty.
      if (value === '') break;
      let taken = false;
      for (let w = 0; w < waiting.length; w++) {
        const cand = waiting[w] as { label: FoundLabel; seq: number };
        // Only the newest label may take a value that runs to the next label when nothing bounds it.
        const isLast = w === waiting.length - 1;
        const used = consume(cand.label.def.key, value, isLast, labels[n + 1]?.def.key, cand.label === label);
        if (used <= 0) continue;
        const start = at + lead;
        const raw = clean.slice(start, start + used);
        // Several lists' labels waiting together share the list that follows them.
        let groups: (readonly Role[])[] | undefined;
        let heads: (readonly [number, number])[] | undefined;
        const onlyReference = cand.label.def.key === 'people' && refersElsewhere(value, used);
        let shared = used;
        if (cand.label.def.key === 'people' && !onlyReference) {
          const more = waiting.slice(w + 1).filter((x) => x.label.def.key === 'people');
          if (more.length > 0) {
            groups = [cand.label.def.roles ?? [], ...more.map((x) => x.label.def.roles ?? [])];
            heads = [cand, ...more].map((x) => [x.label.start, x.label.end] as const);
            for (const x of more) waiting.splice(waiting.indexOf(x), 1);
            // The shared list's last name, bare of party and title, is the value of an "Utses att justera" /
            // "Justerare" printed after the lists' labels: the columns end with it.
            const adjusters = waiting.slice(w + 1).find((x) => x.label.def.key === 'adjusters');
            const people = peekPeopleList(value.slice(0, used), []).people.filter((p) => !p.vacant);
            const last = people[people.length - 1];
            if (adjusters && last && people.length > 1 && !last.party && !last.title && last.roles.length === 0) {
              shared = last.start;
              fields.push({
                key: 'adjusters',
                label: adjusters.label.text,
                roles: adjusters.label.def.roles ?? ['adjuster'],
                value: text.slice(at + lead + last.start, at + lead + last.end).trim(),
                labelAt: adjusters.label.start,
                start: at + lead + last.start,
                end: at + lead + last.end,
                paired: true,
              });
              waiting.splice(waiting.indexOf(adjusters), 1);
            }
          }
        }
        // Built with assignments, not spreads of `{}`: this runs for every label of a head.
        const field: Field = {
          key: cand.label.def.key,
          label: cand.label.text,
          value: text.slice(start, start + shared).trim(),
          labelAt: cand.label.start,
          start,
          end: start + used,
        };
        if (groups) field.groups = groups;
        if (heads) field.heads = heads;
        if (cand.label.def.roles) field.roles = cand.label.def.roles;
        if (cand !== waiting[waiting.length - 1] || cand.label !== label) field.paired = true;
        fields.push(field);
        waiting.splice(w, 1);
        // "Övriga närvarande Se sida 2 Anna Berg, kanslichef …": the list may go on after a reference, up to
        // the next label, if it is of the label's kind.
        if (onlyReference && !groups) {
          const restAt = start + raw.length;
          const rest = clean.slice(restAt, next);
          const more = rest.trim() ? peekPeopleList(rest.trimStart(), []) : undefined;
          if (more && more.people.length > 0 && referredFits(cand.label, rest)) {
            const skip = rest.length - rest.trimStart().length;
            fields.push({
              key: 'people',
              label: cand.label.text,
              ...(cand.label.def.roles ? { roles: cand.label.def.roles } : {}),
              value: text.slice(restAt + skip, restAt + skip + more.consumed).trim(),
              labelAt: cand.label.start,
              start: restAt + skip,
              end: restAt + skip + more.consumed,
            });
            at = restAt + skip + more.consumed;
            taken = true;
            break;
          }
        }
        at = start + raw.length;
        taken = true;
        break;
      }
      if (!taken) {
        // A body's name or the notice's signer stands right after its label: other text there means it is lost.
        const last = waiting[waiting.length - 1]?.label;
        if (last === label && (label.def.key === 'signer' || label.def.key === 'organ')) waiting.pop();
        // Text right after a label that no waiting label can hold: the label's value was there and is
        // unreadable (prose, a lost layout). The label must not take a later label's value instead.
        if (value.trim().length > 20) {
          for (let w = waiting.length - 1; w >= 0; w--) {
            const k = (waiting[w] as { label: FoundLabel }).label.def.key;
            if (w === waiting.length - 1 || k === 'people' || k === 'adjusters') waiting.splice(w, 1);
          }
        }
        break;
      }
    }
  }
  for (const label of loneRoles) nameBefore(label, fields, text);
  const preamble = clean.slice(0, labels[0]?.start ?? clean.length);
  return { fields, labels, blocks, preamble };
}

// The words a list that only refers elsewhere starts with (people-list.ts reads the reference itself).
const REFERENCE_START = /^\s*(?:se|enligt|samtliga)\s/iu;

/**
 * Whether the list a people label took (the first `used` characters of `value`) only refers elsewhere ("Se
 * bilaga 1"). Only a value that starts like a reference is read again: every label's list was, twice.
 */
function refersElsewhere(value: string, used: number): boolean {
  return REFERENCE_START.test(value) && !!peekPeopleList(value.slice(0, used), []).reference;
}

/** Whether a list after a label's reference is of the label's kind: officials (no party) only under "Övriga". */
function referredFits(label: FoundLabel, value: string): boolean {
  const people = peekPeopleList(value, []).people.filter((p) => !p.vacant);
  if (people.length === 0) return false;
  const political = (label.def.roles ?? []).some((r) => r === 'member' || r === 'substitute');
  return political ? people.every((p) => !!p.party) : people.every((p) => !p.party);
}

/**
 * A role label written after its name, at the end of a list ("… Jessica Berg Sekreterare"): the list's last
 * person, named without a party, is the label's, not the list's.
 */
function nameBefore(label: FoundLabel, fields: Field[], text: string): void {
  const list = fields.find((f) => f.key === 'people' && f.end <= label.start && !text.slice(f.end, label.start).trim());
  if (!list) return;
  const people = peekPeopleList(list.value, []).people.filter((p) => !p.vacant);
  const last = people[people.length - 1];
  if (!last || people.length < 2 || last.party || last.roles.length > 0 || last.title) return;
  const offset = list.value.length - list.value.trimStart().length;
  list.value = list.value.slice(0, last.start).trim();
  list.end = list.start + offset + last.start;
  fields.push({
    key: 'signature',
    label: label.text,
    ...(label.def.roles ? { roles: label.def.roles } : {}),
    value: last.name,
    labelAt: label.start,
    start: list.start + offset + last.start,
    end: label.start,
  });
}

const DATE_START = new RegExp(
  `^(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?[\\s,]+)?(?:den\\s*)?(?:\\d{4}-\\d{2}-\\d{2}|${DOTTED_DATE_SOURCE}|\\d{1,2}\\/\\d{1,2}(?:\\s+|-|\\/)\\d{4}(?![\\d/])|\\d{1,2}(?::[ae])?\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)(?:\\s+\\d{4})?)`,
  'iu',
);
// The end may be approximate or repeat "kl" ("09.00–ca 11.30", "13.00 – kl. 15.00"), as findTimes reads it.
const TIME_START = new RegExp(
  `^(?:kl(?:ockan)?\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s*(?:${RANGE_DASH_SOURCE}|till)\\s*(?:(?:ca\\.?|cirka)\\s*)?(?:kl(?:ockan)?\\.?\\s*)?\\d{1,2}(?:[.:]\\d{2})?)?`,
  'iu',
);
// Digits are taken whole: a range that cannot be right ("612-626626") is the range reader's to refuse, with a warning.
const RANGE_START = new RegExp(
  `^(?:§§?\\s*)?(\\d{1,8})(?:\\s*(?:${RANGE_DASH_SOURCE}|till)\\s*(?:§\\s*)?(\\d{1,8}))?(?![\\d/.:-])`,
  'u',
);

/** Where a notice is put up, before its date: "på kommunens (digitala) anslagstavla (den)". */
export const NOTICE_BOARD = /^\s*(?:på|i)\s+(?:[\p{L}-]+\s+){0,3}?anslagstavla(?:n)?\s*,?\s*/iu;
/** What joins the day a notice goes up to the day it comes down: "till och med", "t.o.m.". */
export const NOTICE_UNTIL = /^\s*(?:till\s+och\s+med|t\.\s?o\.\s?m\.?)\s*/iu;

/** How much of `value` (from its start) a field of this kind takes; 0 when it cannot hold it. */
function consume(key: LabelKey, value: string, isLast: boolean, nextKey?: LabelKey, own = true): number {
  switch (key) {
    case 'date':
    case 'notice-up':
    case 'notice-down':
    case 'appeal': {
      // A notice's date may follow where it is put up ("på kommunens anslagstavla 2026-06-16").
      const board = key === 'date' ? 0 : (NOTICE_BOARD.exec(value)?.[0].length ?? 0);
      const m = DATE_START.exec(value.slice(board));
      if (!m) return 0;
      let used = board + m[0].length;
      const time = /^[\s,]*(?:kl(?:ockan)?\.?\s*)\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?/iu.exec(
        value.slice(used),
      );
      if (time) used += time[0].length;
      // "… 2026-06-16 till och med 2026-07-08": the day it comes down, read with the day it goes up.
      const until = key === 'notice-up' ? NOTICE_UNTIL.exec(value.slice(used)) : null;
      const end = until ? DATE_START.exec(value.slice(used + until[0].length)) : null;
      if (until && end) used += until[0].length + end[0].length;
      return used;
    }
    case 'notice-span': {
      const m = /^(\d{4}-\d{2}-\d{2})\s*(?:-|–|—|till)\s*(\d{4}-\d{2}-\d{2})/u.exec(value);
      return m ? m[0].length : 0;
    }
    case 'time': {
      // "Tid" often holds the date as well ("Tid: Den 10 oktober 2005 kl 13"); a short code may stand first.
      const code = /^(?:\p{Lu}{1,4}\s+)?/u.exec(value)?.[0].length ?? 0;
      const rest = value.slice(code);
      const date = DATE_START.exec(rest);
      const after = date ? rest.slice(date[0].length) : rest;
      const m = TIME_START.exec(after.replace(/^[\s,]+/u, ''));
      const timeLen =
        m && /\d|kl/iu.test(m[0]) ? m[0].length + (after.length - after.replace(/^[\s,]+/u, '').length) : 0;
      if (!date && !timeLen) return 0;
      return code + (date ? date[0].length : 0) + timeLen;
    }
    case 'range': {
      const m = RANGE_START.exec(value);
      return m ? m[0].length : 0;
    }
    case 'adjusted': {
      // "Justerat onsdagen den 7 december Anna Berg Per Ek": the day, then the names.
      const date = DATE_START.exec(value);
      const at = date ? date[0].length : 0;
      const list = peekPeopleList(value.slice(at), []);
      const last = list.people[list.people.length - 1];
      return last ? at + last.end : 0;
    }
    case 'people':
    case 'adjusters':
    case 'signature':
    case 'signer': {
      // One or two names stand on their label's line; a blank line ends them.
      const bounded = key === 'people' ? value : (value.split(/\n\s*\n/u)[0] ?? '');
      const list = peekPeopleList(bounded, []);
      if (list.reference) return list.consumed;
      if (list.people.length === 0) return 0;
      const max = key === 'people' ? Number.POSITIVE_INFINITY : key === 'adjusters' ? 4 : key === 'signer' ? 1 : 3;
      const last = list.people[Math.min(list.people.length, max) - 1];
      return last ? last.end : 0;
    }
    case 'when-where':
    case 'place':
    case 'adjustment':
    case 'storage':
    case 'organ':
    case 'next':
      return placeLength(value, key, isLast, nextKey, own);
    default:
      return 0;
  }
}

/** How many characters of a "Place Anna Berg (M)" match belong to the place: all but a two-word name (three when given names say so). */
function nameLead(match: string): number {
  const words = match.replace(/\s*\([^)]*\)$/u, '').split(/\s+/);
  let keep = 2;
  if (
    words.length >= 3 &&
    isGivenName(words[words.length - 3] as string) &&
    !isGivenName(words[words.length - 2] as string)
  )
    keep = 3;
  if (words.length <= keep) return 0;
  const lead = words.slice(0, words.length - keep).join(' ');
  return match.indexOf(lead) + lead.length;
}

/** Where a given name and a surname end a value ("… sal Gädda Maja Ros"), as a signer's name before the role under it. */
function signerAtEnd(value: string): number | undefined {
  const from = Math.max(0, value.length - 80);
  const m = /(?<!\S)(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+\s*$/u.exec(value.slice(from));
  return m && isGivenName(m[1] as string) ? from + m.index : undefined;
}

/**
 * People's names left over for a label that waited ("Justeringens tid och plats … Paragrafer: 104 Lena
 * Sundström Ordförande"): a signature block's, no place. The names must start with a given name, since a
 * room may be named like a person ("Stora Salen"); right after its own label (`own`: "Justering: Tor Ås") a
 * value of names is the adjusters', which the front page reads as such.
 */
function signersNames(text: string, own: boolean): boolean {
  return !own && isGivenName(text.trim().split(/\s+/u)[0] ?? '') && namesOnly(text);
}

const PERSON_WITH_PARTY = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s*\(\s*\p{L}{1,4}\s*\)/u;

/** A date or time, then a sentence's subject and its verb: "2026-05-14 Protokollet anslås …", "kl. 10 Kungörelsen anslogs …". */
const SENTENCE_AFTER_DATE =
  /(?<=\d)[.,]?\s+(?=\p{Lu}\p{Ll}+\s+(?:anslås|anslogs|anslagits|justeras|justerades|är|har|ska|skall|kommer|sker|hålls|får|kan|kallas)(?![\p{L}]))/u;

/** A capitalised word or three and a colon ("Utskriftsdatum: …", "Expedieras till: …"): a field of its own. */
const FOREIGN_LABEL = /(?<=^|\s)\p{Lu}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*:(?=\s)/gu;
/** Words of a place or a time written with a colon inside the value ("Rådhuset, Sal: Ekan", "Kl: 13.00"). */
const PLACE_PARTS = new Set([
  'kl',
  'klockan',
  'tid',
  'datum',
  'sal',
  'rum',
  'lokal',
  'plan',
  'våning',
  'ingång',
  'adress',
  'plats',
  'obs',
]);

/**
 * Where, before `end`, a label the lexicon does not know starts ("Rådhuset 2026-03-05 / Utskriftsdatum:
 * 2026-03-06"): a place, a time or a body's name never holds one, and what follows it is another field.
 */
function foreignLabelAt(value: string, end: number): number | undefined {
  // Most values have no colon at all.
  const colon = value.indexOf(':');
  if (colon < 0 || colon >= end) return undefined;
  FOREIGN_LABEL.lastIndex = 0;
  for (let m = FOREIGN_LABEL.exec(value); m !== null && m.index < end; m = FOREIGN_LABEL.exec(value)) {
    const first = (m[0].split(/[\s:]/u)[0] ?? '').toLowerCase();
    if (m.index > 0 && !PLACE_PARTS.has(first)) return m.index;
  }
  return undefined;
}

/**
 * How much of a value is a date, time and place (or a body's name, a storage place): up to the first
 * person named with a party, which starts the next field's list. A value with no date, no time and no
 * place-like words is not taken.
 */
function placeLength(value: string, key: LabelKey, isLast: boolean, nextKey?: LabelKey, own = true): number {
  let end = value.length;
  // "… Tingshuset, sal 2 Eva Tand Ordförande": the name over a signature's role is the signer's, no place.
  if (nextKey === 'signature') end = signerAtEnd(value) ?? end;
  const person = PERSON_WITH_PARTY.exec(value);
  if (person) end = Math.min(end, person.index + nameLead(person[0]));
  // A value ends at a blank line, at a line that starts a numbered item, and at a line of paragraphs ("§§ 12-18").
  const blank = /\n\s*\n|\n(?=\s*\d{1,3}[.)]?\s+\p{Lu})|\n(?=\s*§)/u.exec(value);
  if (blank) end = Math.min(end, blank.index);
  const foreign = foreignLabelAt(value, end);
  if (foreign !== undefined) end = foreign;
  // "… Sjöboden 2026-05-14 Protokollet anslås på …" (flattened): a sentence after the date is no part of the value.
  const sentence = SENTENCE_AFTER_DATE.exec(value);
  if (sentence && sentence.index < end) end = sentence.index;
  const text = value.slice(0, end);
  if (!text.trim()) return 0;
  // The adjustment's place and time: a date or a time, or a short place ("Kommunhuset"), never a sentence.
  // Nor a person's name ("Justeringens tid och plats … Lena Sundström"): the names of a signature block.
  if (key === 'adjustment' && isImmediateAdjustment(text)) return end;
  if (
    key === 'adjustment' &&
    !/\d/.test(text) &&
    (text.trim().length > 60 || /^\p{Lu}\p{Ll}*\s+\p{Ll}+\s+\p{Ll}+/u.test(text.trim()) || signersNames(text, own))
  )
    return 0;
  if (isLast) return end;
  // A label that has waited takes a value only when the value shows it is of its kind.
  const hasWhen =
    findDates(text).length > 0 || findTimes(text).some((t) => /\d/.test(text.slice(t.index, t.index + t.length)));
  // "Stadshuset, kl" with the time's digits lost still says it is a time and place.
  const clock = /(?<![\p{L}])kl(?:ockan)?\.?(?![\p{L}])/iu.test(text);
  if (key === 'when-where') return hasWhen || clock ? end : 0;
  if (key === 'adjustment') return hasWhen ? end : 0;
  if (key === 'organ') {
    const first = /^[^,\n]{2,80}?(?=\s+\p{Lu}\p{Ll}|,|\n|$)/u.exec(text)?.[0] ?? text;
    return BODY_NAME.test(first.trim()) ? first.length : 0;
  }
  return 0;
}

const BODY_NAME =
  /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|utskott|utskottet|direktion|direktionen|rådet|beredning|beredningen|kommitté|kommittén|förbundet|förbundsstyrelse|förbundsstyrelsen|delegation|delegationen|presidium|presidiet)$/iu;
