import type { CollectionName } from './collections.js';
import type { AnyRecord, RecordRef } from './records.js';
import type { Dataset } from './schema/index.js';

/** For each collection, the fields that hold ids of other records, and which collection they point to. */
export const referenceFields = {
  sources: {},
  actors: { members: 'actors' },
  relationships: { partners: 'actors', actors: 'actors', initiatives: 'initiatives', topics: 'topics' },
  themes: { relationships: 'relationships', actors: 'actors', topics: 'topics' },
  initiatives: { parent: 'initiatives', parties: 'actors', topics: 'topics' },
  topics: {},
  events: { actors: 'actors', relationships: 'relationships' },
  prospects: { relationships: 'relationships', themes: 'themes', topics: 'topics' },
} as const satisfies Record<CollectionName, Record<string, CollectionName>>;

/** One link from a record's field to another record. */
export interface Link {
  readonly from: RecordRef;
  readonly field: string;
  readonly to: RecordRef;
}

/** The links a record makes through its reference fields, in field order. */
export function linksOf(collection: CollectionName, record: AnyRecord): Link[] {
  const out: Link[] = [];
  for (const [field, target] of Object.entries(referenceFields[collection]) as [string, CollectionName][]) {
    const value = (record as unknown as Record<string, unknown>)[field];
    const ids = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
    for (const id of ids)
      out.push({ from: { collection, id: record.id }, field, to: { collection: target, id } });
  }
  return out;
}

/** Every link of the dataset, grouped by the record it points to (`collection/id`). */
export function backlinkIndex(data: Pick<Dataset, CollectionName>): Map<string, Link[]> {
  const index = new Map<string, Link[]>();
  for (const collection of Object.keys(referenceFields) as CollectionName[])
    for (const record of data[collection] as readonly AnyRecord[])
      for (const link of linksOf(collection, record)) {
        const key = `${link.to.collection}/${link.to.id}`;
        index.set(key, [...(index.get(key) ?? []), link]);
      }
  return index;
}
