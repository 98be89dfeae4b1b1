import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The pack test installs a tarball; running files one by one keeps the 2-core machines calm.
    fileParallelism: false,
  },
});
