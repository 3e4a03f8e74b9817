import { defineConfig } from 'tsup';

export default defineConfig({
  // build-thread.js, compress-thread.js and prepare-thread.js are started as worker threads by the store,
  // beside the bundle.
  entry: ['src/index.ts', 'src/main.ts', 'src/build-thread.ts', 'src/compress-thread.ts', 'src/prepare-thread.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
