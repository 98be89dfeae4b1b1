import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests of the site's logic (no browser); the browser tests have their own config. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    // A hang detector, not a speed check: madge's graph of src/ takes seconds on a loaded machine.
    testTimeout: 60_000,
  },
});
