import { type Archive, type AssignmentRef, caseKey, type ParagraphRef } from '../archive/archive.js';
import { assignmentState, dueSortKey } from '../view/assignments.js';
import { CODES } from './codes.js';
import { inRange, isLater, type ReportOptions, undatedLeftOut } from './options.js';
import { col, note, type Report } from './table.js';

/** Where an assignment stands in the follow-up report. */
export type FollowUpStatus = 'open' | 'due-soon' | 'overdue' | 'reported' | 'withdrawn' | 'unknown';

// Filler, and the words of standing items every meeting has ("Övriga frågor", "Föregående protokoll"):
// matching on them would mark any assignment as reported by the next meeting.
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

/** Titles match when most meaningful words of the shorter one stand in the other too. */
export function titlesMatch(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 2) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

interface FollowUpIndex {
  /** Each paragraph's place in `archive.paragraphs` (by body, then date). */
  order: Map<ParagraphRef, number>;
  /** `body|word` → the paragraphs whose title has that word, in archive order. */
  byWord: Map<string, ParagraphRef[]>;
  /** Case key → its paragraphs, in archive order. */
  byCase: Map<string, ParagraphRef[]>;
}

const indexes = new WeakMap<Archive, FollowUpIndex>();

/** How many later paragraphs sharing a title word (or the case) are looked at for a report-back. */
const MAX_SCAN = 200;

const push = (map: Map<string, ParagraphRef[]>, key: string, ref: ParagraphRef) => {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
};

/** Built once per archive: looking through every paragraph for every assignment is quadratic. */
function indexOf(archive: Archive): FollowUpIndex {
  let index = indexes.get(archive);
  if (!index) {
    const built: FollowUpIndex = { order: new Map(), byWord: new Map(), byCase: new Map() };
    archive.paragraphs.forEach((ref, i) => {
      built.order.set(ref, i);
      for (const w of words(ref.paragraph.title)) push(built.byWord, `${ref.body.id}|${w}`, ref);
      if (ref.paragraph.caseNumber) push(built.byCase, caseKey(ref.paragraph.caseNumber), ref);
    });
    indexes.set(archive, built);
    index = built;
  }
  return index;
}

/** The first paragraph of `list` after `ref` in archive order that comes later and passes `accept`. */
function firstLater(
  list: readonly ParagraphRef[],
  ref: ParagraphRef,
  order: Map<ParagraphRef, number>,
  accept: (p: ParagraphRef) => boolean,
): ParagraphRef | undefined {
  const at = order.get(ref) ?? -1;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((order.get(list[mid] as ParagraphRef) ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  // A report-back follows within some meetings; looking further costs time on large archives and
  // only finds coincidences.
  for (let i = lo; i < list.length && i < lo + MAX_SCAN; i++) {
    const p = list[i] as ParagraphRef;
    if (isLater(ref, p) && accept(p)) return p;
  }
  // Other bodies come before this one in archive order: a later date there counts too.
  for (let i = 0; i < lo; i++) {
    const p = list[i] as ParagraphRef;
    if (p.body.id !== ref.body.id && isLater(ref, p) && accept(p)) return p;
  }
  return undefined;
}

/**
 * The later paragraph that reports an assignment back: one in the same case (diarienummer), or with a
 * matching title, that comes after it. The report names it so the secretary can check.
 */
export function reportedBy(archive: Archive, ref: AssignmentRef): ParagraphRef | undefined {
  const index = indexOf(archive);
  const found: ParagraphRef[] = [];
  if (ref.paragraph.caseNumber) {
    const byCase = firstLater(index.byCase.get(caseKey(ref.paragraph.caseNumber)) ?? [], ref, index.order, () => true);
    if (byCase) found.push(byCase);
  }
  for (const w of words(ref.paragraph.title)) {
    const list = index.byWord.get(`${ref.body.id}|${w}`) ?? [];
    const byTitle = firstLater(list, ref, index.order, (p) => titlesMatch(ref.paragraph.title, p.paragraph.title));
    if (byTitle) found.push(byTitle);
  }
  return found.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0))[0];
}

/** The status of one assignment on `today`, and the paragraph that reported it back, if any. */
export function followUp(
  archive: Archive,
  ref: AssignmentRef,
  today: string,
): { status: FollowUpStatus; by?: ParagraphRef } {
  const state = assignmentState(ref.assignment, today);
  if (state === 'reported' || state === 'withdrawn') return { status: state };
  const by = reportedBy(archive, ref);
  if (by) return { status: 'reported', by };
  // Without a full due date nobody can tell whether it is late.
  if (state === 'unknown' || (state === 'open' && !ref.assignment.due)) return { status: 'unknown' };
  return { status: state };
}

const where = (p: ParagraphRef) => `${p.body.name} ${p.meeting.date ?? '(datum saknas)'} § ${p.paragraph.number}`;

/** `report assignments`: every assignment with its report-back date and status, by due date. */
export function assignmentsReport(archive: Archive, options: ReportOptions): Report {
  const refs = archive.assignments.filter(
    (a) => (options.body === undefined || a.body.id === options.body) && inRange(a.meeting, options),
  );
  const rows = refs
    .map((ref, index) => ({ ref, index, ...followUp(archive, ref, options.today) }))
    .filter((r) => !options.open || (r.status !== 'reported' && r.status !== 'withdrawn'))
    .sort((a, b) => {
      const ka = dueSortKey(a.ref.assignment.due);
      const kb = dueSortKey(b.ref.assignment.due);
      return ka < kb ? -1 : ka > kb ? 1 : a.index - b.index;
    })
    .map(({ ref, status, by }) => ({
      due: ref.assignment.due ?? null,
      status,
      assignee: ref.assignment.assignee,
      task: ref.assignment.task,
      reportTo: ref.assignment.reportTo ?? null,
      body: ref.body.name,
      meeting: ref.meeting.date ?? null,
      paragraph: ref.paragraph.number,
      reportedIn: by ? where(by) : null,
    }));
  const notes = [
    note(
      `Status bedöms per ${options.today}. "unknown": återrapporteringsdatum saknas eller saknar år. "reported": ett senare § i samma ärende eller med liknande rubrik; kontrollera.`,
      `Status as of ${options.today}. "unknown": no report-back date, or one without a year. "reported": a later § in the same case or with a similar title; check it.`,
    ),
  ];
  const skipped = undatedLeftOut(archive, options);
  if (skipped)
    notes.push(
      note(
        `${skipped} möten utan datum ingår inte i datumintervallet.`,
        `${skipped} meetings without a date are outside any date range.`,
      ),
    );
  return {
    kind: 'assignments',
    title: note('Uppdrag och återrapportering', 'Assignments and report-back'),
    tables: [
      {
        columns: [
          col('due', 'Återrapportering', 'Report back', 'partial-date'),
          { ...col('status', 'Status', 'Status'), codes: CODES.followUp },
          col('assignee', 'Uppdragstagare', 'Assignee'),
          col('task', 'Uppdrag', 'Task'),
          col('reportTo', 'Till', 'To'),
          col('body', 'Organ', 'Body'),
          col('meeting', 'Möte', 'Meeting', 'date'),
          col('paragraph', '§', '§', 'number'),
          col('reportedIn', 'Återrapporterat i', 'Reported in'),
        ],
        rows,
      },
    ],
    notes,
  };
}
