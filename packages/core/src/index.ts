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
export type { FeedDescription, FeedOptions, RenderedFeed } from './calendar/feeds.js';
export { describeFeeds, renderFeeds } from './calendar/feeds.js';
export type { ICalendarOptions } from './calendar/ics.js';
export { renderICalendar } from './calendar/ics.js';
export type { MeetingDay, MeetingDayFilter } from './calendar/meeting-days.js';
export { meetingDays } from './calendar/meeting-days.js';
export { parseRevisionState } from './calendar/revision-state.js';
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
export type { PlannedMeeting, Schedule, ScheduleStatus } from './model/schedule.js';
export { DecidedBySchema, PlannedMeetingSchema, ScheduleSchema } from './model/schedule.js';
export type { DateContext, DateMention, TimeMention } from './parse/dates.js';
export { findDates, findTimes, resolveDate, SWEDISH_MONTHS, toIsoDate, weekdayFromSwedish } from './parse/dates.js';
export type { ParsedDocument, ParsedParagraph, ParseOptions } from './parse/document.js';
export { MAX_DOCUMENT_BYTES, ParsedDocumentSchema, ParsedParagraphSchema, ProposalSchema } from './parse/document.js';
export { parseDocument } from './parse/parse-document.js';
export type { ImportRecords, ToRecordsOptions } from './parse/to-records.js';
export { slugify, toRecords } from './parse/to-records.js';
export type { FollowUpStatus } from './report/assignments.js';
export { followUp, reportedBy, titlesMatch } from './report/assignments.js';
export type { ReportOptions } from './report/options.js';
export type { ReportKind } from './report/reports.js';
export { buildReport, isReportKind, REPORT_KINDS } from './report/reports.js';
export type { ArchiveSummary, BodySummary } from './report/summary.js';
export { summarizeArchive } from './report/summary.js';
export type { Cell, Column, ColumnType, Label, Report, Row, Table } from './report/table.js';
export type { MinutesDeadlines, RuleDate } from './rules/deadlines.js';
export { KL_APPEAL, KL_NOTICE, minutesDeadlines } from './rules/deadlines.js';
export type { SwedishHoliday } from './rules/holidays.js';
export { isNonWorkingDay, nextWorkingDay, swedishHoliday } from './rules/holidays.js';
export { escapeControlChars, stripControlChars } from './text/control.js';
export { addDays, stockholmDate } from './text/days.js';
export type { Decoded } from './text/decode.js';
export { decodeText } from './text/decode.js';
export { formatEnglishDate, formatSwedishDate } from './text/format.js';
export { ENGLISH_WEEKDAYS, SWEDISH_WEEKDAYS } from './text/weekdays.js';
export type {
  AssignmentFilter,
  AssignmentFilterStatus,
  AssignmentState,
  AssignmentView,
} from './view/assignments.js';
export {
  ASSIGNMENT_FILTER_STATUSES,
  assignmentState,
  DUE_SOON_DAYS,
  dueSortKey,
  isAssignmentFilterStatus,
  listAssignments,
} from './view/assignments.js';
export type { BodyYear, BodyYears, PlannedWithRecord } from './view/body-years.js';
export { bodyYears } from './view/body-years.js';
export type { CaseSummary } from './view/cases.js';
export { caseSlug, findCase, listCases } from './view/cases.js';
export type { DecisionFilter } from './view/decisions.js';
export { listDecisions } from './view/decisions.js';
export { SWEDISH_LABELS } from './view/labels.js';
export type { GroupedParticipant, ParticipantGroup } from './view/participants.js';
export { GROUP_ORDER, groupParticipants } from './view/participants.js';
export type { ProgrammeProgress, StatusCounts } from './view/programme.js';
export { programmeProgress } from './view/programme.js';
export type {
  SearchDocument,
  SearchField,
  SearchFieldKind,
  SearchHit,
  SearchIndex,
  SearchOptions,
  SearchResult,
  SnippetPart,
} from './view/search.js';
export {
  createSearchIndex,
  foldForSearch,
  MAX_QUERY_LENGTH,
  MAX_QUERY_TERMS,
  parseQuery,
  searchDocuments,
} from './view/search.js';
export type { Timeline, TimelineEntry, TimelineOptions } from './view/timeline.js';
export { meetingTimeline } from './view/timeline.js';
