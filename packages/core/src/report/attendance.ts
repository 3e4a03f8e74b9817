import type { Archive } from '../archive/archive.js';
import type { Role } from '../model/participant.js';
import { CODES } from './codes.js';
import { meetingsFor, type ReportOptions } from './options.js';
import { col, note, type Report } from './table.js';

interface Person {
  name: string;
  party?: string;
  place?: string;
  attended: number;
  absent: number;
  substituteFor: Set<string>;
  roles: Set<Role>;
}

/** `report attendance`: per person and per municipality, from minutes (agendas only invite). */
export function attendanceReport(archive: Archive, options: ReportOptions): Report {
  const minutes = meetingsFor(archive, options).filter((m) => m.kind === 'minutes');
  const people = new Map<string, Person>();
  const places = new Map<string, { attended: number; absent: number; meetings: Set<string> }>();
  for (const meeting of minutes) {
    for (const p of meeting.participants) {
      const key = p.name.toLowerCase().replace(/\s+/g, ' ');
      const person = people.get(key) ?? {
        name: p.name,
        attended: 0,
        absent: 0,
        substituteFor: new Set(),
        roles: new Set(),
      };
      const absent = p.roles.includes('absent');
      if (absent) person.absent++;
      else person.attended++;
      if (p.party) person.party = p.party;
      const place = p.municipality ?? p.organisation;
      if (place) person.place = place;
      if (p.substituteFor) person.substituteFor.add(p.substituteFor);
      for (const r of p.roles) person.roles.add(r);
      people.set(key, person);
      if (place) {
        const row = places.get(place) ?? { attended: 0, absent: 0, meetings: new Set() };
        if (absent) row.absent++;
        else {
          row.attended++;
          row.meetings.add(`${meeting.body}/${meeting.id}`);
        }
        places.set(place, row);
      }
    }
  }
  const collator = new Intl.Collator('sv');
  const personRows = [...people.values()]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((p) => ({
      name: p.name,
      party: p.party ?? null,
      place: p.place ?? null,
      attended: p.attended,
      absent: p.absent,
      substituteFor: [...p.substituteFor].join(', ') || null,
      roles: [...p.roles].join(', '),
    }));
  const placeRows = [...places.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([place, r]) => ({ place, meetings: r.meetings.size, attended: r.attended, absent: r.absent }));
  const undated = minutes.filter((m) => !m.date).length;
  return {
    kind: 'attendance',
    title: note('Närvaro', 'Attendance'),
    tables: [
      {
        title: note('Per person', 'Per person'),
        columns: [
          col('name', 'Namn', 'Name'),
          col('party', 'Parti', 'Party'),
          col('place', 'Kommun/organisation', 'Municipality/organisation'),
          col('attended', 'Närvarande', 'Present', 'number'),
          col('absent', 'Frånvarande', 'Absent', 'number'),
          col('substituteFor', 'Ersättare för', 'Substitute for'),
          { ...col('roles', 'Roller', 'Roles'), codes: CODES.role },
        ],
        rows: personRows,
      },
      {
        title: note('Per kommun eller organisation', 'Per municipality or organisation'),
        columns: [
          col('place', 'Kommun/organisation', 'Municipality/organisation'),
          col('meetings', 'Möten med deltagare', 'Meetings attended', 'number'),
          col('attended', 'Närvarande (personer × möten)', 'Present (people × meetings)', 'number'),
          col('absent', 'Frånvarande', 'Absent', 'number'),
        ],
        rows: placeRows,
      },
    ],
    notes: [
      note(
        `Räknat ur ${minutes.length} protokoll${undated ? `, varav ${undated} utan datum` : ''}. Kallelser räknas inte: de visar vilka som kallats, inte vilka som kom.`,
        `Counted from ${minutes.length} sets of minutes${undated ? `, ${undated} without a date` : ''}. Agendas are not counted: they show who was invited, not who came.`,
      ),
    ],
  };
}
