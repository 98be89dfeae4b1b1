import { describe, expect, it } from 'vitest';
import * as pkg from '../src/entries/index.js';
import { searchIndexJson } from '../src/entries/search-index.js';

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

  it('suggests every record from its id with one letter dropped, however long its other names', () => {
    for (const collection of ['actors', 'relationships', 'topics', 'initiatives', 'chronology'] as const)
      for (const { id } of pkg.dataset[collection]) {
        const typo = id.slice(0, 2) + id.slice(3);
        const found = pkg.suggest(typo, { collection, limit: 100 }).map((s) => s.id);
        expect(found, `${collection}/${id} from "${typo}"`).toContain(id);
      }
  });

  it('lists the records that link to a record', () => {
    const links = pkg.referencesTo('topics', 'kashmir');
    expect(links.map((l) => `${l.from.collection}/${l.from.id}`)).toContain('relationships/pakistan-china');
    expect(links.every((l) => l.to.id === 'kashmir')).toBe(true);
  });

  it('lists for every record exactly the links of the full backlink index, in its order', () => {
    const index = pkg.backlinkIndex(pkg.dataset);
    let linked = 0;
    for (const collection of pkg.collectionNames)
      for (const record of pkg.dataset[collection]) {
        const expected = index.get(`${collection}/${record.id}`) ?? [];
        linked += expected.length ? 1 : 0;
        expect(pkg.referencesTo(collection, record.id)).toEqual(expected);
      }
    // Most records are linked to; a comparison of empty lists alone would prove nothing.
    expect(linked).toBeGreaterThan(40);
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
    const queries = [
      'cpec',
      'security cooperation',
      'remitt',
      'kashmer',
      'Saudi',
      'nuclear',
      'Druzhba',
      'zzzz',
    ];
    const built = queries.map((q) => pkg.search(q));
    pkg.loadSearchIndex(searchIndexJson);
    queries.forEach((q, i) => {
      expect(pkg.search(q), q).toEqual(fresh.search(q));
      expect(pkg.search(q), q).toEqual(built[i]);
    });
    expect(new pkg.SearchIndex(pkg.dataset, fresh.serialize()).search('pipeline')).toEqual(
      fresh.search('pipeline'),
    );
  });

  it('refuses a prebuilt index of another dataset, keeping the one it has', () => {
    const other = new pkg.SearchIndex({ ...pkg.dataset, chronology: [] }).serialize();
    expect(() => pkg.loadSearchIndex(other)).toThrow(
      'the serialized search index was built from another dataset',
    );
    expect(pkg.search('Druzhba')[0]?.id).toBe('druzhba-vii-joint-exercise');
  });

  it('refuses an index in the form of an earlier version (no names line), saying so', () => {
    const serialized = new pkg.SearchIndex(pkg.dataset).serialize();
    const withoutNames = serialized.slice(serialized.indexOf('\n') + 1);
    expect(() => new pkg.SearchIndex(pkg.dataset, withoutNames)).toThrow(
      'the serialized search index is not in the form this version of the package writes',
    );
  });

  it('leaves the reports out of the index: they are read through the events that cite them', () => {
    const report = pkg.reports.find((r) => r.title);
    expect(report).toBeDefined();
    const hits = pkg.search(report?.title ?? '', { limit: 50 });
    expect(hits.some((h) => h.id === report?.id)).toBe(false);
    expect(pkg.search('Balancing Relations with Key Global Players').map((h) => h.id)).toContain(
      'iips-2024-pakistan-foreign-policy',
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

describe('the chronology', () => {
  it('is its own collection, apart from the essay’s events, with its own lookup', () => {
    expect(pkg.chronology).toBe(pkg.dataset.chronology);
    expect(pkg.chronology.length).toBeGreaterThanOrEqual(30);
    expect(pkg.events.every((e) => !pkg.chronology.some((c) => c.id === e.id))).toBe(true);
    const [first] = pkg.chronology;
    expect(pkg.getChronologyEvent(first?.id ?? '')).toBe(first);
    expect(pkg.getEvent(first?.id ?? '')).toBeUndefined();
  });

  it('selects events by relationship, by any reference to it, and by month', () => {
    const china = pkg.chronologyOf({ relationship: 'pakistan-china' });
    expect(china.length).toBeGreaterThanOrEqual(3);
    expect(china.every((e) => e.relationships.includes('pakistan-china'))).toBe(true);
    expect(pkg.chronologyOf({ relationship: 'cn' })).toEqual(china);
    const october = pkg.chronologyOf({ relationship: 'cn', month: '2024-10' });
    expect(october.length).toBeGreaterThan(0);
    expect(october.length).toBeLessThan(china.length);
    for (const e of october) expect(e.date <= '2024-10-31' && (e.end ?? e.date) >= '2024-10-01').toBe(true);
  });

  it('selects the key events, which cover every relationship of the essay, and the others apart', () => {
    const key = pkg.chronologyOf({ key: true });
    expect(key.length).toBeGreaterThanOrEqual(6);
    expect(key.length).toBeLessThanOrEqual(10);
    expect(key.every((e) => e.key !== undefined && e.key.reason.length > 0)).toBe(true);
    for (const r of pkg.relationships) expect(key.some((e) => e.relationships.includes(r.id))).toBe(true);
    const others = pkg.chronologyOf({ key: false });
    expect(others.length + key.length).toBe(pkg.chronology.length);
    expect(
      pkg
        .chronologyOf({ key: true, relationship: 'in' })
        .every((e) => e.relationships.includes('pakistan-india')),
    ).toBe(true);
  });

  it('counts an event of several days in every month it spans', () => {
    const span = pkg.chronology.find((e) => e.end && e.end.slice(0, 7) !== e.date.slice(0, 7));
    if (span?.end) {
      expect(pkg.chronologyOf({ month: span.date.slice(0, 7) })).toContain(span);
      expect(pkg.chronologyOf({ month: span.end.slice(0, 7) })).toContain(span);
    }
    expect(
      pkg.chronologyOf({ from: '2024-03', to: '2024-03-31' }).every((e) => e.date.startsWith('2024-03')),
    ).toBe(true);
  });

  it('selects by actor (a group matching its members), topic, initiative and kind, all filters at once', () => {
    const iran = pkg.chronologyOf({ actor: 'IR' });
    expect(iran.length).toBeGreaterThanOrEqual(3);
    expect(iran.every((e) => e.actors.includes('iran'))).toBe(true);
    const gulf = pkg.chronologyOf({ actor: 'gulf-states' });
    expect(gulf.some((e) => e.actors.includes('saudi-arabia'))).toBe(true);
    expect(pkg.chronologyOf({ topic: 'Kashmir' }).every((e) => e.topics.includes('kashmir'))).toBe(true);
    const cpec = pkg.chronologyOf({ initiative: 'CPEC' });
    expect(cpec.length).toBeGreaterThan(0);
    expect(cpec.every((e) => e.initiatives.includes('cpec'))).toBe(true);
    const strikes = pkg.chronologyOf({ kind: 'strike', relationship: 'pakistan-afghanistan' });
    expect(strikes.length).toBeGreaterThan(0);
    expect(
      strikes.every((e) => e.kind === 'strike' && e.relationships.includes('pakistan-afghanistan')),
    ).toBe(true);
  });

  it('matches nothing for a reference it does not know or a malformed month, rather than everything', () => {
    expect(pkg.chronologyOf({ relationship: 'atlantis' })).toEqual([]);
    expect(pkg.chronologyOf({ actor: 'nobody' })).toEqual([]);
    expect(pkg.chronologyOf({ month: '2024-13' })).toEqual([]);
    expect(pkg.chronologyOf({ from: 'soon' })).toEqual([]);
    expect(pkg.chronologyOf()).toEqual(pkg.chronology);
  });

  it('resolves the reports an event cites, in order, each once', () => {
    for (const e of pkg.chronology) {
      const reports = pkg.reportsOf(e);
      expect(reports.map((r) => r.id)).toEqual([...new Set(e.provenance.map((c) => c.source))]);
      expect(reports.every((r) => r.kind === 'report')).toBe(true);
    }
  });

  it('tells the essay from the reports among the sources', () => {
    expect(pkg.essays.map((s) => s.id)).toEqual(pkg.meta.sources);
    expect(pkg.essays.length + pkg.reports.length).toBe(pkg.sources.length);
    expect(pkg.reports.every((r) => r.url.startsWith('https://') && r.accessed)).toBe(true);
  });

  it('is found by search, and by search within the collection', () => {
    const [top] = pkg.search('Druzhba', { collections: ['chronology'] });
    expect(top).toMatchObject({ collection: 'chronology', id: 'druzhba-vii-joint-exercise' });
    expect(pkg.search('Kartarpur').map((r) => r.collection)).toContain('chronology');
  });

  it('formats a report citation with the report’s publisher and date, and an essay citation as before', () => {
    const e = pkg.chronology[0];
    const c = e?.provenance[0];
    const report = c && pkg.reportsOf(e)[0];
    if (!c || !report) throw new Error('no cited report');
    expect(pkg.formatCitation(c, { report })).toBe(`${pkg.reportLabel(report)}: “${c.quote}”`);
    expect(pkg.formatCitation(c, { source: true })).toBe(`${c.source}: “${c.quote}”`);
    expect(pkg.isReportCitation(c)).toBe(true);
    const essayCite = pkg.relationships[0]?.provenance[0];
    if (essayCite) expect(pkg.isReportCitation(essayCite)).toBe(false);
  });
});
