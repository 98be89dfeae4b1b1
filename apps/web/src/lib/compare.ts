/**
 * What /compare sets side by side for each relationship of the essay: its events of the year by
 * kind and by dimension kind, and its key events. Derived from the data, so a new event or kind
 * shows without code changes.
 */
import {
  type ChronologyEvent,
  chronologyOf,
  dimensionKinds,
  type EventKind,
  eventKinds,
  type Relationship,
} from '@policy/pakistan-2024';

type DimensionKind = Relationship['dimensions'][number]['kind'];

/** A relationship's year in counts. */
export interface YearCounts {
  readonly events: readonly ChronologyEvent[];
  readonly byKind: ReadonlyMap<EventKind, readonly ChronologyEvent[]>;
  readonly byDimension: ReadonlyMap<DimensionKind, readonly ChronologyEvent[]>;
  readonly key: readonly ChronologyEvent[];
}

/** The events of the year that bear on `r`, counted by kind and by the dimension kinds they concern. */
export function yearCounts(r: Pick<Relationship, 'id'>): YearCounts {
  const events = chronologyOf({ relationship: r.id });
  const byKind = new Map<EventKind, ChronologyEvent[]>();
  for (const k of eventKinds) {
    const list = events.filter((e) => e.kind === k.value);
    if (list.length) byKind.set(k.value, list);
  }
  const byDimension = new Map<DimensionKind, ChronologyEvent[]>();
  for (const d of dimensionKinds) {
    const list = events.filter((e) => e.dimensions.includes(d.value));
    if (list.length) byDimension.set(d.value, list);
  }
  return { events, byKind, byDimension, key: events.filter((e) => e.key) };
}
