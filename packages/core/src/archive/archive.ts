import type { Assignment } from '../model/assignment.js';
import type { Body } from '../model/body.js';
import type { Decision } from '../model/decision.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Meeting } from '../model/meeting.js';
import type { Paragraph } from '../model/paragraph.js';
import { caseKey } from '../model/primitives.js';
import type { Programme } from '../model/programme.js';
import type { Schedule } from '../model/schedule.js';
import { checkRecords, type Locate } from './checks.js';

/** The validated records an archive is made of. */
export interface ArchiveRecords {
  bodies: readonly Body[];
  meetings: readonly Meeting[];
  schedules: readonly Schedule[];
  programmes: readonly Programme[];
}

/** A paragraph with the meeting and body it belongs to. */
export interface ParagraphRef {
  readonly body: Body;
  readonly meeting: Meeting;
  readonly paragraph: Paragraph;
}

/** A decision with where it was taken. */
export interface DecisionRef extends ParagraphRef {
  readonly decision: Decision;
}

/** An assignment with where it was given. */
export interface AssignmentRef extends ParagraphRef {
  readonly assignment: Assignment;
}

/**
 * An indexed, read-only archive: every record validated, cross-checked and frozen.
 * Lists are sorted: bodies by name, meetings by body and date (undated last, by § range).
 */
export interface Archive {
  readonly bodies: readonly Body[];
  readonly meetings: readonly Meeting[];
  readonly schedules: readonly Schedule[];
  readonly programmes: readonly Programme[];
  readonly paragraphs: readonly ParagraphRef[];
  readonly decisions: readonly DecisionRef[];
  readonly assignments: readonly AssignmentRef[];
  /** Case number → the paragraphs that handled it, oldest first. */
  readonly cases: ReadonlyMap<string, readonly ParagraphRef[]>;
  /** Warnings and errors found across records (unknown bodies, duplicate ids, weekday mismatches …). */
  readonly diagnostics: readonly Diagnostic[];
  /** When the data last changed (the newest record file), as an ISO UTC timestamp; absent when unknown. */
  readonly modified?: string;
  /**
   * Identifies the archive's files as they were read: the same files give the same version, any edit
   * a new one, so what is computed from an archive can be kept per version. Absent when unknown.
   */
  readonly version?: string;
  body(id: string): Body | undefined;
  /** The meetings of one body, oldest first. */
  meetingsOf(bodyId: string): readonly Meeting[];
  meeting(bodyId: string, meetingId: string): Meeting | undefined;
  /** The meetings of a body on a date (usually one). */
  meetingsOn(bodyId: string, date: string): readonly Meeting[];
  schedule(bodyId: string, year: number): Schedule | undefined;
  /** The history of one case number, oldest first; empty when unknown. */
  caseHistory(caseNumber: string): readonly ParagraphRef[];
}

/** Options for {@link createArchive}. */
export interface CreateArchiveOptions {
  /** Maps a record and a path inside it to a file and line, for diagnostics. */
  locate?: Locate;
  /** When the data last changed, ISO UTC; feeds use it for Last-Modified instead of "now". */
  modified?: string;
  /** See {@link Archive.version}. */
  version?: string;
}

const byDate = (a: Meeting, b: Meeting): number => {
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  if (a.date) return -1;
  if (b.date) return 1;
  return (a.paragraphRange?.from ?? 0) - (b.paragraphRange?.from ?? 0);
};

/**
 * Freezes the records and the lists that hold them, one level deep: enough that no caller replaces a
 * meeting or a field by mistake (the types say readonly all the way down), at a cost that stays small
 * for archives of ten thousand meetings.
 */
function freezeRecords(records: ArchiveRecords): void {
  for (const list of [records.bodies, records.meetings, records.schedules, records.programmes]) {
    for (const record of list) Object.freeze(record);
    Object.freeze(list);
  }
}

/** The refs of one meeting's paragraphs, decisions and assignments, and its paragraphs' case keys. */
interface MeetingRefs {
  readonly body: Body;
  readonly paragraphs: readonly ParagraphRef[];
  readonly decisions: readonly DecisionRef[];
  readonly assignments: readonly AssignmentRef[];
  readonly cases: readonly (readonly [string, ParagraphRef])[];
}

/**
 * Kept per meeting object: a reload keeps the objects of unchanged records, so an archive built again
 * after one edit makes refs only for the meetings that changed (records are immutable).
 */
const meetingRefs = new WeakMap<Meeting, MeetingRefs>();

function refsOf(body: Body, meeting: Meeting): MeetingRefs {
  const known = meetingRefs.get(meeting);
  if (known?.body === body) return known;
  const refs = {
    body,
    paragraphs: [] as ParagraphRef[],
    decisions: [] as DecisionRef[],
    assignments: [] as AssignmentRef[],
    cases: [] as [string, ParagraphRef][],
  };
  for (const paragraph of meeting.paragraphs) {
    const ref: ParagraphRef = { body, meeting, paragraph };
    refs.paragraphs.push(ref);
    for (const decision of paragraph.decisions) refs.decisions.push({ body, meeting, paragraph, decision });
    for (const assignment of paragraph.assignments) refs.assignments.push({ body, meeting, paragraph, assignment });
    if (paragraph.caseNumber) refs.cases.push([caseKey(paragraph.caseNumber), ref]);
  }
  meetingRefs.set(meeting, refs);
  return refs;
}

/**
 * Builds the indexed archive from validated records. Pure: no I/O, so it runs in a browser too.
 * Cross-record problems become {@link Archive.diagnostics}; nothing here throws on content.
 */
export function createArchive(records: ArchiveRecords, options: CreateArchiveOptions = {}): Archive {
  // Checked when first asked for (a page or feed read from part of a database never asks), over the
  // records as given now: the caller's arrays may change after.
  let diagnostics: Diagnostic[] | undefined;
  const given: ArchiveRecords = {
    bodies: [...records.bodies],
    meetings: [...records.meetings],
    schedules: [...records.schedules],
    programmes: [...records.programmes],
  };
  const bodies = [...records.bodies].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const bodyById = new Map(bodies.map((b) => [b.id, b] as const));
  const meetings = [...records.meetings].sort(
    (a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : 0) || byDate(a, b),
  );
  const meetingsByBody = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const list = meetingsByBody.get(m.body) ?? [];
    list.push(m);
    meetingsByBody.set(m.body, list);
  }

  // The paragraph, decision, assignment and case indexes are made when first asked for: a reload that
  // only feeds the calendars (which need none of them without deadline events) never makes them.
  let indexes: Pick<Archive, 'paragraphs' | 'decisions' | 'assignments' | 'cases'> | undefined;
  const index = () => {
    if (indexes) return indexes;
    const paragraphs: ParagraphRef[] = [];
    const decisions: DecisionRef[] = [];
    const assignments: AssignmentRef[] = [];
    const cases = new Map<string, ParagraphRef[]>();
    for (const meeting of meetings) {
      const body = bodyById.get(meeting.body);
      if (!body) continue; // reported by checkRecords
      const refs = refsOf(body, meeting);
      for (const ref of refs.paragraphs) paragraphs.push(ref);
      for (const ref of refs.decisions) decisions.push(ref);
      for (const ref of refs.assignments) assignments.push(ref);
      for (const [key, ref] of refs.cases) {
        const list = cases.get(key);
        if (list) list.push(ref);
        else cases.set(key, [ref]);
      }
    }
    for (const list of cases.values()) list.sort((a, b) => byDate(a.meeting, b.meeting));
    for (const list of [paragraphs, decisions, assignments]) Object.freeze(list);
    indexes = { paragraphs, decisions, assignments, cases };
    return indexes;
  };

  const schedules = [...records.schedules].sort((a, b) => a.body.localeCompare(b.body) || a.year - b.year);
  const programmes = [...records.programmes].sort((a, b) => a.id.localeCompare(b.id));

  const archive: Archive = {
    bodies,
    meetings,
    schedules,
    programmes,
    get paragraphs() {
      return index().paragraphs;
    },
    get decisions() {
      return index().decisions;
    },
    get assignments() {
      return index().assignments;
    },
    get cases() {
      return index().cases;
    },
    get diagnostics() {
      diagnostics ??= checkRecords(given, options.locate);
      return diagnostics;
    },
    ...(options.modified ? { modified: options.modified } : {}),
    ...(options.version ? { version: options.version } : {}),
    body: (id) => bodyById.get(id),
    meetingsOf: (bodyId) => meetingsByBody.get(bodyId) ?? [],
    meeting: (bodyId, meetingId) => meetingsByBody.get(bodyId)?.find((m) => m.id === meetingId),
    meetingsOn: (bodyId, date) => (meetingsByBody.get(bodyId) ?? []).filter((m) => m.date === date),
    schedule: (bodyId, year) => schedules.find((s) => s.body === bodyId && s.year === year),
    caseHistory: (caseNumber) => index().cases.get(caseKey(caseNumber)) ?? [],
  };
  freezeRecords(records);
  for (const list of [bodies, meetings, schedules, programmes]) Object.freeze(list);
  return Object.freeze(archive);
}
