import type { Body, LegalForm } from '../model/body.js';
import type { Meeting } from '../model/meeting.js';
import { addDays } from '../text/days.js';
import { DEADLINE_PHRASES as P } from '../text/phrases.js';
import type { Label } from '../text/words.js';
import { isNonWorkingDay, nextWorkingDay, swedishHoliday } from './holidays.js';

/** A date a rule gives, with what it rests on so a reader can check it. */
export interface RuleDate {
  date: string;
  /** A time of day when the source gives one ("klockan 14"). */
  time?: string;
  /** The record or rule the date comes from. */
  source: Label;
  /** Set when the date was moved off a weekend or holiday; says from which day and why. */
  moved?: Label;
}

/**
 * The last day to appeal, and what it rests on: `stated` by the record, counted from the `notice` date
 * the record states, or `assumed`: counted from the last day the notice may go up, with `range` the
 * last days that each allowed notice day would give.
 */
export interface AppealDate extends RuleDate {
  basis: 'stated' | 'notice' | 'assumed';
  /** For `assumed`: the days the notice may go up on … */
  noticeWindow?: { from: string; to: string };
  /** … and the last days of appeal they give, earliest and latest. */
  range?: { from: string; to: string };
}

/**
 * Whether Kommunallagen's deadlines bind the body: `applies` for a municipality, region, federation or
 * joint committee; `not-applicable` for an economic association or an informal group; `unknown` when
 * the archive does not record the body's legal form.
 */
export type LawApplies = 'applies' | 'not-applicable' | 'unknown';

/** The deadlines of one set of minutes. Absent dates could not be worked out; `missing` says why. */
export interface MinutesDeadlines {
  meeting: Meeting;
  body: Body;
  law: LawApplies;
  /** The latest day to adjust the minutes: from the record, or from a rule of the body in force that day. */
  adjustmentDeadline?: RuleDate;
  /** When the minutes were adjusted, when the record says. */
  adjusted?: RuleDate;
  /** The notice on the notice board: the day the record states, or the latest day allowed (KL 8 kap. 12 §). */
  notice?: RuleDate & { basis: 'stated' | 'latest' };
  /** The last day an appeal can reach the court (KL 13 kap. 5 §). */
  appeal?: AppealDate;
  /** For a joint committee: whose notice the appeal runs from. */
  appealFrom?: Label;
  missing: Label[];
}

const BOUND: ReadonlySet<LegalForm> = new Set(['municipality', 'region', 'federation', 'joint-committee']);

/** Whether Kommunallagen's deadlines bind a body of this legal form. */
export function lawApplies(body: Body): LawApplies {
  if (body.legalForm === undefined) return 'unknown';
  return BOUND.has(body.legalForm) ? 'applies' : 'not-applicable';
}

/** Moves a statutory last day off Saturday, Sunday and holidays (lag (1930:173)), saying so. */
function statutory(date: string, source: Label): RuleDate {
  if (!isNonWorkingDay(date)) return { date, source };
  return { date: nextWorkingDay(date), source, moved: P.moved(date, swedishHoliday(date)?.name) };
}

/** The adjustment deadline from the record, or from the body's rule when it was in force on the meeting day. */
function adjustmentDeadline(meeting: Meeting, body: Body, missing: Label[]): RuleDate | undefined {
  const adj = meeting.adjustment;
  if (adj?.deadline)
    return { date: adj.deadline, ...(adj.deadlineTime ? { time: adj.deadlineTime } : {}), source: P.stated };
  const rule = body.rules.adjustment;
  if (adj?.date) return undefined; // adjusted on a stated day: no deadline needed
  if (!meeting.date) {
    missing.push(P.noMeetingDate);
    return undefined;
  }
  if (!rule) {
    missing.push(P.noAdjustmentRule);
    return undefined;
  }
  if (!rule.since) {
    missing.push(P.ruleWithoutStart(rule.withinDays, rule.source));
    return undefined;
  }
  if (rule.since > meeting.date) {
    missing.push(P.ruleNotYet(rule.withinDays, rule.since, rule.source));
    return undefined;
  }
  return { date: addDays(meeting.date, rule.withinDays), source: P.fromRule(rule.withinDays, rule.source) };
}

/**
 * The adjustment, notice and appeal deadlines of a set of minutes. What the record states wins: a stated
 * last day of appeal, else three weeks from a stated notice date. Otherwise, where Kommunallagen binds the
 * body, the last day of appeal is counted from the last day the notice may go up, and says so, with the
 * range of days the allowed notice days would give. A body's own rule gives an adjustment deadline only
 * for meetings on or after the day it was decided. Nothing is guessed: what cannot be worked out stays
 * empty, with the reason in `missing`.
 */
export function minutesDeadlines(meeting: Meeting, body: Body): MinutesDeadlines {
  const missing: Label[] = [];
  const law = lawApplies(body);
  const out: MinutesDeadlines = { meeting, body, law, missing };
  const adj = meeting.adjustment;
  const deadline = adjustmentDeadline(meeting, body, missing);
  if (deadline) out.adjustmentDeadline = deadline;
  if (adj?.date) out.adjusted = { date: adj.date, source: P.stated };
  if (body.legalForm === 'joint-committee') out.appealFrom = P.jointCommitteeNotice(body.host);

  if (adj?.noticeDate) out.notice = { date: adj.noticeDate, source: P.stated, basis: 'stated' };
  if (adj?.appealDeadline) {
    out.appeal = { date: adj.appealDeadline, source: P.stated, basis: 'stated' };
  }
  if (law !== 'applies') {
    if (!out.appeal || !out.notice) missing.push(law === 'unknown' ? P.legalFormUnknown : P.lawNotApplicable(body));
    return out;
  }

  // The notice goes up at the earliest on the day of adjustment, at the latest the second day after it.
  const earliest = out.adjusted?.date ?? (out.adjustmentDeadline ? meeting.date : undefined);
  const latestAdjustment = out.adjusted ?? out.adjustmentDeadline;
  const latestNotice = latestAdjustment
    ? statutory(addDays(latestAdjustment.date, 2), out.adjusted ? P.noticeAfterAdjustment : P.noticeAfterDeadline)
    : undefined;
  if (!out.notice && latestNotice) out.notice = { ...latestNotice, basis: 'latest' };
  if (out.appeal) return out;
  if (adj?.noticeDate) {
    out.appeal = { ...statutory(addDays(adj.noticeDate, 21), P.appealFromNotice(adj.noticeDate)), basis: 'notice' };
    return out;
  }
  if (!latestNotice || !earliest) {
    if (!missing.length) missing.push(P.nothingToCountFrom);
    return out;
  }
  const first = statutory(addDays(earliest, 21), P.appealAssumed(latestNotice.date)).date;
  const last = statutory(addDays(latestNotice.date, 21), P.appealAssumed(latestNotice.date));
  out.appeal = {
    ...last,
    basis: 'assumed',
    noticeWindow: { from: earliest, to: latestNotice.date },
    range: { from: first, to: last.date },
    source: P.appealAssumedRange(latestNotice.date, { from: earliest, to: latestNotice.date }, first, last.date),
  };
  return out;
}
