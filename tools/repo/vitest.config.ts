import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The publish dry run packs every package; one file at a time keeps the 2-core machines calm.
    fileParallelism: false,
  },
});
