import { createRequire } from 'node:module';

/**
 * This package's version, from its own package.json (asked for by the package's name, which finds it
 * from `src/` and from `dist/` alike): what it keeps in a store (the kept parts) is named by it, so
 * another release never takes the parts of this one for its own.
 */
export const CORE_VERSION: string = (
  createRequire(import.meta.url)('@sammantrade/core/package.json') as { version: string }
).version;
