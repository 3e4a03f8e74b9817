import { z } from 'zod';
import { MeetingStatusSchema } from './meeting.js';
import {
  CaseNumberSchema,
  IsoDateSchema,
  LineSchema,
  LocalTimeSchema,
  SlugSchema,
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
  .refine((m) => !(m.start && m.end) || m.start < m.end, { error: 'the meeting ends before it starts', path: ['end'] });
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

/** A body's planned meetings for one year. */
export const ScheduleSchema = z.strictObject({
  body: SlugSchema,
  year: z.number().int().min(1900).max(2200),
  /** `proposed` in an agenda, `decided` once minutes record the decision. */
  status: z.enum(['proposed', 'decided']),
  decidedBy: DecidedBySchema.optional(),
  meetings: z.array(PlannedMeetingSchema).min(1, { error: 'a schedule needs at least one meeting' }),
  note: z.string().optional(),
});
/** A body's planned meetings for one year. Parsed by {@link ScheduleSchema}. */
export type Schedule = z.infer<typeof ScheduleSchema>;
