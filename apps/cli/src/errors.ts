import { isSammantradeError, type Lang, type SammantradeError } from '@sammantrade/core';
import { formatError } from '@sammantrade/core/node';
import { EXIT, type Io } from './io.js';

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FLAGS = {
  sv: { body: 'använd --body NAMN', date: 'använd --date ÅÅÅÅ-MM-DD', force: 'använd --force för att ersätta den' },
  en: { body: 'use --body NAME', date: 'use --date YYYY-MM-DD', force: 'use --force to replace it' },
} as const;

/** The flag that gets past an error core reports, when there is one: core names no flags itself. */
export function hint(error: SammantradeError, lang: Lang = 'sv'): string {
  const wants = error.wants ?? (error.code === 'EXISTS' ? 'force' : undefined);
  return wants ? ` (${FLAGS[lang][wants]})` : '';
}

/**
 * Turns any failure into what a user should see: one line per problem, no stack trace,
 * and the exit code (2 for usage, 1 for everything else).
 */
export function reportFailure(error: unknown, io: Io, lang: Lang = 'sv'): number {
  if (error instanceof UsageError) {
    io.err(`sammantrade: ${error.message}\n`);
    return EXIT.usage;
  }
  const lines = formatError(error, lang);
  for (const line of lines.slice(0, -1)) io.err(`${line}\n`);
  io.err(`sammantrade: ${lines.at(-1)}${isSammantradeError(error) ? hint(error, lang) : ''}\n`);
  if (isSammantradeError(error)) return EXIT.problems;
  if (process.env.SAMMANTRADE_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return EXIT.problems;
}
