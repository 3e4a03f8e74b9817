import { defineConfig } from 'tsup';

export default defineConfig({
  // build-thread.js and compress-thread.js are started as worker threads by the store, beside the bundle;
  // prepare-pass.js is imported by core's prepare thread (prepareInThread).
  entry: ['src/index.ts', 'src/main.ts', 'src/build-thread.ts', 'src/compress-thread.ts', 'src/prepare-pass.ts'],
  format: ['esm'],
  target: 'node20',
  dts: true,
  sourcemap: true,
  clean: true,
});
