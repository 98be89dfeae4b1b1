import { createRequire } from 'node:module';

/**
 * The dataset package's entry points, loaded on first use so that a command loads only what it
 * needs: `policy show cn` never loads the schema library, `policy --help` not even the data.
 */
export type Pkg = typeof import('@policy/pakistan-2024');
type SearchIndexModule = typeof import('@policy/pakistan-2024/search-index');

// Set by the build: the built CLI reads the copies of the data and the search index bundled beside
// it (src/bundled/); run from its sources (tests, tsx), it imports the package itself.
declare const __BUNDLED__: boolean | undefined;
const bundled = typeof __BUNDLED__ === 'boolean' && __BUNDLED__;

let pkg: Promise<Pkg> | undefined;
let index: Promise<SearchIndexModule> | undefined;

/** The main entry point: the bundled dataset, lookup, search, vocabularies, citation formats. */
export function loadPackage(): Promise<Pkg> {
  pkg ??= bundled
    ? Promise.resolve(createRequire(import.meta.url)('./dataset.cjs') as Pkg)
    : import('@policy/pakistan-2024');
  return pkg;
}

/** The prebuilt search index (`searchIndexJson`), for `policy search` only. */
export function loadSearchIndex(): Promise<SearchIndexModule> {
  index ??= bundled
    ? Promise.resolve(createRequire(import.meta.url)('./search-index.cjs') as SearchIndexModule)
    : import('@policy/pakistan-2024/search-index');
  return index;
}
