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
