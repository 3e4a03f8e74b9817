/**
 * @sammantrade/core: the records of Swedish municipal bodies as one typed model.
 * This entry is pure (no I/O, no environment) and runs in a browser; file-system helpers and the
 * import use-case live in `@sammantrade/core/node`, the PDF and Word readers in `@sammantrade/core/read`.
 *
 * Every question an app asks (is this assignment open? what is the appeal deadline? which meetings are
 * coming?) is answered by one function here; apps only present the answers.
 * @packageDocumentation
 */

// The archive: validated records, indexed.
export type {
  Archive,
  ArchiveRecords,
  AssignmentRef,
  CreateArchiveOptions,
  DecisionRef,
  ParagraphRef,
} from './archive/archive.js';
export { createArchive } from './archive/archive.js';
export { recordPath } from './archive/layout.js';
export { parseRecordYaml, stringifyRecordYaml } from './archive/yaml.js';

// Calendars.
export type { CalendarEvent, CalendarEventKind, CalendarEventStatus, CalendarOptions } from './calendar/events.js';
export { buildCalendarEvents } from './calendar/events.js';
export type {
  FeedDescription,
  FeedOptions,
  RenderBodyFeedOptions,
  RenderedFeed,
  RenderedFeeds,
  RenderFeedsOptions,
} from './calendar/feeds.js';
export { bodyFeedEvents, describeFeeds, renderBodyFeed, renderFeeds } from './calendar/feeds.js';
export type { ICalendarOptions, RenderedEvents } from './calendar/ics.js';
export { renderICalendar } from './calendar/ics.js';
export { parseRevisionState } from './calendar/revision-state.js';
export type { EventRevision, RevisedEvent, RevisionState } from './calendar/revisions.js';
export { reviseEvents } from './calendar/revisions.js';
export type { SubscribeLinks } from './calendar/subscribe.js';
export { feedPath, subscribeLinks } from './calendar/subscribe.js';

// Errors.
export type { SammantradeErrorCode } from './errors.js';
export { errorMessage, isSammantradeError, SammantradeError } from './errors.js';

// The model: zod schemas and the types inferred from them.
export type { Assignment } from './model/assignment.js';
export { AssignmentSchema } from './model/assignment.js';
export type { Body, BodyRules, LegalForm } from './model/body.js';
export { BodySchema } from './model/body.js';
export type { Decision, Outcome } from './model/decision.js';
export { DecisionSchema, OutcomeSchema } from './model/decision.js';
export type { Diagnostic, Severity } from './model/diagnostic.js';
export { diagnosticMessage, formatDiagnostic } from './model/diagnostic.js';
export type { RecordKind } from './model/json-schema.js';
export { recordSchemas, toJsonSchema } from './model/json-schema.js';
export type { Adjustment, Meeting, MeetingInput, MeetingKind, NextMeeting } from './model/meeting.js';
export { MeetingSchema } from './model/meeting.js';
export type { HistoryEntry, Paragraph } from './model/paragraph.js';
export { ParagraphSchema } from './model/paragraph.js';
export type { Participant, Role } from './model/participant.js';
export type { Weekday } from './model/primitives.js';
export { caseKey, isIsoDate, STOCKHOLM, weekdayOf } from './model/primitives.js';
export type { Programme } from './model/programme.js';
export { ProgrammeSchema } from './model/programme.js';
export type { PlannedMeeting, Schedule } from './model/schedule.js';
export { ScheduleSchema } from './model/schedule.js';
export { SWEDISH_MONTHS } from './parse/dates.js';
// Importing: documents as text → the model's facts → archive records.
export type { ParsedDocument, ParseOptions } from './parse/document.js';
export { MAX_DOCUMENT_BYTES, ParsedDocumentSchema } from './parse/document.js';
export { parseDocument } from './parse/parse-document.js';
export type { ImportRecords, ToRecordsOptions } from './parse/to-records.js';
export { slugify, toRecords } from './parse/to-records.js';
// Questions, each answered once.
export type {
  AssignmentFilter,
  AssignmentFilterStatus,
  AssignmentList,
  AssignmentStanding,
} from './query/assignments.js';
export {
  ASSIGNMENT_FILTER_STATUSES,
  assignmentStanding,
  followUpText,
  isAssignmentFilterStatus,
  isOpen,
  listAssignments,
} from './query/assignments.js';
export type { Attendance, PersonAttendance, PlaceAttendance } from './query/attendance.js';
export { attendance } from './query/attendance.js';
export type { BodyYear, BodyYears, PlannedWithRecord } from './query/body-years.js';
export { bodyYears } from './query/body-years.js';
export type { CaseStep, CaseSummary } from './query/cases.js';
export { caseSlug, caseSteps, findCase, listCases } from './query/cases.js';
export { meetingDeadlines } from './query/deadlines.js';
export type { DecisionFilter, QuotedDecision } from './query/decisions.js';
export { listDecisions, quotedDecisions } from './query/decisions.js';
export type { MeetingFilter } from './query/filter.js';
export type { MeetingDay, MeetingDayFilter } from './query/meeting-days.js';
export type { GroupedParticipant, ParticipantGroup } from './query/participants.js';
export { groupParticipants } from './query/participants.js';
export type { ProgrammeProgress, StatusCounts } from './query/programme.js';
export { programmeProgress } from './query/programme.js';
export type { ScheduledMeeting } from './query/schedule.js';
export { meetingSchedule } from './query/schedule.js';
export type { SearchHit, SearchIndex, SearchIndexData, SearchOptions, SearchResult } from './query/search.js';
export {
  archiveSearchIndex,
  createSearchIndex,
  loadSearchIndex,
  search,
} from './query/search.js';
export type {
  ParagraphSearchDocument,
  ProgrammeSearchDocument,
  SearchDocument,
  SearchField,
  SearchFieldKind,
  SearchKind,
} from './query/search-documents.js';
export { SEARCH_KINDS, searchDocuments } from './query/search-documents.js';
export { MAX_QUERY_LENGTH } from './query/search-query.js';
export type { SnippetPart } from './query/snippet.js';
export type { ArchiveSummary, BodySummary } from './query/summary.js';
export { summarizeArchive } from './query/summary.js';
export type { Timeline, TimelineEntry, TimelineOptions } from './query/timeline.js';
export { meetingTimeline } from './query/timeline.js';
// Reports: the answers as tables.
export type { ReportOptions } from './report/options.js';
export type { ReportKind } from './report/reports.js';
export { buildReport, isReportKind, REPORT_KINDS } from './report/reports.js';
export type { Cell, Column, ColumnType, Report, Row, Table } from './report/table.js';
// Rules: Kommunallagen's deadlines, holidays, local times.
export type { AppealDate, LawApplies, MinutesDeadlines, RuleDate } from './rules/deadlines.js';
export { minutesDeadlines } from './rules/deadlines.js';
export { isNonWorkingDay, nextWorkingDay } from './rules/holidays.js';
export { CLI_WORDS } from './text/cli-words.js';
// Words and dates for people.
export { escapeControlChars, stripControlChars } from './text/control.js';
export { addDays, stockholmDate } from './text/days.js';
export { decodeText } from './text/decode.js';
export type { DiagnosticArgs, DiagnosticCode } from './text/diagnostic-words.js';
export { DIAGNOSTIC_WORDS } from './text/diagnostic-words.js';
export type { ErrorArgs, ErrorReason } from './text/error-words.js';
export { ERROR_WORDS } from './text/error-words.js';
export { formatEnglishDate, formatSwedishDate } from './text/format.js';
export type { AssignmentState, Label, Lang, ScheduleStatus, Words } from './text/words.js';
export { WORDS } from './text/words.js';
