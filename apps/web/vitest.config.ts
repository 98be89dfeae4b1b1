import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests of the site's logic (no browser); the browser tests have their own config. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    // madge reads the whole of src/ through TypeScript: on a busy 2-core machine, past the 5 s default.
    testTimeout: 30_000,
  },
});
