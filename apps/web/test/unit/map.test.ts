import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Actor, getActor, type Relationship, relationships } from '@policy/pakistan-2024';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildMap, countriesOf, partnerCountries } from '@/lib/map';

const require = createRequire(import.meta.url);
const world = (scale: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;
const coarse = world('110m');
const fine = world('50m');

const state = (id: string, isoNumeric: string, name = id): Actor =>
  ({ id, name, kind: 'state', iso2: 'XX', iso3: 'XXX', isoNumeric, aliases: [], description: 'x' }) as Actor;

const relationship = (
  id: string,
  partners: string[],
  stance: Relationship['stance']['value'],
): Relationship => ({ id, title: id, partners, stance: { value: stance } }) as unknown as Relationship;

describe('partnerCountries', () => {
  const actors = new Map<string, Actor>([
    ['china', state('china', '156', 'China')],
    ['saudi-arabia', state('saudi-arabia', '682')],
    ['bahrain', state('bahrain', '048')],
    [
      'gulf',
      {
        id: 'gulf',
        name: 'Gulf',
        kind: 'group',
        members: ['saudi-arabia', 'bahrain', 'gulf'],
        aliases: [],
        description: 'x',
      } as Actor,
    ],
    ['sco', { id: 'sco', name: 'SCO', kind: 'organisation', aliases: [], description: 'x' } as Actor],
  ]);
  const byId = (id: string) => actors.get(id);

  it('gives a state its own code and a group its member states, once each, and nothing for an organisation', () => {
    const out = partnerCountries(
      [relationship('r-china', ['china'], 'cooperation'), relationship('r-gulf', ['gulf', 'sco'], 'mixed')],
      byId,
    );
    expect(out.map((p) => [p.relationshipId, p.isoNumeric])).toEqual([
      ['r-china', '156'],
      ['r-gulf', '682'],
      ['r-gulf', '048'],
    ]);
  });

  it('finds a country for every partner of the real dataset', () => {
    const out = partnerCountries(relationships, (id) => getActor(id));
    for (const r of relationships)
      expect(
        out.some((p) => p.relationshipId === r.id),
        r.id,
      ).toBe(true);
  });
});

describe('buildMap', () => {
  const rels = [
    relationship('r-china', ['china'], 'close-cooperation'),
    relationship('r-gulf', ['gulf'], 'mixed'),
  ];
  const partners = [
    { relationshipId: 'r-china', actorId: 'china', name: 'China', isoNumeric: '156' },
    { relationshipId: 'r-gulf', actorId: 'saudi-arabia', name: 'Saudi Arabia', isoNumeric: '682' },
    { relationshipId: 'r-gulf', actorId: 'bahrain', name: 'Bahrain', isoNumeric: '048' },
    { relationshipId: 'r-gulf', actorId: 'atlantis', name: 'Atlantis', isoNumeric: '999' },
  ];
  const model = buildMap({
    relationships: rels,
    partners,
    homeIsoNumeric: '586',
    homeName: 'Pakistan',
    world: coarse,
    detail: fine,
    width: 800,
  });

  it('keeps each relationship’s stance and draws each of its countries', () => {
    expect(model.relationships.map((r) => [r.id, r.stance, r.countries.map((c) => c.isoNumeric)])).toEqual([
      ['r-china', 'close-cooperation', ['156']],
      ['r-gulf', 'mixed', ['682', '048']],
    ]);
    for (const r of model.relationships) for (const c of r.countries) expect(c.d).toMatch(/^M[\d.-]/);
  });

  it('fits the partners and home inside the drawing', () => {
    expect(model.width).toBe(800);
    const inside = ([x, y]: readonly [number, number]) =>
      x > 0 && x < model.width && y > 0 && y < model.height;
    for (const r of model.relationships)
      for (const c of r.countries) expect(inside(c.centroid), c.name).toBe(true);
    expect(model.home && inside(model.home.centroid)).toBe(true);
  });

  it('takes a state missing from the coarse world from the fine one and marks it as too small to see', () => {
    expect(countriesOf(coarse).has('048')).toBe(false);
    const bahrain = model.relationships[1]?.countries.find((c) => c.isoNumeric === '048');
    expect(bahrain?.marker).toBe(true);
    expect(model.relationships[0]?.countries[0]?.marker).toBe(false);
  });

  it('reports a partner that has no shape instead of dropping it silently', () => {
    expect(model.missing.map((m) => m.isoNumeric)).toEqual(['999']);
  });

  it('leaves the highlighted countries and Antarctica out of the background', () => {
    const keys = new Set(model.background.map((b) => b.key));
    for (const iso of ['156', '682', '586', '010']) expect(keys.has(iso)).toBe(false);
    expect(model.background.length).toBeGreaterThan(20);
  });

  it('zooms in on the partners: a regional map is taller per unit of width than the world would need', () => {
    const regional = buildMap({
      relationships: [rels[0] as Relationship],
      partners: partners.slice(0, 1),
      homeIsoNumeric: '586',
      world: coarse,
      width: 800,
    });
    const china = regional.relationships[0]?.countries[0];
    // China spans a good part of the regional drawing, far more than its share of a world map.
    const xs = [...(china?.d.matchAll(/[ML](-?\d+),/g) ?? [])].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(regional.width / 3);
  });
});
