import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A hang detector, not a speed check: the contributor's path and the pack test spawn builds
    // and installs, which take minutes on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // The pack test installs a tarball; running files one by one keeps the 2-core machines calm.
    fileParallelism: false,
  },
});
