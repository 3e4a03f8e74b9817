/**
 * @sammantrade/core: the records of Swedish municipal bodies as one typed model.
 * This entry is pure (no I/O, no environment) and runs in a browser; file-system helpers live in
 * `@sammantrade/core/node`.
 * @packageDocumentation
 */

export type {
  Archive,
  ArchiveRecords,
  AssignmentRef,
  CreateArchiveOptions,
  DecisionRef,
  ParagraphRef,
} from './archive/archive.js';
export { caseKey, createArchive } from './archive/archive.js';
export type { Locate } from './archive/checks.js';
export { kindOfPath, RECORD_FOLDERS, recordPath, SCHEMA_FOLDER, schemaPathFor } from './archive/layout.js';
export type { ParsedRecord } from './archive/yaml.js';
export { MAX_RECORD_BYTES, parseRecordYaml, stringifyRecordYaml } from './archive/yaml.js';
export type { CalendarEvent, CalendarEventKind, CalendarOptions } from './calendar/events.js';
export { buildCalendarEvents } from './calendar/events.js';
export type { FeedDescription, FeedOptions } from './calendar/feeds.js';
export { describeFeeds } from './calendar/feeds.js';
export type { ICalendarOptions } from './calendar/ics.js';
export { renderICalendar } from './calendar/ics.js';
export type { EventRevision, RevisedEvent, RevisionState } from './calendar/revisions.js';
export { reviseEvents } from './calendar/revisions.js';
export type { SubscribeLinks } from './calendar/subscribe.js';
export { feedPath, subscribeLinks } from './calendar/subscribe.js';
export type { SammantradeErrorCode } from './errors.js';
export { isSammantradeError, SammantradeError } from './errors.js';
export type { Assignment, AssignmentStatus } from './model/assignment.js';
export { AssignmentSchema, AssignmentStatusSchema } from './model/assignment.js';
export type { Body, BodyInput, BodyRules } from './model/body.js';
export { AdjustmentRuleSchema, BodyRulesSchema, BodySchema, PlaceRuleSchema, WeekdayRuleSchema } from './model/body.js';
export type { Decision, Outcome } from './model/decision.js';
export { DecisionSchema, OutcomeSchema } from './model/decision.js';
export type { Diagnostic, Severity } from './model/diagnostic.js';
export { DiagnosticSchema, formatDiagnostic, SeveritySchema } from './model/diagnostic.js';
export type { RecordKind } from './model/json-schema.js';
export { recordSchemas, toJsonSchema } from './model/json-schema.js';
export type {
  Adjustment,
  Attachment,
  Attendance,
  Meeting,
  MeetingInput,
  MeetingKind,
  MeetingStatus,
  NextMeeting,
  ParagraphRange,
  Source,
} from './model/meeting.js';
export {
  AdjustmentSchema,
  AttachmentSchema,
  AttendanceSchema,
  MeetingKindSchema,
  MeetingSchema,
  MeetingStatusSchema,
  NextMeetingSchema,
  ParagraphRangeSchema,
  SourceSchema,
} from './model/meeting.js';
export type { HistoryEntry, Paragraph, ParagraphType, Section } from './model/paragraph.js';
export { HistoryEntrySchema, ParagraphSchema, ParagraphTypeSchema, SectionSchema } from './model/paragraph.js';
export type { Participant, Role } from './model/participant.js';
export { ParticipantSchema, RoleSchema } from './model/participant.js';
export type { Weekday } from './model/primitives.js';
export {
  CaseNumberSchema,
  IsoDateSchema,
  isIsoDate,
  isMonthDay,
  LocalTimeSchema,
  PartialDateSchema,
  SlugSchema,
  STOCKHOLM,
  WeekdaySchema,
  weekdayOf,
} from './model/primitives.js';
export type { Programme, ProgrammeArea, ProgrammeItem, ProgrammeStatus } from './model/programme.js';
export { ProgrammeAreaSchema, ProgrammeItemSchema, ProgrammeSchema, ProgrammeStatusSchema } from './model/programme.js';
export type { PlannedMeeting, Schedule } from './model/schedule.js';
export { DecidedBySchema, PlannedMeetingSchema, ScheduleSchema } from './model/schedule.js';
export type { ArchiveSummary, BodySummary } from './report/summary.js';
export { summarizeArchive } from './report/summary.js';
export type { Decoded } from './text/decode.js';
export { decodeText } from './text/decode.js';
export { formatSwedishDate } from './text/format.js';
