import { isMap, parseDocument } from 'yaml';
import { parseRecordYaml } from '../archive/yaml.js';
import { fault } from '../errors.js';
import type { Body } from '../model/body.js';
import { type Diagnostic, diagnostic } from '../model/diagnostic.js';

/** What merging an imported body into the archive's file gives. */
export interface BodyMerge {
  /** The file's new text; absent when the import adds nothing, and the file stays byte for byte. */
  text?: string;
  /** Fields added, as paths ("legalForm", "rules.adjustment.since"). */
  added: string[];
  /** Where the document says otherwise than the file; the file is kept. */
  warnings: Diagnostic[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges what a document says of its body into the body's existing file, keeping everything the file
 * has: its comments, its order, and every field the document does not speak of (members, description, a
 * hand-written rule). Only fields the file lacks are added; where the document says otherwise, the file
 * wins and a warning says so.
 * @throws {SammantradeError} `INVALID` when the file is not a valid body: it is never overwritten then.
 */
export function mergeBody(existing: string, file: string, imported: Body): BodyMerge {
  const parsed = parseRecordYaml(existing, 'body', file);
  const current = parsed.record;
  if (!current) throw fault('INVALID', 'body-file-errors', { file }, { diagnostics: parsed.diagnostics });
  const doc = parseDocument(existing.replace(/^\uFEFF/, ''), { keepSourceTokens: true });
  const added: string[] = [];
  const warnings: Diagnostic[] = [];
  const differs = (path: string, theirs: unknown, ours: unknown) =>
    warnings.push(
      diagnostic(
        'warning',
        'body-field-differs',
        { path, theirs: JSON.stringify(theirs), ours: JSON.stringify(ours) },
        { file, line: parsed.lineOf(path.split('.')) },
      ),
    );
  const add = (path: string[], value: unknown) => {
    doc.setIn(path, doc.createNode(value));
    added.push(path.join('.'));
  };
  for (const field of ['legalForm', 'organisation', 'orgNumber'] as const) {
    const value = imported[field];
    if (value === undefined) continue;
    if (current[field] === undefined) add([field], value);
    else if (current[field] !== value) differs(field, value, current[field]);
  }
  for (const kind of ['adjustment', 'weekdays', 'place'] as const) {
    const theirs = imported.rules[kind];
    if (!theirs) continue;
    const ours = current.rules[kind];
    if (!ours) {
      if (!isMap(doc.get('rules'))) doc.set('rules', doc.createNode({}));
      add(['rules', kind], theirs);
      continue;
    }
    const { source: _s, since: theirSince, ...theirRule } = theirs;
    const { source: _o, since: ourSince, ...ourRule } = ours;
    if (!same(theirRule, ourRule)) differs(`rules.${kind}`, theirRule, ourRule);
    // The same rule, now with the day it was decided: that is only more.
    else if (theirSince && !ourSince) {
      add(['rules', kind, 'since'], theirSince);
      if (theirs.source && !ours.source) add(['rules', kind, 'source'], theirs.source);
    }
  }
  if (added.length === 0) return { added, warnings };
  const text = doc.toString({ lineWidth: 100 });
  if (!parseRecordYaml(text, 'body', file).record) throw fault('INVALID', 'merge-would-break', { file });
  return { text, added, warnings };
}
