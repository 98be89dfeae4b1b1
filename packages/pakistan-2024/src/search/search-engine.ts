/**
 * How search reaches its engine, MiniSearch: imported plainly here, which is what the tests run from
 * source. The package's builds swap in MiniSearch wrapped in a function that runs on the first search
 * (`lazyEngine` in tsup.config.ts), so that importing the package compiles none of the engine.
 */
import MiniSearch from 'minisearch';

/** The search engine. */
export function searchEngine(): typeof MiniSearch {
  return MiniSearch;
}
