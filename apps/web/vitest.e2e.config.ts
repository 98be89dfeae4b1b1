import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Browser tests of the built export (out/) in the system's Chromium. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    // The crawl runs axe on every page twice (light, then dark contrast); on a 2-core machine
    // shared with other jobs that took over 10 minutes once the year's timeline (3,000 elements)
    // and the reports on /about were added.
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
