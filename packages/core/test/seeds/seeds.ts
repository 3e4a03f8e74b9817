import { readdirSync, readFileSync } from 'node:fs';
import { hasShared, sharedPath } from '../../../../tests/shared.js';
import { type ParsedDocument, ParsedDocumentSchema, type ParseOptions } from '../../src/parse/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

/** The seed documents, read where the project keeps them: `../shared/seeds` from the repository root. */
export const SEEDS_DIR = `${sharedPath('seeds')}/`;

/** The text of the seed whose file name starts with `prefix` ("000", "004"). */
export function seedText(prefix: string): { name: string; text: string } {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return { name, text: readFileSync(`${SEEDS_DIR}${name}`, 'utf8') };
}

/**
 * A seed parsed, and checked against the public contract on the way. Without `../shared/seeds` it reads
 * nothing and returns a placeholder: the tests using it are `describeShared('seeds', …)`, never run then.
 */
export function parseSeed(prefix: string, options: ParseOptions = {}): ParsedDocument {
  if (!hasShared('seeds')) return undefined as unknown as ParsedDocument;
  const { name, text } = seedText(prefix);
  return ParsedDocumentSchema.parse(parseDocument(text, { file: name, ...options }));
}
