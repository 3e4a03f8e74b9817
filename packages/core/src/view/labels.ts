import type { Outcome } from '../model/decision.js';
import type { Attendance, MeetingKind, MeetingStatus } from '../model/meeting.js';
import type { ParagraphType } from '../model/paragraph.js';
import type { Role } from '../model/participant.js';
import type { ProgrammeStatus } from '../model/programme.js';
import type { ScheduleStatus } from '../model/schedule.js';
import type { AssignmentState } from './assignments.js';

/**
 * Swedish words for the model's codes, as the records themselves would say them.
 * Shared so that every app (viewer, feed, CLI) names a role or an outcome the same way.
 */
export const SWEDISH_LABELS: {
  readonly role: Readonly<Record<Role, string>>;
  /** A role's heading for a group of people ("Beslutande", "Ersättare"). */
  readonly roleGroup: Readonly<Record<Role, string>>;
  readonly outcome: Readonly<Record<Outcome, string>>;
  readonly paragraphType: Readonly<Record<ParagraphType, string>>;
  readonly meetingKind: Readonly<Record<MeetingKind, string>>;
  readonly meetingStatus: Readonly<Record<MeetingStatus, string>>;
  readonly attendance: Readonly<Record<Attendance, string>>;
  readonly programmeStatus: Readonly<Record<ProgrammeStatus, string>>;
  readonly assignmentState: Readonly<Record<AssignmentState, string>>;
  readonly scheduleStatus: Readonly<Record<ScheduleStatus, string>>;
} = {
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
    unknown: 'år okänt',
    reported: 'återrapporterat',
    withdrawn: 'återkallat',
  },
  scheduleStatus: { proposed: 'förslag', decided: 'beslutad', published: 'publicerad' },
};
