import { createRequire } from 'node:module';

/**
 * This package's version, from its package.json (one folder up from `src/` and from `dist/` alike):
 * what it makes and keeps elsewhere (a store's kept parts) is named by it, so another release never
 * takes the parts of this one for its own.
 */
export const CORE_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
