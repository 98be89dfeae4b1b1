import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang detector, not a speed check: a test that spawns the binary many times takes a minute
    // or more on a 2-core machine while turbo runs the browser tests beside it; five is no hang.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Each test spawns the built binary; one file at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
