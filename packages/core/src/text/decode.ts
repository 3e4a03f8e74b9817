import { type Diagnostic, diagnostic } from '../model/diagnostic.js';

/** The result of {@link decodeText}: the text, or the one error that says why there is none. */
export type Decoded = { text: string; error?: undefined } | { text?: undefined; error: Diagnostic };

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * Decodes bytes as UTF-8 text, refusing what is not text: a file with NUL bytes (binary, or UTF-16)
 * or with bytes that are not UTF-8 (a Latin-1 "ä"). The error names the first bad line.
 * A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, file?: string): Decoded {
  const where = file ? { file } : {};
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const head = new TextDecoder('utf-8').decode(bytes.subarray(0, nul));
    return {
      error: diagnostic('error', 'not-text', {}, { ...where, line: lineAt(head, head.length) }),
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return {
      error: diagnostic('error', 'not-utf8', {}, { ...where, line: lineAt(lossy, lossy.indexOf('\uFFFD')) }),
    };
  }
}
