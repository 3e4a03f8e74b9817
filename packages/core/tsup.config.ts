import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts', 'src/read.ts', 'src/postgres.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
  // esbuild turns every regular expression with a `\p{…}` outside brackets into `new RegExp(…)` for any
  // Node target (its table wants the newest Unicode data); inside a function that is a new object at every
  // call. The engine is the same either way: keep them as literals.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  // The document thread's script runs as it is, beside the bundle that starts it.
  onSuccess: () => copyFile('src/read/document-worker.mjs', 'dist/document-worker.mjs'),
});
