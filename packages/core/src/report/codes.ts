import { SWEDISH_LABELS } from '../view/labels.js';
import { codes } from './table.js';

/** The words reports show for the model's codes, in Swedish and English. */
export const CODES = {
  outcome: codes(SWEDISH_LABELS.outcome, {
    approved: 'approved',
    rejected: 'rejected',
    'referred-back': 'referred back',
    postponed: 'postponed',
    noted: 'noted',
    other: 'other',
  }),
  followUp: codes(
    {
      open: 'öppet',
      'due-soon': 'snart',
      overdue: 'försenat',
      reported: 'återrapporterat',
      withdrawn: 'återkallat',
      unknown: 'okänt',
    },
    {
      open: 'open',
      'due-soon': 'due soon',
      overdue: 'overdue',
      reported: 'reported',
      withdrawn: 'withdrawn',
      unknown: 'unknown',
    },
  ),
  meetingStatus: codes(SWEDISH_LABELS.meetingStatus, {
    planned: 'planned',
    held: 'held',
    cancelled: 'cancelled',
    moved: 'moved',
  }),
  programmeStatus: codes(SWEDISH_LABELS.programmeStatus, { done: 'done', ongoing: 'ongoing', 'on-hold': 'on hold' }),
  role: codes(SWEDISH_LABELS.role, {
    member: 'member',
    substitute: 'substitute',
    chair: 'chair',
    'vice-chair': 'vice-chair',
    secretary: 'secretary',
    adjuster: 'adjuster',
    other: 'other',
    absent: 'absent',
    presenter: 'presenter',
  }),
};
