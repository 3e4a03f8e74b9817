import { z } from 'zod';
import { MeetingStatusSchema, SourceSchema } from './meeting.js';
import {
  CaseNumberSchema,
  IsoDateSchema,
  LineSchema,
  LocalTimeSchema,
  SlugSchema,
  timesInOrder,
  WeekdaySchema,
} from './primitives.js';

/** One meeting of a yearly schedule (sammanträdestider). */
export const PlannedMeetingSchema = z
  .strictObject({
    date: IsoDateSchema,
    /** The weekday the document wrote beside the date ("Måndag 8 februari"); checked against the date. */
    statedWeekday: WeekdaySchema.optional(),
    start: LocalTimeSchema.optional(),
    end: LocalTimeSchema.optional(),
    location: LineSchema.optional(),
    /** The member municipality hosting the meeting. */
    host: LineSchema.optional(),
    /** What the meeting is for: "årsbokslut", "budget 2022, sammanträdestider". */
    note: LineSchema.optional(),
    status: MeetingStatusSchema.default('planned'),
  })
  .refine(timesInOrder, { error: 'the meeting ends before it starts', path: ['end'] });
/** One meeting of a yearly schedule (sammanträdestider). Parsed by {@link PlannedMeetingSchema}. */
export type PlannedMeeting = z.infer<typeof PlannedMeetingSchema>;

/** Where a schedule was proposed or decided. */
export const DecidedBySchema = z.strictObject({
  /** The id of the meeting (within the body) whose record holds it. */
  meeting: SlugSchema.optional(),
  /** The § or agenda item number. */
  paragraph: z.number().int().nonnegative().optional(),
  caseNumber: CaseNumberSchema.optional(),
});

/**
 * Where a schedule stands: `proposed` in an agenda or an undecided proposal; `decided` once minutes
 * record the decision; `published` when it is the body's published plan (a schedule page on the web,
 * a printed plan) and no decision is in the archive. A published plan is as firm as a decided one for
 * the calendar: it is what the body tells the public.
 */
export const ScheduleStatusSchema = z.enum(['proposed', 'decided', 'published']);
export type ScheduleStatus = z.infer<typeof ScheduleStatusSchema>;

/** A body's planned meetings for one year. */
export const ScheduleSchema = z.strictObject({
  body: SlugSchema,
  year: z.number().int().min(1900).max(2200),
  status: ScheduleStatusSchema,
  decidedBy: DecidedBySchema.optional(),
  meetings: z.array(PlannedMeetingSchema).min(1, { error: 'a schedule needs at least one meeting' }),
  note: z.string().optional(),
  /** The document a `published` schedule was read from (a schedule page), when it was imported. */
  source: SourceSchema.optional(),
});
/** A body's planned meetings for one year. Parsed by {@link ScheduleSchema}. */
export type Schedule = z.infer<typeof ScheduleSchema>;

/** Whether a planned date falls in a schedule's year: a schedule holds one body's meetings of one year. */
export const inScheduleYear = (date: string, year: number): boolean => date.startsWith(`${year}-`);
