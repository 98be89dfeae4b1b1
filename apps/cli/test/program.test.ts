import { collectionNames, dataset } from '@policy/pakistan-2024';
import { toTables } from '@policy/pakistan-2024/tables';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, EXTRA_TABLES } from '../src/program.js';

describe('the command table', () => {
  it('offers exactly the collections and tables the package has', () => {
    expect([...COLLECTIONS]).toEqual([...collectionNames]);
    expect([...COLLECTIONS, ...EXTRA_TABLES]).toEqual(toTables(dataset).map((t) => t.name));
  });
});
