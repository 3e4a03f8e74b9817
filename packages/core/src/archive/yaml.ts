import {
  constructFromEvents,
  defineScalarTag,
  EVENT_ID,
  mapTag,
  NOT_RESOLVED,
  parseEvents,
  Schema,
  seqTag,
  strTag,
} from 'js-yaml';
import { type Document, isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, stringify, visit } from 'yaml';
import type { z } from 'zod';
import { type Diagnostic, diagnostic } from '../model/diagnostic.js';
import { type RecordKind, recordSchemas } from '../model/json-schema.js';

/** The largest record file read, in bytes. A meeting with hundreds of paragraphs is far below it. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

/** A record read from YAML text, with a way back from a path inside it to its line. */
export interface ParsedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  record?: z.infer<(typeof recordSchemas)[K]>;
  diagnostics: Diagnostic[];
  /** The 1-based line of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const label = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

/** A schema's complaint about a record, said the way a person editing the YAML needs it. */
function issueDiagnostic(issue: z.core.$ZodIssue, where: { file?: string; line?: number }): Diagnostic {
  const path = label(issue.path);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined)
    return diagnostic('error', 'missing-field', { path }, where);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return diagnostic('error', 'unknown-fields', { path, keys, count: issue.keys.length }, where);
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return diagnostic('error', 'not-one-of', { path, value: JSON.stringify(issue.input), values }, where);
  }
  if (issue.code === 'invalid_type')
    return diagnostic('error', 'wrong-type', { path, expected: issue.expected, got: describe(issue.input) }, where);
  return diagnostic('error', 'invalid-field', { path, detail: issue.message }, where);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Line of the node at `path`, or of the closest ancestor present (a missing field points at its parent). */
function lineAt(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The line of an unknown key inside the mapping at `path`. */
function keyLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
  key: string,
): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return undefined;
}

/**
 * The YAML 1.2 core schema exactly as the `yaml` library resolves plain scalars (the reference for
 * what a record file means), for js-yaml, which reads the same files about four times faster.
 * `2023-10-11` and `09:00` stay strings (no YAML 1.1 timestamps or base-60 numbers), there are no
 * merge keys, and an explicit `!!int`-style tag is not resolved here, so such a file takes the
 * `yaml` path and means there what it always meant.
 */
const implicit = <T>(name: string, firstChars: string[], resolve: (source: string) => T | typeof NOT_RESOLVED) =>
  defineScalarTag(`tag:yaml.org,2002:${name}`, {
    implicit: true,
    implicitFirstChars: firstChars,
    resolve: (source, isExplicit) => (isExplicit ? NOT_RESOLVED : resolve(source)),
    identify: () => false, // load only: records are written by the `yaml` library
  });
const DIGITS = [...'0123456789'];
const CORE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag,
  implicit('null', ['', '~', 'n', 'N'], (s) => (/^(?:~|[Nn]ull|NULL)?$/.test(s) ? null : NOT_RESOLVED)),
  implicit('bool', ['t', 'T', 'f', 'F'], (s) =>
    /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s) ? s[0] === 't' || s[0] === 'T' : NOT_RESOLVED,
  ),
  implicit('int', ['-', '+', ...DIGITS], (s) => {
    if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s.slice(2), 16);
    return /^[-+]?[0-9]+$/.test(s) ? Number.parseInt(s, 10) : NOT_RESOLVED;
  }),
  implicit('float', ['-', '+', '.', ...DIGITS], (s) => {
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
      return s.slice(-3).toLowerCase() === 'nan' ? Number.NaN : s[0] === '-' ? -Infinity : Infinity;
    return /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s) ? Number.parseFloat(s) : NOT_RESOLVED;
  }),
]);

/**
 * The data of a YAML text through js-yaml, or undefined when js-yaml refuses it or the text uses what
 * records never need and the two libraries might read differently: tags, anchors and aliases,
 * directives (`%YAML 1.1` changes what `09:00` means), several documents.
 * @internal exported for the tests that hold it to the `yaml` library.
 */
export function loadQuickly(text: string): unknown {
  // Where the two libraries read a text differently, `yaml` decides: a carriage return alone (a line
  // break to js-yaml only), tabs (which `yaml` refuses in places js-yaml allows), a byte-order mark
  // inside the text. The record writer produces none of them.
  if (/[\t\uFEFF]|\r(?!\n)/.test(text)) return undefined;
  try {
    const events = parseEvents(text, { maxDepth: 64 });
    let documents = 0;
    for (const event of events) {
      if (event.type === EVENT_ID.DOCUMENT) {
        if (++documents > 1 || event.directives.length > 0) return undefined;
      } else if (
        event.type === EVENT_ID.ALIAS ||
        (event.type !== EVENT_ID.POP && (event.tagStart >= 0 || event.anchorStart >= 0))
      )
        return undefined;
    }
    const [data] = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, maxAliases: 0 });
    return data;
  } catch {
    return undefined;
  }
}

/** Aliases may expand into at most this many copies of what they name (a "billion laughs" file is refused). */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads one record of `kind` from YAML text. Never throws on content: YAML syntax errors and schema
 * violations come back as diagnostics with the file and line they are on.
 *
 * Valid files are read by js-yaml, which gives the same data as the `yaml` library on them; a file
 * that js-yaml refuses, or whose data the schema rejects, is read again by `yaml`, whose positions
 * give every problem its line. Lines of a valid record are worked out only when asked for.
 */
export function parseRecordYaml<K extends RecordKind>(text: string, kind: K, file?: string): ParsedRecord<K> {
  const source = text.replace(/^\uFEFF/, '');
  const data = loadQuickly(source);
  if (data !== undefined && data !== null) {
    const result = recordSchemas[kind].safeParse(data);
    if (result.success) {
      let located: { doc: Document; counter: LineCounter } | undefined;
      const lineOf = (path: readonly (string | number)[]) => {
        if (!located) {
          const counter = new LineCounter();
          located = { doc: parseDocument(source, { lineCounter: counter, uniqueKeys: true }), counter };
        }
        return lineAt(located.doc, located.counter, path);
      };
      return { kind, record: result.data as ParsedRecord<K>['record'], diagnostics: [], lineOf };
    }
  }
  return parseWithLines(source, kind, file);
}

/** The `yaml` library's reading of a record: slower, but every problem gets its line. */
function parseWithLines<K extends RecordKind>(text: string, kind: K, file?: string): ParsedRecord<K> {
  const counter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (line: number | undefined) => ({ ...(file ? { file } : {}), ...(line ? { line } : {}) });
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // A stack overflow on absurd nesting, say: the file is refused, the load goes on.
    diagnostics.push(diagnostic('error', 'yaml-unreadable', { detail: oneLine(error) }, at(1)));
    return { kind, diagnostics, lineOf: () => undefined };
  }
  const lineOf = (path: readonly (string | number)[]) => lineAt(doc, counter, path);

  for (const error of doc.errors) {
    const line = counter.linePos(error.pos[0]).line;
    const first = error.message.split('\n')[0] ?? error.message;
    const detail = first.replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push(diagnostic('error', 'yaml-syntax', { detail }, at(line)));
  }
  if (diagnostics.length > 0) return { kind, diagnostics, lineOf };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAliasLine(doc, counter);
    diagnostics.push(
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? diagnostic('error', 'yaml-aliases', { max: MAX_ALIAS_COUNT }, at(alias ?? 1))
        : diagnostic('error', 'yaml-unreadable', { detail: oneLine(error) }, at(alias ?? 1)),
    );
    return { kind, diagnostics, lineOf };
  }
  if (data === null || data === undefined) {
    diagnostics.push(diagnostic('error', 'empty-file', { kind }, at(1)));
    return { kind, diagnostics, lineOf };
  }
  const result = recordSchemas[kind].safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const line =
        issue.code === 'unrecognized_keys'
          ? (keyLine(doc, counter, path, issue.keys[0] ?? '') ?? lineOf(path))
          : lineOf(path);
      diagnostics.push(issueDiagnostic(issue, at(line)));
    }
    return { kind, diagnostics, lineOf };
  }
  return { kind, record: result.data as ParsedRecord<K>['record'], diagnostics, lineOf };
}

/** The line of the first alias in a document, where a runaway expansion starts. */
function firstAliasLine(doc: Document, counter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 200) ?? '';

/** Drops what a person need not read: absent values and empty lists. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined || child === null) continue;
      if (Array.isArray(child) && child.length === 0) continue;
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) continue;
      out[key] = prune(child);
    }
    return out;
  }
  return value;
}

/**
 * Writes a record as the YAML a person would write: no empty fields, long text as blocks,
 * and a first line pointing editors at the record's JSON Schema. Strings are quoted wherever a
 * YAML 1.1 reader (PyYAML, many others) would take them for something else: `15:00` would be the
 * number 900, `2024-03-20` a date object, `no` a boolean. Every reader then sees the same strings.
 */
export function stringifyRecordYaml(record: unknown, schemaPath?: string): string {
  const head = schemaPath ? `# yaml-language-server: $schema=${schemaPath}\n` : '';
  return (
    head +
    stringify(prune(record), { version: '1.1', lineWidth: 100, blockQuote: 'literal', aliasDuplicateObjects: false })
  );
}
