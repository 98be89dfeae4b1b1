import { dataset, SearchIndex, type SearchResult } from '@policy/pakistan-2024';
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
  'zzzz',
] as const;

describe('one search: the package, the CLI and the site return the same ranked results', () => {
  const fresh = new SearchIndex(dataset);

  it.each(QUERIES)('%j', (query) => {
    const pkg = fresh.search(query, { limit: SEARCH_LIMIT });
    const cli = policyJson<SearchResult[]>(['search', query, '--limit', String(SEARCH_LIMIT), '--json']);
    const site = siteResults(query);
    expect(cli).toEqual(pkg);
    expect(site).toEqual(pkg);
    if (query === 'zzzz') expect(pkg).toEqual([]);
    else expect(pkg.length, `${query} finds something`).toBeGreaterThan(0);
  });

  it('finds through a misspelling and a prefix what the word itself finds first', () => {
    expect(fresh.search('kashmer')[0]?.id).toBe(fresh.search('kashmir')[0]?.id);
    expect(fresh.search('remitt')[0]?.terms.some((t) => t.startsWith('remitt'))).toBe(true);
  });
});
