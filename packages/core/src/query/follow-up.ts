import type { Archive, AssignmentRef, ParagraphRef } from '../archive/archive.js';
import type { Paragraph } from '../model/paragraph.js';
import { caseKey } from '../model/primitives.js';
import { heldBy, isLater } from './order.js';

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

interface FollowUpIndex {
  /** Case key → its paragraphs. */
  byCase: Map<string, ParagraphRef[]>;
  /** `body|§` → the paragraphs of that body whose words name that §. */
  byReference: Map<string, ParagraphRef[]>;
  /** `body|§` → how many paragraphs of that body carry that number: a reference is clear only when one does. */
  numbered: Map<string, number>;
  /** `body|word` → the paragraphs whose title has that word. */
  byWord: Map<string, ParagraphRef[]>;
}

const indexes = new WeakMap<Archive, FollowUpIndex>();

const push = (map: Map<string, ParagraphRef[]>, key: string, ref: ParagraphRef) => {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
};

/** Built once per archive: looking through every paragraph for every assignment is quadratic. */
function indexOf(archive: Archive): FollowUpIndex {
  let index = indexes.get(archive);
  if (index) return index;
  index = { byCase: new Map(), byReference: new Map(), numbered: new Map(), byWord: new Map() };
  for (const ref of archive.paragraphs) {
    const body = ref.body.id;
    if (ref.paragraph.caseNumber) push(index.byCase, caseKey(ref.paragraph.caseNumber), ref);
    if (ref.meeting.kind !== 'agenda') {
      const key = `${body}|${ref.paragraph.number}`;
      // An extract repeats the paragraphs of its minutes: count each number once per set of minutes.
      if (ref.meeting.kind === 'minutes') index.numbered.set(key, (index.numbered.get(key) ?? 0) + 1);
      for (const n of namedParagraphs(ref.paragraph)) push(index.byReference, `${body}|${n}`, ref);
    }
    for (const w of words(ref.paragraph.title)) push(index.byWord, `${body}|${w}`, ref);
  }
  indexes.set(archive, index);
  return index;
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

/** The earliest paragraph of `list` that passes `accept`, by date where there is one. */
function earliest(list: readonly ParagraphRef[], accept: (p: ParagraphRef) => boolean): ParagraphRef | undefined {
  let best: ParagraphRef | undefined;
  for (const p of list) {
    if (!accept(p)) continue;
    if (!best || (p.meeting.date ?? '9999') < (best.meeting.date ?? '9999')) best = p;
  }
  return best;
}

/**
 * Looks for the report-back of `ref` in paragraphs held after it and on or before `today` (everything
 * in the archive when `today` is absent): held minutes in the same case, or naming its paragraph, are
 * evidence; an agenda item in the same case, or a paragraph with a title alike, is only a candidate.
 */
export function followUp(archive: Archive, ref: AssignmentRef, today?: string): FollowUp {
  const index = indexOf(archive);
  const after = (p: ParagraphRef) => isLater(archive, ref, p) && heldBy(archive, p.meeting, today) === true;
  const held = (p: ParagraphRef) => p.meeting.kind !== 'agenda' && p.meeting.status !== 'cancelled';
  const sameCase = ref.paragraph.caseNumber ? (index.byCase.get(caseKey(ref.paragraph.caseNumber)) ?? []) : [];
  const byCase = earliest(sameCase, (p) => held(p) && after(p));
  if (byCase) return { reportedIn: byCase, evidence: 'case' };
  const key = `${ref.body.id}|${ref.paragraph.number}`;
  if (ref.meeting.kind !== 'agenda' && index.numbered.get(key) === 1) {
    const named = earliest(index.byReference.get(key) ?? [], (p) => p.body.id === ref.body.id && held(p) && after(p));
    if (named) return { reportedIn: named, evidence: 'reference' };
  }
  const onAgenda = earliest(sameCase, (p) => !held(p) && after(p));
  if (onAgenda) return { possiblyIn: onAgenda, likeness: 'agenda' };
  const title = ref.paragraph.title;
  const alike = new Set<ParagraphRef>();
  for (const w of words(title)) for (const p of index.byWord.get(`${ref.body.id}|${w}`) ?? []) alike.add(p);
  const byTitle = earliest([...alike], (p) => after(p) && titlesLookAlike(title, p.paragraph.title));
  return byTitle ? { possiblyIn: byTitle, likeness: 'title' } : {};
}
