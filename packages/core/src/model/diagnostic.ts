import { z } from 'zod';
import { escapeControlChars } from '../text/control.js';

/** How serious a diagnostic is. `error` blocks a record; `warning` flags a fact that is missing or odd. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a diagnostic is. Parsed by {@link SeveritySchema}. */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem found while reading a document or an archive file, like a compiler's message.
 * `file` and `line` (1-based) say where; both are absent when the problem has no single place.
 */
export const DiagnosticSchema = z.strictObject({
  severity: SeveritySchema,
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
});
/** A problem found while reading a document or an archive file, like a compiler's message. Parsed by {@link DiagnosticSchema}. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

const SEVERITY = {
  sv: { error: 'fel', warning: 'varning', info: 'info', line: 'rad' },
  en: { error: 'error', warning: 'warning', info: 'info', line: 'line' },
} as const;

/**
 * `file:line: severity: message`, the one-line form the CLI prints; control characters in the file
 * name escaped. `lang` names the severity ("varning" or "warning"; English by default).
 */
export function formatDiagnostic(d: Diagnostic, lang: 'sv' | 'en' = 'en'): string {
  const words = SEVERITY[lang] ?? SEVERITY.en;
  const where = d.file
    ? `${escapeControlChars(d.file)}${d.line ? `:${d.line}` : ''}: `
    : d.line
      ? `${words.line} ${d.line}: `
      : '';
  return `${where}${words[d.severity]}: ${d.message}`;
}
