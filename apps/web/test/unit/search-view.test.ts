import { search } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { highlightParts, SEARCH_LIMIT, searchUrl, statusText } from '@/lib/search-view';

describe('statusText', () => {
  it('prompts when there is no query and counts the results otherwise', () => {
    expect(statusText('  ', 0)).toMatch(/^Type to search/);
    expect(statusText('CPEC', 1)).toBe('1 result for “CPEC”');
    expect(statusText(' cpec ', 4)).toBe('4 results for “cpec”');
    expect(statusText('a', SEARCH_LIMIT)).toBe(`${SEARCH_LIMIT}+ results for “a”`);
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

  it('marks the terms the package’s search reports for a real query', () => {
    // A record can match by name alone; take one whose snippet shows the term.
    const hit = search('CPEC').find((r) => r.terms.some((t) => r.snippet.toLowerCase().includes(t)));
    expect(hit).toBeDefined();
    const marked = highlightParts(hit?.snippet ?? '', hit?.terms ?? []).filter((p) => p.mark);
    expect(marked.map((p) => p.text.toLowerCase())).toContain('cpec');
  });
});

describe('searchUrl', () => {
  it('keeps the query in the address, encoded, and drops it when empty', () => {
    expect(searchUrl('/search', 'CPEC')).toBe('/search?q=CPEC');
    expect(searchUrl('/search', 'Gulf & Iran')).toBe('/search?q=Gulf%20%26%20Iran');
    expect(searchUrl('/search', '  ')).toBe('/search');
  });
});
