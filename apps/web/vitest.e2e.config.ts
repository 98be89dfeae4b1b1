import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests of the built export (out/): in the system's Chromium, and under the validators its users run (Java's Nu checker). */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    // The crawl (every page, axe in two colour schemes) takes 3.5 minutes on an idle 2-core machine
    // and more than 10 under a load of 20; the timeout only catches a hang.
    hookTimeout: 1_200_000,
    fileParallelism: false,
  },
});
