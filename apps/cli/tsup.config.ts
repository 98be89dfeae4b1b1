import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One file with the argument parser bundled in (one module fewer to resolve at start-up), written
// as CommonJS: a CommonJS entry point starts without Node's ES module loader and reaches built-in
// modules without building their ES module facades, a third of the cost of a cold `policy --version`.
// The dataset package stays external and is reached only through its public entry points (their
// `require` builds); each command loads what it needs when it runs (`import()` becomes `require`).
// Its registry (collections, tables, citation formats: no data), which every start-up needs for the
// options, is bundled in too: the CLI depends on one exact version of the package, so the copy is
// always that version's.
export default defineConfig({
  entry: { policy: 'src/main.ts' },
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  treeshake: true,
  clean: true,
  sourcemap: false,
  dts: false,
  // `import.meta.url` (for createRequire) from __filename.
  shims: true,
  noExternal: ['cac', '@policy/pakistan-2024/registry'],
  external: [/^@policy\/pakistan-2024(?!\/registry$)/, 'yaml'],
  minify: true,
  define: { __CLI_VERSION__: JSON.stringify(version) },
  banner: { js: '#!/usr/bin/env node' },
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'dynamic-import': false };
  },
});
