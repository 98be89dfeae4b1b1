import { search } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import {
  highlightParts,
  optionsOf,
  readSearchParams,
  SEARCH_LIMIT,
  searchUrl,
  statusText,
} from '@/lib/search-view';

describe('statusText', () => {
  it('prompts when there is no query and counts the results otherwise', () => {
    expect(statusText('  ', 0)).toMatch(/^Type to search/);
    expect(statusText('CPEC', 1)).toBe('1 result for “CPEC”');
    expect(statusText(' cpec ', 4)).toBe('4 results for “cpec”');
    expect(statusText('a', SEARCH_LIMIT)).toBe(`${SEARCH_LIMIT}+ results for “a”`);
  });

  it('says when the results match only some of the words', () => {
    expect(statusText('russia oil', 3, SEARCH_LIMIT, true)).toBe(
      'No record matches every word of “russia oil”: 3 results matching some of them (partial matches)',
    );
    // Narrowing alone lists records.
    expect(statusText('', 4)).toBe('4 results');
  });
});

describe('highlightParts', () => {
  it('marks every matched term, whatever its case, and keeps the text whole', () => {
    const parts = highlightParts('Security and energy security', ['security']);
    expect(parts).toEqual([
      { text: 'Security', mark: true },
      { text: ' and energy ', mark: false },
      { text: 'security', mark: true },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Security and energy security');
  });

  it('prefers the longest term and treats terms as text, not patterns', () => {
    expect(highlightParts('security', ['sec', 'security'])).toEqual([{ text: 'security', mark: true }]);
    expect(highlightParts('a (b) c', ['(b)'])).toEqual([
      { text: 'a ', mark: false },
      { text: '(b)', mark: true },
      { text: ' c', mark: false },
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });

  it('marks whole words only', () => {
    expect(highlightParts('The House said US aid would stand', ['us', 'aid', 'and'])).toEqual([
      { text: 'The House said ', mark: false },
      { text: 'US', mark: true },
      { text: ' ', mark: false },
      { text: 'aid', mark: true },
      { text: ' would stand', mark: false },
    ]);
    expect(highlightParts('Yaoundé and Türkiye', ['yaoundé'])[0]).toEqual({ text: 'Yaoundé', mark: true });
  });

  it('marks the terms the package’s search reports for a real query', () => {
    // A record can match by name alone; take one whose snippet shows the term.
    const hit = search('Gwadar').find((r) => r.terms.some((t) => r.snippet.toLowerCase().includes(t)));
    expect(hit).toBeDefined();
    const marked = highlightParts(hit?.snippet ?? '', hit?.terms ?? []).filter((p) => p.mark);
    expect(marked.map((p) => p.text.toLowerCase())).toContain('gwadar');
  });
});

describe('searchUrl', () => {
  it('keeps the query in the address, encoded, and drops it when empty', () => {
    expect(searchUrl('/search', 'CPEC')).toBe('/search?q=CPEC');
    expect(searchUrl('/search', 'Gulf & Iran')).toBe('/search?q=Gulf%20%26%20Iran');
    expect(searchUrl('/search', '  ')).toBe('/search');
  });

  it('writes the narrowing in a fixed order, and reads back what it wrote', () => {
    const params = { q: 'visit', partner: 'cn', sort: 'date' as const, from: '2024-05' };
    const url = searchUrl('/search', params);
    expect(url).toBe('/search?q=visit&partner=cn&from=2024-05&sort=date');
    expect(readSearchParams(url.slice(url.indexOf('?')))).toEqual(params);
    expect(searchUrl('/search', { q: '', layer: 'chronology' })).toBe('/search?layer=chronology');
  });

  it('drops a collection, layer or sort that is not a choice, and keeps a partner for the search to judge', () => {
    expect(readSearchParams('?q=x&collection=nope&layer=essays&sort=size&partner=narnia')).toEqual({
      q: 'x',
      partner: 'narnia',
    });
    expect(optionsOf(readSearchParams('?q=x&collection=topics&to=2024'))).toEqual({
      collections: ['topics'],
      to: '2024',
    });
  });
});
