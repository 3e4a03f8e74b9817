import type { Body } from '../model/body.js';
import type { Meeting } from '../model/meeting.js';
import { addDays } from '../text/days.js';
import { isNonWorkingDay, nextWorkingDay, swedishHoliday } from './holidays.js';

/** A date a rule gives, with the rule named so a reader can check it. */
export interface RuleDate {
  date: string;
  /** A time of day when the source gives one ("klockan 14"). */
  time?: string;
  /** The rule or record the date comes from, in Swedish. */
  source: string;
  /** Set when the date was moved off a weekend or holiday; says from which day and why. */
  moved?: string;
}

/** The legal deadlines of one set of minutes. Absent dates could not be worked out; `missing` says why. */
export interface MinutesDeadlines {
  meeting: Meeting;
  body: Body;
  /** The latest day to adjust the minutes: from the record, or from the body's own rule. */
  adjustmentDeadline?: RuleDate;
  /** When the minutes were adjusted, when the record says. */
  adjusted?: RuleDate;
  /** The latest day to announce the adjusted minutes on the notice board (KL 8 kap. 12 §). */
  noticeBy?: RuleDate;
  /** The last day an appeal can reach the court (KL 13 kap. 5 §). */
  appealBy?: RuleDate;
  missing: string[];
}

export const KL_NOTICE = 'KL 8 kap. 12 §: anslag senast andra dagen efter justeringen';
export const KL_APPEAL = 'KL 13 kap. 5 §: överklagande inom tre veckor från anslaget';
const TIME_LIMIT_LAW = 'lag (1930:173) om beräkning av lagstadgad tid';

/** Moves a statutory last day off Saturday, Sunday and holidays, saying so. */
function statutory(date: string, source: string): RuleDate {
  if (!isNonWorkingDay(date)) return { date, source };
  const why = swedishHoliday(date)?.name ?? 'helg';
  return { date: nextWorkingDay(date), source, moved: `${date} är ${why}; nästa vardag gäller (${TIME_LIMIT_LAW})` };
}

/**
 * The adjustment, notice and appeal deadlines of a set of minutes. The adjustment deadline comes from
 * the record when it states one, else from the body's rule ("justering inom 7 dagar"). The notice
 * is due the second day after the adjustment (its recorded date, or else the deadline, the latest
 * it may be); the appeal period runs three weeks from the notice (its recorded date, or else the
 * latest). Nothing is guessed: without a meeting date or a rule, the dates stay empty with a reason.
 */
export function minutesDeadlines(meeting: Meeting, body: Body): MinutesDeadlines {
  const out: MinutesDeadlines = { meeting, body, missing: [] };
  const adj = meeting.adjustment;
  const rule = body.rules.adjustment;
  if (adj?.deadline) {
    out.adjustmentDeadline = {
      date: adj.deadline,
      ...(adj.deadlineTime ? { time: adj.deadlineTime } : {}),
      source: 'enligt protokollet',
    };
  } else if (rule && meeting.date) {
    out.adjustmentDeadline = {
      date: addDays(meeting.date, rule.withinDays),
      source: `organets regel: justering inom ${rule.withinDays} dagar${rule.source ? ` (${rule.source})` : ''}`,
    };
  } else if (!adj?.date) {
    out.missing.push(
      !meeting.date
        ? 'mötets datum saknas'
        : 'protokollet anger ingen sista dag för justering och organet har ingen regel om det',
    );
  }
  if (adj?.date) out.adjusted = { date: adj.date, source: 'enligt protokollet' };

  const adjustedOn = out.adjusted ?? out.adjustmentDeadline;
  if (adjustedOn) {
    const base = out.adjusted ? 'justeringen' : 'sista dag för justering';
    out.noticeBy = {
      ...statutory(addDays(adjustedOn.date, 2), KL_NOTICE),
      source: `${KL_NOTICE} (räknat från ${base})`,
    };
  }
  const noticeOn = adj?.noticeDate ?? out.noticeBy?.date;
  if (noticeOn) {
    const base = adj?.noticeDate ? `anslaget ${adj.noticeDate}` : 'senaste dag för anslag';
    out.appealBy = { ...statutory(addDays(noticeOn, 21), KL_APPEAL), source: `${KL_APPEAL} (räknat från ${base})` };
  } else if (!out.missing.length) {
    out.missing.push('varken justering eller anslag kan dateras');
  }
  return out;
}
