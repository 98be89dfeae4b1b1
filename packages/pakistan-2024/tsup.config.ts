import { defineConfig } from 'tsup';

// One bundle per public entry point; `index` inlines the compiled data so it needs no file I/O.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    compile: 'src/compile.ts',
    provenance: 'src/provenance.ts',
    tables: 'src/tables.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
  external: ['zod', 'yaml', 'minisearch', 'fastest-levenshtein', /^node:/],
});
