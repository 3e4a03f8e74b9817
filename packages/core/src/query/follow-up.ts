import type { Archive, AssignmentRef, ParagraphRef } from '../archive/archive.js';
import type { Paragraph } from '../model/paragraph.js';
import { dateBounds, isLater } from './order.js';

/**
 * Finding the report-back of an assignment in later records. Evidence is a later paragraph of held
 * minutes in the same case (diarienummer), or one that names the assignment's paragraph ("§ 617"). A
 * title that looks alike is only a candidate: a person must check it, and it never counts as reported.
 */

/** How a later paragraph shows that an assignment was reported back. */
export type Evidence = 'case' | 'reference';

/** Why a later paragraph may be the report-back, though it does not show it. */
export type Likeness = 'title' | 'agenda';

// Filler, and the words of standing items every meeting has ("Övriga frågor", "Föregående protokoll"):
// matching on them would make any assignment look reported by the next meeting.
const STOP = new Set(
  'och för till från med samt inom efter rapport information informationer övriga frågor mötets öppnande avslutande föregående protokoll protokollet justerare justering dagordning dagordningen nästa möte godkännande föredragningslista'.split(
    ' ',
  ),
);

const wordCache = new Map<string, Set<string>>();

/** The words of a title that carry its meaning: lower-case, four letters or more, no filler. */
function words(title: string): Set<string> {
  let set = wordCache.get(title);
  if (!set) {
    set = new Set(
      title
        .toLowerCase()
        .replace(/\([a-zåäö, ]*\)/g, ' ')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length >= 4 && !STOP.has(w)),
    );
    if (wordCache.size > 100_000) wordCache.clear();
    wordCache.set(title, set);
  }
  return set;
}

/** Titles look alike when most meaningful words of the shorter one stand in the other too. */
export function titlesLookAlike(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 2) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

/** The § numbers a paragraph's own words name ("enligt beslut § 617", "§§ 612–614"). */
function namedParagraphs(p: Paragraph): Set<number> {
  const texts = [p.text ?? '', ...p.sections.map((s) => s.text), ...p.decisions.map((d) => d.text)];
  const out = new Set<number>();
  for (const text of texts) {
    for (const m of text.matchAll(/§§?\s*(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?/g)) {
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : from;
      for (let n = from; n <= to && n - from < 50; n++) out.add(n);
    }
  }
  out.delete(p.number);
  return out;
}

/** What is looked up of one body's paragraphs; the same case in any body is `archive.caseHistory`. */
interface BodyIndex {
  /** `§` → the paragraphs of the body whose words name that §. */
  byReference: Map<number, ParagraphRef[]>;
  /** `§` → how many paragraphs of the body carry that number: a reference is clear only when one does. */
  numbered: Map<number, number>;
  /** Word → the paragraphs whose title has that word; made when first asked for (only candidates need it). */
  byWord?: Map<string, ParagraphRef[]>;
}

const indexes = new WeakMap<Archive, Map<string, BodyIndex>>();

const push = <K>(map: Map<K, ParagraphRef[]>, key: K, ref: ParagraphRef) => {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
};

const byBody = new WeakMap<Archive, Map<string, ParagraphRef[]>>();

/** The paragraphs of one body, the archive's own refs in its order (grouped in one pass per archive). */
function paragraphsOf(archive: Archive, bodyId: string): readonly ParagraphRef[] {
  let groups = byBody.get(archive);
  if (!groups) {
    groups = new Map();
    for (const ref of archive.paragraphs) push(groups, ref.body.id, ref);
    byBody.set(archive, groups);
  }
  return groups.get(bodyId) ?? [];
}

/**
 * Built once per archive and body, when an assignment of the body is first looked up: looking through
 * every paragraph for every assignment is quadratic, and indexing every body for one body's
 * assignments makes an edit of one body cost the whole archive.
 */
function indexOf(archive: Archive, bodyId: string): BodyIndex {
  let bodies = indexes.get(archive);
  if (!bodies) {
    bodies = new Map();
    indexes.set(archive, bodies);
  }
  let index = bodies.get(bodyId);
  if (index) return index;
  index = { byReference: new Map(), numbered: new Map() };
  for (const ref of paragraphsOf(archive, bodyId)) {
    if (ref.meeting.kind === 'agenda') continue;
    const n = ref.paragraph.number;
    // An extract repeats the paragraphs of its minutes: count each number once per set of minutes.
    if (ref.meeting.kind === 'minutes') index.numbered.set(n, (index.numbered.get(n) ?? 0) + 1);
    for (const named of namedParagraphs(ref.paragraph)) push(index.byReference, named, ref);
  }
  bodies.set(bodyId, index);
  return index;
}

function wordIndexOf(archive: Archive, bodyId: string): Map<string, ParagraphRef[]> {
  const index = indexOf(archive, bodyId);
  if (!index.byWord) {
    index.byWord = new Map();
    for (const ref of paragraphsOf(archive, bodyId))
      for (const w of words(ref.paragraph.title)) push(index.byWord, w, ref);
  }
  return index.byWord;
}

/** What the later records say of one assignment's report-back. */
export interface FollowUp {
  /** The paragraph that shows it was reported back, and how. */
  reportedIn?: ParagraphRef;
  evidence?: Evidence;
  /** A paragraph that may be the report-back but does not show it, for a person to check. */
  possiblyIn?: ParagraphRef;
  likeness?: Likeness;
}

/** A later paragraph {@link followUp} may answer with, and the last day its meeting can have been held on. */
export interface Lead {
  readonly ref: ParagraphRef;
  /** Absent when nothing bounds it (then it counts as held only without a day). */
  readonly latest?: string;
}

/**
 * What {@link followUp} looks through for one paragraph's assignments, found without a day: the
 * paragraphs after it that would show the report-back (`case`, `reference`) or only might (`agenda`,
 * `title`), each list by date, undated last. Which of them count depends on the day only through
 * `latest`, so the lists can be kept and the day asked later.
 */
export interface FollowUpLeads {
  readonly case: readonly Lead[];
  readonly reference: readonly Lead[];
  readonly agenda: readonly Lead[];
  readonly title: readonly Lead[];
}

/** Leads given to an archive read in part (see {@link giveLeads}), by paragraph. */
const given = new WeakMap<Archive, WeakMap<Paragraph, FollowUpLeads>>();

/**
 * Gives `archive` the leads of some of its paragraphs, found in a larger archive (see
 * {@link findLeads}): {@link followUp} then answers for them from these, as it would from that archive.
 * @internal for a store that reads a meeting without the rest of its body.
 */
export function giveLeads(archive: Archive, leads: ReadonlyMap<Paragraph, FollowUpLeads>): void {
  let map = given.get(archive);
  if (!map) {
    map = new WeakMap();
    given.set(archive, map);
  }
  for (const [paragraph, found] of leads) map.set(paragraph, found);
}

/** Meeting date order, undated last (a stable sort: equals keep the order they were found in). */
const byDate = (a: ParagraphRef, b: ParagraphRef): number => {
  const da = a.meeting.date ?? '9999';
  const db = b.meeting.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : 0;
};

function leads(archive: Archive, list: readonly ParagraphRef[], accept: (p: ParagraphRef) => boolean): Lead[] {
  return list
    .filter(accept)
    .sort(byDate)
    .map((p) => {
      const { latest } = dateBounds(archive, p.meeting);
      return latest === undefined ? { ref: p } : { ref: p, latest };
    });
}

const held = (p: ParagraphRef) => p.meeting.kind !== 'agenda' && p.meeting.status !== 'cancelled';

/** The leads that would show the report-back (`case`, `reference`). */
function evidenceLeads(archive: Archive, ref: ParagraphRef): Pick<FollowUpLeads, 'case' | 'reference'> {
  const later = (p: ParagraphRef) => isLater(archive, ref, p);
  const sameCase = ref.paragraph.caseNumber ? archive.caseHistory(ref.paragraph.caseNumber) : [];
  const byCase = leads(archive, sameCase, (p) => held(p) && later(p));
  const number = ref.paragraph.number;
  let reference: Lead[] = [];
  if (ref.meeting.kind !== 'agenda') {
    const index = indexOf(archive, ref.body.id);
    if (index.numbered.get(number) === 1)
      reference = leads(archive, index.byReference.get(number) ?? [], (p) => held(p) && later(p));
  }
  return { case: byCase, reference };
}

/** The leads that only might be the report-back (`agenda`, `title`). */
function candidateLeads(archive: Archive, ref: ParagraphRef): Pick<FollowUpLeads, 'agenda' | 'title'> {
  const later = (p: ParagraphRef) => isLater(archive, ref, p);
  const sameCase = ref.paragraph.caseNumber ? archive.caseHistory(ref.paragraph.caseNumber) : [];
  const agenda = leads(archive, sameCase, (p) => !held(p) && later(p));
  const title = ref.paragraph.title;
  const byWord = wordIndexOf(archive, ref.body.id);
  const alike = new Set<ParagraphRef>();
  for (const w of words(title)) for (const p of byWord.get(w) ?? []) alike.add(p);
  return { agenda, title: leads(archive, [...alike], (p) => later(p) && titlesLookAlike(title, p.paragraph.title)) };
}

/** Every lead of `ref`'s paragraph in `archive` (see {@link FollowUpLeads}): what a store keeps. */
export function findLeads(archive: Archive, ref: ParagraphRef): FollowUpLeads {
  return { ...evidenceLeads(archive, ref), ...candidateLeads(archive, ref) };
}

/**
 * The first lead whose meeting was held by `today` (any, without a day).
 * @internal exported for its test.
 */
export function firstHeld(list: readonly Lead[], today: string | undefined): ParagraphRef | undefined {
  for (const lead of list)
    if (today === undefined || (lead.latest !== undefined && lead.latest <= today)) return lead.ref;
  return undefined;
}

/**
 * The leads of `list` that {@link followUp} can answer with on some day: the first (what it answers
 * without a day), and each bounded earlier than every bounded one before it (on any day it answers with
 * the first held by then, and one held no sooner than an earlier lead never comes first). What a store
 * keeps; on every day the answer from these is that from the whole list.
 * @internal for a store.
 */
export function reachableLeads(list: readonly Lead[]): Lead[] {
  const out: Lead[] = [];
  let bound: string | undefined;
  list.forEach((lead, i) => {
    if (i === 0 || (lead.latest !== undefined && (bound === undefined || lead.latest < bound))) out.push(lead);
    if (lead.latest !== undefined && (bound === undefined || lead.latest < bound)) bound = lead.latest;
  });
  return out;
}

/**
 * Looks for the report-back of `ref` in paragraphs held after it and on or before `today` (everything
 * in the archive when `today` is absent): held minutes in the same case, or naming its paragraph, are
 * evidence; an agenda item in the same case, or a paragraph with a title alike, is only a candidate.
 * Without `candidates`, only evidence is looked for (what decides whether the assignment is open).
 */
export function followUp(archive: Archive, ref: AssignmentRef, today?: string, candidates = true): FollowUp {
  const stored = given.get(archive)?.get(ref.paragraph);
  const evidence = stored ?? evidenceLeads(archive, ref);
  const byCase = firstHeld(evidence.case, today);
  if (byCase) return { reportedIn: byCase, evidence: 'case' };
  const named = firstHeld(evidence.reference, today);
  if (named) return { reportedIn: named, evidence: 'reference' };
  if (!candidates) return {};
  const maybe = stored ?? candidateLeads(archive, ref);
  const onAgenda = firstHeld(maybe.agenda, today);
  if (onAgenda) return { possiblyIn: onAgenda, likeness: 'agenda' };
  const byTitle = firstHeld(maybe.title, today);
  return byTitle ? { possiblyIn: byTitle, likeness: 'title' } : {};
}
