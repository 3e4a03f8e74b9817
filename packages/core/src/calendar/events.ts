import type { Archive } from '../archive/archive.js';
import type { Body } from '../model/body.js';
import { isIsoDate } from '../model/primitives.js';
import { type MeetingDay, meetingDays } from './meeting-days.js';

/** What a calendar event stands for. */
export type CalendarEventKind = 'meeting' | 'adjustment' | 'report-back';

/**
 * One event of a body's calendar, before it becomes iCalendar. Times are Europe/Stockholm wall-clock
 * times; an event without `start` is an all-day event on `date`.
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
  cancelled: boolean;
}

/** Options for {@link buildCalendarEvents}. */
export interface CalendarOptions {
  /** Only this body's events. */
  bodyId?: string;
  /** Only events in this year. */
  year?: number;
  /** Add the adjustment deadline of each set of minutes as its own event. */
  adjustments?: boolean;
  /** Add the report-back date of each assignment as its own all-day event. */
  reportBacks?: boolean;
  /** The web viewer's base URL, for a link on each event (`https://protokoll.example.se`). */
  viewerUrl?: string;
}

const KIND_LABEL = { minutes: 'Protokoll', agenda: 'Kallelse', extract: 'Protokollsutdrag' } as const;

const join = (base: string | undefined, path: string): string | undefined =>
  base ? `${base.replace(/\/+$/, '')}${path}` : undefined;

/**
 * The calendar events of an archive. The same meeting found in several places (the yearly schedule,
 * the minutes, the "next meeting" of earlier minutes) becomes one event: the minutes or agenda win,
 * then the schedule, then the announcement; each fills what the others leave out.
 * Records without a date have no place in a calendar and are left out.
 */
export function buildCalendarEvents(archive: Archive, options: CalendarOptions = {}): CalendarEvent[] {
  const filter = {
    ...(options.bodyId !== undefined ? { bodyId: options.bodyId } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  };
  const events = meetingDays(archive, filter).map((day) => meetingEvent(day, options));
  const bodies = archive.bodies.filter((b) => options.bodyId === undefined || b.id === options.bodyId);
  if (options.adjustments) events.push(...adjustmentEvents(archive, bodies, options));
  if (options.reportBacks) events.push(...reportBackEvents(archive, bodies, options));
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? '') || a.uid.localeCompare(b.uid),
  );
}

function meetingEvent(s: MeetingDay, options: CalendarOptions): CalendarEvent {
  const cancelled = s.status === 'cancelled' || s.status === 'moved';
  const prefix = s.status === 'cancelled' ? 'INSTÄLLT: ' : s.status === 'moved' ? 'FLYTTAT: ' : '';
  const title =
    s.meeting?.title && s.meeting.title !== s.body.name ? `${s.body.name}: ${s.meeting.title}` : s.body.name;
  const lines: string[] = [];
  if (s.meeting)
    lines.push(
      `${KIND_LABEL[s.meeting.kind]}${s.meeting.paragraphRange ? `, §§ ${s.meeting.paragraphRange.from}–${s.meeting.paragraphRange.to}` : ''}`,
    );
  else if (s.scheduleYear) lines.push(`Planerat sammanträde enligt sammanträdesplanen ${s.scheduleYear}`);
  else if (s.announcedBy?.date) lines.push(`Nästa möte enligt protokollet ${s.announcedBy.date}`);
  if (s.note) lines.push(`Anteckning: ${s.note}`);
  if (s.host) lines.push(`Värd: ${s.host}`);
  if (!s.start) lines.push('Tiden är inte angiven i handlingarna.');
  else if (!s.end) lines.push('Sluttiden är inte angiven i handlingarna.');
  const paragraphs = s.meeting?.paragraphs ?? [];
  if (paragraphs.length) {
    lines.push('', s.meeting?.kind === 'agenda' ? 'Föredragningslista:' : 'Paragrafer:');
    for (const p of paragraphs)
      lines.push(`${s.meeting?.kind === 'agenda' ? `${p.number}.` : `§ ${p.number}`} ${p.title}`);
  }
  const path = s.meeting ? `/organ/${s.body.id}/${s.meeting.id}` : `/organ/${s.body.id}`;
  const url = join(options.viewerUrl, path);
  return {
    uid: `${s.date}-${s.body.id}@sammantrade`,
    kind: 'meeting',
    bodyId: s.body.id,
    date: s.date,
    ...(s.start ? { start: s.start, ...(s.end ? { end: s.end } : {}) } : {}),
    summary: `${prefix}${title}`,
    ...(s.location ? { location: s.location } : {}),
    description: lines.join('\n'),
    ...(url ? { url } : {}),
    cancelled,
  };
}

function adjustmentEvents(archive: Archive, bodies: Body[], options: CalendarOptions): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  for (const body of bodies) {
    for (const meeting of archive.meetingsOf(body.id)) {
      const deadline = meeting.adjustment?.deadline;
      if (!deadline || (options.year !== undefined && !deadline.startsWith(`${options.year}-`))) continue;
      const time = meeting.adjustment?.deadlineTime;
      const url = join(options.viewerUrl, `/organ/${body.id}/${meeting.id}`);
      out.push({
        uid: `${deadline}-${body.id}-${meeting.id}-justering@sammantrade`,
        kind: 'adjustment',
        bodyId: body.id,
        date: deadline,
        ...(time ? { start: time } : {}),
        summary: `Justering senast: ${body.name}${meeting.date ? ` ${meeting.date}` : ''}`,
        description: `Sista dag för justering av protokollet${meeting.date ? ` från ${meeting.date}` : ''}, enligt protokollet.`,
        ...(url ? { url } : {}),
        cancelled: false,
      });
    }
  }
  return out;
}

function reportBackEvents(archive: Archive, bodies: Body[], options: CalendarOptions): CalendarEvent[] {
  const ids = new Set(bodies.map((b) => b.id));
  const out: CalendarEvent[] = [];
  archive.assignments.forEach(({ body, meeting, paragraph, assignment }) => {
    const due = assignment.due;
    if (!ids.has(body.id) || !due || !isIsoDate(due) || assignment.status !== 'open') return;
    if (options.year !== undefined && !due.startsWith(`${options.year}-`)) return;
    const index = paragraph.assignments.indexOf(assignment);
    const url = join(options.viewerUrl, `/organ/${body.id}/${meeting.id}#p${paragraph.number}`);
    out.push({
      uid: `${due}-${body.id}-${meeting.id}-p${paragraph.number}-${index}-aterrapport@sammantrade`,
      kind: 'report-back',
      bodyId: body.id,
      date: due,
      summary: `Återrapportering: ${assignment.assignee}`,
      description: `${assignment.task}\n\nUppdrag från ${body.name} § ${paragraph.number}${meeting.date ? `, ${meeting.date}` : ''}.${assignment.reportTo ? ` Återrapporteras till ${assignment.reportTo}.` : ''}`,
      ...(url ? { url } : {}),
      cancelled: false,
    });
  });
  return out;
}
