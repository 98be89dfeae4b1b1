/** The links between records: what a record's reference fields point to, and the backlinks. */
import type { AnyRecord, RecordRef } from '../records/record-types.js';
import { type CollectionName, collectionNames, referenceFields } from '../registry/collections.js';
import type { Dataset } from '../schema/index.js';

/** One link from a record's field to another record. */
export interface Link {
  readonly from: RecordRef;
  readonly field: string;
  readonly to: RecordRef;
}

/** The ids a reference field holds: one, a list, or none. */
function idsIn(record: AnyRecord, field: string): readonly string[] {
  const value = (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
}

/** The links a record makes through its reference fields, in field order. */
export function linksOf(collection: CollectionName, record: AnyRecord): Link[] {
  const out: Link[] = [];
  for (const [field, target] of Object.entries(referenceFields[collection]) as [string, CollectionName][]) {
    for (const id of idsIn(record, field))
      out.push({ from: { collection, id: record.id }, field, to: { collection: target, id } });
  }
  return out;
}

/** Every link of the dataset, grouped by the record it points to (`collection/id`). */
export function backlinkIndex(data: Pick<Dataset, CollectionName>): Map<string, Link[]> {
  const index = new Map<string, Link[]>();
  for (const collection of collectionNames)
    for (const record of data[collection] as readonly AnyRecord[])
      for (const link of linksOf(collection, record)) {
        const key = `${link.to.collection}/${link.to.id}`;
        const links = index.get(key);
        if (links) links.push(link);
        else index.set(key, [link]);
      }
  return index;
}

/**
 * The links that point to one record, in the order `backlinkIndex` lists them. Reads only the
 * fields that can point to the record's collection, so that one record's backlinks cost a command
 * a scan of those fields rather than an index of every link of the dataset.
 */
export function linksTo(data: Pick<Dataset, CollectionName>, to: RecordRef): Link[] {
  const out: Link[] = [];
  for (const collection of collectionNames) {
    const fields = Object.entries(referenceFields[collection]).filter(
      ([, target]) => target === to.collection,
    );
    if (!fields.length) continue;
    for (const record of data[collection] as readonly AnyRecord[])
      for (const [field] of fields)
        for (const id of idsIn(record, field))
          if (id === to.id)
            out.push({ from: { collection, id: record.id }, field, to: { collection: to.collection, id } });
  }
  return out;
}
