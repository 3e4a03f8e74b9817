import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@sammantrade/source'] },
  // Temporary folders of the tests live below one folder per run, removed at the end.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Time for a busy 2-core machine (servers, child processes, parsing): 5 s was not enough there, and
    // each server starts a build thread that loads core anew: at a load average near 30, over 30 s.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['../../tests/tmpdir.ts'],
  },
});
