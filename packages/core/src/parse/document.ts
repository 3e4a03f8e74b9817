import { z } from 'zod';
import { DiagnosticSchema } from '../model/diagnostic.js';
import {
  AdjustmentSchema,
  AttachmentSchema,
  AttendanceSchema,
  NextMeetingSchema,
  ParagraphRangeSchema,
} from '../model/meeting.js';
import { ParagraphSchema } from '../model/paragraph.js';
import { ParticipantSchema } from '../model/participant.js';
import { IsoDateSchema, LineSchema, LocalTimeSchema, WeekdaySchema } from '../model/primitives.js';
import { ProgrammeAreaSchema } from '../model/programme.js';
import { PlannedMeetingSchema, ScheduleStatusSchema } from '../model/schedule.js';

/** One point of what an agenda item proposes (förslag till beslut). */
export const ProposalSchema = z.strictObject({
  /** The number of the point when the proposal has several ("1.", "2."). */
  point: z.number().int().positive().optional(),
  text: z.string().trim().min(1),
});

/**
 * A paragraph (§) or agenda item as read: the model's paragraph, and for an agenda item its proposals.
 * Unlike the archive's record, its number and title may be missing: a protocol extract whose § number
 * a copy stripped, an agenda item printed without a number, a flattened heading whose title has no
 * end we can tell. They are left out rather than guessed; the archive takes only numbered, titled ones.
 */
export const ParsedParagraphSchema = ParagraphSchema.extend({
  number: ParagraphSchema.shape.number.optional(),
  title: ParagraphSchema.shape.title.optional(),
  /** What an agenda item proposes, point by point. Minutes record `decisions` instead. */
  proposals: z.array(ProposalSchema).optional(),
});
export type ParsedParagraph = z.infer<typeof ParsedParagraphSchema>;

/**
 * What `parseDocument` reads out of one document, before it becomes archive records.
 * This is the public JSON contract of `sammantrade parse --json`: absent facts are absent, never guessed.
 */
export const ParsedDocumentSchema = z.object({
  /**
   * What the document is. `schedule` is a page of planned meeting dates (sammanträdestider); `extract` a
   * protokollsutdrag. `unknown` when nothing in it says.
   */
  kind: z.enum(['minutes', 'agenda', 'extract', 'schedule', 'programme', 'unknown']),
  /** The body the document is of, as it names itself. */
  body: z.object({
    name: LineSchema.optional(),
    orgNumber: z.string().optional(),
    organisation: LineSchema.optional(),
  }),
  /** A heading of its own ("Samverkanstid kommuner, Region och Länsstyrelse", "Utvecklingsprogram Hälsingerådet"). */
  title: LineSchema.optional(),
  date: IsoDateSchema.optional(),
  /** The weekday written beside the meeting's date ("måndag 22 oktober 2024"), to check against the date. */
  statedWeekday: WeekdaySchema.optional(),
  start: LocalTimeSchema.optional(),
  end: LocalTimeSchema.optional(),
  location: LineSchema.optional(),
  attendance: AttendanceSchema.optional(),
  paragraphRange: ParagraphRangeSchema.optional(),
  participants: z.array(ParticipantSchema),
  paragraphs: z.array(ParsedParagraphSchema),
  /**
   * Yearly schedules: decided or proposed in a paragraph, or (`kind: 'schedule'`) published on a
   * schedule page, one entry per body and year.
   */
  schedules: z.array(
    z.object({
      year: z.number().int(),
      status: ScheduleStatusSchema,
      /**
       * The body the schedule is of, as the page writes it, when a schedule page lists several bodies.
       * Absent on a page of one body (that is `body.name`), and for dates whose body the page's layout
       * lost (the diagnostics say which).
       */
      body: LineSchema.optional(),
      /** The § or item that holds it. */
      paragraph: z.number().int().optional(),
      caseNumber: z.string().optional(),
      meetings: z.array(PlannedMeetingSchema),
    }),
  ),
  nextMeeting: NextMeetingSchema.optional(),
  adjustment: AdjustmentSchema.optional(),
  attachments: z.array(AttachmentSchema),
  /** Rules the document states: "justering … senast en vecka efter", "måndagar eller fredagar". */
  rules: z
    .object({
      adjustmentWithinDays: z.number().int().optional(),
      weekdays: z.array(z.string()).optional(),
      place: z.string().optional(),
      /** The § (or agenda item) that states each rule, when a paragraph does. */
      paragraphs: z
        .object({
          adjustment: z.number().int().optional(),
          weekdays: z.number().int().optional(),
          place: z.number().int().optional(),
        })
        .optional(),
    })
    .optional(),
  /** For a programme: its author and the date they signed. */
  author: LineSchema.optional(),
  authorDate: IsoDateSchema.optional(),
  areas: z.array(ProgrammeAreaSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ParsedDocument = z.infer<typeof ParsedDocumentSchema>;

export { MAX_DOCUMENT_BYTES } from '../limits.js';

/** Options for `parseDocument`. */
export interface ParseOptions {
  /** The file name, used in diagnostics. */
  file?: string;
  /** The meeting's date when the document does not state it (`--date`). Never overrides a stated date silently. */
  date?: string;
  /**
   * The body's name when the caller knows it (an import given the body): the reader then does not warn that
   * the document does not name it. A name the document states is still read, and wins.
   */
  body?: string;
  /** The kind when the caller knows it better than the text does. */
  kind?: 'minutes' | 'agenda' | 'extract' | 'schedule' | 'programme';
  /**
   * The page each line stands on, for text read from a PDF: `pages[n]` is the page of line n
   * (1-based, index 0 unused). Each paragraph then records the page it starts on.
   */
  pages?: readonly (number | undefined)[];
}
