import { findDates, findDayMonthSlashes, findTimes, resolveDate } from './dates.js';
import { bodyKey, bodyName, GENERIC } from './schedule-bodies.js';

/**
 * What the prose of a schedule page says about its dates: that a meeting is cancelled ("Direktions-
 * mötet den 22 november 2021 är inställt"), moved ("Sammanträdet den 5 maj flyttas till den 12 maj"),
 * or the time and place meetings have unless a date says otherwise ("Mötena hålls klockan 13.00 om
 * inget annat anges", "Kommunstyrelsen sammanträder klockan 13.30 i Vänersalen").
 */

/** A line of prose and the section it stands in. */
export interface ProseLine {
  text: string;
  no: number;
  /** The body of the section the line is in, when one is known there. */
  body?: string;
  year?: number;
}

/** A default time or place for a body's meetings (no `body`: for the section or page it stands in). */
export interface ProseDefault {
  body?: string;
  /** Said of every meeting on the page ("Samtliga sammanträden börjar kl. 13.00"), not of one body's. */
  all?: boolean;
  /** The sentence names its body ("Kommunstyrelsen sammanträder …"); else the body is the section's. */
  stated?: boolean;
  start?: string;
  location?: string;
  no: number;
}

/** A change of one meeting: cancelled, or moved to another day. */
export interface ProseChange {
  body?: string;
  date: string;
  /** The new day of a moved meeting. */
  to?: string;
  no: number;
}

/** What {@link readProse} found. */
export interface ProseFacts {
  defaults: ProseDefault[];
  changes: ProseChange[];
  /** Sentences that seem to change a meeting, but not readably which or how. */
  unclear: { no: number; sentence: string }[];
  /** Prose that gives other hours than the default it would set ("Fullmäktige börjar kl. 18.00"), by line. */
  otherTimes: { no: number; sentence: string }[];
}

/** "Samtliga sammanträden", "Alla möten": a sentence about every meeting on the page. */
const EVERY = /^(?:samtliga|alla)\s+(?:sammanträden|möten)(?![\p{L}])/iu;
/** A sentence that gives an hour some meetings start at, whatever its subject ("Fullmäktige börjar kl. 18.00"). */
const STARTS_AT = /(?<![\p{L}])(?:börjar|startar|inleds|hålls|sammanträder)(?![\p{L}])/iu;

const CANCEL =
  /(?<![\p{L}])(?:inställ(?:t|d|da|s|es)|ställs in|ställts in|ställt in|avlys(?:t|ts|es)|utgår|utgått)(?![\p{L}])/iu;
const MOVE = /(?<![\p{L}])(?:flytta(?:s|t|d|des|ts)?|senarelägg(?:s|es)|tidigarelägg(?:s|es))(?![\p{L}])/iu;
/** "Kommunstyrelsen sammanträder", "Mötena hålls", "Sammanträdet börjar": a sentence about when meetings are. */
const MEETS =
  /(?<![\p{L}])(?:sammanträder|möts|(?:sammanträdena|sammanträden|sammanträdet|mötena|mötet|möten)(?=[^.!?]{0,40}?(?<![\p{L}])(?:hålls|börjar|startar|äger rum|är)(?![\p{L}])))(?![\p{L}])/iu;
const PLACE_AFTER_VERB =
  /(?<![\p{L}])(?:sammanträder|sammanträden(?:a)?|mötena|möten)\s+(?:är|hålls|äger rum)\s+(?:i|på)\s+([^.;!?]{3,80}?)\s*\.?$/iu;

/** The sentences of a line: split after ".", "!" or "?" before a capital letter. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.trim() !== '');
}

/** The body a sentence opens with ("Kommunstyrelsen sammanträder", "Kommunfullmäktiges sammanträden"). */
function openingBody(sentence: string, verbAt: number): string | undefined {
  const before = sentence.slice(0, verbAt).trim();
  if (!before) return undefined;
  const name = bodyName(before, true)?.name;
  // "Nämnden sammanträder …": the word alone is the page's or the section's body, not one called "Nämnden".
  return name && !GENERIC.test(name) ? name : undefined;
}

/** The page's body a sentence names, by the stem of its name ("Direktionsmötet" → Direktionen). */
function namedBody(sentence: string, bodies: readonly string[]): string | undefined {
  const lower = sentence.toLowerCase();
  let best: string | undefined;
  let length = 0;
  for (const body of bodies) {
    const stem = bodyKey(body).replace(/(?:en|et|n)$/u, '');
    if (stem.length >= 4 && lower.includes(stem) && stem.length > length) {
      best = body;
      length = stem.length;
    }
  }
  return best;
}

function datesOf(sentence: string, year: number | undefined): string[] {
  const mentions = [...findDates(sentence), ...findDayMonthSlashes(sentence)].sort((a, b) => a.index - b.index);
  const out: string[] = [];
  for (const m of mentions) {
    const iso = resolveDate(m, year !== undefined ? { year } : {});
    if (iso && !iso.startsWith('--')) out.push(iso);
  }
  return out;
}

/** Reads the prose lines of a page; `bodies` are the bodies the page lists dates for. */
export function readProse(lines: readonly ProseLine[], bodies: readonly string[]): ProseFacts {
  const facts: ProseFacts = { defaults: [], changes: [], unclear: [], otherTimes: [] };
  for (const line of lines) {
    if (line.text.length > 2000) continue; // a flattened page's prose; its sentences are not ours to guess
    for (const sentence of sentences(line.text)) {
      const cancel = CANCEL.test(sentence);
      const move = MOVE.test(sentence);
      if (cancel || move) {
        const dates = datesOf(sentence, line.year);
        const body = namedBody(sentence, bodies) ?? line.body;
        if (move && dates.length === 2 && /(?<![\p{L}])till(?![\p{L}])/iu.test(sentence)) {
          facts.changes.push({
            ...(body ? { body } : {}),
            date: dates[0] as string,
            to: dates[1] as string,
            no: line.no,
          });
        } else if (cancel && !move && dates.length === 1) {
          facts.changes.push({ ...(body ? { body } : {}), date: dates[0] as string, no: line.no });
        } else if (dates.length > 0) {
          facts.unclear.push({
            no: line.no,
            sentence: sentence.slice(0, 120),
          });
        }
        continue;
      }
      const verb = MEETS.exec(sentence);
      if (!verb) {
        // Hours this reader cannot tie to a body: a default set from another sentence may not hold for all.
        if (STARTS_AT.test(sentence) && findTimes(sentence).length > 0) {
          facts.otherTimes.push({ no: line.no, sentence: sentence.slice(0, 120) });
        }
        continue;
      }
      const place = PLACE_AFTER_VERB.exec(sentence);
      const times = findTimes(sentence);
      const hasDate = datesOf(sentence, 2000).length > 0;
      // "Sammanträdet den 5 maj börjar kl. 09.00": one meeting's own hour, which a default would overwrite.
      if (hasDate && times.length > 0) facts.otherTimes.push({ no: line.no, sentence: sentence.slice(0, 120) });
      if (hasDate || (times.length === 0 && !place)) continue;
      const found: ProseDefault = { no: line.no };
      const every = EVERY.test(sentence.trim());
      const opening = every ? undefined : openingBody(sentence, verb.index);
      const body = every ? undefined : (opening ?? line.body);
      if (every) found.all = true;
      if (opening) found.stated = true;
      if (body) found.body = body;
      const time = times[0];
      if (time && times.length === 1) {
        found.start = time.start;
        const after = /^\s*(?:i|på)\s+([^.;!?]{3,80}?)\s*\.?$/u.exec(sentence.slice(time.index + time.length));
        if (after?.[1]) found.location = after[1].trim();
      }
      if (place?.[1]) found.location ??= place[1].trim();
      if (found.start || found.location) facts.defaults.push(found);
    }
  }
  return facts;
}
