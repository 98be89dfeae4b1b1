/**
 * Lookups over the year's chronology: its events by relationship, actor, topic, initiative, kind,
 * month or period, and the reports each cites. Pure functions over a dataset, free of zod.
 */
import { isReportCitation } from '../provenance/citation-kind.js';
import { dayBound, overlaps } from '../records/dates.js';
import type { ChronologyEvent, Dataset, EventKind, ReportSource } from '../schema/index.js';
import type { Lookup } from './lookup.js';

/** What `chronologyOf` selects by; every filter given must hold, and none means the whole chronology. */
export interface ChronologyFilter {
  /** A relationship, by id or anything `getRelationship` resolves ("cn", "KSA"). */
  readonly relationship?: string;
  /** An actor, by id, ISO code, name or alias; a group also matches events of its members. */
  readonly actor?: string;
  /** A topic, by id, name or alias. */
  readonly topic?: string;
  /** An initiative, by id, name, short name or alias ("CPEC"). */
  readonly initiative?: string;
  /** One kind of event: `visit`, `strike` … */
  readonly kind?: EventKind;
  /** A month, `YYYY-MM`; an event spanning several months is in each of them. */
  readonly month?: string;
  /** First day of a period (`YYYY-MM-DD`, or `YYYY-MM` for the month's first day). */
  readonly from?: string;
  /** Last day of a period (`YYYY-MM-DD`, or `YYYY-MM` for the month's last day). */
  readonly to?: string;
  /** `true`: only the year's key events (the methodology's rule); `false`: only the others. */
  readonly key?: boolean;
}

/** The events of the chronology that pass every filter given, in date order. */
export function selectChronology(
  data: Pick<Dataset, 'chronology' | 'actors'>,
  lookup: Lookup,
  filter: ChronologyFilter = {},
): ChronologyEvent[] {
  const tests: ((e: ChronologyEvent) => boolean)[] = [];
  // A filter that names nothing known matches nothing, rather than being ignored.
  if (filter.relationship !== undefined) {
    const id = lookup.get('relationships', filter.relationship)?.id;
    tests.push((e) => id !== undefined && e.relationships.includes(id));
  }
  if (filter.actor !== undefined) {
    const actor = lookup.get('actors', filter.actor);
    const ids = new Set(actor ? [actor.id, ...(actor.members ?? [])] : []);
    tests.push((e) => e.actors.some((a) => ids.has(a)));
  }
  if (filter.topic !== undefined) {
    const id = lookup.get('topics', filter.topic)?.id;
    tests.push((e) => id !== undefined && e.topics.includes(id));
  }
  if (filter.initiative !== undefined) {
    const id = lookup.get('initiatives', filter.initiative)?.id;
    tests.push((e) => id !== undefined && e.initiatives.includes(id));
  }
  if (filter.kind !== undefined) tests.push((e) => e.kind === filter.kind);
  if (filter.key !== undefined) tests.push((e) => (e.key !== undefined) === filter.key);
  if (filter.month !== undefined)
    tests.push(within(monthBound(filter.month, 'start'), monthBound(filter.month, 'end')));
  if (filter.from !== undefined || filter.to !== undefined)
    tests.push(within(bound(filter.from, 'start'), bound(filter.to, 'end')));
  return data.chronology.filter((e) => tests.every((t) => t(e)));
}

/** A test for events overlapping a period; a malformed bound (null) matches nothing, an absent one is open. */
function within(from: string | null | undefined, to: string | null | undefined) {
  return (e: ChronologyEvent): boolean =>
    from !== null && to !== null && overlaps(e, { from: from ?? undefined, to: to ?? undefined });
}

/** The first or last day of a bound given as YYYY-MM-DD or YYYY-MM; null when malformed, undefined when absent. */
function bound(value: string | undefined, side: 'start' | 'end'): string | null | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? (dayBound(value, side) ?? null) : null;
}

/** The first or last day of a month given as YYYY-MM; null when malformed, undefined when absent. */
function monthBound(value: string | undefined, side: 'start' | 'end'): string | null | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}-\d{2}$/.test(value) ? (dayBound(value, side) ?? null) : null;
}

/** The reports an event of the chronology cites, in the order of its provenance, each once. */
export function reportsCitedBy(
  data: Pick<Dataset, 'sources'>,
  event: Pick<ChronologyEvent, 'provenance'>,
): ReportSource[] {
  const ids = [...new Set(event.provenance.filter(isReportCitation).map((c) => c.source))];
  return ids
    .map((id) => data.sources.find((s) => s.id === id))
    .filter((s): s is ReportSource => s?.kind === 'report');
}
