/**
 * `@policy/pakistan-2024/search-index`: the search index of the bundled dataset, built at build
 * time and serialized. The main entry point does not carry it, so that importing the data stays
 * cheap; hand it to `loadSearchIndex` there and the first search loads it instead of indexing
 * every record.
 */
import serialized from '../../generated/search-index.js';

/** The prebuilt search index of the bundled dataset, as JSON for `loadSearchIndex`. */
export const searchIndexJson: string = serialized;
