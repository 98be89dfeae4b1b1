import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The export built for a site under a path (SITE_URL=https://example.org/pakistan-2024): its files,
 * then a crawl in Chromium served under that path. The global setup builds it first.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/base-path/**/*.test.ts'],
    globalSetup: ['test/base-path/build-export.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
