import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DatasetLike } from '@policy/pakistan-2024/diff';
import { failure } from '../errors.js';
import { kindOf, print, printJson, readText } from '../io.js';

interface Loaded {
  readonly data: DatasetLike;
  /** The JSON Schema the data conforms to, when known, so that fields and enumerations are compared too. */
  readonly schema?: unknown;
}

const parseJson = (file: string, text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw failure(`${file} is not valid JSON: ${(error as Error).message}`);
  }
};

/**
 * A dataset from a data folder (compiled with the package's compiler, so it follows the installed
 * schema) or from a built data.json (plain JSON, so that releases with an older schema still compare;
 * a schema.json beside it is used when present).
 */
async function loadDataset(path: string): Promise<Loaded> {
  const kind = kindOf(path);
  if (kind === undefined) throw failure(`no such file or folder: ${path}`);
  if (kind === 'folder') {
    const { compileDataFolder, formatFileIssue } = await import('@policy/pakistan-2024/compile');
    const result = compileDataFolder(path);
    if (!result.dataset) {
      const [first] = result.issues;
      const more =
        result.issues.length > 1 ? ` (and ${result.issues.length - 1} more: policy validate ${path})` : '';
      throw failure(
        `${path} is not a valid data folder: ${first ? formatFileIssue(first) : 'no dataset'}${more}`,
      );
    }
    const installed = createRequire(import.meta.url).resolve('@policy/pakistan-2024/schema.json');
    const schema = kindOf(installed) === 'file' ? parseJson(installed, readText(installed)) : undefined;
    return { data: result.dataset as unknown as DatasetLike, schema };
  }
  const data = parseJson(path, readText(path));
  const isDataset =
    data !== null &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    Object.entries(data).some(([key, value]) => key !== 'meta' && Array.isArray(value));
  if (!isDataset)
    throw failure(`${path} is not a dataset: expected an object with collections such as "relationships"`);
  const beside = join(dirname(path), 'schema.json');
  const schema = kindOf(beside) === 'file' ? parseJson(beside, readText(beside)) : undefined;
  return { data: data as DatasetLike, schema };
}

/** `policy diff <old> <new>`: what was added, removed and changed, and the semver bump it needs. */
export async function diff(before: string, after: string, opts: { json?: boolean }): Promise<void> {
  const a = await loadDataset(before);
  const b = await loadDataset(after);
  const { diffDatasets, formatDiff } = await import('@policy/pakistan-2024/diff');
  const schemas =
    a.schema !== undefined && b.schema !== undefined ? { before: a.schema, after: b.schema } : undefined;
  const result = diffDatasets(a.data, b.data, schemas ? { schemas } : {});
  if (opts.json) printJson(result);
  else print(formatDiff(result));
}
