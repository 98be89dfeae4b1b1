import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const entry = {
  index: 'src/entries/index.ts',
  registry: 'src/entries/registry.ts',
  schema: 'src/entries/schema.ts',
  compile: 'src/entries/compile.ts',
  provenance: 'src/entries/provenance.ts',
  tables: 'src/entries/tables.ts',
  diff: 'src/entries/diff.ts',
  'search-index': 'src/entries/search-index.ts',
};

/**
 * Swaps modules in a build: each import written as a key is read from the module under src/ it
 * names. The builds Node loads use this to require the search engine on the first search, and the
 * ES module build for Node to read its data from a file. `./search-engine.cjs`, which the swapped-in
 * modules require, stays a file of its own.
 */
function swap(modules: Record<string, string>): Plugin {
  return {
    name: 'swap-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, ({ path }) => {
        if (path === './search-engine.cjs') return { path, external: true };
        const file = modules[path];
        return file ? { path: resolve('src', file) } : undefined;
      });
    },
  };
}

const shared: Options = {
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
};

// One bundle per public entry point. `index` inlines the compiled data, so that a bundler needs no
// file beside it; only the build for Node reads its data from one (src/records/data-node.ts).
// (tsup bundles every format as an ES module before converting it, so a plugin cannot tell the
// formats apart: each format is a build of its own.)
export default defineConfig([
  // For browsers and bundlers: the engine bundled in.
  { ...shared, entry, format: ['esm'], dts: true },
  {
    ...shared,
    entry,
    format: ['cjs'],
    treeshake: false,
    dts: true,
    esbuildPlugins: [swap({ './search-engine.js': 'search/search-engine-require.ts' })],
  },
  // What Node imports (the `node-addons` condition of `.`): the same module, with neither the
  // engine nor the data in its source.
  {
    ...shared,
    entry: { 'index.node': 'src/entries/index.ts' },
    format: ['esm'],
    dts: false,
    esbuildPlugins: [
      swap({
        './search-engine.js': 'search/search-engine-node.ts',
        '../../generated/data.js': 'records/data-node.ts',
      }),
    ],
  },
  // The engine on its own, for those two builds to require on the first search.
  { ...shared, entry: { 'search-engine': 'src/entries/search-engine.ts' }, format: ['cjs'], dts: false },
]);
