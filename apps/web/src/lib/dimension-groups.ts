/**
 * A relationship's events of the year, grouped under the dimension each concerns, so that a page
 * can set them next to what the essay says of that dimension.
 */

/** One dimension's group: the events filed under it, and those filed elsewhere that also concern it. */
export interface DimensionGroup<K extends string, E> {
  /** The dimension kind; undefined for events that name none. */
  readonly kind: K | undefined;
  /** True when our reading of the essay has this dimension for the relationship. */
  readonly inEssay: boolean;
  readonly events: readonly E[];
  readonly alsoConcerning: readonly E[];
}

/**
 * Files each event once, under the first of its dimensions in the relationship's own order (the
 * essay's), or, when the essay has none of them for this relationship, under the first in
 * vocabulary order; and lists it again, by name only, under each other dimension it concerns.
 * Groups come in the same order: the essay's dimensions, then the others; empty groups are left out.
 */
export function groupByDimension<K extends string, E extends { readonly dimensions: readonly K[] }>(
  essayKinds: readonly K[],
  events: readonly E[],
  vocabulary: readonly K[],
): DimensionGroup<K, E>[] {
  const rank = (k: K) => {
    const i = essayKinds.indexOf(k);
    return i >= 0 ? i : essayKinds.length + vocabulary.indexOf(k);
  };
  const byRank = (a: K, b: K) => rank(a) - rank(b);
  const filed = new Map<K | undefined, E[]>();
  const also = new Map<K, E[]>();
  for (const e of events) {
    const [first, ...rest] = [...e.dimensions].sort(byRank);
    filed.set(first, [...(filed.get(first) ?? []), e]);
    for (const k of rest) also.set(k, [...(also.get(k) ?? []), e]);
  }
  const kinds = [...new Set([...filed.keys(), ...also.keys()])].sort((a, b) =>
    a === undefined ? 1 : b === undefined ? -1 : byRank(a, b),
  );
  return kinds.map((kind) => ({
    kind,
    inEssay: kind !== undefined && essayKinds.includes(kind),
    events: filed.get(kind) ?? [],
    alsoConcerning: kind === undefined ? [] : (also.get(kind) ?? []),
  }));
}
