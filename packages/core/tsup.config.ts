import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node.ts',
    read: 'src/read.ts',
    postgres: 'src/postgres.ts',
    // The prepare thread's script (see src/node/prepare.ts), beside the bundle that starts it.
    'prepare-thread': 'src/node/prepare-thread.ts',
  },
  format: ['esm'],
  target: 'node20',
  // esbuild turns every pattern with \p{…} into `new RegExp(…)` for any Node target (its tables lack the
  // feature for Node), which inside a function builds the pattern again on every call: the parser's
  // patterns run on every line and word. Node has had them since 10.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  dts: true,
  sourcemap: true,
  clean: true,
  // The document thread's script runs as it is, beside the bundle that starts it.
  onSuccess: () => copyFile('src/read/document-worker.mjs', 'dist/document-worker.mjs'),
});
