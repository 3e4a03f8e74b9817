import { describe, expect, it } from 'vitest';
import { addDays, stockholmDate } from '../text/days.js';
import { WORDS } from '../text/words.js';
import { fixtureArchive } from './__fixtures__/archive.js';
import { isAssignmentFilterStatus, listAssignments } from './assignments.js';
import { bodyYears } from './body-years.js';
import { caseSlug, findCase, listCases } from './cases.js';
import { listDecisions } from './decisions.js';
import { groupParticipants } from './participants.js';
import { programmeProgress } from './programme.js';
import { meetingTimeline } from './timeline.js';

const archive = fixtureArchive();

describe('stockholmDate', () => {
  it('takes the date in Stockholm, not in UTC or the machine zone', () => {
    expect(stockholmDate(new Date('2024-03-19T23:30:00Z'))).toBe('2024-03-20');
    expect(stockholmDate(new Date('2024-07-01T21:59:00Z'))).toBe('2024-07-01');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});

describe('meetingTimeline', () => {
  it('splits records, schedule entries and announcements into upcoming and recent, one per date', () => {
    const { upcoming, recent } = meetingTimeline(archive, '2024-03-20');
    expect(upcoming.map((e) => `${e.body.id} ${e.date} ${e.source}`)).toEqual([
      'radet 2024-03-20 record', // today counts as upcoming; the record wins over the schedule
      'radet 2024-05-15 announcement',
      'radet 2024-06-19 schedule',
    ]);
    expect(recent.map((e) => `${e.body.id} ${e.date} ${e.source}`)).toEqual([
      'namnden 2024-02-02 record',
      'radet 2024-01-10 schedule',
      'radet 2023-12-01 record',
    ]);
  });

  it('leaves out undated meetings and limits each list', () => {
    const { upcoming, recent } = meetingTimeline(archive, '2025-01-01', { limit: 2 });
    expect(upcoming).toEqual([]);
    expect(recent).toHaveLength(2);
    expect(meetingTimeline(archive, '2000-01-01', { body: 'namnden' }).upcoming).toHaveLength(1);
  });
});

describe('bodyYears', () => {
  it('arranges meetings and the schedule by year, newest first, undated apart', () => {
    const { years, undated } = bodyYears(archive, 'radet');
    expect(years.map((y) => [y.year, y.meetings.map((m) => m.id), y.schedule?.year])).toEqual([
      [2024, ['2024-03-20'], 2024],
      [2023, ['2023-12-01'], undefined],
    ]);
    expect(years[0]?.planned.map((p) => [p.planned.date, p.meetings.map((m) => m.id)])).toEqual([
      ['2024-03-20', ['2024-03-20']],
      ['2024-06-19', []],
      ['2024-01-10', []],
    ]);
    expect(undated.map((m) => m.id)).toEqual(['p5-7']);
    expect(bodyYears(archive, 'nobody')).toEqual({ years: [], undated: [] });
  });
});

describe('groupParticipants', () => {
  it('puts each person in one group by seat, keeping other roles as functions', () => {
    const meeting = archive.meeting('radet', '2024-03-20');
    const groups = groupParticipants(meeting?.participants ?? []);
    expect(
      groups.map((g) => [
        g.role,
        g.participants.map((p) => `${p.participant.name}${p.functions.length ? ` (${p.functions.join(', ')})` : ''}`),
      ]),
    ).toEqual([
      ['chair', ['Hans Ordf']],
      ['member', ['Ada Ordf (chair)', 'Bo Ledamot (adjuster)']],
      ['substitute', ['Cia Ersätt']],
      ['other', ['Eva Sekr (secretary)']],
      ['presenter', ['Fia Föredr']],
      ['absent', ['Gun Borta (member)']],
    ]);
    expect(groupParticipants([])).toEqual([]);
  });
});

describe('listAssignments', () => {
  it('lists and filters by status and body, dated first, year-less dates open', () => {
    const all = listAssignments(archive, {}, '2024-03-25').assignments;
    expect(all.map((a) => `${a.assignment.task}: ${a.state}`)).toEqual([
      'följa upp budgeten: due-soon',
      'rapportera: open',
      'skriva förslag: reported',
    ]);
    expect(listAssignments(archive, { status: 'open' }, '2024-04-02').assignments.map((a) => a.state)).toEqual([
      'overdue',
      'open',
    ]);
    expect(listAssignments(archive, { status: 'overdue' }, '2024-04-02').assignments).toHaveLength(1);
    expect(listAssignments(archive, { status: 'reported' }, '2024-04-02').assignments).toHaveLength(1);
    expect(listAssignments(archive, { body: 'namnden' }, '2024-04-02').assignments).toEqual([]);
    expect(isAssignmentFilterStatus('overdue')).toBe(true);
    expect(isAssignmentFilterStatus('unknown')).toBe(false);
    expect(isAssignmentFilterStatus(['open'])).toBe(false);
  });

  it('leaves out, and counts, assignments given after the day asked about', () => {
    const before = listAssignments(archive, {}, '2024-01-01');
    expect(before.assignments.map((a) => a.assignment.task)).toEqual(['skriva förslag']);
    expect(before.later).toBe(2);
  });
});

describe('listDecisions', () => {
  it('puts the newest meeting first and undated meetings last', () => {
    expect(listDecisions(archive).map((d) => d.decision.text)).toEqual([
      'Budgeten fastställs.',
      'Ärendet bordläggs.',
      'Noterat.',
    ]);
    expect(listDecisions(archive, { outcome: 'postponed' })).toHaveLength(1);
    expect(listDecisions(archive, { body: 'namnden' })).toEqual([]);
  });
});

describe('cases', () => {
  it('names a case by a path-safe slug and finds it by slug or number', () => {
    expect(caseSlug('GNS/10/2020')).toBe('GNS~10~2020');
    expect(caseSlug('ks 2024 / 1')).toBe('KS_2024~1');
    expect(caseSlug('../..')).toBe('--~--');
    expect(caseSlug('Dnr: Å.1')).toBe('DNR-_Å-1');
    expect(findCase(archive, 'KS_2024~1').map((r) => r.paragraph.number)).toEqual([9, 1]);
    expect(findCase(archive, 'KS 2024/1')).toHaveLength(2);
    expect(findCase(archive, 'nope')).toEqual([]);
  });

  it('lists every case with its latest title', () => {
    expect(listCases(archive).map((c) => [c.caseNumber, c.slug, c.title, c.paragraphs.length])).toEqual([
      ['GNS/10/2020', 'GNS~10~2020', 'Sammanträdestider', 1],
      ['KS 2024/1', 'KS_2024~1', 'Budget 2024', 2],
    ]);
  });
});

describe('programmeProgress', () => {
  it('counts statuses per area and in all', () => {
    const progress = programmeProgress(archive.programmes[0] ?? (undefined as never));
    expect(progress.areas[0]).toEqual({ name: 'A', counts: { done: 1, ongoing: 0, 'on-hold': 0, none: 1, total: 2 } });
    expect(progress.total).toEqual({ done: 1, ongoing: 1, 'on-hold': 1, none: 1, total: 4 });
  });
});

describe('WORDS', () => {
  it('names every code in both languages', () => {
    expect(WORDS.sv.outcome['referred-back']).toBe('återremiss');
    expect(WORDS.sv.roleGroup.member).toBe('Beslutande');
    expect(WORDS.en.assignmentState['due-soon']).toBe('due soon');
    for (const lang of ['sv', 'en'] as const) {
      const kinds = Object.values(WORDS[lang]) as Record<string, string>[];
      expect(kinds.every((m) => Object.values(m).every((v) => v.length > 0))).toBe(true);
    }
    expect(Object.keys(WORDS.en.legalForm)).toEqual(Object.keys(WORDS.sv.legalForm));
  });
});
