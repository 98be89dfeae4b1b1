import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const shared: Options = {
  format: ['cjs'],
  platform: 'node',
  target: 'node20',
  splitting: false,
  treeshake: true,
  // `pnpm build` empties dist/ first: two builds writing into it at once cannot each clean it.
  clean: false,
  sourcemap: false,
  dts: false,
  minify: true,
};

// The command, one file with the argument parser bundled in (one module fewer to resolve at
// start-up), written as CommonJS: a CommonJS entry point starts without Node's ES module loader and
// reaches built-in modules without building their ES module facades, a third of the cost of a cold
// `policy --version`. Each command loads what it needs when it runs (`import()` becomes `require`).
// The package's registry (collections, tables, citation formats: no data), which every start-up
// needs for the options, is bundled in; its other entry points stay external, reached by name.
const command: Options = {
  ...shared,
  entry: { main: 'src/main.ts' },
  // `import.meta.url` (for createRequire) from __filename.
  shims: true,
  noExternal: ['cac', '@policy/pakistan-2024/registry'],
  external: [/^@policy\/pakistan-2024(?!\/registry$)/, 'yaml'],
  define: { __CLI_VERSION__: JSON.stringify(version), __BUNDLED__: 'true' },
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'dynamic-import': false };
  },
};

// The executable itself: a few lines that load the command above through the code cache
// (src/compile-cache.ts), which a start after the first reads rather than compiling the bundles.
const bin: Options = {
  ...shared,
  entry: { policy: 'src/bin.ts' },
  banner: { js: '#!/usr/bin/env node' },
};

// The dataset the commands read (what they use of the package's `.` entry point) and, apart, search
// with its prebuilt index, bundled as files of their own beside the command (src/bundled/), required
// by path on first use: neither costs `policy --help` anything, neither costs a command Node's
// resolution of the package's `exports` map, and only `policy search` compiles the search engine. The CLI depends on one exact version of the package, so the copies are that
// version's; a release of the data releases the CLI with it (see .changeset/config.json).
const bundledData: Options = {
  ...shared,
  entry: { dataset: 'src/bundled/dataset.ts', search: 'src/bundled/search.ts' },
  noExternal: [/^@policy\/pakistan-2024/],
};

export default defineConfig([bin, command, bundledData]);
