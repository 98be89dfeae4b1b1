/**
 * The search engine for the CommonJS build (`dist/index.cjs`): required on the first search. A
 * plain `require` of a fixed path, which every bundler follows, so a bundle of the CommonJS build
 * still carries the engine.
 */
import type MiniSearch from 'minisearch';

let engine: typeof MiniSearch | undefined;

/** The search engine, read from `dist/search-engine.cjs` the first time it is asked for. */
export function searchEngine(): typeof MiniSearch {
  engine ??= (require('./search-engine.cjs') as { MiniSearch: typeof MiniSearch }).MiniSearch;
  return engine;
}
