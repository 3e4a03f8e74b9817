import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { FAVICON_SVG } from './favicon.js';
import { STYLESHEET } from './style.js';

/** A file the viewer serves under /assets/. */
export interface Asset {
  /** The file name, with a content hash where it may be cached for good. */
  readonly name: string;
  readonly type: string;
  readonly body: string;
  /** True when the name carries a content hash, so it can be cached forever. */
  readonly immutable: boolean;
}

/** The viewer's assets, by role. `search` is the static site's search script, absent until built. */
export interface Assets {
  readonly style: Asset;
  readonly favicon: Asset;
  readonly search?: Asset;
  /** Every asset, for serving and for writing a static site. */
  readonly all: readonly Asset[];
}

const hashed = (stem: string, ext: string, type: string, body: string): Asset => ({
  name: `${stem}-${createHash('sha256').update(body).digest('hex').slice(0, 10)}.${ext}`,
  type,
  body,
  immutable: true,
});

/**
 * Where the build puts the browser bundle of the static site's search (see tsup.config.ts). From
 * src/ and from dist/ alike the package root is one folder up.
 */
export const SEARCH_SCRIPT_FILE = new URL('../dist/client/search.global.js', import.meta.url);

/** Reads the built search script; undefined when the package has not been built. */
export async function loadSearchScript(file: URL = SEARCH_SCRIPT_FILE): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The assets, given the search script when there is one. */
export function createAssets(searchScript?: string): Assets {
  const style = hashed('style', 'css', 'text/css; charset=utf-8', STYLESHEET);
  const favicon: Asset = { name: 'favicon.svg', type: 'image/svg+xml', body: FAVICON_SVG, immutable: false };
  const search =
    searchScript === undefined ? undefined : hashed('search', 'js', 'text/javascript; charset=utf-8', searchScript);
  return { style, favicon, ...(search ? { search } : {}), all: [style, favicon, ...(search ? [search] : [])] };
}
