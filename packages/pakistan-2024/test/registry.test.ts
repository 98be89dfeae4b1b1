import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  collectionEntry,
  collectionNames,
  collections,
  isCollectionName,
  referenceFields,
} from '../src/registry/collections.js';
import { tableNames } from '../src/registry/tables.js';
import { collectionSchemas, Dataset, Id } from '../src/schema/index.js';
import { toTables } from '../src/tables/flat-tables.js';
import { builtData } from './helpers.js';

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_PATTERN = (z.toJSONSchema(Id) as { pattern: string }).pattern;

/** True for a JSON Schema node that holds an id (a string with the id pattern) or a list of ids. */
function holdsIds(node: Node): boolean {
  const one = (n: unknown) => isNode(n) && n.type === 'string' && n.pattern === ID_PATTERN;
  return one(node) || (node.type === 'array' && one(node.items));
}

/**
 * Every field of a record's JSON Schema that holds ids of other records, as a path ("partners",
 * "dimensions[].x"), leaving out the record's own `id` and the citations' `source` (provenance is
 * checked on its own, by every citation walk).
 */
function idFields(schema: unknown, path = ''): string[] {
  if (!isNode(schema)) return [];
  const out: string[] = [];
  for (const branch of ['anyOf', 'oneOf', 'allOf'])
    if (Array.isArray(schema[branch])) for (const b of schema[branch]) out.push(...idFields(b, path));
  if (isNode(schema.properties))
    for (const [key, child] of Object.entries(schema.properties)) {
      if (key === 'provenance' || (path === '' && key === 'id')) continue;
      const at = path ? `${path}.${key}` : key;
      if (isNode(child) && holdsIds(child)) out.push(at);
      else out.push(...idFields(child, at));
    }
  if (isNode(schema.items)) out.push(...idFields(schema.items, `${path}[]`));
  return out;
}

/** The top-level properties of a collection's JSON Schema, with their schema nodes; a union's from every branch. */
const propertiesOf = (name: (typeof collectionNames)[number]): Record<string, Node> => {
  const schema = z.toJSONSchema(collectionSchemas[name], { io: 'input' }) as Node;
  const branches = [schema, ...((schema.oneOf ?? schema.anyOf ?? []) as Node[])];
  return Object.assign({}, ...branches.map((b) => (isNode(b.properties) ? b.properties : {})));
};

describe('the collection registry', () => {
  it('has one schema per collection, and the dataset holds them in registry order after its metadata', () => {
    expect(Object.keys(collectionSchemas)).toEqual([...collectionNames]);
    expect(Object.keys(Dataset.shape)).toEqual(['meta', ...collectionNames]);
  });

  it.each([...collectionNames])('lists every field of %s that holds ids, and only those', (name) => {
    const found = idFields(z.toJSONSchema(collectionSchemas[name], { io: 'input' }));
    expect(found.sort()).toEqual(Object.keys(referenceFields[name]).sort());
  });

  it('can tell an id field from another field, so the check above can fail', () => {
    const Probe = z.strictObject({ id: Id, friends: z.array(Id), best: Id.optional(), note: z.string() });
    expect(idFields(z.toJSONSchema(Probe, { io: 'input' }))).toEqual(['friends', 'best']);
  });

  it('points every reference at a collection, and looks records up and orders them by fields they have', () => {
    for (const entry of collections) {
      const properties = propertiesOf(entry.name);
      for (const [field, target] of Object.entries(entry.references)) {
        expect(isCollectionName(target), `${entry.name}.${field}`).toBe(true);
        expect(properties[field], `${entry.name}.${field}`).toBeDefined();
      }
      for (const field of [...entry.names, ...entry.orderBy])
        expect(properties[field], `${entry.name}.${field}`).toBeDefined();
    }
  });

  it('names every table the dataset is written as, collections first', () => {
    expect(toTables(builtData()).map((t) => t.name)).toEqual([...tableNames]);
    expect(tableNames.slice(0, collectionNames.length)).toEqual([...collectionNames]);
  });

  it('gives each collection reading names and a description', () => {
    for (const name of collectionNames) {
      const { one, many, description } = collectionEntry(name);
      expect(one && many && description, name).toBeTruthy();
    }
  });
});
