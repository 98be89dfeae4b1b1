import type { Actor, Relationship, StanceValue } from '@policy/pakistan-2024';
import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoArea,
  geoAzimuthalEqualArea,
  geoCentroid,
  geoConicEqualArea,
  geoNaturalEarth1,
  geoPath,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country drawn for one relationship (a group such as the Gulf states gives several). */
export interface PartnerCountry {
  readonly relationshipId: string;
  /** The partner as the relationship names it: the state itself, or the group it belongs to. */
  readonly partnerName: string;
  readonly actorId: string;
  readonly name: string;
  /** ISO 3166-1 numeric code, the key of Natural Earth shapes in world-atlas. */
  readonly isoNumeric: string;
}

type CountryFeature = Feature<Geometry, { name: string }>;

/** A rectangle of the drawing, in drawing units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A country on the drawn map: its visible outline, and a marker when that is too small to see or tap. */
export interface DrawnCountry {
  readonly isoNumeric: string;
  readonly name: string;
  readonly d: string;
  /** The centre of the visible part, where a label goes. */
  readonly centroid: readonly [number, number];
  /** The visible part's bounding box. */
  readonly bounds: Box;
  /** Radius of a round marker drawn on the centre, when the shape alone is too small to see or tap. */
  readonly marker?: number;
}

/** A partner beyond the frame, drawn small in a box of its own in a corner of the map. */
export interface Inset {
  readonly isoNumeric: string;
  readonly name: string;
  readonly box: Box;
  /** The country's outline inside the box, on a projection of its own (not to the map's scale). */
  readonly d: string;
  /** Where the name goes, under the outline. */
  readonly labelAt: readonly [number, number];
}

/** A relationship on the map, coloured by its stance. */
export interface DrawnRelationship {
  readonly id: string;
  readonly title: string;
  /** The partner's name, as a label: "China", "Gulf states". */
  readonly name: string;
  readonly stance: StanceValue;
  readonly countries: readonly DrawnCountry[];
  readonly insets: readonly Inset[];
  /** Where the name is written on the map; absent when it does not fit. */
  readonly labelAt?: readonly [number, number];
  /** The bounding box of everything a reader can tap for this relationship. */
  readonly target: Box;
}

/** Everything the map component needs, computed at build time. */
export interface MapModel {
  readonly width: number;
  readonly height: number;
  /** Font sizes of the names on the map and in insets, in drawing units. */
  readonly labelSize: number;
  readonly insetLabelSize: number;
  readonly background: readonly { readonly key: string; readonly d: string }[];
  readonly home?: DrawnCountry & { readonly labelAt?: readonly [number, number] };
  readonly relationships: readonly DrawnRelationship[];
  /** Partners that have no shape on the map (organisations, regions, or codes Natural Earth lacks). */
  readonly missing: readonly PartnerCountry[];
}

/** A region of the globe by its bounding meridians and parallels, in degrees. */
export interface Frame {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
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
  const nameOf = (a: Actor) => a.shortName ?? a.name;
  const expand = (relationshipId: string, partnerName: string, actorId: string, seen: Set<string>): void => {
    if (seen.has(actorId)) return;
    seen.add(actorId);
    const actor = actorById(actorId);
    if (!actor) return;
    if (actor.kind === 'state' && actor.isoNumeric)
      out.push({ relationshipId, partnerName, actorId, name: nameOf(actor), isoNumeric: actor.isoNumeric });
    for (const member of actor.members ?? []) expand(relationshipId, partnerName, member, seen);
  };
  for (const r of relationships) {
    const seen = new Set<string>();
    for (const p of r.partners) {
      const actor = actorById(p);
      expand(r.id, actor ? nameOf(actor) : p, p, seen);
    }
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
/** Shapes smaller than this (in square units of the drawing) get a round marker, to be seen at all. */
const MARKER_AREA = 60;
const MARKER_RADIUS = 7;
/** Share of the drawing's width used as its margin. */
const MARGIN = 0.02;
/** Average advance of a character of the bold system font, in ems: enough to tell whether a name fits. */
const CHAR_WIDTH = 0.6;

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
  /** Width of the drawing in its own units (the SVG viewBox). */
  readonly width?: number;
  /** The region to draw; without one, the whole of the partners and home on a world projection. */
  readonly frame?: Frame;
  /** The smallest box, in drawing units, a reader must be able to tap for a partner. */
  readonly minTarget?: number;
  /** Font size of the names written on the map, in drawing units. */
  readonly labelSize?: number;
}

/** The bounding box of a path, as a Box, or undefined when nothing of it is drawn. */
function boxOf(bounds: [[number, number], [number, number]]): Box | undefined {
  const [[x0, y0], [x1, y1]] = bounds;
  if (![x0, y0, x1, y1].every(Number.isFinite) || x1 < x0 || y1 < y0) return undefined;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The smallest box holding all the given boxes. */
export function unionBox(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const areaOf = (b: Box) => b.width * b.height;
/** The country whose visible part has the largest bounding box. */
const largestOf = (countries: readonly DrawnCountry[]) =>
  countries.reduce<DrawnCountry | undefined>(
    (a, c) => (!a || areaOf(c.bounds) > areaOf(a.bounds) ? c : a),
    undefined,
  );

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The frame's outline as points along its four edges, so that a conic projection can be fitted to it. */
function frameOutline(f: Frame): MultiPoint {
  const steps = 12;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const lon = f.west + ((f.east - f.west) * i) / steps;
    const lat = f.south + ((f.north - f.south) * i) / steps;
    coordinates.push([lon, f.south], [lon, f.north], [f.west, lat], [f.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** An equal-area conic projection centred on the frame, its standard parallels a sixth in from its edges. */
function regionalProjection(f: Frame): GeoProjection {
  const span = f.north - f.south;
  return geoConicEqualArea()
    .rotate([-(f.west + f.east) / 2, 0])
    .parallels([f.south + span / 6, f.north - span / 6]);
}

/** The largest ring of a country (mainland United States rather than Alaska), for fitting an inset. */
function largestPart(f: CountryFeature): Feature<Polygon> {
  const g = f.geometry;
  const polygons: Polygon[] =
    g.type === 'Polygon'
      ? [g]
      : g.type === 'MultiPolygon'
        ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
        : [];
  const largest = polygons.reduce<Polygon | undefined>(
    (best, p) => (!best || geoArea(p) > geoArea(best) ? p : best),
    undefined,
  );
  return { type: 'Feature', properties: {}, geometry: largest ?? { type: 'Polygon', coordinates: [] } };
}

/**
 * Projects the home country and the partners for a map: with a frame, an equal-area conic fitted to
 * that region, partners beyond it drawn in corner insets; without one, Natural Earth fitted to the
 * partners. Every partner gets a tappable target of at least `minTarget` units (a round marker
 * where its shape is smaller) and its name where the name fits. Paths are rounded to whole units,
 * which is as fine as 1:110m shapes deserve and halves the page's weight.
 */
export function buildMap(input: MapInput): MapModel {
  const width = input.width ?? 960;
  const minTarget = input.minTarget ?? 0;
  const labelSize = input.labelSize ?? 13;
  const coarse = countriesOf(input.world);
  const fine = input.detail ? countriesOf(input.detail) : coarse;
  // The coarse shapes keep the page light; the fine ones only fill the gaps.
  const shapeOf = (iso: string) => coarse.get(iso) ?? fine.get(iso);

  const home = input.homeIsoNumeric ? shapeOf(input.homeIsoNumeric) : undefined;
  const missing: PartnerCountry[] = [];
  const focus: CountryFeature[] = home ? [home] : [];
  for (const p of input.partners) {
    const shape = shapeOf(p.isoNumeric);
    if (shape) focus.push(shape);
    else missing.push(p);
  }
  const fitTo: GeoPermissibleObjects = input.frame
    ? frameOutline(input.frame)
    : { type: 'FeatureCollection', features: focus.length ? focus : [...coarse.values()] };
  const base = () => (input.frame ? regionalProjection(input.frame) : geoNaturalEarth1());

  // Fit the width first to learn the height the region needs, then fit both with a margin.
  const pad = Math.round(width * MARGIN);
  const [[, y0], [, y1]] = geoPath(base().fitWidth(width - 2 * pad, fitTo)).bounds(fitTo);
  const height = Math.round(Math.min(Math.max(y1 - y0 + 2 * pad, width * 0.4), width * 0.75));
  const projection = base()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      fitTo,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(0);

  const draw = (f: CountryFeature, iso: string, name: string): DrawnCountry | undefined => {
    const geo = f as GeoPermissibleObjects;
    const d = path(geo) ?? '';
    const bounds = boxOf(path.bounds(geo));
    if (!d || !bounds) return undefined;
    const [cx, cy] = path.centroid(geo);
    return {
      isoNumeric: iso,
      name,
      d,
      centroid: [round1(cx), round1(cy)],
      bounds,
      ...(path.area(geo) < MARKER_AREA ? { marker: MARKER_RADIUS } : {}),
    };
  };

  /** The country with its marker grown to a full target, and its bounds grown with it. */
  const withTarget = (c: DrawnCountry): DrawnCountry => {
    const r = Math.max(c.marker ?? 0, minTarget / 2);
    const [cx, cy] = c.centroid;
    return {
      ...c,
      marker: r,
      bounds: unionBox([c.bounds, { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }]),
    };
  };

  // A partner is beyond the frame when its centre is and too little of it shows to tap: a sliver
  // at the edge is not a map of it, while a large country reaching into the frame (Russia) is.
  const beyond = (f: CountryFeature) => {
    if (!input.frame) return false;
    const p = projection(geoCentroid(f as GeoPermissibleObjects));
    const outside = !p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height;
    const shown = boxOf(path.bounds(f as GeoPermissibleObjects));
    return outside && (!shown || shown.width < minTarget || shown.height < minTarget);
  };

  const highlighted = new Set([input.homeIsoNumeric, ...input.partners.map((p) => p.isoNumeric)]);
  const background: { key: string; d: string }[] = [];
  for (const [key, f] of coarse) {
    if (key === ANTARCTICA || highlighted.has(key)) continue;
    const d = path(f as GeoPermissibleObjects);
    if (d) background.push({ key, d });
  }

  // An inset goes in the first corner where it covers neither home nor a partner; several stack.
  const insetLabelSize = Math.round(labelSize * 0.85);
  const insetSize = (name: string) => {
    const w = Math.round(Math.max(minTarget * 2, name.length * insetLabelSize * CHAR_WIDTH + 2 * pad));
    return { width: w, height: Math.max(minTarget, Math.round(w * 0.62)) };
  };
  const taken: Box[] = [];
  const insetBox = (name: string, occupied: readonly Box[]): Box => {
    const { width: w, height: h } = insetSize(name);
    const corners = (offset: number): Box[] => [
      { x: pad, y: height - pad - h - offset, width: w, height: h },
      { x: width - pad - w, y: height - pad - h - offset, width: w, height: h },
      { x: pad, y: pad + offset, width: w, height: h },
      { x: width - pad - w, y: pad + offset, width: w, height: h },
    ];
    const free = (b: Box) => ![...occupied, ...taken].some((o) => overlaps(o, b));
    const offsets = Array.from({ length: Math.ceil(height / (h + pad)) }, (_, i) => i * (h + pad));
    const box = offsets.flatMap(corners).find(free) ?? (corners(0)[0] as Box);
    taken.push(box);
    return box;
  };
  const inset = (f: CountryFeature, iso: string, name: string, occupied: readonly Box[]): Inset => {
    const box = insetBox(name, occupied);
    const inner = insetLabelSize * 0.4;
    const labelTop = box.y + box.height - insetLabelSize * 1.4;
    const part = largestPart(f);
    const own = geoAzimuthalEqualArea()
      .rotate(geoCentroid(part).map((c) => -c) as [number, number])
      .fitExtent(
        [
          [box.x + inner, box.y + inner],
          [box.x + box.width - inner, labelTop - inner / 2],
        ],
        part,
      )
      .clipExtent([
        [box.x, box.y],
        [box.x + box.width, labelTop],
      ]);
    return {
      isoNumeric: iso,
      name,
      box,
      d: geoPath(own).digits(0)(f as GeoPermissibleObjects) ?? '',
      labelAt: [round1(box.x + box.width / 2), round1(box.y + box.height - insetLabelSize * 0.45)],
    };
  };

  // Names are placed home first, then the largest partners: on the shape where the name fits,
  // else just below, above or beside it; a name that would cover another is left out.
  const placed: Box[] = [];
  const labelBox = (name: string, [x, y]: readonly [number, number]): Box => {
    const w = name.length * labelSize * CHAR_WIDTH;
    return { x: x - w / 2, y: y - labelSize * 0.55, width: w, height: labelSize * 1.1 };
  };
  const place = (
    name: string,
    centre: readonly [number, number],
    shape: Box,
  ): [number, number] | undefined => {
    const w = name.length * labelSize * CHAR_WIDTH;
    const gap = labelSize * 0.7;
    const candidates: (readonly [number, number])[] = [
      ...(w <= shape.width * 1.3 && labelSize * 1.2 <= shape.height ? [centre] : []),
      [centre[0], shape.y + shape.height + gap],
      [centre[0], shape.y - gap],
      [shape.x + shape.width + gap / 2 + w / 2, centre[1]],
      [shape.x - gap / 2 - w / 2, centre[1]],
    ];
    for (const at of candidates) {
      const b = labelBox(name, at);
      const inside = b.x >= 0 && b.x + b.width <= width && b.y >= 0 && b.y + b.height <= height;
      if (!inside || [...placed, ...taken].some((p) => overlaps(p, b))) continue;
      placed.push(b);
      // The text's baseline, so that the name is centred on the point.
      return [round1(at[0]), round1(at[1] + labelSize * 0.35)];
    }
    return undefined;
  };

  const drawnHome =
    home && input.homeIsoNumeric
      ? draw(home, input.homeIsoNumeric, input.homeName ?? home.properties.name)
      : undefined;

  // The countries on the map first, so that insets can keep clear of all of them.
  const drawn = input.relationships.map((r) => {
    const own = input.partners.filter((p) => p.relationshipId === r.id);
    const countries: DrawnCountry[] = [];
    const away: { shape: CountryFeature; p: PartnerCountry }[] = [];
    for (const p of own) {
      const shape = shapeOf(p.isoNumeric);
      if (!shape) continue;
      if (beyond(shape)) away.push({ shape, p });
      else {
        const country = draw(shape, p.isoNumeric, p.name);
        if (country) countries.push(country);
      }
    }
    const name = [...new Set(own.map((p) => p.partnerName))].join(', ') || r.title;
    return { r, name, countries, away };
  });
  const occupied = [
    ...(drawnHome ? [drawnHome.bounds] : []),
    ...drawn.flatMap((x) => x.countries.map((c) => c.bounds)),
  ];
  const relationships = drawn.map(({ r, name, countries: shapes, away }) => {
    // A partner whose shapes are all too small to tap gets a full-size marker on its largest one.
    const reach = shapes.length ? unionBox(shapes.map((c) => c.bounds)) : undefined;
    const tooSmall = reach && !away.length && (reach.width < minTarget || reach.height < minTarget);
    const largest = largestOf(shapes);
    const countries = tooSmall ? shapes.map((c) => (c === largest ? withTarget(c) : c)) : shapes;
    const insets = away.map(({ shape, p }) => inset(shape, p.isoNumeric, p.name, occupied));
    const boxes = [...countries.map((c) => c.bounds), ...insets.map((i) => i.box)];
    return {
      r,
      name,
      countries,
      insets,
      target: boxes.length ? unionBox(boxes) : { x: 0, y: 0, width: 0, height: 0 },
    };
  });
  const homeLabel = drawnHome ? place(drawnHome.name, drawnHome.centroid, drawnHome.bounds) : undefined;

  // Larger partners choose their label's place first; a small one yields rather than cover a big one.
  const labels = new Map<string, [number, number] | undefined>();
  for (const x of [...relationships].sort((a, b) => areaOf(b.target) - areaOf(a.target))) {
    const largest = largestOf(x.countries);
    if (largest) labels.set(x.r.id, place(x.name, largest.centroid, largest.bounds));
  }

  return {
    width,
    height,
    labelSize,
    insetLabelSize,
    background,
    ...(drawnHome ? { home: { ...drawnHome, ...(homeLabel ? { labelAt: homeLabel } : {}) } } : {}),
    relationships: relationships.map(({ r, name, countries, insets, target }) => {
      const labelAt = labels.get(r.id);
      return {
        id: r.id,
        title: r.title,
        name,
        stance: r.stance.value,
        countries,
        insets,
        ...(labelAt ? { labelAt } : {}),
        target,
      };
    }),
    missing,
  };
}
