'use client';

import { type SearchResult, search } from '@policy/pakistan-2024';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { collectionLabels, hrefFor } from '@/lib/routes';

const LIMIT = 30;

/** The query in the page's address (`?q=`), so a search can be shared and bookmarked. */
function queryFromUrl(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Marks the matched terms inside a snippet. */
function highlight(snippet: string, terms: readonly string[]): ReactNode[] {
  const words = terms.filter((t) => t.length > 1).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return [snippet];
  const parts = snippet.split(new RegExp(`(${words.join('|')})`, 'gi'));
  // Odd indexes are the captured matches; a part's index is its identity, as the same word can recur.
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={`m${String(i)}`}>{part}</mark> : part));
}

/** Instant search over the whole dataset with the package's own index (the same results as `policy search`). */
export function SearchClient() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [ready, setReady] = useState(false);

  const run = useCallback((q: string) => {
    setQuery(q);
    setResults(q.trim() ? search(q, { limit: LIMIT }) : []);
  }, []);

  useEffect(() => {
    run(queryFromUrl());
    setReady(true);
    const onPop = () => run(queryFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [run]);

  const update = (q: string) => {
    run(q);
    const url = q.trim()
      ? `${window.location.pathname}?q=${encodeURIComponent(q)}`
      : window.location.pathname;
    window.history.replaceState(null, '', url);
  };

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; the role is. */}
      <form
        className="search-form"
        role="search"
        action="/search"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          update(query);
        }}
      >
        <label htmlFor="q" className="visually-hidden">
          Search the dataset
        </label>
        <input
          id="q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. CPEC, Kashmir, remittances"
          value={query}
          onChange={(e) => update(e.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      <p role="status" className="muted" data-testid="search-status">
        {!ready
          ? ''
          : query.trim()
            ? `${results.length === LIMIT ? `${LIMIT}+` : results.length} ${results.length === 1 ? 'result' : 'results'} for “${query.trim()}”`
            : 'Type to search relationships, themes, actors, initiatives, topics, events and prospects.'}
      </p>
      <ol className="results" data-testid="search-results">
        {results.map((r) => (
          <li key={`${r.collection}/${r.id}`}>
            <span className="collection">{collectionLabels[r.collection].one}</span>
            <a href={hrefFor(r.collection, r.id)}>{r.title}</a>
            {r.snippet ? <p>{highlight(r.snippet, r.terms)}</p> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
