import { actors, chronology, getActor, type Relationship, relationships } from '@policy/pakistan-2024';
import { type GlanceLayout, glanceLayout, type LaneSpec } from './glance-chart';

/** The anchor of the chart on /timeline, which the overview links to. */
export const GLANCE_ANCHOR = 'at-a-glance';

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

/** "2024 at a glance" for the dataset's chronology. */
export function yearAtAGlance(): GlanceLayout {
  return glanceLayout(chronology, relationshipLanes, organisationIds);
}
