import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Actor, getActor, type Relationship, relationships } from '@policy/pakistan-2024';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { type Box, buildMap, countriesOf, type DrawnRelationship, partnerCountries } from '@/lib/map';
import { MIN_TARGET_PX, NARROWEST_MAP_PX, neighbourhoodMap } from '@/lib/neighbourhood-map';

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
    expect(out.map((p) => [p.relationshipId, p.partnerName, p.isoNumeric])).toEqual([
      ['r-china', 'China', '156'],
      ['r-gulf', 'Gulf', '682'],
      ['r-gulf', 'Gulf', '048'],
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
    { relationshipId: 'r-china', partnerName: 'China', actorId: 'china', name: 'China', isoNumeric: '156' },
    {
      relationshipId: 'r-gulf',
      partnerName: 'Gulf',
      actorId: 'saudi-arabia',
      name: 'Saudi Arabia',
      isoNumeric: '682',
    },
    { relationshipId: 'r-gulf', partnerName: 'Gulf', actorId: 'bahrain', name: 'Bahrain', isoNumeric: '048' },
    {
      relationshipId: 'r-gulf',
      partnerName: 'Gulf',
      actorId: 'atlantis',
      name: 'Atlantis',
      isoNumeric: '999',
    },
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
    expect(bahrain?.marker).toBeGreaterThan(0);
    expect(model.relationships[0]?.countries[0]?.marker).toBeUndefined();
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

describe('the overview’s map of the neighbourhood', () => {
  const model = neighbourhoodMap(relationships);
  // A 390 px phone draws the map across the page less its margins (2 × 16 px) and border (2 × 1 px).
  const phoneScale = (390 - 34) / model.width;
  const narrowestScale = NARROWEST_MAP_PX / model.width;
  const boxesOf = (r: DrawnRelationship): Box[] => [
    ...r.countries.map((c) => c.bounds),
    ...r.insets.map((i) => i.box),
  ];
  const insideDrawing = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= model.width && b.y + b.height <= model.height;
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('draws every relationship of the dataset, none missing', () => {
    expect(model.missing).toEqual([]);
    expect(model.relationships.map((r) => r.id)).toEqual(relationships.map((r) => r.id));
    for (const r of model.relationships) expect(boxesOf(r).length, r.id).toBeGreaterThan(0);
  });

  it('gives every partner one shape, marker or inset of at least 24 × 24 CSS px, even on a 320 px screen', () => {
    for (const r of model.relationships) {
      const biggest = Math.max(...boxesOf(r).map((b) => Math.min(b.width, b.height)));
      expect(biggest * narrowestScale, r.id).toBeGreaterThanOrEqual(MIN_TARGET_PX);
      expect(biggest * phoneScale, r.id).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    }
  });

  it('shows the United States, beyond the frame, as an inset in a free corner of the drawing', () => {
    const us = model.relationships.find((r) => r.id === 'pakistan-united-states');
    expect(us?.countries).toEqual([]);
    const inset = us?.insets[0];
    expect(inset?.name).toBe('United States');
    expect(inset?.d).toMatch(/^M\d/);
    expect(insideDrawing(inset?.box as Box)).toBe(true);
    const shapes = [
      ...(model.home ? [model.home.bounds] : []),
      ...model.relationships.flatMap((r) => r.countries.map((c) => c.bounds)),
    ];
    for (const s of shapes) expect(overlap(s, inset?.box as Box)).toBe(false);
  });

  it('keeps a large partner that reaches into the frame (Russia) on the map, not in an inset', () => {
    const russia = model.relationships.find((r) => r.id === 'pakistan-russia');
    expect(russia?.insets).toEqual([]);
    expect(russia?.countries[0]?.bounds.width).toBeGreaterThan(model.width / 2);
  });

  it('writes Pakistan’s name and those of the partners that fit, inside the drawing and clear of each other', () => {
    expect(model.home?.labelAt).toBeDefined();
    const named = model.relationships.filter((r) => r.labelAt);
    expect(named.length).toBeGreaterThanOrEqual(model.relationships.length - 1);
    const w = (name: string) => name.length * model.labelSize * 0.6;
    const boxes = [
      ...named.map((r) => ({ name: r.name, at: r.labelAt as readonly [number, number] })),
      { name: model.home?.name ?? '', at: model.home?.labelAt as readonly [number, number] },
    ].map(({ name, at }) => ({
      x: at[0] - w(name) / 2,
      y: at[1] - model.labelSize,
      width: w(name),
      height: model.labelSize,
    }));
    for (const b of boxes) expect(insideDrawing(b)).toBe(true);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    expect(model.relationships.find((r) => r.id === 'pakistan-gulf-states')?.name).toBe('Gulf states');
  });

  it('zooms in: Afghanistan is many times larger than on a world map of the same width', () => {
    const world = buildMap({
      relationships,
      partners: partnerCountries(relationships, (id) => getActor(id)),
      homeIsoNumeric: '586',
      world: coarse,
      width: model.width,
    });
    const afghanistan = (m: typeof model) =>
      m.relationships.find((r) => r.id === 'pakistan-afghanistan')?.countries[0]?.bounds.width ?? 0;
    expect(afghanistan(model)).toBeGreaterThan(3 * afghanistan(world));
  });
});

describe('targets and insets', () => {
  const frame = { west: 34, south: 5, east: 124, north: 56 };
  const p = (relationshipId: string, isoNumeric: string, name: string) => ({
    relationshipId,
    partnerName: name,
    actorId: name,
    name,
    isoNumeric,
  });
  const model = buildMap({
    relationships: [
      relationship('r-bahrain', ['bahrain'], 'cooperation'),
      relationship('r-us', ['us'], 'mixed'),
      relationship('r-brazil', ['brazil'], 'mixed'),
    ],
    partners: [
      p('r-bahrain', '048', 'Bahrain'),
      p('r-us', '840', 'United States'),
      p('r-brazil', '076', 'Brazil'),
    ],
    homeIsoNumeric: '586',
    world: coarse,
    detail: fine,
    width: 480,
    frame,
    minTarget: 40,
  });

  it('grows the marker of a partner too small to tap to the full target size', () => {
    const bahrain = model.relationships[0]?.countries[0];
    expect(bahrain?.marker).toBe(20);
    expect(Math.min(bahrain?.bounds.width ?? 0, bahrain?.bounds.height ?? 0)).toBeGreaterThanOrEqual(40);
  });

  it('stacks the insets of several partners beyond the frame without overlap', () => {
    const [us, brazil] = [model.relationships[1]?.insets[0], model.relationships[2]?.insets[0]];
    expect(us && brazil).toBeTruthy();
    const [a, b] = [us?.box as Box, brazil?.box as Box];
    expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(
      false,
    );
    for (const box of [a, b]) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
  });
});
