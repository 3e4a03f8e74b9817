import { type Archive, caseKey, type ParagraphRef } from '../archive/archive.js';

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
