import type { Diagnostic } from '../model/diagnostic.js';
import type { NextMeeting } from '../model/meeting.js';
import { type DateMention, findDates, findDayMonthSlash, findTime, resolveDate } from './dates.js';
import { readWhenWhere } from './header.js';
import { checkWeekday } from './schedule.js';

/**
 * The next meeting as a record announces it: a header field ("Nästa möte: måndag 21 oktober 2024,
 * kl. 13.00-15.00") or a sentence ("Nästa Hälsingeråd är planerat till 13 december. Bollnäs kommer att
 * stå värd för mötet, som förläggs till Orbaden.", "Hälsingerådets nästa möte är 19 januari.").
 */

/** What a date without a year is resolved against. */
export interface NextMeetingContext {
  meetingDate?: string;
  diagnostics: Diagnostic[];
}

/** The next meeting from a header value. */
export function nextMeetingFromValue(
  value: string,
  line: number,
  context: NextMeetingContext,
): NextMeeting | undefined {
  const when = readWhenWhere(value, true);
  const out: NextMeeting = {};
  if (when.date) {
    const date = resolveDate(when.date, context.meetingDate ? { after: context.meetingDate } : {});
    if (date) out.date = date;
    if (date && when.date.weekday && !date.startsWith('--'))
      checkWeekday(date, when.date.weekday, line, { place: 'next-meeting' }, context.diagnostics);
  }
  if (when.start) out.start = when.start;
  if (when.end && when.start && when.end > when.start) out.end = when.end;
  if (when.location) out.location = when.location;
  if (when.attendance) out.attendance = when.attendance;
  return Object.keys(out).length > 0 ? out : undefined;
}

const ANNOUNCES =
  /(?<![\p{L}])nästa\s+[\p{L}-]+\s+(?:är|blir|äger\s+rum|hålls|planeras|sker|förläggs|genomförs)(?![\p{L}])/iu;
const HOST =
  /(\p{Lu}[\p{L}-]*(?:\s+kommun)?)\s+(?:kommer\s+att\s+|ska\s+)?(?:stå|står|vara|är)\s+(?:som\s+)?värd(?:kommun)?(?![\p{L}])/u;
const HOST_AFTER = /värd(?:kommun)?\s+(?:är|blir)\s+(\p{Lu}[\p{L}-]*(?:\s+kommun)?)/u;
const PLACE = /(?:förläggs|förlagt|förlagd|äger\s+rum|hålls)\s+(?:till|på|i)\s+(\p{Lu}[^,.;\d]{0,60})/u;
const ONLINE_WORDS = /via\s+teams|digitalt|på\s+distans|videolänk|webbmöte|via\s+zoom/iu;
// "…, Teams" alone names the service only when capitalised: "teams" in lower case may be a team's plural.
const SERVICE = /(?<![\p{L}])(?:Teams|Zoom)(?![\p{L}])/u;
const saysOnline = (text: string): boolean => ONLINE_WORDS.test(text) || SERVICE.test(text);

/**
 * The next meeting from sentences: the first that announces it with a date, and from it and the
 * sentences right after, the host ("Bollnäs kommer att stå värd"), the place ("förläggs till Orbaden")
 * and the time.
 */
export function nextMeetingFromSentences(
  sentences: readonly { text: string; no: number }[],
  context: NextMeetingContext,
): { next: NextMeeting; no: number } | undefined {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as { text: string; no: number };
    if (!s.text.includes('ästa') && !s.text.includes('ommande')) continue;
    const date = announcedDate(s.text);
    if (!date) continue;
    const next: NextMeeting = {};
    const resolved = resolveDate(date, context.meetingDate ? { after: context.meetingDate } : {});
    if (resolved) next.date = resolved;
    if (resolved && date.weekday && !resolved.startsWith('--'))
      checkWeekday(resolved, date.weekday, s.no, { place: 'next-meeting' }, context.diagnostics);
    const time = findTime(s.text);
    if (time) {
      next.start = time.start;
      if (time.end && time.end > time.start) next.end = time.end;
    }
    const around = [s.text, sentences[i + 1]?.text ?? '', sentences[i + 2]?.text ?? ''].join(' ');
    const host = HOST.exec(around) ?? HOST_AFTER.exec(around);
    if (host?.[1]) next.host = host[1].trim();
    const place = PLACE.exec(around);
    if (place?.[1]) next.location = place[1].trim().replace(/\s+(?:den|kl|klockan)$/iu, '');
    if (saysOnline(s.text)) next.attendance = next.location ? 'hybrid' : 'online';
    return { next, no: s.no };
  }
  return undefined;
}

// "… går upp på nämndens kommande sammanträde den 23 maj", "tas upp vid nästa möte 4 juni": the date
// stands right after the words.
// "Nästa möte: tisdag 9 juni", "sammanträder nästa gång 2026-06-09": a weekday may stand before the date.
const NAMED =
  /(?<![\p{L}])(?:nästa|kommande)\s+(?:sammanträde|möte|nämndsammanträde|styrelsemöte|sammankomst|gång)(?:\s+(?:den\s+|,\s*)?|\s*:\s*(?:den\s+)?)(?=\d|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?\d)/giu;

/** The date a sentence gives the next meeting: announced ("nästa möte är …") or named right after it. */
function announcedDate(text: string): DateMention | undefined {
  const announce = text.includes('ästa') ? ANNOUNCES.exec(text) : null;
  if (announce) {
    const rest = text.slice(announce.index);
    // "Nästa möte hålls 9/6 kl. 13.00": day and month with a slash, the year from the meeting.
    const date = findDates(rest)[0] ?? findDayMonthSlash(rest);
    if (date) return date;
  }
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m !== null; m = NAMED.exec(text)) {
    const after = m.index + m[0].length;
    const date = findDates(text.slice(after, after + 40))[0];
    if (date && date.index === 0) return date;
  }
  return undefined;
}

/**
 * Adds what other sentences say about a known next meeting: "Planering inför nästa träff 21/10 –
 * eftermiddag via Teams" makes it online when the day matches (or no day is given).
 */
export function enrichNextMeeting(next: NextMeeting, sentences: readonly { text: string }[]): void {
  if (next.attendance) return;
  for (const s of sentences) {
    if (!s.text.includes('ästa') || !/nästa\s+(?:möte|träff|sammanträde)/iu.test(s.text) || !saysOnline(s.text))
      continue;
    const day = findDayMonthSlash(s.text) ?? findDates(s.text)[0];
    const md = day ? `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : undefined;
    if (!md || !next.date || next.date.endsWith(md)) {
      next.attendance = next.location ? 'hybrid' : 'online';
      return;
    }
  }
}
