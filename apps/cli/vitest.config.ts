import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang detector, not a speed check: a test that spawns the binary many times takes a minute
    // or more on a loaded 2-core machine.
    testTimeout: 120_000,
    // Each test spawns the built binary; one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
