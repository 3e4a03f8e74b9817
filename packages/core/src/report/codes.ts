import { labelsOf } from '../text/words.js';

/** The words reports show for the model's codes, in Swedish and English. */
export const CODES = {
  outcome: labelsOf('outcome'),
  assignmentState: labelsOf('assignmentState'),
  meetingStatus: labelsOf('meetingStatus'),
  programmeStatus: labelsOf('programmeStatus'),
  role: labelsOf('role'),
  scheduleStatus: labelsOf('scheduleStatus'),
};
