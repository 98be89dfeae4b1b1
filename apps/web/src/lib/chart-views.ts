/**
 * The pre-rendered views of "2024 at a glance": the whole year, each lane alone (a relationship, a
 * partner beyond the essay's, a stage) and each kind of event alone, so that a reader narrows the
 * chart with plain links. Every view is derived from the data: a new lane or kind gets its page.
 */
import { type ChronologyEvent, chronology, type EventKind, eventKinds, labelOf } from '@policy/pakistan-2024';
import { type GlanceLayout, lanesOf } from './glance-chart';
import { organisationIds, partnerLanes, relationshipLanes, yearAtAGlance } from './glance-data';

/** One view of the chart: its path, its name, and the events and layout it shows. */
export interface ChartView {
  readonly path: string;
  readonly label: string;
  readonly events: readonly ChronologyEvent[];
  readonly layout: GlanceLayout;
}

const laneIdsOf = (e: ChronologyEvent) =>
  lanesOf(
    e,
    relationshipLanes.map((l) => l.id),
    organisationIds,
    partnerLanes.map((l) => l.id),
  );

/** The whole year. */
export function wholeYear(): ChartView {
  return { path: '/timeline', label: 'All', events: chronology, layout: yearAtAGlance() };
}

/** The lanes that have a view: every lane of the whole chart that holds an event. */
export function laneViews(): { id: string; label: string }[] {
  const layout = yearAtAGlance();
  return layout.lanes
    .filter((l) => layout.marks.some((m) => m.lane === l.id))
    .map(({ id, label }) => ({ id, label }));
}

/** The chart narrowed to one lane, or undefined for a lane it does not have. */
export function laneView(id: string): ChartView | undefined {
  const lane = laneViews().find((l) => l.id === id);
  if (!lane) return undefined;
  const events = chronology.filter((e) => laneIdsOf(e).includes(id));
  return {
    path: `/timeline/partner/${id}`,
    label: lane.label,
    events,
    layout: yearAtAGlance(events, { onlyLanes: [id] }),
  };
}

/** The kinds that have a view: every kind with at least one event, in the vocabulary's order. */
export function kindViews(): { id: EventKind; label: string }[] {
  return eventKinds
    .filter((k) => chronology.some((e) => e.kind === k.value))
    .map((k) => ({ id: k.value, label: k.label }));
}

/** The chart narrowed to one kind of event, or undefined for a kind with no event. */
export function kindView(id: string): ChartView | undefined {
  const kind = kindViews().find((k) => k.id === id);
  if (!kind) return undefined;
  const events = chronology.filter((e) => e.kind === kind.id);
  return {
    path: `/timeline/kind/${kind.id}`,
    label: labelOf(eventKinds, kind.id),
    events,
    layout: yearAtAGlance(events),
  };
}
