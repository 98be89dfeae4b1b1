import type { RuleId } from './rules.js';

/** A path into the dataset, as zod reports it: keys and array indices. */
export type DataPath = readonly (string | number)[];

/** One problem found in the data: which rule failed, where, and what to do about it. */
export interface DataIssue {
  /** The rule that failed: one of `rules` (src/rules/rules.ts). */
  readonly rule: RuleId;
  /** Where in the dataset object the problem is. */
  readonly path: DataPath;
  readonly message: string;
}

/** Formats a data path the way a reader writes it: `relationships[2].stance.value`. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(root)';
}
