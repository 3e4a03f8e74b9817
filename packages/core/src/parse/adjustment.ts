import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Adjustment } from '../model/meeting.js';
import { findDates, findDaySpan, findTime, resolveDate } from './dates.js';
import { readWhenWhere } from './header.js';
import { checkWeekday } from './schedule.js';

/**
 * The adjustment (justering) of the minutes: when and where it takes place ("Justeringens tid och
 * plats: tisdag 17 september 2024, digitalt"), its deadline ("ska justeras senast onsdagen den
 * 18 oktober klockan 14") and the rule a body states for it ("senast en vecka efter aktuellt möte").
 */

/** When and where from a header value: the date and what is left as the place ("digitalt"). */
export function adjustmentFromValue(
  value: string,
  line: number,
  meetingDate: string | undefined,
  diagnostics: Diagnostic[],
): Partial<Adjustment> {
  // "Omedelbar justering", "Paragrafen justeras omedelbart", "Direkt efter sammanträdet": adjusted at the meeting
  // itself, so on its day; the words are no place.
  if (isImmediateAdjustment(value)) {
    diagnostics.push(diagnostic('info', 'adjustment-immediate', { text: value.trim().slice(0, 60) }, { line }));
    return meetingDate ? { date: meetingDate } : {};
  }
  const when = readWhenWhere(value, true);
  const out: Partial<Adjustment> = {};
  if (when.date) {
    const date = resolveDate(when.date, meetingDate ? { after: meetingDate } : {});
    if (date && !date.startsWith('--')) {
      out.date = date;
      if (when.date.weekday) checkWeekday(date, when.date.weekday, line, { place: 'adjustment' }, diagnostics);
    }
  }
  // "Protokollet justeras den 15 maj 2026 på Samhällsbyggnadskontoret": a sentence, whose place is only what
  // follows "på" or "i" (the subject and its verb, or who adjusts, are none of it).
  if (ADJUSTS.test(value)) {
    const at = PLACE_WORD.exec(value);
    const place = at ? readWhenWhere(value.slice(at.index + at[0].length), true).parts?.join(', ') : undefined;
    if (place) out.place = place;
    return out;
  }
  // "Justering sker digitalt den 15 maj": the label's sentence goes on with its verb, which is no place.
  const place = when.parts
    ?.map((p) => p.replace(/^(?:sker|ske|ska\s+ske|skall\s+ske|äger\s+rum|görs|genomförs)\s+/iu, ''))
    .join(', ');
  if (place) out.place = place;
  return out;
}

/** The adjustment made at the meeting: "omedelbar justering", "justeras omedelbart", "direkt efter sammanträdet". */
const IMMEDIATE =
  /^\s*(?:omedelbar(?:t)?\s+juster(?:ing|ad|at|as)|(?:(?:protokollet|paragrafen|paragraferna|beslutet)\s+)?juster(?:as|ades|ats)\s+omedelbart|(?:i\s+)?direkt(?:\s+i\s+anslutning\s+till|\s+efter)\s+(?:sammanträdet|mötet))[\s.]*$/iu;

/** True for a value that says the minutes are adjusted at the meeting, with no other day. */
export function isImmediateAdjustment(value: string): boolean {
  return IMMEDIATE.test(value) && findDates(value).length === 0;
}

/**
 * A value that is a sentence about the adjustment: "Protokollet justeras …", "Justeras …", or its subject alone
 * where a label took the verb ("Protokollet" before "justeras av Anna Ek …").
 */
const ADJUSTS = /^\s*(?:protokollet(?![\p{L}])|(?:ska\s+|skall\s+|kommer\s+att\s+)?juster(?:as|ades)(?![\p{L}]))/iu;
/** The word before the place in such a sentence. */
const PLACE_WORD = /\s(?:på|i)\s+(?=\S)/u;

// "justeras (digitalt) (av ordföranden och Bo Lind) senast …": who adjusts may stand before the deadline.
const DEADLINE =
  /juster(?:as|ats|ing(?:en)?\s+(?:ska\s+|skall\s+)?(?:ske|göras|äga\s+rum))(?:\s+digitalt)?(?:\s+av(?:\s+(?!senast(?!\p{L}))[\p{L},-]+){1,8}?)?\s+senast\s+/iu;
/** A word {@link DEADLINE} or {@link RULE} needs (with their flags, so with their case folding). */
const TRIGGER = /senast|inom/iu;
const RULE = /juster\p{L}*[^.]{0,80}?(?:senast|inom)\s+([^.]{1,40}?)\s+(?:efter|från)/iu;

/**
 * The deadline and rule stated in sentences: the first "justeras senast <date> [klockan 14]" gives the
 * deadline; "justering … senast en vecka efter" gives the rule's number of days.
 */
export function adjustmentFromSentences(
  sentences: readonly { text: string; no: number }[],
  meetingDate: string | undefined,
  diagnostics: Diagnostic[],
): { deadline?: string; deadlineTime?: string; withinDays?: number; ruleLine?: number } {
  const out: { deadline?: string; deadlineTime?: string; withinDays?: number; ruleLine?: number } = {};
  for (const s of sentences) {
    // Both patterns need "senast" or "inom": most sentences about the adjustment (the head's) have neither.
    if (s.text.length > 2000 || !s.text.includes('juster') || !TRIGGER.test(s.text)) continue;
    const deadline = out.deadline === undefined ? DEADLINE.exec(s.text) : null;
    if (deadline) {
      const after = s.text.slice(deadline.index + deadline[0].length);
      const date = findDates(after)[0];
      if (date && date.index <= 3) {
        const resolved = resolveDate(date, meetingDate ? { after: meetingDate } : {});
        if (resolved && !resolved.startsWith('--')) {
          out.deadline = resolved;
          if (date.weekday) checkWeekday(resolved, date.weekday, s.no, { place: 'adjustment-deadline' }, diagnostics);
        } else if (resolved) {
          const date = resolved.slice(2);
          diagnostics.push(diagnostic('info', 'adjustment-deadline-no-year', { date }, { line: s.no }));
        }
        const time = findTime(after.slice(date.index + date.length));
        if (time && out.deadline) out.deadlineTime = time.start;
      }
    }
    const rule = out.withinDays === undefined ? RULE.exec(s.text) : null;
    if (rule?.[1]) {
      const days = findDaySpan(rule[1]);
      if (days !== undefined) {
        out.withinDays = days;
        out.ruleLine = s.no;
      }
    }
  }
  return out;
}
