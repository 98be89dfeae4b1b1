import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/entries/index.js';
import { SearchStore } from '../src/search/search-store.js';

// Terms with characters that mean something in a regular expression, and one with diacritics:
// indexed, and searched for as they are.
const awkward = ['c++', 'a.b', '$x', 'x|y', 'kash*', 'ürümqi'];
// Documents with neighbours in spelling, prefixes of one another, and the awkward terms, so that a
// slice that missed a reachable term would show.
const words = [
  ...new Set(
    JSON.stringify(dataset.relationships)
      .toLowerCase()
      .split(/[^a-z0-9]+/),
  ),
  ...awkward,
  'urumqi',
];
const docs = Array.from({ length: 60 }, (_, i) => ({
  id: i,
  text: words.filter((_, j) => (j * 7 + i) % 11 === 0 || (j + i) % 13 === 0).join(' '),
}));
const options = { fields: ['text'], tokenize: (text: string) => text.split(/\s+/) };
const full = new MiniSearch(options);
full.addAll(docs);
const store = SearchStore.parse(SearchStore.of(full.toJSON()).serialize());

const queries = ['kashmir', 'kashmer', 'kash', 'pak chi', 'secrity', ...awkward, 'urumgi', 'zzzz', 'e'];

/**
 * Hits as [id, score, terms], scores to nine places and ties by id: a smaller term tree may add up
 * a document's term scores in another order, which moves the last bit of a float and no more.
 */
const ranked = (hits: { id: number; score: number; terms: string[] }[]) =>
  hits
    .map((h) => [h.id, Math.round(h.score * 1e9) / 1e9, [...h.terms].sort()] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);

describe('SearchStore', () => {
  it.each([
    { prefix: true, fuzzy: 0.2 },
    { prefix: false, fuzzy: 0.2 },
    { prefix: true, fuzzy: false as const },
    { prefix: true, fuzzy: 0.45 },
    { prefix: false, fuzzy: 2 },
  ])('slices what MiniSearch reaches with %j: same hits, same scores', (reach) => {
    for (const q of queries) {
      const terms = q.split(/\s+/);
      const sliced = MiniSearch.loadJS(store.slice(terms, { ...reach, maxFuzzy: 6 }), options);
      const settings = { ...reach, maxFuzzy: 6, combineWith: 'OR' as const };
      const want = ranked(full.search(q, settings));
      const got = ranked(sliced.search(q, settings));
      expect(got, q).toEqual(want);
    }
  });

  it('keeps only the terms a query may reach', () => {
    const { index } = store.slice(['kashmir'], { prefix: true, fuzzy: 0.2, maxFuzzy: 6 });
    expect(index.length).toBeGreaterThan(0);
    expect(index.length).toBeLessThan(full.termCount / 10);
  });

  it("refuses MiniSearch's own JSON, which it would read as an index of no terms", () => {
    expect(() => SearchStore.parse(JSON.stringify(full))).toThrow('not in the form');
  });

  it('refuses a term with white space, which its lines cannot hold', () => {
    const odd = new MiniSearch({ fields: ['text'], tokenize: (text: string) => [text] });
    odd.add({ id: 1, text: 'two\twords' });
    expect(() => SearchStore.of(odd.toJSON())).toThrow('white space');
  });
});
