import { describe, expect, it } from 'vitest';
import { type Archive, createArchive } from '../archive/archive.js';
import { BodySchema } from '../model/body.js';
import { type Meeting, type MeetingInput, MeetingSchema } from '../model/meeting.js';
import { assignmentStanding } from '../query/assignments.js';
import { keepLeads, leadMeetings, meetingLeads, restoreLeads } from './leads.js';

const body = BodySchema.parse({ id: 'hr', name: 'Hälsingerådet' });
const meeting = (input: Partial<MeetingInput> & { id: string }) =>
  MeetingSchema.parse({ body: 'hr', kind: 'minutes', status: 'held', ...input });
const archiveOf = (meetings: Meeting[]) => createArchive({ bodies: [body], meetings, schedules: [], programmes: [] });

// § 760 is the number of two sets of minutes, so "§ 760" in later minutes names neither for sure; the
// later paragraph's title is alike, which only makes it a candidate.
const before = meeting({ id: '2022-10-12', date: '2022-10-12', paragraphs: [{ number: 760, title: 'Budget' }] });
const given = meeting({
  id: '2023-10-11',
  date: '2023-10-11',
  paragraphs: [
    { number: 759, title: 'Val av justerare' },
    {
      number: 760,
      title: 'Konvertering av webbplatsen',
      assignments: [{ assignee: 'Linda Beigler', task: 'ta in offert', due: '2023-12-01' }],
    },
  ],
});
const later = meeting({
  id: '2023-12-13',
  date: '2023-12-13',
  paragraphs: [{ number: 781, title: 'Konvertering av webbplatsen, offert', text: 'Offerten enligt § 760.' }],
});
const undated = meeting({ id: 'utan-datum', paragraphs: [{ number: 700, title: 'Lokaler' }] });

/** Each assignment of `archive` as judged on `today`, in words that do not depend on object identity. */
const judged = (archive: Archive, meetingId: string, today: string) =>
  archive.assignments
    .filter((ref) => ref.meeting.id === meetingId)
    .map((ref) => {
      const s = assignmentStanding(archive, ref, today);
      const at = (p: typeof s.reportedIn) => (p ? `${p.meeting.id}§${p.paragraph.number}` : '');
      return `§${ref.paragraph.number} ${s.state} ${s.reportedBy ?? ''} ${at(s.reportedIn)} ${s.likeness ?? ''} ${at(s.possiblyIn)}`;
    });

describe("a body's kept follow-up leads", () => {
  const whole = archiveOf([before, given, later, undated]);
  /** The meeting and the meetings its leads name, read alone as a store would, with the leads kept as JSON. */
  const part = (meetingId: string, withLeads: boolean) => {
    const kept = meetingLeads(keepLeads(whole, 'hr'), meetingId);
    const ids = new Set([meetingId, ...leadMeetings(kept).map((m) => m.meeting)]);
    const archive = archiveOf(whole.meetings.filter((m) => ids.has(m.id)));
    if (withLeads) expect(restoreLeads(archive, 'hr', meetingId, kept)).toBe(true);
    return archive;
  };

  it('judge a meeting read with the meetings they name as the whole archive does, on any day', () => {
    for (const today of ['2023-10-11', '2023-11-30', '2023-12-13', '2024-06-01']) {
      expect(judged(part(given.id, true), given.id, today)).toEqual(judged(whole, given.id, today));
    }
    expect(judged(whole, given.id, '2024-06-01')).toEqual(['§760 overdue   title 2023-12-13§781']);
    // Without them, the part alone sees one § 760 only, and takes the later "§ 760" for a report-back.
    expect(judged(part(given.id, false), given.id, '2024-06-01')[0]).toMatch(/^§760 reported reference/);
  });

  it('are refused when a meeting they name is not in the archive read, or a paragraph has none', () => {
    const kept = meetingLeads(keepLeads(whole, 'hr'), given.id);
    expect(restoreLeads(archiveOf([given]), 'hr', given.id, kept)).toBe(false);
    expect(restoreLeads(archiveOf([given, later]), 'hr', given.id, {})).toBe(false);
    expect(meetingLeads(keepLeads(whole, 'hr'), 'constructor')).toEqual({}); // no such meeting, whatever its name
    // A meeting without unsettled assignments needs none.
    expect(restoreLeads(archiveOf([later]), 'hr', later.id, {})).toBe(true);
  });
});
