import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ParsedDocumentSchema, type ParseOptions } from '../../src/parse/document.js';
import { parseDocument } from '../../src/parse/parse-document.js';

/** The seed documents, read where the project keeps them: `../shared/seeds` from the repository root. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));

/** The text of the seed whose file name starts with `prefix` ("000", "004"). */
export function seedText(prefix: string): { name: string; text: string } {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`);
  return { name, text: readFileSync(`${SEEDS_DIR}${name}`, 'utf8') };
}

/** A seed parsed, and checked against the public contract on the way. */
export function parseSeed(prefix: string, options: ParseOptions = {}) {
  const { name, text } = seedText(prefix);
  return ParsedDocumentSchema.parse(parseDocument(text, { file: name, ...options }));
}
