import { defineConfig } from 'vitest/config';

// Tests of the repository as a whole (package boundaries, README commands). Each package has its own config.
export default defineConfig({
  test: { include: ['tests/**/*.test.ts'], testTimeout: 30_000 },
});
