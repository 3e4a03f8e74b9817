import { z } from 'zod';
import { DiagnosticSchema } from './diagnostic.js';
import { ParagraphSchema } from './paragraph.js';
import { ParticipantSchema } from './participant.js';
import {
  IsoDateSchema,
  LineSchema,
  LocalTimeSchema,
  PartialDateSchema,
  SlugSchema,
  timesInOrder,
  WeekdaySchema,
} from './primitives.js';

/**
 * `minutes` (protokoll) records a held meeting; `agenda` (kallelse, föredragningslista) announces one;
 * `extract` (protokollsutdrag) is a certified copy of some paragraphs of held minutes ("Rätt utdraget intygar").
 */
export const MeetingKindSchema = z.enum(['minutes', 'agenda', 'extract']);
/** `minutes` (protokoll) records a held meeting; `agenda` (kallelse, föredragningslista) announces one; `extract` (protokollsutdrag) is a certified copy of some paragraphs of held minutes ("Rätt utdraget intygar"). Parsed by {@link MeetingKindSchema}. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** Where a meeting stands: `planned` (announced), `held`, `cancelled` (inställt) or `moved` (flyttat). */
export const MeetingStatusSchema = z.enum(['planned', 'held', 'cancelled', 'moved']);
/** Where a meeting stands. Parsed by {@link MeetingStatusSchema}. */
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

/** Whether people meet in a room, online ("Via Teams", "digitalt") or both. */
export const AttendanceSchema = z.enum(['in-person', 'online', 'hybrid']);
/** Whether people meet in a room, online ("Via Teams", "digitalt") or both. Parsed by {@link AttendanceSchema}. */
export type Attendance = z.infer<typeof AttendanceSchema>;

/** The § numbers a set of minutes covers: "§§ 750-768". */
export const ParagraphRangeSchema = z
  .strictObject({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
  .refine((r) => r.from <= r.to, { error: 'paragraph range runs backwards (from > to)' });
/** The § numbers a set of minutes covers: "§§ 750-768". Parsed by {@link ParagraphRangeSchema}. */
export type ParagraphRange = z.infer<typeof ParagraphRangeSchema>;

/** The adjustment (justering) of the minutes. */
export const AdjustmentSchema = z.strictObject({
  /** The latest day the minutes may be adjusted, as the record states it. */
  deadline: IsoDateSchema.optional(),
  /** The hour of that deadline ("klockan 14"). */
  deadlineTime: LocalTimeSchema.optional(),
  /** When the adjustment took or takes place. */
  date: IsoDateSchema.optional(),
  place: LineSchema.optional(),
  /** Who signs: chair, secretary, adjusters. */
  signatories: z.array(LineSchema).default([]),
  /** The day the adjusted minutes were announced on the notice board (anslag), when recorded. */
  noticeDate: IsoDateSchema.optional(),
  /** The day the notice comes down from the board ("Datum då anslaget tas ned"), when recorded. */
  noticeEndDate: IsoDateSchema.optional(),
  /**
   * The last day to appeal as the record states it ("Sista dag för överklagande"). Reports use it over a
   * date computed from Kommunallagen.
   */
  appealDeadline: IsoDateSchema.optional(),
  /** Where the adjusted minutes are kept ("Förvaringsplats för protokollet"). */
  storage: LineSchema.optional(),
});
/** The adjustment (justering) of the minutes. Parsed by {@link AdjustmentSchema}. */
export type Adjustment = z.infer<typeof AdjustmentSchema>;

/** The next meeting as a record announces it. Its date may lack the year ("19 januari"). */
export const NextMeetingSchema = z.strictObject({
  date: PartialDateSchema.optional(),
  start: LocalTimeSchema.optional(),
  end: LocalTimeSchema.optional(),
  location: LineSchema.optional(),
  attendance: AttendanceSchema.optional(),
  /** The member municipality hosting it. */
  host: LineSchema.optional(),
});
/** The next meeting as a record announces it. Parsed by {@link NextMeetingSchema}. */
export type NextMeeting = z.infer<typeof NextMeetingSchema>;

/** A document attached to the record (bilaga). */
export const AttachmentSchema = z.strictObject({
  title: LineSchema,
  /** A file beside the record, relative to the archive. */
  file: LineSchema.optional(),
});
/** A document attached to the record (bilaga). Parsed by {@link AttachmentSchema}. */
export type Attachment = z.infer<typeof AttachmentSchema>;

/** The document a record was made from and what importing it reported. */
export const SourceSchema = z.strictObject({
  /** The original file, relative to the archive. */
  file: LineSchema.optional(),
  /** The kind of document. */
  format: z.enum(['text', 'markdown', 'pdf', 'docx', 'manual']).optional(),
  /** The SHA-256 of the original's bytes (hex), so importing the same document again replaces this record. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'not a SHA-256 (64 lower-case hex digits)' })
    .optional(),
  diagnostics: z.array(DiagnosticSchema).default([]),
});
/** The document a record was made from and what importing it reported. Parsed by {@link SourceSchema}. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * One meeting of a body: its minutes, or the agenda of a meeting to come.
 * A fact the source does not state is absent, never guessed: minutes without a date have no `date`.
 */
export const MeetingSchema = z
  .strictObject({
    /** Unique within the body; usually the date (`2023-10-11`), else e.g. `p612-626`. */
    id: SlugSchema,
    /** The id of the body. */
    body: SlugSchema,
    kind: MeetingKindSchema,
    /** A heading of its own when the record has one ("Samverkanstid kommuner, Region och Länsstyrelse"). */
    title: LineSchema.optional(),
    date: IsoDateSchema.optional(),
    /** The weekday the record wrote beside its date ("måndag 22 oktober 2024"); checked against the date. */
    statedWeekday: WeekdaySchema.optional(),
    start: LocalTimeSchema.optional(),
    end: LocalTimeSchema.optional(),
    location: LineSchema.optional(),
    attendance: AttendanceSchema.optional(),
    status: MeetingStatusSchema,
    paragraphRange: ParagraphRangeSchema.optional(),
    participants: z.array(ParticipantSchema).default([]),
    paragraphs: z.array(ParagraphSchema).default([]),
    adjustment: AdjustmentSchema.optional(),
    nextMeeting: NextMeetingSchema.optional(),
    attachments: z.array(AttachmentSchema).default([]),
    source: SourceSchema.optional(),
  })
  .refine(timesInOrder, { error: 'the meeting ends before it starts', path: ['end'] });
/** One meeting of a body: its minutes, or the agenda of a meeting to come. Parsed by {@link MeetingSchema}. */
export type Meeting = z.infer<typeof MeetingSchema>;
/** What {@link MeetingSchema} accepts: the form people write, before defaults are filled in. */
export type MeetingInput = z.input<typeof MeetingSchema>;
