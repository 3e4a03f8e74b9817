import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import type { Role } from '../model/participant.js';

/**
 * The signature block of minutes ("Underskrifter · Sekreterare … · Ordförande … · Justerande …"), read
 * whichever way the page puts role and name. Printed pages write the role over or before the name
 * ("Sekreterare Anna Berg Ordförande Per Ek"); some write it after ("Anna Berg Sekreterare Per Ek
 * Ordförande"); flattened two-column pages put several roles first and the names after ("Sekreterare
 * Ordförande Justerande Anna Berg Per Ek Eva Ny"), and a label waiting from before the block ("Utses att
 * justera") may take the first name. Each reading is scored by how many names it places and how well it
 * agrees with what the rest of the record says of each person (a list that calls them "ordförande", a
 * title "sekreterare"); where two readings score alike and disagree, neither is taken.
 */

/** An item of a signature block in order: a role label or a person's name. */
export type SignatureItem =
  | { kind: 'label'; roles: readonly Role[]; no: number; optional?: boolean }
  | { kind: 'name'; name: string; no: number; party?: string; own?: readonly Role[] }
  /** Paragraph numbers between names ("Anna Berg §§ 1-5, Per Ek §§ 6-9"): the label goes on to the next name. */
  | { kind: 'range'; no: number };

/** A person the block gives a role. */
export interface Signed {
  name: string;
  roles: Role[];
  no: number;
  party?: string;
}

interface Reading {
  how: string;
  signed: Map<string, { roles: Set<Role>; no: number }>;
  placed: number;
  unplaced: number;
  empty: number;
}

const SIGNING: readonly Role[] = ['chair', 'secretary', 'adjuster'];

function give(r: Reading, name: string, roles: readonly Role[], no: number): void {
  const entry = r.signed.get(name) ?? { roles: new Set<Role>(), no };
  for (const role of roles) entry.roles.add(role);
  r.signed.set(name, entry);
}

/** Role before name: each name goes to the oldest label still waiting, or else to the last label that took one. */
function roleFirst(items: readonly SignatureItem[], withOptional: boolean): Reading {
  const r: Reading = {
    how: withOptional ? 'role-first+' : 'role-first',
    signed: new Map(),
    placed: 0,
    unplaced: 0,
    empty: 0,
  };
  const waiting: Extract<SignatureItem, { kind: 'label' }>[] = [];
  let last: Extract<SignatureItem, { kind: 'label' }> | undefined;
  let ranged = false;
  for (const item of items) {
    if (item.kind === 'range') {
      ranged = true;
      continue;
    }
    if (item.kind === 'label') {
      if (item.optional && !withOptional) continue;
      waiting.push(item);
      continue;
    }
    // A second name under one label: adjusters come in twos; a chair or a secretary only for other paragraphs.
    const more = waiting.length === 0 && last && (last.roles.includes('adjuster') || ranged) ? last : undefined;
    const label = waiting.shift() ?? more;
    ranged = false;
    if (!label) {
      r.unplaced++;
      continue;
    }
    give(r, item.name, label.roles, item.no);
    r.placed++;
    last = label;
  }
  r.empty = waiting.filter((l) => !l.optional).length;
  return r;
}

/** Name before role: the names since the last label take the next label. */
function nameFirst(items: readonly SignatureItem[]): Reading {
  const r: Reading = { how: 'name-first', signed: new Map(), placed: 0, unplaced: 0, empty: 0 };
  let names: Extract<SignatureItem, { kind: 'name' }>[] = [];
  for (const item of items) {
    if (item.kind === 'range') continue;
    if (item.kind === 'name') {
      names.push(item);
      continue;
    }
    if (item.optional) continue;
    if (names.length === 0) r.empty++;
    for (const n of names) {
      give(r, n.name, item.roles, n.no);
      r.placed++;
    }
    names = [];
  }
  r.unplaced += names.length;
  return r;
}

/**
 * How well a reading agrees with what else the record says: +2 for each role the rest confirms, -3 for a
 * signing role the rest gives someone else or contradicts, -1 for a politician (a party) as secretary.
 */
function agreement(
  r: Reading,
  evidence: ReadonlyMap<string, ReadonlySet<Role>>,
  politicians: ReadonlySet<string>,
): number {
  let score = 0;
  // One secretary and one chair sign, as a rule; two names under one of them is a sign of a misreading.
  const count = new Map<Role, number>();
  for (const { roles } of r.signed.values()) for (const role of roles) count.set(role, (count.get(role) ?? 0) + 1);
  if ((count.get('secretary') ?? 0) > 1) score -= 2;
  const holder = new Map<Role, string>();
  for (const [name, known] of evidence)
    for (const role of known) if (role === 'chair' || role === 'secretary') holder.set(role, name);
  for (const [name, { roles }] of r.signed) {
    const known = evidence.get(name);
    for (const role of roles) {
      if (known?.has(role)) score += 2;
      const other = holder.get(role);
      if (other && other !== name && (role === 'chair' || role === 'secretary')) score -= 3;
      if (known && SIGNING.includes(role)) {
        for (const k of known)
          if (k !== role && (k === 'chair' || k === 'secretary') && role !== 'adjuster') score -= 3;
      }
      if (role === 'secretary' && politicians.has(name)) score -= 1;
    }
  }
  return score;
}

/**
 * The roles a signature block gives, by the reading that places its names best and agrees best with the
 * rest of the record. `evidence` holds what the rest says of each name; `politicians` the names listed
 * with a party.
 */
export function readSignatureBlock(
  items: readonly SignatureItem[],
  evidence: ReadonlyMap<string, ReadonlySet<Role>>,
  politicians: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): Signed[] {
  if (!items.some((i) => i.kind === 'name')) return [];
  // "Underskrifter Anna Berg, ordförande Per Ek, sekreterare": names that say their own role need no reading.
  const own: Signed[] = [];
  for (const i of items) {
    if (i.kind !== 'name' || !i.own) continue;
    const roles = i.own.filter((r) => SIGNING.includes(r));
    if (roles.length > 0) own.push({ name: i.name, roles, no: i.no, ...(i.party ? { party: i.party } : {}) });
  }
  if (own.length > 0 && !items.some((i) => i.kind === 'label' && !i.optional)) return own;
  const readings = [roleFirst(items, false), nameFirst(items)];
  if (items.some((i) => i.kind === 'label' && i.optional)) readings.push(roleFirst(items, true));
  const scored = readings
    .map((r) => ({ r, score: 2 * r.placed - 2 * r.unplaced - r.empty + agreement(r, evidence, politicians) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0] as { r: Reading; score: number };
  const second = scored[1];
  let signed = best.r.signed;
  if (second && second.score >= best.score - 1 && !sameReading(best.r, second.r)) {
    // Two readings hold up: keep only what both say.
    signed = new Map();
    for (const [name, { roles, no }] of best.r.signed) {
      const other = second.r.signed.get(name);
      const both = [...roles].filter((role) => other?.roles.has(role));
      if (both.length > 0) signed.set(name, { roles: new Set(both), no });
    }
    const line = items.find((i) => i.kind === 'name')?.no;
    diagnostics.push(diagnostic('warning', 'signatures-ambiguous', {}, { line }));
  }
  const parties = new Map(items.flatMap((i) => (i.kind === 'name' && i.party ? [[i.name, i.party] as const] : [])));
  return [...signed].map(([name, { roles, no }]) => {
    const party = parties.get(name);
    return { name, roles: [...roles], no, ...(party ? { party } : {}) };
  });
}

function sameReading(a: Reading, b: Reading): boolean {
  if (a.signed.size !== b.signed.size) return false;
  for (const [name, { roles }] of a.signed) {
    const other = b.signed.get(name);
    if (!other || other.roles.size !== roles.size || [...roles].some((r) => !other.roles.has(r))) return false;
  }
  return true;
}
