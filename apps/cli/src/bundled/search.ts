/**
 * Search as the CLI ships it (`dist/search.cjs`), for `policy search` alone: the package's one search
 * implementation with the index prebuilt with the package, which it loads without rebuilding.
 */
export { loadSearchIndex, SearchOptionError, search, searchSuggestions } from '@policy/pakistan-2024';
export { searchIndexJson } from '@policy/pakistan-2024/search-index';
