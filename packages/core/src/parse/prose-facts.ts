import { type DateMention, findDates, findTimes, resolveDate } from './dates.js';

/**
 * Facts a record states in sentences rather than labelled fields: "Justering av protokollet beslutades ske
 * den 12 oktober 2005", "Justering äger rum på räddningsstation Centrum", "Protokollet, som justerats den 7
 * mars 2014, finns tillgängligt i …", "… på kommunens anslagstavla från och med den 10 mars till och med den 31
 * mars 2014", "Tillkännagivande av tid och plats för justering: Tisdagen den 10 mars kl 15.30 på Regionens hus".
 * Each pattern ties the date to the words that say what it is; a date elsewhere in the sentence is not taken.
 */

/** What the sentences say about the adjustment and the notice, with the offsets they were found at. */
export interface ProseFacts {
  adjustmentDate?: { date: string; at: number };
  adjustmentPlace?: { text: string; at: number };
  adjustmentTime?: { time: string; at: number };
  noticeUp?: { date: string; at: number };
  noticeDown?: { date: string; at: number };
}

const DATE = String.raw`(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+)?(?:den\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?(?:\s+(?:år\s+)?\d{4})?|\d{4}-\d{2}-\d{2})`;

const ADJUSTED_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:justering(?:en)?(?:\s+av\s+(?:dagens\s+)?protokoll(?:et)?)?\s+(?:beslutades\s+)?(?:ske|sker|skall\s+ske|ska\s+ske|äger\s+rum|ägde\s+rum)(?:\s+digitalt)?|protokollet,?\s+som\s+justerats|protokollet\s+(?:justerades|har\s+justerats|är\s+justerat|justeras(?:\s+digitalt)?)(?:\s+av(?:\s+(?!senast|inom|efter|före|den\s)[\p{L},-]+){1,8}?)?)\s+(${DATE})`,
  'iu',
);
const ADJUSTED_AT =
  /(?<![\p{L}])justering(?:en)?(?:\s+av\s+(?:dagens\s+)?protokoll(?:et)?)?\s+(?:äger\s+rum|sker|ske|skall\s+ske|ska\s+ske)\s+(?:på|i)\s+(\p{L}[^.\n]{1,80}?)(?=[.\n]|\s+(?:den|kl|klockan)\s|$)/iu;
const AGENDA_ADJUSTMENT = new RegExp(
  String.raw`tid\s+och\s+plats\s+för\s+justering[^:\n]{0,60}:\s*(${DATE})(?:,?\s+(?:kl(?:ockan)?\.?\s*)(\d{1,2}(?:[.:]\d{2})?))?(?:,?\s+(?:på|i)\s+(\p{Lu}[^.\n]{1,60}?))?(?=[.\n]|$)`,
  'iu',
);
const NOTICE_SPAN = new RegExp(
  String.raw`anslag(?:stavla|stavlan|et)?\s+(?:under\s+tiden\s+)?från\s+(?:och\s+med\s+)?(${DATE})\s+(?:till\s+och\s+med|t\.?\s?o\.?\s?m\.?|till)\s+(${DATE})`,
  'iu',
);

/**
 * The day the minutes' notice went up, in a sentence whose subject is the minutes or their adjustment:
 * "Protokollet justerades 2025-04-04 och anslogs på kommunens anslagstavla 2025-04-07", "Protokollet anslås på
 * kommunens webbplats den 15 maj 2026", "Protokollet är justerat och anslaget 2026-05-15", "Justeringen har
 * tillkännagivits genom anslag den 7 april 2025". Only a date right after the verb or the board it names; a
 * notice of something else ("Kungörelsen anslogs …", "Tillägg till föredragningslistan anslogs den 18 …") is
 * not the minutes'.
 */
const NOTICE_ON = new RegExp(
  String.raw`(?<![\p{L}])(?:protokollet|justeringen(?:\s+av\s+protokollet)?|beviset\s+om\s+justering(?:en)?)(?:\s+[^.\n]{0,80}?)?\s+(?:anslogs|anslås|(?:är\s+)?anslaget|(?:har\s+)?anslagits|tillkännagavs\s+genom\s+anslag|(?:har\s+)?tillkännagivits\s+genom\s+anslag)(?:\s+(?:på|på\s+den)\s+(?:[\p{L}-]+\s+){0,3}?(?:anslagstavlan?|webbplatsen|webbplats|hemsidan|hemsida|webbsidan))?\s+(${DATE})`,
  'iu',
);

function dateIn(text: string, after?: string): string | undefined {
  const d: DateMention | undefined = findDates(text)[0];
  if (!d) return undefined;
  const iso = resolveDate(d, after ? { after } : {});
  return iso && !iso.startsWith('--') ? iso : undefined;
}

/** Reads the adjustment and notice sentences of a record's head. `meetingDate` gives dates without a year their year. */
export function readProseFacts(text: string, meetingDate?: string): ProseFacts {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const out: ProseFacts = {};
  if (!/juster|anslag/iu.test(head)) return out;
  const on = ADJUSTED_ON.exec(head);
  if (on?.[1]) {
    const date = dateIn(on[1], meetingDate);
    if (date) out.adjustmentDate = { date, at: on.index };
  }
  const at = ADJUSTED_AT.exec(head);
  if (at?.[1]) out.adjustmentPlace = { text: at[1].replace(/[\s,]+$/u, ''), at: at.index };
  const item = AGENDA_ADJUSTMENT.exec(head);
  if (item?.[1]) {
    const date = dateIn(item[1], meetingDate);
    if (date) out.adjustmentDate ??= { date, at: item.index };
    const time = item[2] ? findTimes(`kl ${item[2]}`)[0] : undefined;
    if (time) out.adjustmentTime = { time: time.start, at: item.index };
    if (item[3]) out.adjustmentPlace ??= { text: item[3].trim(), at: item.index };
  }
  const on2 = NOTICE_ON.exec(head);
  if (on2?.[1]) {
    const date = dateIn(on2[1], meetingDate);
    if (date) out.noticeUp = { date, at: on2.index };
  }
  const span = NOTICE_SPAN.exec(head);
  if (span?.[1] && span[2]) {
    // "från och med den 10 mars till och med den 31 mars 2014": the first date takes the second's year.
    const down = dateIn(span[2], meetingDate);
    const upMention = findDates(span[1])[0];
    const up =
      upMention && upMention.year === undefined && down
        ? resolveDate(upMention, { year: Number(down.slice(0, 4)) })
        : dateIn(span[1], meetingDate);
    if (up && down && !up.startsWith('--') && up <= down) {
      // Two sentences that give the notice different days: neither is taken.
      if (out.noticeUp && out.noticeUp.date !== up) delete out.noticeUp;
      else {
        out.noticeUp = { date: up, at: span.index };
        out.noticeDown = { date: down, at: span.index };
      }
    }
  }
  return out;
}
