import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@sammantrade/source'] },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
