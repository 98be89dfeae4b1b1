import { type CollectionName, collectionEntry } from '@policy/pakistan-2024';

/** How many results the search page lists. */
export const SEARCH_LIMIT = 30;

/** The line above the results: a prompt, or how many results a query found. */
export function statusText(query: string, count: number, limit = SEARCH_LIMIT): string {
  const q = query.trim();
  if (!q)
    return 'Type to search relationships, themes, actors, initiatives, topics, events, prospects, and the chronology of the year.';
  const n = count >= limit ? `${limit}+` : String(count);
  return `${n} ${count === 1 ? 'result' : 'results'} for “${q}”`;
}

/** A snippet cut into plain and marked parts, marking each matched term (case-insensitive). */
export function highlightParts(snippet: string, terms: readonly string[]): { text: string; mark: boolean }[] {
  const words = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return [{ text: snippet, mark: false }];
  // Longest first, so that "security" wins over "sec" where both matched.
  words.sort((a, b) => b.length - a.length);
  return snippet
    .split(new RegExp(`(${words.join('|')})`, 'gi'))
    .map((text, i) => ({ text, mark: i % 2 === 1 }))
    .filter((p) => p.text !== '');
}

/** The search page's address for a query: `/search?q=…`, or `/search` when it is empty. */
export function searchUrl(pathname: string, query: string): string {
  return query.trim() ? `${pathname}?q=${encodeURIComponent(query)}` : pathname;
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
