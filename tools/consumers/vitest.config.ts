import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang detectors, not speed checks: a Next.js build takes minutes on a loaded 2-core machine.
    testTimeout: 600_000,
    hookTimeout: 300_000,
    // The cases run one after another: each is a build that would fight the others for 2 cores.
    fileParallelism: false,
  },
});
