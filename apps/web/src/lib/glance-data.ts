import {
  type Actor,
  actors,
  type ChronologyEvent,
  chronology,
  chronologyOf,
  getActor,
  type Relationship,
  relationships,
} from '@policy/pakistan-2024';
import { type GlanceLayout, type GlanceOptions, glanceLayout, type LaneSpec } from './glance-chart';

/** The anchor of the chart on /timeline, which the overview links to. */
export const GLANCE_ANCHOR = 'at-a-glance';

/** How many events of the year give a partner beyond the essay's a lane and a year on its page. */
export const PARTNER_LANE_MIN = 3;

/** A relationship's lane name: its partners' short names ("China", "Gulf states"). */
export function laneLabel(r: Pick<Relationship, 'id' | 'partners'>): string {
  return r.partners.map((p) => getActor(p)?.shortName ?? getActor(p)?.name ?? p).join(' and ');
}

/** The relationships' lanes, in the dataset's order. */
export const relationshipLanes: readonly LaneSpec[] = relationships.map((r) => ({
  id: r.id,
  label: laneLabel(r),
}));

/** The actors that are international organisations: their events are on the multilateral stage. */
export const organisationIds: ReadonlySet<string> = new Set(
  actors.filter((a) => a.kind === 'organisation').map((a) => a.id),
);

/** The partners of the essay's relationships, with the members of a partner group. */
const essayPartners: ReadonlySet<string> = new Set(
  relationships.flatMap((r) =>
    r.partners.flatMap((p) => [p, ...(actors.find((a) => a.id === p)?.members ?? [])]),
  ),
);

/**
 * The states beyond the essay's partners with at least `PARTNER_LANE_MIN` events of the year, most
 * events first (then by name): each gets a lane of the chart and its year on its actor page. The
 * essay's reading (stance, trajectory) stays with the essay's own partners.
 */
export const otherPartners: readonly { actor: Actor; events: number }[] = actors
  .filter((a) => a.kind === 'state' && !essayPartners.has(a.id))
  .map((actor) => ({ actor, events: chronology.filter((e) => e.actors.includes(actor.id)).length }))
  .filter((p) => p.events >= PARTNER_LANE_MIN)
  .sort((a, b) => b.events - a.events || a.actor.name.localeCompare(b.actor.name));

/** The lanes of the partners beyond the essay's, by actor id. */
export const partnerLanes: readonly LaneSpec[] = otherPartners.map(({ actor }) => ({
  id: actor.id,
  label: actor.shortName ?? actor.name,
}));

/** "2024 at a glance" for the dataset's chronology (or some of it), with every partner lane. */
export function yearAtAGlance(
  events = chronology,
  options: Omit<GlanceOptions, 'partnerLanes'> = {},
): GlanceLayout {
  return glanceLayout(events, relationshipLanes, organisationIds, { ...options, partnerLanes });
}

/** The year's key events in date order; a key event's number on every chart is its place here, from 1. */
export const keyEvents: readonly ChronologyEvent[] = chronologyOf({ key: true });

/** The number a key event is labelled with on the chart, or undefined for any other event. */
export function keyNumber(id: string): number | undefined {
  const i = keyEvents.findIndex((e) => e.id === id);
  return i === -1 ? undefined : i + 1;
}
