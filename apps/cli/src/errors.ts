import { formatDiagnostic, isSammantradeError } from '@sammantrade/core';
import { EXIT, type Io } from './io.js';

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Turns any failure into what a user should see: one line per problem, no stack trace,
 * and the exit code (2 for usage, 1 for everything else).
 */
export function reportFailure(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`sammantrade: ${error.message}\n`);
    return EXIT.usage;
  }
  if (isSammantradeError(error)) {
    for (const d of error.diagnostics) io.err(`${formatDiagnostic(d)}\n`);
    io.err(`sammantrade: ${error.message}\n`);
    return EXIT.problems;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`sammantrade: unexpected error: ${message.split('\n')[0]}\n`);
  if (process.env.SAMMANTRADE_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return EXIT.problems;
}
