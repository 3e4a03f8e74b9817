import { z } from 'zod';
import { escapeControlChars } from '../text/control.js';
import { DIAGNOSTIC_WORDS, type DiagnosticArgs, type DiagnosticCode } from '../text/diagnostic-words.js';
import type { Label, Lang } from '../text/words.js';

/** How serious a diagnostic is. `error` blocks a record; `warning` flags a fact that is missing or odd. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is. Parsed by {@link SeveritySchema}. */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem found while reading a document or an archive file, like a compiler's message.
 * `file` and `line` (1-based) say where; both are absent when the problem has no single place.
 * `message` is in English; `code` names the problem for programs (`no-date`, `weekday-mismatch`, …)
 * and `args` holds the facts its words fill in, so it can be said in Swedish ({@link formatDiagnostic}).
 */
export const DiagnosticSchema = z.strictObject({
  severity: SeveritySchema,
  message: z.string(),
  code: z.string().optional(),
  args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});
/** A problem found while reading a document or an archive file, like a compiler's message. Parsed by {@link DiagnosticSchema}. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

const SEVERITY = {
  sv: { error: 'fel', warning: 'varning', info: 'info', line: 'rad' },
  en: { error: 'error', warning: 'warning', info: 'info', line: 'line' },
} as const;

type Where = { file?: string | undefined; line?: number | undefined };

/**
 * A diagnostic with its `code`, `args` and the English `message` its words give.
 * @internal for core's readers; other code reads diagnostics, it does not make them.
 */
export function diagnostic<C extends DiagnosticCode>(
  severity: Severity,
  code: C,
  args: DiagnosticArgs<C>,
  where: Where = {},
): Diagnostic {
  // A loop and assignments, not entries, filter and spreads: readers make one for every doubt they leave out.
  const facts: Record<string, string | number | boolean> = {};
  let any = false;
  for (const key of Object.keys(args)) {
    const value = (args as Record<string, string | number | boolean | undefined>)[key];
    if (value === undefined) continue;
    facts[key] = value;
    any = true;
  }
  const out: Diagnostic = { severity, message: wordsOf(code, facts)?.en ?? code, code };
  if (any) out.args = facts;
  if (where.file !== undefined) out.file = where.file;
  if (where.line) out.line = where.line;
  return out;
}

/** The words of a code with its args; undefined for a code this version does not know. */
function wordsOf(code: string, args: Readonly<Record<string, unknown>>): Label | undefined {
  if (!Object.hasOwn(DIAGNOSTIC_WORDS, code)) return undefined;
  try {
    return (DIAGNOSTIC_WORDS[code as DiagnosticCode] as (a: unknown) => Label)(args);
  } catch {
    return undefined; // args of another version: its message still says it
  }
}

/**
 * A diagnostic's message in a language: Swedish from its `code` and `args`; English, and any diagnostic
 * without a known code, its `message`.
 */
export function diagnosticMessage(d: Diagnostic, lang: Lang = 'en'): string {
  if (lang === 'en' || !d.code) return d.message;
  return wordsOf(d.code, d.args ?? {})?.[lang] ?? d.message;
}

/**
 * `file:line: severity: message`, the one-line form the CLI prints; control characters in the file
 * name escaped. `lang` says it in Swedish ("varning: …") or English (the default).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = 'en'): string {
  const words = SEVERITY[lang] ?? SEVERITY.en;
  const where = d.file
    ? `${escapeControlChars(d.file)}${d.line ? `:${d.line}` : ''}: `
    : d.line
      ? `${words.line} ${d.line}: `
      : '';
  return `${where}${words[d.severity]}: ${diagnosticMessage(d, lang)}`;
}
