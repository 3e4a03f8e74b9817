import type { Weekday } from '../model/primitives.js';

/** Weekdays as Swedish writes them, lower-case ("måndag"). */
export const SWEDISH_WEEKDAYS: Readonly<Record<Weekday, string>> = {
  monday: 'måndag',
  tuesday: 'tisdag',
  wednesday: 'onsdag',
  thursday: 'torsdag',
  friday: 'fredag',
  saturday: 'lördag',
  sunday: 'söndag',
};

/** Weekdays in English ("Monday"). */
export const ENGLISH_WEEKDAYS: Readonly<Record<Weekday, string>> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};
