import type { Archive } from '../archive/archive.js';
import type { Role } from '../model/participant.js';
import { type MeetingFilter, meetingsIn } from './filter.js';

/** One person's attendance across the minutes asked about. */
export interface PersonAttendance {
  readonly name: string;
  readonly party?: string;
  /** The municipality or organisation the person represents, as the latest record gives it. */
  readonly place?: string;
  readonly attended: number;
  readonly absent: number;
  /** Whom they stood in for as a substitute. */
  readonly substituteFor: readonly string[];
  readonly roles: readonly Role[];
}

/** One municipality's or organisation's attendance. */
export interface PlaceAttendance {
  readonly place: string;
  /** Meetings where someone of it was present. */
  readonly meetings: number;
  /** People present, counted per meeting. */
  readonly attended: number;
  readonly absent: number;
}

/** Attendance per person and per place, from minutes only: an agenda shows who was invited, not who came. */
export interface Attendance {
  readonly people: readonly PersonAttendance[];
  readonly places: readonly PlaceAttendance[];
  /** How many sets of minutes it is counted from, and how many of them have no date. */
  readonly minutes: number;
  readonly undated: number;
}

interface Person {
  name: string;
  party?: string;
  place?: string;
  attended: number;
  absent: number;
  substituteFor: Set<string>;
  roles: Set<Role>;
}

/** Who attended the minutes the filter covers. */
export function attendance(archive: Archive, filter: MeetingFilter = {}): Attendance {
  const minutes = meetingsIn(archive, filter).filter((m) => m.kind === 'minutes');
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
  return {
    people: [...people.values()]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((p) => ({ ...p, substituteFor: [...p.substituteFor], roles: [...p.roles] })),
    places: [...places.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([place, r]) => ({ place, meetings: r.meetings.size, attended: r.attended, absent: r.absent })),
    minutes: minutes.length,
    undated: minutes.filter((m) => !m.date).length,
  };
}
