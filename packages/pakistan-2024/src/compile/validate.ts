/** Validation of a whole dataset object: the zod schema first, then the cross-record rules. */

import { lintDataset } from '../check/lint.js';
import { type DataIssue, formatPath } from '../rules/issue.js';
import { Dataset } from '../schema/index.js';
import { schemaIssues } from './schema-issues.js';

export { fieldPath, type SchemaIssueContext, schemaIssues } from './schema-issues.js';

/** The outcome of `validate`: the typed data when it passed, and every issue found. */
export type ValidationResult =
  | { readonly success: true; readonly data: Dataset; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly DataIssue[] };

/** Validates a whole dataset object: the zod schema first, then the cross-record rules. */
export function validate(data: unknown): ValidationResult {
  const parsed = Dataset.safeParse(data);
  if (!parsed.success)
    return { success: false, issues: schemaIssues(parsed.error, { schema: Dataset, input: data }) };
  const issues = lintDataset(parsed.data);
  return issues.length ? { success: false, issues } : { success: true, data: parsed.data, issues: [] };
}

/** Formats one issue as `path  rule  message`. */
export function formatIssue(issue: DataIssue): string {
  return `${formatPath(issue.path)}  ${issue.rule}  ${issue.message}`;
}
