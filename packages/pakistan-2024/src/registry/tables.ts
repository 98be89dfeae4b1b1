import { collectionNames } from './collections.js';

/** The tables for what nests inside records, written after the one table per collection. */
export const nestedTables = [
  { name: 'dimensions', description: 'The dimensions of each relationship, in source order.' },
  {
    name: 'claims',
    description: 'Every point, challenge and opportunity: the smallest statements of the dataset.',
  },
  { name: 'citations', description: 'Every citation of every record and claim.' },
] as const;

/** The name of a nested table. */
export type NestedTableName = (typeof nestedTables)[number]['name'];

/** Every flat table the dataset is written as (one CSV file each): the collections, then the nested tables. */
export const tableNames: readonly string[] = [...collectionNames, ...nestedTables.map((t) => t.name)];

/**
 * Columns of a collection's table that hold ids of other records without being reference fields of
 * the registry: a figure's reports, gathered from its provenance so that its row names its sources.
 * Each is a list joined with "; " and a foreign key of the data package.
 */
export const extraReferenceColumns: { readonly [table: string]: { readonly [column: string]: string } } = {
  figures: { sources: 'sources' },
};
