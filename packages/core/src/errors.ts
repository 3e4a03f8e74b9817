import { type Diagnostic, formatDiagnostic } from './model/diagnostic.js';
import { ERROR_WORDS, type ErrorArgs, type ErrorReason } from './text/error-words.js';
import type { Label, Lang } from './text/words.js';

/**
 * What went wrong, for callers to map outward (the CLI to exit codes, the feed to HTTP statuses):
 * - `PARSE` a document or file could not be read as what it claims to be
 * - `INVALID` it was read but breaks the model; see `diagnostics`
 * - `NOT_FOUND` a file, folder or record that is not there
 * - `EXISTS` a write would overwrite something and was not asked to
 * - `TOO_LARGE` input over a size limit
 * - `IO` the file system failed
 * - `MISSING_DEPENDENCY` an optional package is not installed (the PDF and Word readers)
 */
export type SammantradeErrorCode =
  | 'PARSE'
  | 'INVALID'
  | 'NOT_FOUND'
  | 'EXISTS'
  | 'TOO_LARGE'
  | 'IO'
  | 'MISSING_DEPENDENCY';

/** The one error class of Sammanträde. Its message is a single line fit to show a user. */
export class SammantradeError extends Error {
  override readonly name = 'SammantradeError';
  readonly code: SammantradeErrorCode;
  /** The problems behind an `INVALID` error, each with file and line. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * What the caller could give to get past it: the body's `name` or the meeting's `date` a document does
   * not state, or leave to replace (`force`) a record that would otherwise be kept. Each app says it its way.
   */
  readonly wants?: 'body' | 'date' | 'force';
  /** Why, for programs, when core has words for it: the key of {@link ERROR_WORDS} (`no-such-file`, …). */
  readonly reason?: ErrorReason;
  /** The message in Swedish and English when core has words for it; `message` is the English. */
  readonly words?: Label;

  constructor(
    code: SammantradeErrorCode,
    message: string | Label,
    options: {
      cause?: unknown;
      diagnostics?: readonly Diagnostic[];
      wants?: 'body' | 'date' | 'force';
      reason?: ErrorReason;
    } = {},
  ) {
    super(
      typeof message === 'string' ? message : message.en,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.diagnostics = options.diagnostics ?? [];
    if (options.wants) this.wants = options.wants;
    if (options.reason) this.reason = options.reason;
    if (typeof message !== 'string') this.words = message;
  }
}

/**
 * A {@link SammantradeError} for `reason`, its message from core's words with `args`.
 * @internal for core's own errors.
 */
export function fault<R extends ErrorReason>(
  code: SammantradeErrorCode,
  reason: R,
  args: ErrorArgs<R>,
  options: { cause?: unknown; diagnostics?: readonly Diagnostic[]; wants?: 'body' | 'date' | 'force' } = {},
): SammantradeError {
  const words = (ERROR_WORDS[reason] as (a: ErrorArgs<R>) => Label)(args);
  return new SammantradeError(code, words, { ...options, reason });
}

/** An error's one-line message in a language: its words when core has them, else its `message`. */
export function errorMessage(error: SammantradeError, lang: Lang = 'en'): string {
  return error.words?.[lang] ?? error.message;
}

/** True for a {@link SammantradeError}, also across package copies. */
export function isSammantradeError(error: unknown): error is SammantradeError {
  return error instanceof Error && error.name === 'SammantradeError' && 'code' in error;
}

/**
 * An error as the lines a person should see: each diagnostic as `file:line: severity: message`, then
 * the error's own one-line message; never a stack trace. Anything that is not a {@link SammantradeError}
 * is a bug, shown as "unexpected error" with its first line.
 */
export function formatError(error: unknown, lang: Lang = 'en'): string[] {
  if (isSammantradeError(error)) {
    const lines = error.diagnostics.map((d) => formatDiagnostic(d, lang));
    return [...lines, errorMessage(error, lang)];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [ERROR_WORDS.unexpected({ detail: message.split('\n')[0] ?? '' })[lang]];
}
