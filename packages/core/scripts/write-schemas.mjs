// Writes the JSON Schema of every record kind to packages/core/schema/, from the built package.
// Run by `pnpm build`; a test fails when the committed files are stale.
import { mkdir, writeFile } from 'node:fs/promises';
import { recordSchemas, toJsonSchema } from '../dist/index.js';

const dir = new URL('../schema/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const kind of Object.keys(recordSchemas)) {
  await writeFile(new URL(`${kind}.schema.json`, dir), `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
}
