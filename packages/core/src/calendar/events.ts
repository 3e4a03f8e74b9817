import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import { isIsoDate } from '../model/primitives.js';
import { assignmentState, isOpen } from '../query/assignments.js';
import type { MeetingDay } from '../query/meeting-days.js';
import { meetingSchedule } from '../query/schedule.js';
import { CALENDAR_PHRASES as P } from '../text/phrases.js';

/** What a calendar event stands for. */
export type CalendarEventKind = 'meeting' | 'adjustment' | 'report-back';

/**
 * How sure an event is: `confirmed` (a record or a decided schedule), `tentative` (only a proposed
 * schedule speaks of it), `cancelled` (cancelled or moved).
 */
export type CalendarEventStatus = 'confirmed' | 'tentative' | 'cancelled';

/**
 * One event of a body's calendar, before it becomes iCalendar. Times are Europe/Stockholm wall-clock
 * times, as the records state them; an event without `start` is an all-day event on `date`.
 */
export interface CalendarEvent {
  /** Stable across rebuilds, so an update replaces the event in the subscriber's calendar. */
  uid: string;
  kind: CalendarEventKind;
  bodyId: string;
  date: string;
  start?: string;
  end?: string;
  summary: string;
  location?: string;
  description: string;
  /** A link to the meeting in the web viewer, when one is configured. */
  url?: string;
  status: CalendarEventStatus;
}

/** Options for {@link buildCalendarEvents}. */
export interface CalendarOptions {
  /** Only this body's events. */
  bodyId?: string;
  /** Only events in this year. */
  year?: number;
  /** Add the adjustment deadline of each set of minutes as its own event. */
  adjustments?: boolean;
  /** Add the report-back date of each open assignment as its own all-day event. */
  reportBacks?: boolean;
  /** The web viewer's base URL, for a link on each event (`https://protokoll.example.se`). */
  viewerUrl?: string;
  /**
   * The domain in every event's UID, so two installations never share UIDs: the host of the address the
   * feeds are published at (`kalender.example.se`). Default {@link DEFAULT_UID_DOMAIN}.
   */
  uidDomain?: string;
}

/** The UID domain when none is configured: a reserved name that says so. */
export const DEFAULT_UID_DOMAIN = 'sammantrade.invalid';

const join = (base: string | undefined, path: string): string | undefined =>
  base ? `${base.replace(/\/+$/, '')}${path}` : undefined;

/**
 * The calendar events of an archive. The same meeting found in several places (the yearly schedule,
 * the minutes, the "next meeting" of earlier minutes) becomes one event, and two meetings of a body on
 * one day are two (see `meetingDays`). A meeting only a proposed schedule speaks of is tentative and says
 * "Förslag:". Times stay as the records state them, also on the nights the clocks change, with a
 * warning in the description. Records without a date have no place in a calendar and are left out.
 */
export function buildCalendarEvents(archive: Archive, options: CalendarOptions = {}): CalendarEvent[] {
  const bodies = archive.bodies.filter((b) => options.bodyId === undefined || b.id === options.bodyId);
  const events = bodies.flatMap((body) => ownCalendarEvents(archive, body, options));
  if (options.reportBacks) events.push(...reportBackEvents(archive, bodies, options));
  return events.sort(compareEvents);
}

/** The order of a calendar's events: by date, then start time (all-day first), then UID. */
export function compareEvents(a: CalendarEvent, b: CalendarEvent): number {
  return a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? '') || a.uid.localeCompare(b.uid);
}

/**
 * The events one body's own records make (its meetings and, with `adjustments`, their adjustment
 * deadlines), unsorted: they depend only on the body, its meetings and its schedules, so a feed
 * builder can keep them while those records stay the same. Report-backs are judged across the
 * archive (a later paragraph of any body in the same case reports back), see {@link reportBackEvents}.
 * @internal for buildCalendarEvents and renderFeeds.
 */
export function ownCalendarEvents(archive: Archive, body: Body, options: CalendarOptions = {}): CalendarEvent[] {
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const filter = { bodyId: body.id, ...(options.year !== undefined ? { year: options.year } : {}) };
  const events = meetingSchedule(archive, filter).map((day) =>
    meetingEvent(
      day,
      day.warnings.map((w) => w.sv),
      options,
      domain,
    ),
  );
  if (options.adjustments) events.push(...adjustmentEvents(archive, [body], options, domain));
  return events;
}

function meetingEvent(s: MeetingDay, warnings: string[], options: CalendarOptions, domain: string): CalendarEvent {
  const status: CalendarEventStatus =
    s.status === 'cancelled' || s.status === 'moved' ? 'cancelled' : s.proposed ? 'tentative' : 'confirmed';
  const prefix = s.status === 'cancelled' ? P.cancelled : s.status === 'moved' ? P.moved : s.proposed ? P.proposed : '';
  const title =
    s.meeting?.title && s.meeting.title !== s.body.name ? `${s.body.name}: ${s.meeting.title}` : s.body.name;
  const lines: string[] = [];
  if (s.meeting)
    lines.push(
      `${P.kind[s.meeting.kind]}${s.meeting.paragraphRange ? `, §§ ${s.meeting.paragraphRange.from}–${s.meeting.paragraphRange.to}` : ''}`,
    );
  else if (s.scheduleYear) lines.push(s.proposed ? P.fromProposal(s.scheduleYear) : P.fromSchedule(s.scheduleYear));
  else if (s.announcedBy?.date) lines.push(P.announced(s.announcedBy.date));
  if (s.note) lines.push(P.note(s.note));
  if (s.host) lines.push(P.host(s.host));
  if (!s.start) lines.push(P.noTime);
  else if (!s.end) lines.push(P.noEnd);
  for (const w of warnings) lines.push(P.warning(w));
  const paragraphs = s.meeting?.paragraphs ?? [];
  if (paragraphs.length) {
    const agenda = s.meeting?.kind === 'agenda';
    lines.push('', agenda ? P.agendaItems : P.paragraphs);
    for (const p of paragraphs) lines.push(`${agenda ? `${p.number}.` : `§ ${p.number}`} ${p.title}`);
  }
  const path = s.meeting ? `/organ/${s.body.id}/${s.meeting.id}` : `/organ/${s.body.id}`;
  const url = join(options.viewerUrl, path);
  return {
    uid: `${s.key}@${domain}`,
    kind: 'meeting',
    bodyId: s.body.id,
    date: s.date,
    ...(s.start ? { start: s.start, ...(s.end ? { end: s.end } : {}) } : {}),
    summary: `${prefix}${title}`,
    ...(s.location ? { location: s.location } : {}),
    description: lines.join('\n'),
    ...(url ? { url } : {}),
    status,
  };
}

function adjustmentEvents(archive: Archive, bodies: Body[], options: CalendarOptions, domain: string): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const body of bodies) {
    for (const meeting of archive.meetingsOf(body.id)) {
      const deadline = meeting.adjustment?.deadline;
      if (!deadline || (options.year !== undefined && !deadline.startsWith(`${options.year}-`))) continue;
      const time = meeting.adjustment?.deadlineTime;
      const url = join(options.viewerUrl, `/organ/${body.id}/${meeting.id}`);
      out.push({
        uid: `${deadline}-${body.id}-${meeting.id}-justering@${domain}`,
        kind: 'adjustment',
        bodyId: body.id,
        date: deadline,
        ...(time ? { start: time } : {}),
        summary: P.adjustmentSummary(body.name, meeting.date),
        description: P.adjustmentDescription(meeting.date),
        ...(url ? { url } : {}),
        status: 'confirmed',
      });
    }
  }
  return out;
}

/**
 * Report-back dates of the assignments of `bodies` still open, judged from everything the archive holds.
 * @internal for buildCalendarEvents and renderFeeds.
 */
export function reportBackEvents(archive: Archive, bodies: readonly Body[], options: CalendarOptions): CalendarEvent[] {
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const ids = new Set(bodies.map((b) => b.id));
  const out: CalendarEvent[] = [];
  for (const ref of archive.assignments) {
    const { body, meeting, paragraph, assignment } = ref;
    const due = assignment.due;
    if (!ids.has(body.id) || !due || !isIsoDate(due)) continue;
    if (options.year !== undefined && !due.startsWith(`${options.year}-`)) continue;
    if (!isOpen(assignmentState(archive, ref))) continue;
    const index = paragraph.assignments.indexOf(assignment);
    const url = join(options.viewerUrl, `/organ/${body.id}/${meeting.id}#p${paragraph.number}`);
    out.push({
      uid: `${due}-${body.id}-${meeting.id}-p${paragraph.number}-${index}-aterrapport@${domain}`,
      kind: 'report-back',
      bodyId: body.id,
      date: due,
      summary: P.reportBackSummary(assignment.assignee),
      description: P.reportBackDescription(
        assignment.task,
        body.name,
        paragraph.number,
        meeting.date,
        assignment.reportTo,
      ),
      ...(url ? { url } : {}),
      status: 'confirmed',
    });
  }
  return out;
}
