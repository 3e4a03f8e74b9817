import type { Archive, ParagraphRef } from '../archive/archive.js';
import type { Decision } from '../model/decision.js';
import { caseKey } from '../model/primitives.js';
import { toldHistory } from '../parse/history.js';

/** One case (ärende, a diarienummer) as the archive knows it. */
export interface CaseSummary {
  /** The case number as the latest paragraph writes it. */
  readonly caseNumber: string;
  /** The path segment that names it: see {@link caseSlug}. */
  readonly slug: string;
  /** The title of its latest paragraph. */
  readonly title: string;
  /** The paragraphs that handled it, oldest first. */
  readonly paragraphs: readonly ParagraphRef[];
}

/**
 * A case number as one path segment that is also a safe file name, for URLs and static sites:
 * `GNS/10/2020` → `GNS~10~2020`, `KS 2023/123` → `KS_2023~123`. Slashes cannot stay (even encoded,
 * many web servers refuse `%2F`), and nothing may be left that a file system treats specially.
 */
export function caseSlug(caseNumber: string): string {
  return caseKey(caseNumber)
    .normalize('NFC')
    .replace(/\//g, '~')
    .replace(/\s+/g, '_')
    .replace(/[^\p{L}\p{N}~_-]/gu, '-');
}

const slugIndex = new WeakMap<Archive, Map<string, string>>();

/**
 * The paragraphs of the case named by `slugOrNumber`, a {@link caseSlug} or the case number itself
 * (`GNS/10/2020`, as from an encoded `%2F` URL); empty when the archive does not know it.
 */
export function findCase(archive: Archive, slugOrNumber: string): readonly ParagraphRef[] {
  const direct = archive.caseHistory(slugOrNumber);
  if (direct.length > 0) return direct;
  let index = slugIndex.get(archive);
  if (!index) {
    index = new Map();
    for (const key of archive.cases.keys()) if (!index.has(caseSlug(key))) index.set(caseSlug(key), key);
    slugIndex.set(archive, index);
  }
  const key = index.get(slugOrNumber);
  return key === undefined ? [] : archive.caseHistory(key);
}

/** Every case of the archive, ordered by case number (numbers compared as numbers). */
export function listCases(archive: Archive): CaseSummary[] {
  const cases: CaseSummary[] = [];
  for (const [key, paragraphs] of archive.cases) {
    const latest = paragraphs.at(-1);
    if (!latest) continue;
    cases.push({
      caseNumber: latest.paragraph.caseNumber ?? key,
      slug: caseSlug(key),
      title: latest.paragraph.title,
      paragraphs,
    });
  }
  const collator = new Intl.Collator('sv', { numeric: true });
  return cases.sort((a, b) => collator.compare(a.caseNumber, b.caseNumber));
}

/**
 * One step of a case's history: `quoted` an earlier decision an agenda quotes (its own date, body and §),
 * `record` a paragraph of minutes or an agenda item with the case number, `told` an earlier step the
 * case's text tells of ("behandlades på regionens samverkansråds sammanträde den 9 november 2020"),
 * `mentioned` another matter whose text names the case.
 */
export interface CaseStep {
  readonly kind: 'quoted' | 'record' | 'told' | 'mentioned';
  readonly date?: string;
  /** The name of the body that took the step; absent when the text does not say whose step it was. */
  readonly body?: string;
  readonly paragraph?: number;
  readonly title: string;
  readonly decisions: readonly Decision[];
  /** For an agenda item: what it proposes ("Förslag till beslut"). */
  readonly proposal?: string;
  /** For `told`: the sentence that tells it. */
  readonly text?: string;
  /** Where the step is found: the paragraph quoting, telling or being it. */
  readonly in: ParagraphRef;
}

const PROPOSAL = /^förslag till beslut:?$/i;

/**
 * The history of one case across the archive, oldest first (undated steps last): every paragraph with the
 * case number, the earlier decisions agendas quote for it, the earlier steps its text tells of, and the
 * paragraphs of other matters whose text names it. Each step carries the body that took it, as the
 * records say: a quoted decision or a told step keeps its own body, never the quoting record's.
 */
export function caseSteps(archive: Archive, caseNumber: string): CaseStep[] {
  const key = caseKey(caseNumber);
  const steps: CaseStep[] = [];
  const seen = new Set<string>();
  const add = (step: CaseStep) => {
    const id = `${step.date}|${step.body}|${step.paragraph}|${step.kind === 'told' ? step.text : step.kind}`;
    if (seen.has(id)) return;
    seen.add(id);
    steps.push(step);
  };
  const refs = archive.caseHistory(caseNumber);
  for (const ref of refs) {
    for (const entry of ref.paragraph.history) {
      add({
        kind: 'quoted',
        ...(entry.date ? { date: entry.date } : {}),
        body: entry.body ?? ref.body.name,
        ...(entry.paragraph !== undefined ? { paragraph: entry.paragraph } : {}),
        title: entry.title ?? ref.paragraph.title,
        decisions: entry.decisions,
        ...(entry.text && !entry.decisions.length ? { text: entry.text } : {}),
        in: ref,
      });
    }
    const proposal = ref.paragraph.sections.find((s) => PROPOSAL.test(s.heading))?.text;
    add({
      kind: 'record',
      ...(ref.meeting.date ? { date: ref.meeting.date } : {}),
      body: ref.body.name,
      paragraph: ref.paragraph.number,
      title: ref.paragraph.title,
      decisions: ref.paragraph.decisions,
      ...(proposal ? { proposal } : {}),
      in: ref,
    });
  }
  for (const ref of refs) {
    const text = [ref.paragraph.text ?? '', ...ref.paragraph.sections.map((x) => x.text)].join('\n');
    for (const told of toldHistory(text, ref.meeting.date)) {
      // "nämndens sammanträde" in the record of a nämnd is its own; a sentence naming no body names none.
      const body = told.body === 'own' ? ref.body.name : told.body;
      // A step the records already hold (the quoted extract of the same decision) is not told again.
      const known = steps.some(
        (s) =>
          s.kind !== 'told' &&
          s.date === told.date &&
          (body === undefined || s.body === body) &&
          (told.paragraph === undefined || s.paragraph === told.paragraph),
      );
      if (known) continue;
      add({
        kind: 'told',
        date: told.date,
        ...(body ? { body } : {}),
        ...(told.paragraph !== undefined ? { paragraph: told.paragraph } : {}),
        title: ref.paragraph.title,
        decisions: [],
        text: told.sentence,
        in: ref,
      });
    }
  }
  // Mentions: "Projekt Digital transformation (GNS/8/2019)" in another matter's text.
  const pattern = new RegExp(`(^|[^\\w/])${key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/])`, 'i');
  for (const ref of archive.paragraphs) {
    if (ref.paragraph.caseNumber && caseKey(ref.paragraph.caseNumber) === key) continue;
    const text = [ref.paragraph.text ?? '', ...ref.paragraph.sections.map((x) => x.text)].join('\n');
    if (!pattern.test(text)) continue;
    add({
      kind: 'mentioned',
      ...(ref.meeting.date ? { date: ref.meeting.date } : {}),
      body: ref.body.name,
      paragraph: ref.paragraph.number,
      title: ref.paragraph.title,
      decisions: [],
      in: ref,
    });
  }
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => (a.step.date ?? '9999').localeCompare(b.step.date ?? '9999') || a.index - b.index)
    .map(({ step }) => step);
}
