/** The fixed choices of search's narrowing options, for the package, the CLI and the site alike. */

/** The layers of the dataset: the essay's reading, and the chronology of the year cited to reports. */
export const searchLayers = ['essay', 'chronology'] as const;
/** A layer of the dataset, to narrow a search to. */
export type SearchLayer = (typeof searchLayers)[number];
/** How results are ordered: best match first, or by date (oldest first, undated records last). */
export const searchSorts = ['relevance', 'date'] as const;
/** An order of results. */
export type SearchSort = (typeof searchSorts)[number];
