import type { CollectionName } from '../registry/collections.js';
import type { Dataset } from '../schema/index.js';

/** A record of any collection, as the dataset types it. */
export type AnyRecord = Dataset[CollectionName][number];

/** The record type of one collection. */
export type RecordOf<C extends CollectionName> = Dataset[C][number];

/** A reference to one record: which collection, which id. */
export interface RecordRef {
  readonly collection: CollectionName;
  readonly id: string;
}
