import type { Participant, Role } from '../model/participant.js';

/** A participant placed in one group, with the functions they also held (chair, adjuster …). */
export interface GroupedParticipant {
  readonly participant: Participant;
  /** The person's other roles, in {@link GROUP_ORDER} order. */
  readonly functions: readonly Role[];
}

/** The people of one role at a meeting, in the order the record lists them. */
export interface ParticipantGroup {
  readonly role: Role;
  readonly participants: readonly GroupedParticipant[];
}

/**
 * Which role decides a person's group when they hold several: being absent trumps everything, then
 * the seat they held (member, substitute, other participant); chair, secretary and the like are
 * functions on top of a seat, and form a group of their own only for someone with no seat.
 */
const PRECEDENCE: readonly Role[] = [
  'absent',
  'member',
  'substitute',
  'other',
  'chair',
  'vice-chair',
  'secretary',
  'adjuster',
  'presenter',
];

/** The order groups are shown in, as minutes list them: presiding first, absentees last. */
export const GROUP_ORDER: readonly Role[] = [
  'chair',
  'vice-chair',
  'member',
  'substitute',
  'secretary',
  'adjuster',
  'other',
  'presenter',
  'absent',
];

/**
 * Groups a meeting's participants by role, each person exactly once, for a list of attendance:
 * "Beslutande", "Ersättare", "Övriga deltagare", "Föredragande", "Ej närvarande".
 */
export function groupParticipants(participants: readonly Participant[]): ParticipantGroup[] {
  const groups = new Map<Role, GroupedParticipant[]>();
  for (const participant of participants) {
    const role = PRECEDENCE.find((r) => participant.roles.includes(r)) ?? 'other';
    const functions = GROUP_ORDER.filter((r) => r !== role && participant.roles.includes(r));
    const list = groups.get(role) ?? [];
    list.push({ participant, functions });
    groups.set(role, list);
  }
  return GROUP_ORDER.flatMap((role) => {
    const list = groups.get(role);
    return list ? [{ role, participants: list }] : [];
  });
}
