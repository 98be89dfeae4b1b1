import type { CollectionName } from './collections.js';
import type { Dataset } from './schema/index.js';

/** A record of any collection, as the dataset types it. */
export type AnyRecord = Dataset[CollectionName][number];

/** The record type of one collection. */
export type RecordOf<C extends CollectionName> = Dataset[C][number];

/** A reference to one record: which collection, which id. */
export interface RecordRef {
  readonly collection: CollectionName;
  readonly id: string;
}

/** The display title of any record: its `title`, or its `name` for actors, initiatives and topics. */
export function titleOf(record: AnyRecord): string {
  return 'title' in record ? record.title : record.name;
}

/** Folds a lookup key: case, accents, surrounding and repeated whitespace, dash variants. */
export function foldKey(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
