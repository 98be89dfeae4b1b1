import type { Actor, Relationship, StanceValue } from '@policy/pakistan-2024';
import { type GeoPermissibleObjects, type GeoProjection, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country drawn for one relationship (a group such as the Gulf states gives several). */
export interface PartnerCountry {
  readonly relationshipId: string;
  readonly actorId: string;
  readonly name: string;
  /** ISO 3166-1 numeric code, the key of Natural Earth shapes in world-atlas. */
  readonly isoNumeric: string;
}

type CountryFeature = Feature<Geometry, { name: string }>;

/** A country on the drawn map: its outline, and a marker when it is too small to see or click. */
export interface DrawnCountry {
  readonly isoNumeric: string;
  readonly name: string;
  readonly d: string;
  readonly centroid: readonly [number, number];
  readonly marker: boolean;
}

/** A relationship on the map, coloured by its stance. */
export interface DrawnRelationship {
  readonly id: string;
  readonly title: string;
  readonly stance: StanceValue;
  readonly countries: readonly DrawnCountry[];
}

/** Everything the map component needs, computed at build time. */
export interface MapModel {
  readonly width: number;
  readonly height: number;
  readonly background: readonly { readonly key: string; readonly d: string }[];
  readonly home?: DrawnCountry;
  readonly relationships: readonly DrawnRelationship[];
  /** Partners that have no shape on the map (organisations, regions, or codes Natural Earth lacks). */
  readonly missing: readonly PartnerCountry[];
}

/**
 * The countries a relationship's partners stand for: a state is itself, a group is its member
 * states (recursively); organisations and regions have no country and give nothing.
 */
export function partnerCountries(
  relationships: readonly Relationship[],
  actorById: (id: string) => Actor | undefined,
): PartnerCountry[] {
  const out: PartnerCountry[] = [];
  const expand = (relationshipId: string, actorId: string, seen: Set<string>): void => {
    if (seen.has(actorId)) return;
    seen.add(actorId);
    const actor = actorById(actorId);
    if (!actor) return;
    if (actor.kind === 'state' && actor.isoNumeric)
      out.push({
        relationshipId,
        actorId,
        name: actor.shortName ?? actor.name,
        isoNumeric: actor.isoNumeric,
      });
    for (const member of actor.members ?? []) expand(relationshipId, member, seen);
  };
  for (const r of relationships) {
    const seen = new Set<string>();
    for (const p of r.partners) expand(r.id, p, seen);
  }
  return out;
}

/** Countries of a world-atlas topology as GeoJSON features keyed by ISO numeric code. */
export function countriesOf(topology: Topology): Map<string, CountryFeature> {
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>;
  const out = new Map<string, CountryFeature>();
  collection.features.forEach((f, i) => {
    out.set(f.id === undefined ? `unnamed-${i}` : String(f.id), f);
  });
  return out;
}

const ANTARCTICA = '010';
/** Shapes smaller than this (in square pixels of the drawing) also get a round marker. */
const MARKER_AREA = 60;

export interface MapInput {
  readonly relationships: readonly Relationship[];
  readonly partners: readonly PartnerCountry[];
  /** ISO numeric code of the country at the centre of the dataset (Pakistan, 586). */
  readonly homeIsoNumeric?: string;
  readonly homeName?: string;
  /** The coarse world for the background (world-atlas countries-110m). */
  readonly world: Topology;
  /** A finer world for the states the coarse one lacks (small states such as Bahrain; countries-50m). */
  readonly detail?: Topology;
  readonly width?: number;
}

/**
 * Projects the partner countries and the home country with Natural Earth, fitted to them with a
 * margin, over a background of every other country. Paths are rounded to whole units of the
 * 960-unit drawing, which is as fine as 1:110m shapes deserve and halves the page's weight.
 */
export function buildMap(input: MapInput): MapModel {
  const width = input.width ?? 960;
  const coarse = countriesOf(input.world);
  const fine = input.detail ? countriesOf(input.detail) : coarse;
  // The coarse shapes keep the page light; the fine ones only fill the gaps.
  const shapeOf = (iso: string) => coarse.get(iso) ?? fine.get(iso);

  const focus: CountryFeature[] = [];
  const home = input.homeIsoNumeric ? shapeOf(input.homeIsoNumeric) : undefined;
  if (home) focus.push(home);
  const missing: PartnerCountry[] = [];
  for (const p of input.partners) {
    const shape = shapeOf(p.isoNumeric);
    if (shape) focus.push(shape);
    else missing.push(p);
  }
  const focusCollection: FeatureCollection = {
    type: 'FeatureCollection',
    features: focus.length ? focus : [...coarse.values()],
  };

  // Fit the width first to learn the height the focus needs, then fit both with a margin.
  const pad = Math.round(width * 0.04);
  const probe = geoNaturalEarth1().fitWidth(width - 2 * pad, focusCollection);
  const [[, y0], [, y1]] = geoPath(probe).bounds(focusCollection);
  const height = Math.round(Math.min(Math.max(y1 - y0 + 2 * pad, width * 0.4), width * 0.75));
  const projection: GeoProjection = geoNaturalEarth1()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      focusCollection,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);

  const draw = (f: CountryFeature, iso: string, name: string): DrawnCountry => {
    const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
    return {
      isoNumeric: iso,
      name,
      d: path(f as GeoPermissibleObjects) ?? '',
      centroid: [Math.round(cx * 10) / 10, Math.round(cy * 10) / 10],
      marker: path.area(f as GeoPermissibleObjects) < MARKER_AREA,
    };
  };

  const highlighted = new Set([input.homeIsoNumeric, ...input.partners.map((p) => p.isoNumeric)]);
  const background: { key: string; d: string }[] = [];
  for (const [key, f] of coarse) {
    if (key === ANTARCTICA || highlighted.has(key)) continue;
    const d = path(f as GeoPermissibleObjects);
    if (d) background.push({ key, d });
  }

  const relationships: DrawnRelationship[] = input.relationships.map((r) => ({
    id: r.id,
    title: r.title,
    stance: r.stance.value,
    countries: input.partners
      .filter((p) => p.relationshipId === r.id)
      .flatMap((p) => {
        const shape = shapeOf(p.isoNumeric);
        return shape ? [draw(shape, p.isoNumeric, p.name)] : [];
      })
      .filter((c) => c.d !== ''),
  }));

  return {
    width,
    height,
    background,
    ...(home && input.homeIsoNumeric
      ? { home: draw(home, input.homeIsoNumeric, input.homeName ?? home.properties.name) }
      : {}),
    relationships,
    missing,
  };
}
