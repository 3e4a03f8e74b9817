/**
 * Control characters (Unicode's Cc: C0, DEL and C1) in text that came from a document or a file name.
 * A NUL in a title makes libical reject a whole feed, an ESC sequence in a title or a file name can
 * rewrite a user's terminal, and HTML forbids most of them. Every text written to iCalendar, CSV,
 * HTML or a terminal goes through {@link stripControlChars}; file names are shown through
 * {@link escapeControlChars}, so the file can still be told apart and found.
 */

/** C0 except tab and line feed, a carriage return not ending a line, DEL, and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const STRIPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/gu;
/** Every control character, tab and line breaks included. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const ESCAPED = /[\u0000-\u001F\u007F-\u009F]/gu;

/**
 * The text without control characters. Tabs and line breaks (`\n`, `\r\n`) stay: they are layout,
 * not control; a lone `\r`, which would move a terminal's cursor back over the line, goes.
 * @example stripControlChars('Budget\u0000 2024\u001b[2J') // 'Budget 2024[2J'
 */
export function stripControlChars(text: string): string {
  return text.replace(STRIPPED, '');
}

/**
 * The text with every control character shown as an escape (`\x1b`, `\n`, `\t`, `\u0085`), so a file
 * name prints on one line, harmlessly, and still says which file it is.
 * @example escapeControlChars('protokoll\u001b[31m.pdf') // 'protokoll\\x1b[31m.pdf'
 */
export function escapeControlChars(text: string): string {
  return text.replace(ESCAPED, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
