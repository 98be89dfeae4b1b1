import { describe, expect, it } from 'vitest';
import * as pkg from '../src/entries/index.js';

describe('lookups', () => {
  it.each([
    ['KSA', 'saudi-arabia'],
    ['saudi', 'saudi-arabia'],
    ['U.S.', 'united-states'],
    ['usa', 'united-states'],
    ['UAE', 'united-arab-emirates'],
    ['Emirates', 'united-arab-emirates'],
    ['cn', 'china'],
    ['CHN', 'china'],
    ['  china ', 'china'],
  ])('getActor(%j) finds %s', (ref, id) => {
    expect(pkg.getActor(ref)?.id).toBe(id);
  });

  it('finds a relationship by its partner, a member of a partner group, or its id', () => {
    expect(pkg.getRelationship('cn')?.id).toBe('pakistan-china');
    expect(pkg.getRelationship('KSA')?.partners).toEqual(['gulf-states']);
    expect(pkg.getRelationship('pakistan-india')?.partners).toEqual(['india']);
    expect(pkg.getRelationship('atlantis')).toBeUndefined();
  });

  it('finds initiatives and topics by short name and alias', () => {
    expect(pkg.getInitiative('cpec')?.id).toBe('cpec');
    expect(pkg.getInitiative('BRI')?.id).toBe('belt-and-road-initiative');
    expect(pkg.getTopic('Kashmir')?.id).toBe('kashmir');
  });

  it('resolves any reference, preferring the relationship for a partner, and `collection/id`', () => {
    expect(pkg.findRecord('China')).toMatchObject({
      collection: 'relationships',
      record: { id: 'pakistan-china' },
    });
    expect(pkg.findRecord('actors/china')).toMatchObject({ collection: 'actors', record: { id: 'china' } });
    expect(pkg.findRecord('cpec')).toMatchObject({ collection: 'initiatives' });
    expect(pkg.findRecord('un')).toMatchObject({ collection: 'actors', record: { id: 'united-nations' } });
    expect(pkg.findRecord('nowhere-land')).toBeUndefined();
  });

  it('suggests the nearest names for a typo', () => {
    expect(pkg.suggest('chna').map((s) => s.id)).toContain('china');
    expect(pkg.suggest('pakistan-indai')[0]?.id).toBe('pakistan-india');
    expect(pkg.suggest('qqqqqqqq')).toEqual([]);
  });

  it('lists the records that link to a record', () => {
    const links = pkg.referencesTo('topics', 'kashmir');
    expect(links.map((l) => `${l.from.collection}/${l.from.id}`)).toContain('relationships/pakistan-china');
    expect(links.every((l) => l.to.id === 'kashmir')).toBe(true);
  });
});

describe('search', () => {
  it('ranks CPEC first for its name, and gives collection, id, title and snippet', () => {
    const [top] = pkg.search('CPEC');
    expect(top).toMatchObject({
      collection: 'initiatives',
      id: 'cpec',
      title: 'China-Pakistan Economic Corridor',
    });
    expect(top?.snippet.length).toBeGreaterThan(20);
  });

  it('matches prefixes and tolerates typos', () => {
    expect(pkg.search('remitt').map((r) => r.id)).toContain('pakistan-gulf-states');
    expect(pkg.search('kashmer').map((r) => r.id)).toContain('kashmir');
  });

  it('returns snippets that contain a matched word', () => {
    for (const r of pkg.search('pipeline')) expect(r.snippet.toLowerCase()).toMatch(/pipeline/);
  });

  it('filters by collection and honours the limit', () => {
    const results = pkg.search('security', { collections: ['themes'], limit: 2 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(results.every((r) => r.collection === 'themes')).toBe(true);
    expect(pkg.search('   ')).toEqual([]);
  });

  it('answers from the prebuilt index exactly as from an index built afresh', () => {
    const fresh = new pkg.SearchIndex(pkg.dataset);
    for (const q of ['cpec', 'security cooperation', 'remitt', 'kashmer', 'Saudi', 'nuclear', 'zzzz'])
      expect(pkg.search(q), q).toEqual(fresh.search(q));
    expect(new pkg.SearchIndex(pkg.dataset, fresh.serialize()).search('pipeline')).toEqual(
      fresh.search('pipeline'),
    );
  });

  it('searches any dataset through SearchIndex', () => {
    const index = new pkg.SearchIndex({ ...pkg.dataset, relationships: [] });
    expect(index.search('all-weather').some((r) => r.collection === 'relationships')).toBe(false);
  });
});

describe('the dataset object', () => {
  it('holds every collection of the registry, and each named export of one is that collection', () => {
    expect(Object.keys(pkg.dataset)).toEqual(['meta', ...pkg.collectionNames]);
    const exported = pkg.collectionNames.filter((name) => name in pkg);
    // A named export is a convenience: the eight first collections have one.
    expect(exported.length).toBeGreaterThanOrEqual(8);
    for (const name of exported) expect((pkg as Record<string, unknown>)[name]).toBe(pkg.dataset[name]);
    expect(pkg.meta.name).toBe('@policy/pakistan-2024');
  });

  it('documents every stance with a score from +2 to -2', () => {
    expect(pkg.stances.map((s) => s.score)).toEqual([2, 1, 0, -1, -2]);
  });
});
