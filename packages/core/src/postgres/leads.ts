import type { Archive, ParagraphRef } from '../archive/archive.js';
import type { Paragraph } from '../model/paragraph.js';
import { type FollowUpLeads, findLeads, giveLeads, type Lead, reachableLeads } from '../query/follow-up.js';

/**
 * The follow-up leads of a body's unsettled assignments (see `FollowUpLeads`), kept in the database as
 * one part per body: a page of one meeting then reads that meeting and its leads' meetings, and judges
 * its assignments as from the body's every record and the other bodies' meetings in their cases,
 * without reading them.
 */

/** A lead as kept: its body, meeting, paragraph (index in the meeting) and the last day it was held by. */
type KeptLead = [body: string, meeting: string, paragraph: number, latest?: string];
/** One paragraph's leads as kept: case, reference, agenda, title. */
type KeptParagraph = [KeptLead[], KeptLead[], KeptLead[], KeptLead[]];
/** One meeting's leads as kept: per paragraph index, those of its paragraphs with an unsettled assignment. */
export type MeetingLeads = Record<number, KeptParagraph>;

/** True when a paragraph gave an assignment its record does not settle (reported back or withdrawn). */
export const unsettled = (p: Paragraph): boolean =>
  p.assignments.some((a) => a.status !== 'reported' && a.status !== 'withdrawn');

/**
 * The leads of every paragraph of `bodyId` with an unsettled assignment, found in `archive` (the body's
 * records and related ones), as kept: JSON of each meeting's leads by meeting id, each meeting's as a
 * JSON text of its own, so a page parses only its meeting's (see {@link meetingLeads}).
 */
export function keepLeads(archive: Archive, bodyId: string): Buffer {
  const body = archive.body(bodyId);
  const out: Record<string, string> = {};
  // Only those an answer can come from, on any day: most of a case's later meetings never can.
  const keep = (list: readonly Lead[]): KeptLead[] =>
    reachableLeads(list).map(({ ref, latest }) => {
      const at: KeptLead = [ref.body.id, ref.meeting.id, ref.meeting.paragraphs.indexOf(ref.paragraph)];
      if (latest !== undefined) at.push(latest);
      return at;
    });
  for (const meeting of body ? archive.meetingsOf(bodyId) : []) {
    const own: MeetingLeads = {};
    let any = false;
    meeting.paragraphs.forEach((paragraph, i) => {
      if (!body || !unsettled(paragraph)) return;
      const found = findLeads(archive, { body, meeting, paragraph });
      own[i] = [keep(found.case), keep(found.reference), keep(found.agenda), keep(found.title)];
      any = true;
    });
    if (any) out[meeting.id] = JSON.stringify(own);
  }
  return Buffer.from(JSON.stringify(out));
}

/** One meeting's leads from a body's kept leads ({@link keepLeads}); none when it has none. */
export function meetingLeads(kept: Uint8Array, meetingId: string): MeetingLeads {
  const all = JSON.parse(Buffer.from(kept).toString('utf8')) as Record<string, string>;
  const own = Object.hasOwn(all, meetingId) ? all[meetingId] : undefined;
  return own === undefined ? {} : (JSON.parse(own) as MeetingLeads);
}

/** The meetings (body and id) one meeting's kept leads name: what reading it must read besides. */
export function leadMeetings(kept: MeetingLeads): { body: string; meeting: string }[] {
  const seen = new Map<string, { body: string; meeting: string }>();
  for (const lists of Object.values(kept))
    for (const list of lists)
      for (const [body, meeting] of list) seen.set(`${body}\u0000${meeting}`, { body, meeting });
  return [...seen.values()];
}

/**
 * Gives `archive` (read with the meeting and its leads' meetings) the kept leads of the meeting's
 * paragraphs. False when they do not fit it: a paragraph with an unsettled assignment has none kept, or
 * a lead is not in the archive (the records changed since): then judge from a full read instead.
 */
export function restoreLeads(archive: Archive, bodyId: string, meetingId: string, own: MeetingLeads): boolean {
  const body = archive.body(bodyId);
  const meeting = archive.meeting(bodyId, meetingId);
  if (!body || !meeting) return false;
  const given = new Map<Paragraph, FollowUpLeads>();
  for (const [i, paragraph] of meeting.paragraphs.entries()) {
    const lists = own[i];
    if (!lists) {
      if (unsettled(paragraph)) return false;
      continue;
    }
    const restored: Lead[][] = [];
    for (const list of lists) {
      const out: Lead[] = [];
      for (const [b, m, p, latest] of list) {
        const leadBody = archive.body(b);
        const leadMeeting = archive.meeting(b, m);
        const leadParagraph = leadMeeting?.paragraphs[p];
        if (!leadBody || !leadMeeting || !leadParagraph) return false;
        const ref: ParagraphRef = { body: leadBody, meeting: leadMeeting, paragraph: leadParagraph };
        out.push(latest === undefined ? { ref } : { ref, latest });
      }
      restored.push(out);
    }
    const [byCase = [], reference = [], agenda = [], title = []] = restored;
    given.set(paragraph, { case: byCase, reference, agenda, title });
  }
  giveLeads(archive, given);
  return true;
}
