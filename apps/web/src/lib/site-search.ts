/**
 * The search page's results: the package's own search over the index prebuilt with it, as
 * `policy search` answers. The page's script (src/browser/search.ts) lists what this returns, and a
 * test of the CLI compares it with the package and the CLI on a fixed set of queries.
 */
import { loadSearchIndex, type SearchResult, search } from '@policy/pakistan-2024';
import { searchIndexJson } from '@policy/pakistan-2024/search-index';
import { SEARCH_LIMIT } from './search-view';

// The index prebuilt with the package: the first keystroke searches at once, with no indexing.
loadSearchIndex(searchIndexJson);

/** The ranked results the search page lists for `query` (none for a blank one). */
export function siteResults(query: string): SearchResult[] {
  return query.trim() ? search(query, { limit: SEARCH_LIMIT }) : [];
}
