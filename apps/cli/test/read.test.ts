import { dataset, events, relationships, search, stances } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { oneLineError, policy, policyJson } from './helpers.js';

describe('policy list', () => {
  it('shows relationships with partner, label, stance and trajectory', () => {
    const r = policy(['list', 'relationships']);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^id\s+partner\s+label\s+stance\s+trajectory$/);
    expect(rows).toHaveLength(relationships.length);
    for (const rel of relationships) {
      const row = rows.find((line) => line.startsWith(`${rel.id} `));
      expect(row, rel.id).toBeDefined();
      const stance = stances.find((s) => s.value === rel.stance.value);
      expect(row).toContain(rel.label);
      expect(row).toContain(stance?.label);
    }
  });

  it.each(['sources', 'actors', 'themes', 'initiatives', 'topics', 'events', 'prospects'] as const)(
    'lists every record of %s, and the records themselves with --json',
    (collection) => {
      const r = policy(['list', collection]);
      expect(r.code).toBe(0);
      for (const record of dataset[collection]) expect(r.stdout).toContain(record.id);
      expect(policyJson(['list', collection, '--json'])).toEqual(dataset[collection]);
    },
  );
});

describe('policy show', () => {
  it.each(['pakistan-china', 'cn', 'CN', 'CHN', 'China', 'china', "People's Republic of China"])(
    'finds Pakistan–China by %j',
    (ref) => {
      const r = policy(['show', ref]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toMatch(/^Pakistan–China\s+relationships\/pakistan-china$/);
    },
  );

  it.each([
    ['KSA', 'relationships/pakistan-gulf-states'],
    ['U.S.', 'relationships/pakistan-united-states'],
    ['usa', 'relationships/pakistan-united-states'],
    ['actors/china', 'actors/china'],
    ['CPEC', 'initiatives/cpec'],
    ['kashmir', 'topics/kashmir'],
  ])('resolves %j to %s', (ref, expected) => {
    expect(policyJson<{ collection: string; record: { id: string } }>(['show', ref, '--json'])).toMatchObject(
      {
        collection: expected.split('/')[0],
        record: { id: expected.split('/')[1] },
      },
    );
  });

  it('lays a relationship out with its dimensions, points, challenges, opportunities, links and citations', () => {
    const rel = relationships.find((r) => r.id === 'pakistan-china');
    expect(rel).toBeDefined();
    if (!rel) return;
    const out = policy(['show', 'pakistan-china']).stdout.replace(/\s+/g, ' ');
    for (const d of rel.dimensions) {
      expect(out).toContain(d.title);
      for (const p of d.points) expect(out).toContain(p.text);
    }
    for (const c of [...rel.challenges, ...rel.opportunities]) expect(out).toContain(c.text);
    if (rel.challenges.length) expect(out).toContain('Challenges');
    if (rel.opportunities.length) expect(out).toContain('Opportunities');
    expect(out).toContain('Links');
    // Each point is followed by its citation: section path and paragraph.
    const first = rel.dimensions[0]?.points[0];
    const cite = first?.provenance[0];
    expect(out).toContain(`${first?.text} ↳ ${cite?.section.join(' › ')} ¶${cite?.paragraph}`);
  });

  it('gives links and backlinks with --json', () => {
    const shown = policyJson<{
      links: { field: string; collection: string; id: string; title: string }[];
      referencedBy: { collection: string; id: string }[];
    }>(['show', 'actors/china', '--json']);
    expect(shown.referencedBy).toContainEqual(
      expect.objectContaining({ collection: 'relationships', id: 'pakistan-china' }),
    );
    const rel = policyJson<{ links: { field: string; id: string }[] }>(['show', 'cn', '--json']);
    expect(rel.links).toContainEqual(expect.objectContaining({ field: 'partners', id: 'china' }));
  });

  it('exits 1 with "did you mean" for an unknown reference', () => {
    const r = policy(['show', 'chna']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(oneLineError(r)).toMatch(/^policy: no record matches "chna"; did you mean china \(actors\)/);
  });

  it('suggests a search when nothing is near', () => {
    const r = policy(['show', 'zzzzqqqq']);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toContain('try `policy search "zzzzqqqq"`');
  });
});

describe('policy search', () => {
  it('returns the package search results, ranked', () => {
    expect(policyJson(['search', 'kashmir', '--json'])).toEqual(search('kashmir', { limit: 10 }));
    expect(policyJson(['search', 'gas', 'pipeline', '--json'])).toEqual(
      search('gas pipeline', { limit: 10 }),
    );
  });

  it('filters by collection and limits the count', () => {
    const results = policyJson<{ collection: string }[]>([
      'search',
      'energy',
      '--collection',
      'relationships',
      '-n',
      '2',
      '--json',
    ]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(results.every((r) => r.collection === 'relationships')).toBe(true);
    const two = policyJson<{ collection: string }[]>([
      'search',
      'pakistan',
      '-c',
      'topics',
      '-c',
      'themes',
      '--json',
    ]);
    expect(new Set(two.map((r) => r.collection))).toEqual(new Set(['topics', 'themes']));
  });

  it('prints rank, title, reference and snippet', () => {
    const [top] = search('kashmir', { limit: 1 });
    const r = policy(['search', 'kashmir']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(
      new RegExp(`^ 1\\. ${top?.title}\\s+${top?.collection}/${top?.id}`),
    );
  });

  it('says so when nothing matches', () => {
    const r = policy(['search', 'qqqqzzzzxxxx']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No results');
    expect(policyJson(['search', 'qqqqzzzzxxxx', '--json'])).toEqual([]);
  });
});

describe('policy timeline', () => {
  it('lists the events in date order', () => {
    const listed = policyJson<{ id: string; date: string }[]>(['timeline', '--json']);
    expect(listed.map((e) => e.id).sort()).toEqual(events.map((e) => e.id).sort());
    const dates = listed.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const text = policy(['timeline']).stdout;
    const positions = listed.map((e) => text.indexOf(events.find((x) => x.id === e.id)?.title ?? '\u0000'));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
