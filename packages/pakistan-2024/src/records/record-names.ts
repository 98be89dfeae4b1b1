/** The names a record is shown and found by: its title, and the other names the registry lists. */

import { type CollectionName, collectionEntry } from '../registry/collections.js';
import { formatDate } from './dates.js';
import type { AnyRecord } from './record-types.js';

/**
 * The display title of any record: its `title`, or its `name` for actors, initiatives and topics;
 * a report whose stored copy shows no headline is named by its publisher and date.
 */
export function titleOf(record: AnyRecord): string {
  if ('name' in record) return record.name;
  if (record.title !== undefined) return record.title;
  const { publisher, published } = record as { publisher?: string; published?: string };
  return `${publisher ?? record.id} report${published ? ` of ${formatDate(published)}` : ', undated'}`;
}

/** The names besides id and title that find a record, from the fields its registry entry lists. */
export function otherNamesOf(collection: CollectionName, record: AnyRecord): string[] {
  const fields = record as unknown as Record<string, unknown>;
  return collectionEntry(collection).names.flatMap((field) => {
    const value = fields[field];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
    return typeof value === 'string' && value !== '' ? [value] : [];
  });
}

/** Every name a record is looked up by: its id, its title and its other names. */
export function namesOf(collection: CollectionName, record: AnyRecord): string[] {
  return [record.id, titleOf(record), ...otherNamesOf(collection, record)];
}

const FOLDED = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folds a lookup key: case, accents, surrounding and repeated whitespace, dash variants. */
export function foldKey(key: string): string {
  // An id (or anything shaped like one) is folded already; most keys are ids, and this is the hot path.
  if (FOLDED.test(key)) return key;
  return key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
