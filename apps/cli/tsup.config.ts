import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One file, ESM, with the argument parser bundled in (one module fewer to resolve at start-up).
// The dataset package stays external and is reached only through its public entry points; each
// command imports what it needs when it runs. Its registry (collections, tables, citation formats:
// no data), which every start-up needs for the options, is bundled in too: the CLI depends on one
// exact version of the package, so the copy is always that version's.
export default defineConfig({
  entry: { policy: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  treeshake: true,
  clean: true,
  sourcemap: false,
  dts: false,
  noExternal: ['cac', '@policy/pakistan-2024/registry'],
  external: [/^@policy\/pakistan-2024(?!\/registry$)/, 'yaml'],
  minify: true,
  define: { __CLI_VERSION__: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node' },
});
