import {
  type CollectionName,
  collectionEntry,
  collectionNames,
  type SearchLayer,
  type SearchOptions,
  type SearchSort,
  searchLayers,
  searchSorts,
} from '@policy/pakistan-2024';

/** How many results the search page lists. */
export const SEARCH_LIMIT = 30;

/** What a search page's address asks for: the query and its narrowing, as `/search?q=…&partner=cn`. */
export interface SearchParams {
  readonly q: string;
  readonly collection?: CollectionName;
  readonly layer?: SearchLayer;
  readonly partner?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort?: SearchSort;
}

/** The narrowing parameters, in the order an address writes them. */
export const NARROWING = ['collection', 'layer', 'partner', 'from', 'to', 'sort'] as const;

/**
 * The parameters of a search page's address. A collection, layer or sort that is not one of its
 * choices is dropped (the form cannot show it); a partner or date is kept for the search to judge.
 */
export function readSearchParams(search: string | URLSearchParams): SearchParams {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const get = (key: string) => p.get(key)?.trim() || undefined;
  const pick = <T extends string>(key: string, choices: readonly T[]) => {
    const v = get(key);
    return v && (choices as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  const params = {
    q: p.get('q') ?? '',
    collection: pick('collection', collectionNames),
    layer: pick('layer', searchLayers),
    partner: get('partner'),
    from: get('from'),
    to: get('to'),
    sort: pick('sort', searchSorts),
  };
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined),
  ) as unknown as SearchParams;
}

/** The package's search options for an address's parameters (the limit aside). */
export function optionsOf(params: SearchParams): Omit<SearchOptions, 'limit'> {
  const { collection, layer, partner, from, to, sort } = params;
  const options = { collections: collection ? [collection] : undefined, layer, partner, from, to, sort };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** True when the parameters narrow the search (so that an empty query still lists records). */
export const narrows = (params: SearchParams): boolean => NARROWING.some((key) => params[key] !== undefined);

/** The line above the results: a prompt, how many results a query found, or that they match only in part. */
export function statusText(query: string, count: number, limit = SEARCH_LIMIT, partial = false): string {
  const q = query.trim();
  if (!q && !count)
    return 'Type to search relationships, themes, actors, initiatives, topics, events, prospects, and the chronology of the year.';
  const n = count >= limit ? `${limit}+` : String(count);
  const results = `${n} ${count === 1 ? 'result' : 'results'}`;
  if (partial)
    return `No record matches every word of “${q}”: ${results} matching some of them (partial matches)`;
  return q ? `${results} for “${q}”` : results;
}

/** What to offer when nothing matches: the suggestions, if any, and a way on. */
export function emptyHelp(suggestions: readonly string[]): { suggestions: readonly string[]; wayOn: string } {
  return {
    suggestions,
    wayOn:
      'Try fewer words, or browse instead: the timeline lists the year’s events by date, and each collection has a list of its own.',
  };
}

/**
 * A snippet cut into plain and marked parts, marking each matched term (case-insensitive) where it
 * is a whole word: "us" marks "US", never the "us" of "House".
 */
export function highlightParts(snippet: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  const words = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return [{ text: snippet, mark: false }];
  // Longest first, so that "security" wins over "sec" where both matched.
  words.sort((a, b) => b.length - a.length);
  return snippet
    .split(new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu'))
    .map((text, i) => ({ text, mark: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/**
 * The search page's address for a query and its narrowing: `/search?q=visit&partner=cn&sort=date`,
 * or `/search` when nothing is asked.
 */
export function searchUrl(pathname: string, query: string | SearchParams): string {
  const params = typeof query === 'string' ? { q: query } : query;
  const pairs: string[] = [];
  if (params.q.trim()) pairs.push(`q=${encodeURIComponent(params.q)}`);
  for (const key of NARROWING) {
    const value = params[key];
    if (value !== undefined && value !== '') pairs.push(`${key}=${encodeURIComponent(value)}`);
  }
  return pairs.length ? `${pathname}?${pairs.join('&')}` : pathname;
}

/**
 * What a result is, naming its layer where it is not the essay's reading: "Relationship",
 * "Event of the year, from news reports", "News report". `sourceKind` is the kind of a source.
 */
export function resultKind(collection: CollectionName, sourceKind?: string): string {
  if (collection === 'chronology') return 'Event of the year, from news reports';
  if (collection === 'sources') return sourceKind === 'report' ? 'News report' : 'The essay';
  return collectionEntry(collection).one;
}
