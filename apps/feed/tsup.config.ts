import { defineConfig } from 'tsup';

export default defineConfig({
  // build-thread.js is started as a worker thread by the store, beside the bundle.
  entry: ['src/index.ts', 'src/main.ts', 'src/build-thread.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
