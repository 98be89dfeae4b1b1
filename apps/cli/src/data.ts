import { join } from 'node:path';
import { requireBundle } from './compile-cache.js';

/**
 * What the commands read of the dataset package, loaded on first use so that a command loads only
 * what it needs: `policy show cn` never loads the schema library nor the search engine, `policy
 * --help` not even the data.
 */
export type Pkg = typeof import('./bundled/dataset.js');
/** The package's search with its prebuilt index. */
export type Search = typeof import('./bundled/search.js');

// Set by the build: the built CLI requires the bundles written beside it (dist/dataset.cjs,
// dist/search.cjs); run from its sources (tsx), it imports the same modules from src/bundled/. The
// paths are variables so that the bundler leaves those imports alone rather than pulling the whole
// package into the command's own file.
declare const __BUNDLED__: boolean | undefined;
const bundled = typeof __BUNDLED__ === 'boolean' && __BUNDLED__;
const sources = { dataset: './bundled/dataset.js', search: './bundled/search.js' };
const bundles = { dataset: 'dataset.cjs', search: 'search.cjs' };

/** One of the bundles, beside the built CLI (it is CommonJS, so `__dirname` is there), or its source module. */
function load<M>(name: keyof typeof bundles): Promise<M> {
  if (!bundled) return import(sources[name]) as Promise<M>;
  return Promise.resolve(requireBundle(join(__dirname, bundles[name])) as M);
}

let pkg: Promise<Pkg> | undefined;
let search: Promise<Search> | undefined;

/** The dataset, lookup, vocabularies, citation formats: all a command reads but search. */
export function loadPackage(): Promise<Pkg> {
  pkg ??= load<Pkg>('dataset');
  return pkg;
}

/** The package's search, its prebuilt index with it, for `policy search`. */
export function loadSearch(): Promise<Search> {
  search ??= load<Search>('search');
  return search;
}
