/**
 * `@policy/pakistan-2024/schema`: the zod schemas of the dataset, the types inferred from them,
 * and `validate`, which runs the schema and the cross-record rules together.
 */
export type { DataIssue, DataPath } from '../issue.js';
export { formatPath } from '../issue.js';
export { type CollectionName, collectionNames, isCollectionName } from '../registry/collections.js';
export * from '../schema/index.js';
export { formatIssue, schemaIssues, type ValidationResult, validate } from '../validate.js';
export * from '../vocabulary.js';
