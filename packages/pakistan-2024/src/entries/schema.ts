/**
 * `@policy/pakistan-2024/schema`: the zod schemas of the dataset, the types inferred from them,
 * and `validate`, which runs the schema and the cross-record rules together.
 */

export { formatIssue, schemaIssues, type ValidationResult, validate } from '../compile/validate.js';
export { type CollectionName, collectionNames, isCollectionName } from '../registry/collections.js';
export * from '../registry/vocabulary.js';
export type { DataIssue, DataPath } from '../rules/issue.js';
export { formatPath } from '../rules/issue.js';
export * from '../schema/index.js';
