import { foldSwedish, stemSwedish, type Token, tokenize } from '../text/swedish-terms.js';
import type { QueryTerm } from './search-query.js';

/** A piece of a snippet; `match` marks the words the query found. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** Where each phrase of the query occurs in `tokens`, as [first, last] token indexes. */
function phraseSpans(tokens: readonly Token[], terms: readonly QueryTerm[]): [number, number][] {
  const spans: [number, number][] = [];
  const folded = tokens.map((t) => foldSwedish(t.word));
  for (const term of terms) {
    if (term.type !== 'phrase') continue;
    for (let i = 0; i + term.words.length <= folded.length; i++) {
      if (term.words.every((w, k) => folded[i + k] === w)) spans.push([i, i + term.words.length - 1]);
    }
  }
  return spans;
}

/** True when every phrase of the query occurs, word for word, in one of the texts. */
export function hasPhrases(texts: readonly string[], terms: readonly QueryTerm[]): boolean {
  const phrases = terms.filter((t) => t.type === 'phrase');
  if (phrases.length === 0) return true;
  const tokenized = texts.map(tokenize);
  return phrases.every((p) => tokenized.some((tokens) => phraseSpans(tokens, [p]).length > 0));
}

/**
 * The character ranges of `text` that the query matched: each word whose stem is one of `stems` (the
 * index terms a hit matched, prefixes and typos included), and each phrase.
 */
export function matchRanges(text: string, stems: ReadonlySet<string>, terms: readonly QueryTerm[]): [number, number][] {
  const tokens = tokenize(text);
  const ranges: [number, number][] = [];
  for (const t of tokens) if (stems.has(stemSwedish(t.word))) ranges.push([t.start, t.end]);
  for (const [a, b] of phraseSpans(tokens, terms)) ranges.push([(tokens[a] as Token).start, (tokens[b] as Token).end]);
  return ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
}

/** A passage of `text` around the first of `ranges`, cut at spaces, with every range in it marked. */
export function snippetOf(text: string, ranges: readonly [number, number][]): SnippetPart[] {
  const at = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, at - SNIPPET_BEFORE);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', match: false });
  let pos = start;
  for (const [from, to] of ranges) {
    if (to <= pos || from >= end) continue;
    const s = Math.max(from, pos);
    const e = Math.min(to, end);
    if (s > pos) parts.push({ text: text.slice(pos, s), match: false });
    parts.push({ text: text.slice(s, e), match: true });
    pos = e;
  }
  if (pos < end) parts.push({ text: text.slice(pos, end), match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
