/**
 * The search engine for the ES module build that Node loads (`dist/index.node.js`, under the
 * `node-addons` condition, which Node sets and bundlers do not): required from the file beside it
 * on the first search. An ES module cannot load another synchronously, and `search` is synchronous,
 * hence a `require`. It is reached through `process.getBuiltinModule` rather than an import of
 * `node:module`, whose module facade alone cost every import of the package 4 M instructions.
 */
import type MiniSearch from 'minisearch';

let engine: typeof MiniSearch | undefined;

/** The search engine, read from `dist/search-engine.cjs` the first time it is asked for. */
export function searchEngine(): typeof MiniSearch {
  engine ??= (
    process.getBuiltinModule('node:module').createRequire(import.meta.url)('./search-engine.cjs') as {
      MiniSearch: typeof MiniSearch;
    }
  ).MiniSearch;
  return engine;
}
