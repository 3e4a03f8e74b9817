import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../test/source-files.js';
import { diagnostic, diagnosticMessage, formatDiagnostic } from '../model/diagnostic.js';
import { parseDocument } from '../parse/parse-document.js';
import { DIAGNOSTIC_WORDS } from './diagnostic-words.js';

const SRC = new URL('..', import.meta.url).pathname;

/** The arguments of the call whose `(` is at `open`, split at its top-level commas. */
function argumentsAt(text: string, open: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        out.push(text.slice(start, i));
        return out;
      }
    } else if (c === ',' && depth === 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return out;
}

/** Every code the source passes to `diagnostic(severity, code, …)` or an archive check's `say(…, code, …)`. */
function codesInSource(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(diagnostic|say)\(/g)) {
      const args = argumentsAt(text, (m.index ?? 0) + m[0].length - 1);
      const code = m[1] === 'diagnostic' ? args[1] : args[3];
      if (!code || !/^\s*'(error|warning|info)'\s*$/.test(args[0] ?? '')) continue;
      // `problem === 'gap' ? 'time-gap' : 'time-overlap'`: the codes are the ternary's branches.
      const branches = code.includes('?') ? code.slice(code.indexOf('?')) : code;
      for (const literal of branches.matchAll(/'([a-z0-9-]+)'/g)) codes.set(literal[1] as string, relative(SRC, file));
    }
  }
  return codes;
}

/** Arguments for any code: a value of the right kind for each name the words use. */
const argsFor = (code: string) =>
  new Proxy({} as Record<string, unknown>, {
    get: (_, key) => {
      const known: Record<string, unknown> = {
        place: code.startsWith('time-') ? 'next-start' : 'next-meeting',
        record: 'meeting',
        in: 'record',
        kind: 'meeting',
        actual: 'monday',
        stated: 'tuesday',
        current: 'decided',
        status: 'proposed',
      };
      if (typeof key !== 'string') return undefined;
      if (key in known) return known[key];
      return /count|cells|months|bodies|columns|total|number|line|max|year|day|from|to|bytes|limit/i.test(key)
        ? 2
        : 'X';
    },
  });

describe('the words of every diagnostic', () => {
  it('has Swedish and English words for every code the source uses', () => {
    const used = codesInSource();
    // A broken search must not pass for a clean source: the importer and the archive checks use dozens.
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter(([code]) => !Object.hasOwn(DIAGNOSTIC_WORDS, code));
    expect(missing, 'codes without words in text/*-diagnostic-words.ts').toEqual([]);
    const unused = Object.keys(DIAGNOSTIC_WORDS).filter((code) => !used.has(code));
    expect(unused, 'words for codes the source no longer uses').toEqual([]);
  });

  it('makes every diagnostic through diagnostic(): no message written by hand without a code', () => {
    const byHand = sourceFiles(SRC).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/severity: '(?:error|warning|info)'/g)].map(() => relative(SRC, file));
    });
    expect(byHand).toEqual([]);
  });

  it('says each code in both languages, and Swedish differs from English', () => {
    const same = ['word-warning']; // the Word reader's own message, as it gives it
    for (const [code, words] of Object.entries(DIAGNOSTIC_WORDS)) {
      const said = (words as (a: unknown) => { sv: string; en: string })(argsFor(code));
      expect(said.sv.trim(), code).not.toBe('');
      expect(said.en.trim(), code).not.toBe('');
      if (!same.includes(code)) expect(said.sv, code).not.toBe(said.en);
    }
  });

  it('keeps the English as the message, and says it in Swedish by its code and args', () => {
    const d = diagnostic(
      'warning',
      'weekday-mismatch',
      { date: '2024-03-05', actual: 'tuesday', stated: 'monday', place: 'next-meeting' },
      { file: 'a.txt', line: 3 },
    );
    expect(d).toEqual({
      severity: 'warning',
      message: 'next meeting: 2024-03-05 is a tisdag (tuesday), but the text says måndag',
      code: 'weekday-mismatch',
      args: { date: '2024-03-05', actual: 'tuesday', stated: 'monday', place: 'next-meeting' },
      file: 'a.txt',
      line: 3,
    });
    expect(formatDiagnostic(d)).toBe(`a.txt:3: warning: ${d.message}`);
    expect(formatDiagnostic(d, 'sv')).toBe(
      'a.txt:3: varning: nästa sammanträde: 2024-03-05 är en tisdag, men texten säger måndag',
    );
  });

  it('falls back to the message for a diagnostic without a code, or with one this version does not know', () => {
    expect(diagnosticMessage({ severity: 'info', message: 'from elsewhere' }, 'sv')).toBe('from elsewhere');
    expect(diagnosticMessage({ severity: 'info', message: 'newer', code: 'no-such-code' }, 'sv')).toBe('newer');
    expect(diagnosticMessage({ severity: 'info', message: 'odd', code: 'toString' }, 'sv')).toBe('odd');
  });

  it('gives a parsed document Swedish diagnostics that survive JSON', () => {
    const doc = parseDocument('PROTOKOLL\n\nKommunstyrelsen\n\n§ 1 Val av justerare\n');
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    for (const d of JSON.parse(JSON.stringify(doc.diagnostics)) as typeof doc.diagnostics) {
      expect(d.code).toBeDefined();
      expect(diagnosticMessage(d, 'en')).toBe(d.message);
      expect(diagnosticMessage(d, 'sv')).not.toBe(d.message);
    }
  });
});
