import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@sammantrade/source'] },
  // Temporary folders of the tests live below one folder per run, removed at the end.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], globalSetup: ['../../tests/tmpdir.ts'] },
});
