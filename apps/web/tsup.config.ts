import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts', 'src/main.ts'],
    format: ['esm'],
    target: 'node20',
    dts: true,
    sourcemap: true,
    // The browser bundle below writes into dist/client at the same time; leave it alone.
    clean: ['!client/**'],
  },
  {
    // The static site's search: core's search and the hit template, bundled for the browser.
    entry: { search: 'src/client/search.ts' },
    outDir: 'dist/client',
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      // Bundle core from its sources, module by module, so that only the search is included: its
      // built entry is one file that also carries the calendar's Node-only dependencies.
      options.conditions = ['@sammantrade/source'];
      options.external = ['node:*'];
    },
    dts: false,
    sourcemap: false,
    clean: true,
  },
]);
