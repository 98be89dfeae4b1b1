import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: a test spawns the binary many times, and CI builds the site beside it on two cores.
    testTimeout: 120_000,
    // Each test spawns the built binary; one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
