import { ARCHIVE_DIAGNOSTIC_WORDS } from './archive-diagnostic-words.js';
import { PARSE_DIAGNOSTIC_WORDS } from './parse-diagnostic-words.js';

/**
 * Every diagnostic's words in Swedish and English, keyed by its stable `code`: a function of the
 * diagnostic's `args` giving a {@link Label}. The English is the diagnostic's `message`.
 */
export const DIAGNOSTIC_WORDS = { ...PARSE_DIAGNOSTIC_WORDS, ...ARCHIVE_DIAGNOSTIC_WORDS };

/** The stable code of a diagnostic, for programs to tell them apart (`no-date`, `weekday-mismatch`, …). */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_WORDS;

/** The facts a diagnostic's words fill in, by code. */
export type DiagnosticArgs<C extends DiagnosticCode> = Parameters<(typeof DIAGNOSTIC_WORDS)[C]>[0];
