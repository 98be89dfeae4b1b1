/** The documented order of a collection's records, from the fields its registry entry orders by. */
import { type CollectionName, collectionEntry } from '../registry/collections.js';

/** Plain code-unit order, the order the linter checks (locale collation would ignore hyphens). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key a record sorts by in its collection: its order fields joined, e.g. date then id for events. */
export function orderKey(collection: CollectionName, record: unknown): string {
  const fields = (record ?? {}) as Record<string, unknown>;
  return collectionEntry(collection)
    .orderBy.map((field) => String(fields[field] ?? ''))
    .join('\u0000');
}

/** True when records of the collection are kept in id order, the order their files are read in. */
export function orderedById(collection: CollectionName): boolean {
  const { orderBy } = collectionEntry(collection);
  return orderBy.length === 1 && orderBy[0] === 'id';
}
