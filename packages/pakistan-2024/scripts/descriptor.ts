/**
 * The Table Schema of each CSV table for datapackage.json (Frictionless Data Package v2): field
 * types, constraints and foreign keys, all derived from the zod schema and the registry, so that
 * a new collection or field is described without anyone listing it here.
 */
import { z } from 'zod';
import type { NestedTableName } from '../src/registry/tables.js';
import { Citation, Claim, collectionSchemas, Dimension, ReportCitation } from '../src/schema/index.js';
import { LIST_SEPARATOR, type Table } from '../src/tables/flat-tables.js';

/** A JSON Schema node, as z.toJSONSchema writes it (only the keywords read here). */
interface Node {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly Node[];
  readonly oneOf?: readonly Node[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly items?: Node;
  readonly properties?: { readonly [name: string]: Node };
  readonly required?: readonly string[];
}

/** A Table Schema field constraint set (the subset the dataset's rules map to). */
export interface Constraints {
  readonly required?: true;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A Table Schema field. */
export interface Field {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly delimiter?: string;
  readonly itemType?: string;
  readonly constraints?: Constraints;
}

/** The schema of one row of each nested table: a table's columns take constraints from the same-named fields. */
const nestedRows: { readonly [T in NestedTableName]: z.ZodType } = {
  dimensions: Dimension,
  claims: Claim,
  // A row of citations.csv cites the essay or quotes a report.
  citations: z.union([Citation, ReportCitation]),
};

/**
 * One object node for a row that may take several shapes (a source is an essay or a report; a
 * citation points into the essay or quotes a report): a field is required when every shape requires
 * it, and a field that each shape fixes to one value (`kind`) may hold any of those values.
 */
function mergeShapes(node: Node): Node {
  const shapes = node.anyOf ?? node.oneOf;
  if (!shapes) return node;
  const merged = shapes.map(mergeShapes);
  const names = [...new Set(merged.flatMap((m) => Object.keys(m.properties ?? {})))];
  const properties: { [name: string]: Node } = {};
  for (const name of names) {
    const nodes = merged.flatMap((m) => (m.properties?.[name] ? [m.properties[name]] : []));
    const first = nodes[0] as Node;
    properties[name] =
      nodes.length === merged.length && nodes.every((n) => n.const !== undefined)
        ? { type: first.type ?? 'string', enum: nodes.map((n) => n.const) }
        : first;
  }
  const required = names.filter((name) => merged.every((m) => m.required?.includes(name)));
  return { type: 'object', properties, required };
}

const rowSchema = (table: string): Node => {
  const zod =
    table in collectionSchemas
      ? collectionSchemas[table as keyof typeof collectionSchemas]
      : nestedRows[table as NestedTableName];
  return zod ? mergeShapes(z.toJSONSchema(zod, { target: 'draft-2020-12', io: 'input' }) as Node) : {};
};

const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A JavaScript pattern as a Table Schema one: Table Schema patterns match the whole value and use
 * XML Schema syntax, which has neither anchors nor `(?:` groups.
 */
export function tablePattern(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '').replaceAll('(?:', '(');
}

function constraintsOf(node: Node, required: boolean, type: string): Constraints | undefined {
  const c: { -readonly [K in keyof Constraints]: Constraints[K] } = {};
  if (required) c.required = true;
  if (type === 'string' && node.enum) c.enum = node.enum.map(String);
  if (type === 'string' && node.pattern) c.pattern = tablePattern(node.pattern);
  if (type === 'integer' && node.minimum !== undefined) c.minimum = node.minimum;
  if (type === 'integer' && node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER)
    c.maximum = node.maximum;
  return Object.keys(c).length ? c : undefined;
}

/** The Table Schema fields of a table: a column named after a field of its row gets that field's rules. */
export function tableFields(table: Pick<Table, 'name' | 'columns' | 'primaryKey'>): Field[] {
  const row = rowSchema(table.name);
  return table.columns.map((column) => {
    const key = camel(column.name);
    let node = row.properties?.[key];
    let required = row.required?.includes(key) ?? false;
    // A coding ({value, rationale}) is written as its value.
    const value = node?.properties?.value;
    if (value && column.type === 'string') {
      required &&= node?.required?.includes('value') ?? false;
      node = value;
    }
    const base = { name: column.name, description: column.description };
    const inKey = table.primaryKey.includes(column.name);
    if ((node?.type === 'array' || column.delimiter !== undefined) && column.type === 'string') {
      // A list joined into one cell; an empty list leaves the cell empty, so it is required only
      // when the schema asks for at least one item.
      return {
        ...base,
        type: 'list',
        delimiter: column.delimiter ?? LIST_SEPARATOR,
        itemType: 'string',
        ...(required && (node?.minItems ?? 0) > 0 ? { constraints: { required: true as const } } : {}),
      };
    }
    const matches = node && (node.type === column.type || (node.enum && column.type === 'string'));
    const constraints = matches
      ? constraintsOf(node as Node, required || inKey, column.type)
      : inKey
        ? { required: true as const }
        : undefined;
    return { ...base, type: column.type, ...(constraints ? { constraints } : {}) };
  });
}

/** The foreign keys of a table: each referencing column points at the `id` of the table it names. */
export function foreignKeys(table: Pick<Table, 'references'>) {
  return Object.entries(table.references).map(([field, resource]) => ({
    fields: [field],
    reference: { resource, fields: ['id'] },
  }));
}
