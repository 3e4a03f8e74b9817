import type { LegalForm } from '../model/body.js';
import type { Outcome } from '../model/decision.js';
import type { Attendance, MeetingKind, MeetingStatus } from '../model/meeting.js';
import type { ParagraphType } from '../model/paragraph.js';
import type { Role } from '../model/participant.js';
import type { Weekday } from '../model/primitives.js';
import type { ProgrammeStatus } from '../model/programme.js';
import { ENGLISH_WEEKDAYS, SWEDISH_WEEKDAYS } from './weekdays.js';

/**
 * The one place for the words Sammanträde shows people, in Swedish and English. Apps and reports
 * name a role, an outcome or a status only through these, so every screen says the same thing.
 */

/** The languages Sammanträde speaks. */
export type Lang = 'sv' | 'en';

/** A phrase in every language, for reports that are rendered later in the language asked for. */
export interface Label {
  readonly sv: string;
  readonly en: string;
}

/** A phrase in both languages. */
export const label = (sv: string, en: string): Label => ({ sv, en });

/**
 * Where an assignment stands on a given day: `reported` or `withdrawn` when the records show it, else
 * by its report-back date `overdue`, `due-soon` (within two weeks) or `open` (later, or no date with a
 * year to tell).
 */
export type AssignmentState = 'overdue' | 'due-soon' | 'open' | 'reported' | 'withdrawn';

import type { ScheduleStatus } from '../model/schedule.js';

export type { ScheduleStatus };

/** The words for the model's codes in one language. */
export interface Words {
  readonly role: Readonly<Record<Role, string>>;
  /** A role as the heading of a group of people ("Beslutande", "Ersättare"). */
  readonly roleGroup: Readonly<Record<Role, string>>;
  readonly outcome: Readonly<Record<Outcome, string>>;
  readonly paragraphType: Readonly<Record<ParagraphType, string>>;
  readonly meetingKind: Readonly<Record<MeetingKind, string>>;
  readonly meetingStatus: Readonly<Record<MeetingStatus, string>>;
  readonly attendance: Readonly<Record<Attendance, string>>;
  readonly programmeStatus: Readonly<Record<ProgrammeStatus, string>>;
  readonly assignmentState: Readonly<Record<AssignmentState, string>>;
  readonly scheduleStatus: Readonly<Record<ScheduleStatus, string>>;
  readonly legalForm: Readonly<Record<LegalForm, string>>;
  readonly weekday: Readonly<Record<Weekday, string>>;
}

const sv: Words = {
  role: {
    member: 'ledamot',
    substitute: 'ersättare',
    chair: 'ordförande',
    'vice-chair': 'vice ordförande',
    secretary: 'sekreterare',
    adjuster: 'justerare',
    other: 'övrig deltagare',
    absent: 'ej närvarande',
    presenter: 'föredragande',
  },
  roleGroup: {
    member: 'Beslutande',
    substitute: 'Ersättare',
    chair: 'Ordförande',
    'vice-chair': 'Vice ordförande',
    secretary: 'Sekreterare',
    adjuster: 'Justerare',
    other: 'Övriga deltagare',
    absent: 'Ej närvarande',
    presenter: 'Föredragande',
  },
  outcome: {
    approved: 'bifall',
    rejected: 'avslag',
    'referred-back': 'återremiss',
    postponed: 'bordlagt',
    noted: 'lagt till handlingarna',
    other: 'övrigt',
  },
  paragraphType: {
    decision: 'beslut',
    information: 'information',
    plan: 'plan',
    recommendation: 'rekommendation',
    'follow-up': 'uppföljning',
  },
  meetingKind: { minutes: 'protokoll', agenda: 'kallelse', extract: 'protokollsutdrag' },
  meetingStatus: { planned: 'planerat', held: 'genomfört', cancelled: 'inställt', moved: 'flyttat' },
  attendance: { 'in-person': 'på plats', online: 'digitalt', hybrid: 'på plats och digitalt' },
  programmeStatus: { done: 'klart', ongoing: 'pågår', 'on-hold': 'avvaktar' },
  assignmentState: {
    overdue: 'försenat',
    'due-soon': 'snart dags',
    open: 'öppet',
    reported: 'återrapporterat',
    withdrawn: 'återkallat',
  },
  scheduleStatus: { proposed: 'förslag', decided: 'beslutad', published: 'publicerad' },
  legalForm: {
    municipality: 'kommun',
    region: 'region',
    federation: 'kommunalförbund',
    'joint-committee': 'gemensam nämnd',
    'economic-association': 'ekonomisk förening',
    informal: 'informell samverkan',
  },
  weekday: SWEDISH_WEEKDAYS,
};

const en: Words = {
  role: {
    member: 'member',
    substitute: 'substitute',
    chair: 'chair',
    'vice-chair': 'vice-chair',
    secretary: 'secretary',
    adjuster: 'adjuster',
    other: 'other',
    absent: 'absent',
    presenter: 'presenter',
  },
  roleGroup: {
    member: 'Members',
    substitute: 'Substitutes',
    chair: 'Chair',
    'vice-chair': 'Vice-chair',
    secretary: 'Secretary',
    adjuster: 'Adjusters',
    other: 'Others present',
    absent: 'Absent',
    presenter: 'Presenters',
  },
  outcome: {
    approved: 'approved',
    rejected: 'rejected',
    'referred-back': 'referred back',
    postponed: 'postponed',
    noted: 'noted',
    other: 'other',
  },
  paragraphType: {
    decision: 'decision',
    information: 'information',
    plan: 'plan',
    recommendation: 'recommendation',
    'follow-up': 'follow-up',
  },
  meetingKind: { minutes: 'minutes', agenda: 'agenda', extract: 'extract' },
  meetingStatus: { planned: 'planned', held: 'held', cancelled: 'cancelled', moved: 'moved' },
  attendance: { 'in-person': 'in person', online: 'online', hybrid: 'in person and online' },
  programmeStatus: { done: 'done', ongoing: 'ongoing', 'on-hold': 'on hold' },
  assignmentState: {
    overdue: 'overdue',
    'due-soon': 'due soon',
    open: 'open',
    reported: 'reported',
    withdrawn: 'withdrawn',
  },
  scheduleStatus: { proposed: 'proposed', decided: 'decided', published: 'published' },
  legalForm: {
    municipality: 'municipality',
    region: 'region',
    federation: 'municipal federation',
    'joint-committee': 'joint committee',
    'economic-association': 'economic association',
    informal: 'informal group',
  },
  weekday: ENGLISH_WEEKDAYS,
};

/** Every word, by language: `WORDS.sv.outcome.approved` is "bifall". */
export const WORDS: Readonly<Record<Lang, Words>> = { sv, en };

/** The words for each code of one kind in both languages, for a report's column of codes. */
export function labelsOf<K extends keyof Words>(kind: K): Record<string, Label> {
  const out: Record<string, Label> = {};
  for (const [code, word] of Object.entries(WORDS.sv[kind]))
    out[code] = { sv: word, en: (WORDS.en[kind] as Record<string, string>)[code] ?? code };
  return out;
}
