/**
 * The search page's results: the package's own search over the index prebuilt with it, as
 * `policy search` answers. The page's script (src/browser/search.ts) lists what this returns, and a
 * test of the CLI compares it with the package and the CLI on a fixed set of queries.
 */
import { loadSearchIndex, type SearchOptions, type SearchResult, search } from '@policy/pakistan-2024';
import { searchIndexJson } from '@policy/pakistan-2024/search-index';
import { SEARCH_LIMIT } from './search-view';

// The index prebuilt with the package: the first keystroke searches at once, with no indexing.
loadSearchIndex(searchIndexJson);

/**
 * The ranked results the search page lists for `query` and its narrowing (none for a blank query
 * that narrows nothing). Throws the package's `SearchOptionError` for an option that names nothing.
 */
export function siteResults(query: string, options: Omit<SearchOptions, 'limit'> = {}): SearchResult[] {
  const narrowed = Object.values(options).some((v) => v !== undefined);
  return query.trim() || narrowed ? search(query, { ...options, limit: SEARCH_LIMIT }) : [];
}
