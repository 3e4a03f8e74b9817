import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/read.ts', 'src/postgres.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
  // The document thread's script runs as it is, beside the bundle that starts it.
  onSuccess: () => copyFile('src/read/document-worker.mjs', 'dist/document-worker.mjs'),
});
