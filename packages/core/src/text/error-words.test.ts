import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../../test/source-files.js';
import { errorMessage, formatError, isSammantradeError } from '../errors.js';
import { readRegularFile } from '../node/files.js';
import { ERROR_WORDS } from './error-words.js';

const SRC = new URL('..', import.meta.url).pathname;

describe('the words of core’s errors', () => {
  it('has Swedish and English words for every reason the source gives', () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, 'utf8');
      // fault('IO', 'no-such-file', …), and the reasons of the file helpers (ioError(path, 'is-folder', …)).
      for (const m of text.matchAll(/\b(?:fault\(\s*[^,]+,\s*|ioError\(\s*\w+,\s*)([^,]+),/g))
        for (const literal of (m[1] as string).replace(/^[^?]*\?/, '').matchAll(/'([a-z0-9-]+)'/g))
          used.set(literal[1] as string, relative(SRC, file));
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter(([reason]) => !Object.hasOwn(ERROR_WORDS, reason))).toEqual([]);
  });

  it('says every reason differently in Swedish and English', () => {
    const args = new Proxy({} as Record<string, unknown>, {
      get: (_, key) =>
        key === 'kind'
          ? 'fifo'
          : key === 'doing'
            ? 'sync'
            : key === 'claimed'
              ? 'pdf'
              : key === 'known'
                ? []
                : key === 'line' || key === 'problem'
                  ? { sv: 'på svenska', en: 'in English' }
                  : typeof key === 'string' && /count|pages|page|limit|parts|max/.test(key)
                    ? 2
                    : 'X',
    });
    for (const [reason, words] of Object.entries(ERROR_WORDS)) {
      const said = (words as (a: unknown) => { sv: string; en: string })(args);
      expect(said.sv, reason).not.toBe(said.en);
      expect(said.sv, reason).not.toMatch(/undefined/);
    }
  });

  it('keeps the English message and says it in Swedish', async () => {
    const error = await readRegularFile('/nonexistent/protokoll.txt', 1000).catch((e: unknown) => e);
    expect(isSammantradeError(error)).toBe(true);
    if (!isSammantradeError(error)) return;
    expect(error.code).toBe('NOT_FOUND');
    expect(error.reason).toBe('no-such-file');
    expect(error.message).toBe('/nonexistent/protokoll.txt: no such file');
    expect(errorMessage(error, 'sv')).toBe('/nonexistent/protokoll.txt: filen finns inte');
    expect(formatError(error, 'sv')).toEqual(['/nonexistent/protokoll.txt: filen finns inte']);
    expect(formatError(new Error('boom'), 'sv')).toEqual(['oväntat fel: boom']);
  });
});
