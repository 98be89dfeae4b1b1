/**
 * `@policy/pakistan-2024/diff`: the semantic diff of two versions of the dataset and the smallest
 * version bump it needs under the dataset's semver policy. Shared by `policy diff`, the release
 * check (`pnpm check:release`) and the release notes, so all three agree. Plain JSON in, no zod.
 */
export { type Bump, bumpMeaning, bumps, compareBumps, maxBump, nextVersion } from '../diff/bump.js';
export { type DiffOptions, type DiffResult, diffDatasets, type Reason } from '../diff/dataset-diff.js';
export { formatDiff, formatReleaseNotes, type ReleaseNotesOptions } from '../diff/describe.js';
export { jsonEqual } from '../diff/json-equal.js';
export {
  collectionsOf,
  type DatasetLike,
  type RecordChange,
  type RecordSummary,
  type Rename,
  recordTitle,
} from '../diff/record-diff.js';
export { diffSchemas, type SchemaChange, schemaFields } from '../diff/schema-diff.js';
