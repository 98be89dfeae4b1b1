/**
 * zod's issues in the dataset's words: every message names the field it is about, a missing field
 * says "missing field", an unknown one suggests the nearest known field, and one mistake gives
 * one issue (a misspelt required field is one unknown field, not also a missing one).
 */
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { isCollectionName } from '../registry/collections.js';
import { type DataIssue, type DataPath, formatPath } from '../rules/issue.js';

/** What `schemaIssues` needs besides zod's error to word the issues well. */
export interface SchemaIssueContext {
  /** The schema that was parsed: the source of the known fields a misspelt one is matched against. */
  readonly schema?: z.ZodType;
  /** The value that was parsed: tells a missing field from a value of the wrong type. */
  readonly input?: unknown;
  /** Where the parsed value sits in the dataset (`['topics', 3]` for one record); `[]` for the whole. */
  readonly at?: DataPath;
}

type Key = string | number;
type ZodIssue = z.core.$ZodIssue;

/**
 * The part of a dataset path inside one record (or inside `meta`): what a message names, since
 * the file and line already say which record it is.
 */
export function fieldPath(path: DataPath): DataPath {
  if (path[0] === 'meta') return path.slice(1);
  if (isCollectionName(String(path[0])) && typeof path[1] === 'number') return path.slice(2);
  return path;
}

/** The value at `path` inside `value`, or undefined. */
function valueAt(value: unknown, path: readonly Key[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Key, unknown>)[key];
  }
  return v;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas that may stand at `path` under `schema` (several where a union allows several). */
function schemasAt(schema: z.ZodType, path: readonly Key[]): z.ZodType[] {
  let current = [schema];
  const unwrap = (s: z.ZodType, depth = 0): z.ZodType[] => {
    const def = defOf(s);
    if (depth > 20) return [s];
    if (def.innerType) return unwrap(def.innerType, depth + 1);
    if (def.type === 'pipe' && def.in) return unwrap(def.in, depth + 1);
    if (def.type === 'lazy' && def.getter) return unwrap(def.getter(), depth + 1);
    if (def.type === 'union' && def.options) return def.options.flatMap((o) => unwrap(o, depth + 1));
    return [s];
  };
  for (const key of path) {
    current = current
      .flatMap((s) => unwrap(s))
      .flatMap((s) => {
        const def = defOf(s);
        if (def.type === 'object' && typeof key === 'string' && def.shape?.[key]) return [def.shape[key]];
        if (def.type === 'array' && typeof key === 'number' && def.element) return [def.element];
        if (def.type === 'record' && def.valueType) return [def.valueType];
        return [];
      });
  }
  return current.flatMap((s) => unwrap(s));
}

/** The fields the schema defines for the object at `path`. */
export function knownFields(schema: z.ZodType, path: readonly Key[]): string[] {
  const keys = schemasAt(schema, path).flatMap((s) => Object.keys(defOf(s).shape ?? {}));
  return [...new Set(keys)];
}

/** The candidate nearest to a misspelt word, when it is close enough to be the one meant. */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** zod's message without its generic opening: "expected string, received number". */
const plain = (message: string) => message.replace(/^Invalid (input|option|value): /, '');

/** The union branch that came nearest to matching: the one with the fewest problems. */
function nearestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const weight = (issues: readonly ZodIssue[]) =>
    issues.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? i.keys.length : 1), 0);
  let best: readonly ZodIssue[] | undefined;
  for (const branch of branches) if (!best || weight(branch) < weight(best)) best = branch;
  return best;
}

/** zod's issues with union branches resolved to the nearest one, each with its full path. */
function flatten(issues: readonly ZodIssue[], prefix: readonly Key[] = []): ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.filter((k): k is Key => typeof k !== 'symbol')];
    if (issue.code === 'invalid_union') {
      const branch = nearestBranch(issue.errors);
      if (branch?.length) return flatten(branch, path);
    }
    return [{ ...issue, path } as ZodIssue];
  });
}

/** Turns zod's issues into the dataset's issues: one per mistake, each naming its field. */
export function schemaIssues(error: z.ZodError, context: SchemaIssueContext = {}): DataIssue[] {
  const at = context.at ?? [];
  const flat = flatten(error.issues);
  const field = (path: readonly Key[]) => fieldPath([...at, ...path]);
  const label = (path: readonly Key[]) => (field(path).length ? `${formatPath(field(path))}: ` : '');

  const out: DataIssue[] = [];
  const suggested = new Set<string>();
  for (const issue of flat) {
    const path = issue.path as Key[];
    if (issue.code === 'unrecognized_keys') {
      const present = valueAt(context.input, path);
      const known = context.schema ? knownFields(context.schema, path) : [];
      const free = known.filter((k) => !(isPlainObject(present) && k in present));
      for (const key of issue.keys) {
        const near = nearestWord(key, free);
        if (near) suggested.add(JSON.stringify([...at, ...path, near]));
        out.push({
          rule: 'unknown-field',
          path: [...at, ...path, key],
          message: `${label(path)}unknown field "${key}"${near ? `; did you mean "${near}"?` : ''}`,
        });
      }
      continue;
    }
    const parent = path.slice(0, -1);
    const key = path[path.length - 1];
    const container = valueAt(context.input, parent);
    if (
      issue.code === 'invalid_type' &&
      typeof key === 'string' &&
      isPlainObject(container) &&
      container[key] === undefined
    )
      out.push({
        rule: 'missing-field',
        path: [...at, ...path],
        message: `${label(parent)}missing field "${key}"`,
      });
    else
      out.push({ rule: 'schema', path: [...at, ...path], message: `${label(path)}${plain(issue.message)}` });
  }

  // One issue per mistake: a required field missing because it was misspelt is told by the
  // unknown field, and of several rules one value breaks (too short, and not trimmed) the first.
  const seen = new Set<string>();
  return out.filter((i) => {
    const k = JSON.stringify(i.path);
    if (seen.has(k) || (i.rule === 'missing-field' && suggested.has(k))) return false;
    seen.add(k);
    return true;
  });
}
