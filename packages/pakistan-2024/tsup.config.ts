import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';
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
 * The search engine as every build carries it: MiniSearch's CommonJS build, minified, inside a
 * function that runs on the first search. Importing the package then costs V8 a pre-parse of that
 * function and nothing more (no compile, no run, no check of the tokenizer's Unicode pattern),
 * while every bundler and file tracer sees one self-contained file: nothing is read at run time.
 * A consumer that never calls `search` lets its bundler drop the function whole.
 * (src/search/search-engine.ts, which imports MiniSearch plainly, is what the tests run from source.)
 */
function lazyEngine(): Plugin {
  const file = createRequire(import.meta.url).resolve('minisearch');
  const source = transformSync(readFileSync(file, 'utf8'), {
    minify: true,
    format: 'cjs',
    target: 'es2022',
  }).code;
  if (!source.includes('module.exports='))
    throw new Error(`${file}: no module.exports; the engine cannot be wrapped`);
  // The tokenizer's pattern, a literal with Unicode property classes, which V8 checks (through ICU)
  // even where it only pre-parses: written as a RegExp made when the engine is set up, it costs an
  // import 1.6 M instructions fewer.
  const literal = String.raw`/[\n\r\p{Z}\p{P}]+/u`;
  if (source.split(literal).length !== 2)
    throw new Error(`${file}: the tokenizer's pattern ${literal} is not there once`);
  const engineSource = source.replace(literal, String.raw`new RegExp("[\\n\\r\\p{Z}\\p{P}]+","u")`);
  const contents = `let engine;
/** The search engine, MiniSearch, set up on the first search. */
export function searchEngine() {
  if (engine === undefined) {
    const module = { exports: {} };
    (function (module, exports) {
${engineSource}
    })(module, module.exports);
    engine = module.exports;
  }
  return engine;
}
`;
  return {
    name: 'lazy-engine',
    setup(build) {
      build.onResolve({ filter: /^\.\/search-engine\.js$/ }, () => ({
        path: 'search-engine',
        namespace: 'lazy-engine',
      }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-engine' }, () => ({ contents, loader: 'js' }));
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
  esbuildPlugins: [lazyEngine()],
};

// One bundle per public entry point, the same for every consumer: `index` carries the compiled data
// (generated/data.ts) and the search engine in its source, so that no build reads a file at run time.
// (The CommonJS build is not tree-shaken by tsup, whose pass turned a `require` into a shim; it is
// built by esbuild alone.)
export default defineConfig([
  { ...shared, entry, format: ['esm'], dts: true },
  { ...shared, entry, format: ['cjs'], treeshake: false, dts: true },
]);
