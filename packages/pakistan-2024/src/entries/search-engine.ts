/**
 * Not an entry point of the exports map: the search engine as a file of its own
 * (`dist/search-engine.cjs`), which the builds Node loads require on their first search.
 */
export { default as MiniSearch } from 'minisearch';
