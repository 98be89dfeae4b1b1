/**
 * Compares two JSON Schemas of the dataset (the package's `schema.json`, generated from zod) by
 * the parts the versioning policy names: fields, their types, and enumeration values. Working on
 * JSON Schema rather than on zod keeps the diff free of zod and lets it compare any two releases.
 */
import type { Bump } from './bump.js';

/** One change between two schemas, located by a field path such as `actors[].kind`. */
export interface SchemaChange {
  readonly kind:
    | 'field-added'
    | 'field-removed'
    | 'type-changed'
    | 'now-optional'
    | 'now-required'
    | 'enum-added'
    | 'enum-removed';
  readonly path: string;
  /** The enumeration values added or removed, or the types before and after. */
  readonly values?: readonly string[];
  readonly bump: Exclude<Bump, 'none'>;
  readonly message: string;
}

/** What one field of a schema allows. */
interface FieldShape {
  types: Set<string>;
  enum?: Set<string>;
  required: boolean;
  /**
   * For a field of a branch of a discriminated union (branches told apart by a required `const`
   * property, such as a source's `kind`): whether each branch that declares it requires it.
   */
  variants?: Map<string, boolean>;
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every field path of a JSON Schema with its types, enumeration values and whether it is required. */
export function schemaFields(schema: unknown): Map<string, FieldShape> {
  const fields = new Map<string, FieldShape>();
  const root = isNode(schema) ? schema : {};
  const resolve = (node: Node, seen: Set<string>): Node | undefined => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    if (seen.has(ref)) return undefined; // a recursive definition: its fields are already listed
    seen.add(ref);
    let target: unknown = root;
    for (const part of ref.replace(/^#\/?/, '').split('/').filter(Boolean))
      target = isNode(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return isNode(target) ? resolve(target, seen) : undefined;
  };
  const walk = (raw: unknown, path: string, required: boolean, seen: Set<string>, variant?: string) => {
    if (!isNode(raw)) return;
    const node = resolve(raw, new Set(seen));
    if (!node) return;
    if (path) {
      const shape = fields.get(path) ?? { types: new Set<string>(), required };
      shape.required &&= required;
      if (typeof node.type === 'string') shape.types.add(node.type);
      if (Array.isArray(node.type)) for (const t of node.type) shape.types.add(String(t));
      const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
      if (values) {
        shape.enum ??= new Set();
        for (const v of values) shape.enum.add(typeof v === 'string' ? v : JSON.stringify(v));
      }
      fields.set(path, shape);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      if (!Array.isArray(node[key])) continue;
      const branches = node[key].map((b: unknown) => (isNode(b) ? resolve(b, new Set(seen)) : undefined));
      const tag = key === 'allOf' ? undefined : discriminatorOf(branches);
      branches.forEach((branch: Node | undefined) => {
        const value = tag && branch ? (branch.properties as Node)[tag] : undefined;
        walk(branch, path, required, seen, isNode(value) ? String(value.const) : undefined);
      });
    }
    const props = node.properties;
    if (isNode(props)) {
      const req = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
      for (const [key, child] of Object.entries(props)) {
        const at = path ? `${path}.${key}` : key;
        walk(child, at, req.has(key), seen);
        const shape = fields.get(at);
        if (variant !== undefined && shape) {
          shape.variants ??= new Map();
          shape.variants.set(variant, req.has(key));
        }
      }
    }
    if (isNode(node.items)) walk(node.items, `${path}[]`, true, seen);
    if (isNode(node.additionalProperties)) walk(node.additionalProperties, `${path}.*`, false, seen);
  };
  walk(root, '', true, new Set());
  return fields;
}

/**
 * The property that tells the branches of a union apart, if there is one: every branch an object
 * that requires it with a `const` value ("kind": "essay" | "report").
 */
function discriminatorOf(branches: readonly (Node | undefined)[]): string | undefined {
  const [first] = branches;
  if (branches.length < 2 || !first || !isNode(first.properties)) return undefined;
  return Object.keys(first.properties).find((key) =>
    branches.every((b) => {
      const prop = b && isNode(b.properties) ? b.properties[key] : undefined;
      return isNode(prop) && 'const' in prop && Array.isArray(b?.required) && b.required.includes(key);
    }),
  );
}

const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('.')));

/**
 * True when a field that was required is optional now only because a new kind of record was added
 * beside the old one: some branch of the union still requires every field the old record required.
 * The old records keep their shape (as that branch); the new kind is an addition, and a minor one.
 */
function keptInABranch(
  path: string,
  before: Map<string, FieldShape>,
  after: Map<string, FieldShape>,
): boolean {
  const variants = after.get(path)?.variants;
  if (!variants) return false;
  const parent = parentOf(path);
  const wasRequired = [...before].filter(([p, s]) => s.required && parentOf(p) === parent).map(([p]) => p);
  return [...variants].some(
    ([variant, required]) =>
      required &&
      wasRequired.every((p) => {
        const now = after.get(p);
        return now !== undefined && (now.variants ? now.variants.get(variant) === true : now.required);
      }),
  );
}

const typeList = (s: Set<string>) => [...s].sort().join(' | ') || 'any';
/** A field inside a field that was itself added or removed is not worth a line of its own. */
const insideAny = (path: string, parents: readonly string[]) =>
  parents.some((p) => path.startsWith(`${p}.`) || path.startsWith(`${p}[]`));

/** The changes between two JSON Schemas, each with the bump the policy gives it. */
export function diffSchemas(before: unknown, after: unknown): SchemaChange[] {
  const a = schemaFields(before);
  const b = schemaFields(after);
  const changes: SchemaChange[] = [];
  const removed = [...a.keys()].filter((p) => !b.has(p)).sort();
  const added = [...b.keys()].filter((p) => !a.has(p)).sort();
  for (const path of removed.filter((p) => !insideAny(p, removed)))
    changes.push({
      kind: 'field-removed',
      path,
      bump: 'major',
      message: `field ${path} removed`,
    });
  for (const path of added.filter((p) => !insideAny(p, added)))
    changes.push({
      kind: 'field-added',
      path,
      bump: 'minor',
      message: `field ${path} added`,
    });
  for (const [path, was] of a) {
    const now = b.get(path);
    if (!now) continue;
    if (typeList(was.types) !== typeList(now.types))
      changes.push({
        kind: 'type-changed',
        path,
        values: [typeList(was.types), typeList(now.types)],
        bump: 'major',
        message: `field ${path} changed type from ${typeList(was.types)} to ${typeList(now.types)}`,
      });
    if (was.required && !now.required && !keptInABranch(path, a, b))
      changes.push({
        kind: 'now-optional',
        path,
        bump: 'major',
        message: `field ${path} is no longer required, so readers can no longer rely on it`,
      });
    if (!was.required && now.required)
      changes.push({
        kind: 'now-required',
        path,
        bump: 'minor',
        message: `field ${path} is now always present`,
      });
    const gone = [...(was.enum ?? [])].filter((v) => now.enum && !now.enum.has(v));
    const fresh = [...(now.enum ?? [])].filter((v) => was.enum && !was.enum.has(v));
    if (gone.length)
      changes.push({
        kind: 'enum-removed',
        path,
        values: gone,
        bump: 'major',
        message: `${path} no longer allows ${gone.map((v) => `"${v}"`).join(', ')}`,
      });
    if (fresh.length)
      changes.push({
        kind: 'enum-added',
        path,
        values: fresh,
        bump: 'minor',
        message: `${path} now also allows ${fresh.map((v) => `"${v}"`).join(', ')}`,
      });
  }
  return changes;
}
