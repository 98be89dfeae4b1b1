/**
 * The layout of "2024 at a glance", computed at build time: one lane per relationship, one for the
 * multilateral stage and one for other partners, the days of the year across, one mark per event
 * and lane. The drawing is in CSS pixels and never scaled, so that every mark is a target of at
 * least 24 × 24 px (WCAG 2.2, 2.5.8) on any screen; narrow screens scroll it sideways.
 */
import type { EventKind } from '@policy/pakistan-2024';

/** The side of each mark's target, in CSS px (WCAG 2.2's minimum target size). */
export const TARGET = 24;
/** Space kept between two targets in one row of a lane. */
export const GAP = 3;
/** Height of one row of marks within a lane. */
export const ROW = TARGET + GAP;

/** What the layout needs of an event. */
export interface GlanceEvent {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly end?: string | undefined;
  readonly kind: EventKind;
  readonly relationships: readonly string[];
  readonly actors: readonly string[];
}

/** A lane the chart draws, before it is placed. */
export interface LaneSpec {
  readonly id: string;
  readonly label: string;
}

export interface Lane extends LaneSpec {
  readonly y: number;
  readonly height: number;
  readonly rows: number;
}

/** The four shapes that group the event kinds, so that kinds read without colour. */
export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** The kinds each shape stands for, in the legend's order. */
export const markShapes: readonly { readonly shape: MarkShape; readonly kinds: readonly EventKind[] }[] = [
  { shape: 'circle', kinds: ['visit', 'summit', 'meeting'] },
  { shape: 'square', kinds: ['agreement', 'programme', 'project', 'trade', 'election'] },
  { shape: 'diamond', kinds: ['statement', 'resolution', 'decision', 'sanction'] },
  { shape: 'triangle', kinds: ['strike', 'clash', 'attack', 'exercise'] },
];

/** The shape of an event kind's mark; throws on a kind no shape takes. */
export function shapeOf(kind: EventKind): MarkShape {
  const found = markShapes.find((s) => s.kinds.includes(kind));
  if (!found) throw new Error(`no mark shape for the event kind "${kind}"`);
  return found.shape;
}

export interface Mark {
  readonly id: string;
  readonly lane: string;
  /** Centre of the target. */
  readonly x: number;
  readonly y: number;
  /** The right end of the event's span, for an event of several days. */
  readonly endX?: number;
  readonly shape: MarkShape;
  /**
   * True for the event's mark in its first lane: the one keyboards and screen readers reach. Its
   * marks in other lanes link to the same entry for pointers only, so each event is met once.
   */
  readonly primary: boolean;
}

export interface MonthTick {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Where the month begins. */
  readonly x: number;
}

export interface GlanceLayout {
  readonly width: number;
  readonly height: number;
  readonly year: number;
  readonly plot: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  readonly lanes: readonly Lane[];
  readonly marks: readonly Mark[];
  readonly months: readonly MonthTick[];
}

export interface GlanceOptions {
  /** Lanes of partners beyond the essay's relationships, by actor id, after the relationships' own. */
  readonly partnerLanes?: readonly LaneSpec[];
  /** Keep only these lanes (a view narrowed to one partner); all when absent. */
  readonly onlyLanes?: readonly string[];
  readonly width?: number;
  /** Width of the column of lane names. */
  readonly labelWidth?: number;
  /** Height of the month axis above the lanes. */
  readonly axisHeight?: number;
  /** Space above and below the rows of a lane. */
  readonly lanePadding?: number;
}

const MULTILATERAL = 'multilateral';
const OTHER = 'other';

/** The ids of the stage lanes, after the relationships' own. */
export const stageLanes = { multilateral: MULTILATERAL, other: OTHER } as const;

/**
 * The lanes an event belongs to, in lane order: each relationship it bears on, the lane of each
 * partner beyond the essay's that has one (an actor whose id is a lane: Iran), the multilateral
 * stage when one of its actors is an organisation, and other partners when it bears on no
 * relationship nor partner lane and involves a state or group that is not an organisation.
 */
export function lanesOf(
  event: Pick<GlanceEvent, 'relationships' | 'actors'>,
  relationshipIds: readonly string[],
  organisations: ReadonlySet<string>,
  partnerIds: readonly string[] = [],
): string[] {
  const lanes = relationshipIds.filter((id) => event.relationships.includes(id));
  const partners = partnerIds.filter((id) => event.actors.includes(id));
  lanes.push(...partners);
  if (event.actors.some((a) => organisations.has(a))) lanes.push(MULTILATERAL);
  if (!event.relationships.length && !partners.length && event.actors.some((a) => !organisations.has(a)))
    lanes.push(OTHER);
  return lanes;
}

const dayOfYear = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000);
};

const daysIn = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;

/**
 * Places the lanes and marks. Each mark sits at its day; marks that would overlap in a lane go to
 * the next row of that lane, so that no two targets overlap and each keeps its date's position.
 * A stage lane with no event is left out.
 */
export function glanceLayout(
  events: readonly GlanceEvent[],
  relationshipLanes: readonly LaneSpec[],
  organisations: ReadonlySet<string>,
  options: GlanceOptions = {},
): GlanceLayout {
  const width = options.width ?? 1116;
  const labelWidth = options.labelWidth ?? 104;
  const axisHeight = options.axisHeight ?? 30;
  const pad = options.lanePadding ?? 6;
  const year = Number((events[0]?.date ?? '2024').slice(0, 4));
  const days = daysIn(year);
  const plot = { left: labelWidth, right: width - 4 };
  // A day's centre; the first day's target starts at the plot's left edge, the last ends at its right.
  const step = (plot.right - plot.left - TARGET) / (days - 1);
  // Hundredths of a pixel are plenty, and keep the drawing's numbers short.
  const xOfDay = (day: number) => Math.round((plot.left + TARGET / 2 + day * step) * 100) / 100;
  const xOf = (date: string) => xOfDay(dayOfYear(date));

  const relationshipIds = relationshipLanes.map((l) => l.id);
  const partnerLanes = options.partnerLanes ?? [];
  const partnerIds = partnerLanes.map((l) => l.id);
  const specs: LaneSpec[] = [
    ...relationshipLanes,
    ...partnerLanes,
    { id: MULTILATERAL, label: 'Multilateral stage' },
    { id: OTHER, label: 'Other partners' },
  ].filter((l) => !options.onlyLanes || options.onlyLanes.includes(l.id));
  const sorted = [...events].sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
  const laneIds = new Map(
    sorted.map((e) => [
      e.id,
      lanesOf(e, relationshipIds, organisations, partnerIds).filter(
        (l) => !options.onlyLanes || options.onlyLanes.includes(l),
      ),
    ]),
  );

  const lanes: Lane[] = [];
  const marks: Mark[] = [];
  let y = axisHeight;
  for (const spec of specs) {
    const inLane = sorted.filter((e) => laneIds.get(e.id)?.includes(spec.id));
    // Every relationship keeps its lane, empty or not; any other lane is drawn only when it has events.
    if (!inLane.length && !(relationshipIds.includes(spec.id) && !options.onlyLanes)) continue;
    // Greedy packing: each row remembers where its last mark (or span) ends.
    const rowEnds: number[] = [];
    const placed = inLane.map((e) => {
      const x = xOf(e.date);
      const endX = e.end && e.end !== e.date ? xOf(e.end) : undefined;
      let row = rowEnds.findIndex((end) => end + GAP <= x - TARGET / 2);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = Math.max(x + TARGET / 2, endX ?? 0);
      return { e, x, endX, row };
    });
    const rows = Math.max(1, rowEnds.length);
    const height = 2 * pad + rows * ROW - GAP;
    for (const { e, x, endX, row } of placed)
      marks.push({
        id: e.id,
        lane: spec.id,
        x,
        y: y + pad + row * ROW + TARGET / 2,
        ...(endX !== undefined ? { endX } : {}),
        shape: shapeOf(e.kind),
        primary: laneIds.get(e.id)?.[0] === spec.id,
      });
    lanes.push({ ...spec, y, height, rows });
    y += height;
  }
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, x: xOf(`${month}-01`) - step / 2 };
  });
  return {
    width,
    height: y + 4,
    year,
    plot: { ...plot, top: axisHeight, bottom: y },
    lanes,
    marks,
    months,
  };
}

/** The outline of a mark's shape centred on (x, y), about 16 px across: SVG path data. */
export function shapePath(shape: MarkShape, x: number, y: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(x - 7)} ${f(y)}a7 7 0 1 0 14 0a7 7 0 1 0 -14 0Z`;
    case 'square':
      return `M${f(x - 6)} ${f(y - 6)}h12v12h-12Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - 8)}l8 8l-8 8l-8 -8Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - 8)}l8 14h-16Z`;
  }
}

/** A lane name in lines of at most `max` characters, broken between words: "Multilateral", "stage". */
export function labelLines(label: string, max = 12): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
