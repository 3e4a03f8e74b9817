import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument, stringify } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../model/diagnostic.js';
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

function issueMessage(issue: z.core.$ZodIssue): string {
  const at = label(issue.path);
  const where = at ? `${at}: ` : '';
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined)
    return `missing field "${at}"`;
  if (issue.code === 'unrecognized_keys')
    return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') {
    return `${where}${JSON.stringify(issue.input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') return `${where}expected ${issue.expected}, got ${describe(issue.input)}`;
  return `${where}${issue.message}`;
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
 * Reads one record of `kind` from YAML text. Never throws on content: YAML syntax errors and schema
 * violations come back as diagnostics with the file and line they are on.
 */
export function parseRecordYaml<K extends RecordKind>(text: string, kind: K, file?: string): ParsedRecord<K> {
  const counter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (line: number | undefined) => ({ ...(file ? { file } : {}), ...(line ? { line } : {}) });
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineOf = (path: readonly (string | number)[]) => lineAt(doc, counter, path);

  for (const error of doc.errors) {
    const line = counter.linePos(error.pos[0]).line;
    const first = error.message.split('\n')[0] ?? error.message;
    diagnostics.push({
      severity: 'error',
      message: `YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
      ...at(line),
    });
  }
  if (diagnostics.length > 0) return { kind, diagnostics, lineOf };

  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || data === undefined) {
    diagnostics.push({ severity: 'error', message: `the file is empty; expected a ${kind}`, ...at(1) });
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
      diagnostics.push({ severity: 'error', message: issueMessage(issue), ...at(line) });
    }
    return { kind, diagnostics, lineOf };
  }
  return { kind, record: result.data as ParsedRecord<K>['record'], diagnostics, lineOf };
}

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
