/** Validation of a whole dataset object: the zod schema first, then the cross-record rules. */
import type { z } from 'zod';
import { type DataIssue, formatPath } from './issue.js';
import { lintDataset } from './lint.js';
import { Dataset } from './schema/index.js';

/** The outcome of `validate`: the typed data when it passed, and every issue found. */
export type ValidationResult =
  | { readonly success: true; readonly data: Dataset; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: readonly DataIssue[] };

/** Turns zod's issues into the dataset's issue shape, one line of reading per problem. */
export function schemaIssues(error: z.ZodError): DataIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    // One issue per unknown field, pointing at the field itself, reads better than zod's list.
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        rule: 'schema',
        path: [...path, key],
        message: `unknown field "${key}"`,
      }));
    return [{ rule: 'schema', path, message: issue.message }];
  });
}

/** Validates a whole dataset object: the zod schema first, then the cross-record rules. */
export function validate(data: unknown): ValidationResult {
  const parsed = Dataset.safeParse(data);
  if (!parsed.success) return { success: false, issues: schemaIssues(parsed.error) };
  const issues = lintDataset(parsed.data);
  return issues.length ? { success: false, issues } : { success: true, data: parsed.data, issues: [] };
}

/** Formats one issue as `path  rule  message`. */
export function formatIssue(issue: DataIssue): string {
  return `${formatPath(issue.path)}  ${issue.rule}  ${issue.message}`;
}
