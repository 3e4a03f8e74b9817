import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/**
 * The real documents beside the repository (`../shared/seeds`, `../shared/corpus`), which CI lays out
 * there and a plain clone does not have. Tests that read them go through these helpers, so on a clone
 * without them they are skipped with one line saying what is missing, instead of crashing.
 */

/** `../shared/` as seen from the repository root (`SAMMANTRADE_SHARED_DIR` points elsewhere, to try a clone without it). */
export const SHARED_DIR =
  process.env.SAMMANTRADE_SHARED_DIR || fileURLToPath(new URL('../../shared/', import.meta.url));

/** The parts of `../shared` tests read. */
export type SharedPart = 'seeds' | 'corpus';

/** The path of `part` (and below it, `rest`) in `../shared`. */
export const sharedPath = (part: SharedPart, ...rest: string[]): string => join(SHARED_DIR, part, ...rest);

/** True when `../shared/<part>` is there. */
export const hasShared = (part: SharedPart): boolean => existsSync(sharedPath(part));

/** The one line a skipped test shows: what is missing, where it was looked for, and where CI has it. */
export const missingShared = (part: SharedPart): string =>
  `needs ../shared/${part}, missing at ${sharedPath(part)} (CI lays shared/ beside the repository)`;

/**
 * `describe(title, body)` when `../shared/<part>` is there; otherwise one skipped test whose name says
 * what is missing. `body` is not even run then, so it may read the files at its top.
 */
export function describeShared(part: SharedPart, title: string, body: () => void): void {
  if (hasShared(part)) describe(title, body);
  else describe(title, () => it.skip(missingShared(part), () => {}));
}

/** `it(title, fn, timeout)` when `../shared/<part>` is there; otherwise skipped, its name saying why. */
export function itShared(part: SharedPart, title: string, fn: () => unknown, timeout?: number): void {
  if (hasShared(part)) it(title, fn, timeout);
  else it.skip(`${title} (${missingShared(part)})`, () => {});
}
