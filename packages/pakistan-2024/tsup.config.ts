import { defineConfig } from 'tsup';

// One bundle per public entry point; `index` inlines the compiled data so it needs no file I/O.
export default defineConfig({
  entry: {
    index: 'src/entries/index.ts',
    registry: 'src/entries/registry.ts',
    schema: 'src/entries/schema.ts',
    compile: 'src/entries/compile.ts',
    provenance: 'src/entries/provenance.ts',
    tables: 'src/entries/tables.ts',
    diff: 'src/entries/diff.ts',
    'search-index': 'src/entries/search-index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  // One self-contained file per entry: fewer modules to load when the package is imported.
  splitting: false,
  treeshake: true,
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
  // The search and "did you mean" libraries are bundled: two fewer packages to resolve at import time.
  noExternal: ['minisearch', 'fastest-levenshtein'],
  external: ['zod', 'yaml', /^node:/],
});
