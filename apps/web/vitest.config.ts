import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@sammantrade/source'] },
  // Temporary folders of the tests live below one folder per run, removed at the end.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Time for a busy 2-core machine (servers, child processes, parsing): 5 s was not enough there.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['../../tests/tmpdir.ts'],
  },
});
