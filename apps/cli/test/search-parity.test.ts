import { dataset, SearchIndex, type SearchOptions, type SearchResult } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { SEARCH_LIMIT } from '../../web/src/lib/search-view';
// The site's search page lists exactly what this returns (src/browser/search.ts renders it).
import { siteResults } from '../../web/src/lib/site-search';
import { policyJson } from './helpers.js';

// Names, words in the prose, misspellings (fuzzy), beginnings of words (prefix), several words,
// an id and a date, and one query that finds nothing.
const QUERIES = [
  'kashmir',
  'kashmer',
  'afganistan',
  'remitances',
  'Saudi',
  'sec',
  'remitt',
  'nucl',
  'cpe',
  'security cooperation',
  'energy pipeline russia',
  'gwadar port',
  'pakistan-china',
  '2024-05',
  'Druzhba',
  'us aid',
  'U.S.',
  'f-16',
  'russia oil',
  '"heads of government"',
  'may 2024',
  'zzzz',
] as const;

// The narrowing options, each as the package takes it and as `policy search` is given it.
const NARROWED: readonly [string, Omit<SearchOptions, 'limit'>, string[]][] = [
  ['visit', { partner: 'cn', sort: 'date' }, ['--partner', 'cn', '--sort', 'date']],
  ['kashmir', { layer: 'chronology' }, ['--layer', 'chronology']],
  ['kashmir', { layer: 'essay' }, ['--layer', 'essay']],
  ['security', { collections: ['relationships', 'themes'] }, ['-c', 'relationships', '-c', 'themes']],
  ['sanctions', { from: '2024-04', to: '2024-10' }, ['--from', '2024-04', '--to', '2024-10']],
  [
    'attack',
    { partner: 'KSA', from: '2024', sort: 'relevance' },
    ['--partner', 'KSA', '--from', '2024', '--sort', 'relevance'],
  ],
];

describe('one search: the package, the CLI and the site return the same ranked results', () => {
  const fresh = new SearchIndex(dataset);

  it.each(QUERIES)('%j', (query) => {
    const pkg = fresh.search(query, { limit: SEARCH_LIMIT });
    const cli = policyJson<SearchResult[]>(['search', query, '--limit', String(SEARCH_LIMIT), '--json']);
    const site = siteResults(query);
    expect(cli).toEqual(pkg);
    expect(site).toEqual(pkg);
    if (query === 'zzzz' || query === 'f-16') expect(pkg).toEqual([]);
    else expect(pkg.length, `${query} finds something`).toBeGreaterThan(0);
  });

  it.each(NARROWED)('%j narrowed by %j', (query, options, flags) => {
    const pkg = fresh.search(query, { ...options, limit: SEARCH_LIMIT });
    const cli = policyJson<SearchResult[]>([
      'search',
      query,
      ...flags,
      '--limit',
      String(SEARCH_LIMIT),
      '--json',
    ]);
    expect(cli).toEqual(pkg);
    expect(siteResults(query, options)).toEqual(pkg);
    // Narrowing narrows: every result is among those of the query alone (with room for them all).
    const all = new Set(fresh.search(query, { limit: 1000 }).map((r) => `${r.collection}/${r.id}`));
    for (const r of pkg) expect(all.has(`${r.collection}/${r.id}`)).toBe(true);
  });

  it('finds through a misspelling and a prefix what the word itself finds first', () => {
    expect(fresh.search('kashmer')[0]?.id).toBe(fresh.search('kashmir')[0]?.id);
    expect(fresh.search('remitt')[0]?.terms.some((t) => t.startsWith('remitt'))).toBe(true);
  });
});
