import { join } from 'node:path';
import { type Archive, archiveSearchIndex, bodyYears, caseSlug } from '@sammantrade/core';
import { writeFileAtomic } from '@sammantrade/core/node';
import { createApp } from './app.js';
import { createAssets, loadSearchScript } from './assets.js';
import { SEARCH_INDEX_FILE } from './pages/search.js';

/** Options for {@link buildStaticSite}. */
export interface StaticOptions {
  readonly archive: Archive;
  /** The folder to write into; created when missing. Files already there are replaced, others kept. */
  readonly outDir: string;
  /** The path the site will be published under: `''` (the root, default) or `/protokoll`. */
  readonly basePath?: string;
  readonly feedUrl?: string;
  readonly siteName?: string;
  /** The build's "today" (upcoming meetings, overdue assignments). Default: now. */
  readonly now?: () => Date;
  /** The browser search script; default the one the package build made, if any. */
  readonly searchScript?: string;
}

/** What {@link buildStaticSite} wrote. */
export interface StaticResult {
  /** Pages written, as site paths (`/organ/halsingeradet/`). */
  readonly pages: readonly string[];
  /** Every file written, relative to the output folder. */
  readonly files: readonly string[];
  /** False when the package was not built, so the site's search page cannot search. */
  readonly search: boolean;
}

/** The site path of every page the archive has. */
export function sitePaths(archive: Archive): string[] {
  const paths = ['/', '/arende/', '/uppdrag/', '/beslut/', '/sok/'];
  for (const body of archive.bodies) {
    paths.push(`/organ/${body.id}/`);
    for (const { year } of bodyYears(archive, body.id).years) paths.push(`/organ/${body.id}/ar/${year}/`);
    for (const meeting of archive.meetingsOf(body.id)) paths.push(`/organ/${body.id}/${meeting.id}/`);
  }
  for (const key of archive.cases.keys()) paths.push(`/arende/${encodeURIComponent(caseSlug(key))}/`);
  if (archive.programmes.length) {
    paths.push('/program/');
    for (const p of archive.programmes) paths.push(`/program/${p.id}/`);
  }
  return [...new Set(paths)];
}

/** The file a site path is kept in: `/organ/x/` → `organ/x/index.html`. Refuses anything that could leave the folder. */
export function fileOf(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  for (const s of segments) {
    if (s === '.' || s === '..' || /[/\\\0]/.test(s)) throw new Error(`unsafe path segment in ${path}`);
  }
  return [...segments, 'index.html'].join('/');
}

/**
 * Writes the archive as a static site: every page as `index.html` in its folder, the assets, a 404
 * page and the search index, rendered by the same app as the server (in its `static` mode), so a
 * body can publish its archive on any web server.
 */
export async function buildStaticSite(options: StaticOptions): Promise<StaticResult> {
  const searchScript = options.searchScript ?? (await loadSearchScript());
  const assets = createAssets(searchScript);
  const app = createApp({
    archive: options.archive,
    mode: 'static',
    assets,
    ...(options.basePath ? { basePath: options.basePath } : {}),
    ...(options.feedUrl ? { feedUrl: options.feedUrl } : {}),
    ...(options.siteName ? { siteName: options.siteName } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const files: string[] = [];
  const write = async (file: string, data: string) => {
    await writeFileAtomic(join(options.outDir, file), data, { overwrite: true });
    files.push(file);
  };
  const pages = sitePaths(options.archive);
  for (const path of pages) {
    const response = await app.request(path);
    if (response.status !== 200) throw new Error(`${path}: the page answered ${response.status}`);
    await write(fileOf(path), await response.text());
  }
  const missing = await app.request('/404-sidan-finns-inte/');
  await write('404.html', await missing.text());
  for (const asset of assets.all) await write(`assets/${asset.name}`, asset.body);
  // The index prebuilt, so the browser loads it instead of indexing the archive itself.
  await write(`sok/${SEARCH_INDEX_FILE}`, JSON.stringify(archiveSearchIndex(options.archive)));
  return { pages, files, search: searchScript !== undefined };
}
