import { z } from 'zod';
import type { RevisionState } from './revisions.js';

/** The stored revisions of a feed's events, as the feed keeps them between runs. */
const RevisionStateSchema = z.record(
  z.string(),
  z.strictObject({
    fingerprint: z.string(),
    sequence: z
      .number()
      .int()
      .nonnegative()
      .max(2 ** 31 - 1),
    lastModified: z.iso.datetime({ offset: true }),
  }),
);

/**
 * Reads stored revision state from its JSON text. Anything that is not valid state (damaged JSON,
 * another shape, a SEQUENCE that is not a whole number) gives the reason instead, so the caller can
 * keep the file and start again from the data rather than refuse to run or publish a broken feed.
 */
export function parseRevisionState(json: string): { state: RevisionState; error?: undefined } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { error: `not JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const result = RevisionStateSchema.safeParse(value);
  if (result.success) return { state: result.data };
  const issue = result.error.issues[0];
  return { error: `not calendar state (${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'wrong shape'})` };
}
