/**
 * `@policy/pakistan-2024/tables`: the dataset as flat tables, one per collection plus the nested
 * tables (dimensions, claims, citations). The CSV files of the package and
 * `policy export --format csv` are both written from here.
 */

export { type NestedTableName, nestedTables, tableNames } from '../registry/tables.js';
export {
  type Column,
  type FieldType,
  LIST_SEPARATOR,
  type Table,
  toCSV,
  toTables,
} from '../tables/flat-tables.js';
