/**
 * How search reaches its engine, MiniSearch. This module bundles it in, for browsers and bundlers;
 * the builds that Node loads swap in `search-engine-node.ts` or `search-engine-require.ts` (see
 * tsup.config.ts), which read it from `dist/search-engine.cjs` on the first search, so that
 * importing the data never parses the engine.
 */
import MiniSearch from 'minisearch';

/** The search engine. */
export function searchEngine(): typeof MiniSearch {
  return MiniSearch;
}
