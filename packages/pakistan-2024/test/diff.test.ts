import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../scripts/outputs.js';
import {
  diffDatasets,
  diffSchemas,
  formatDiff,
  formatReleaseNotes,
  maxBump,
  nextVersion,
  schemaFields,
} from '../src/entries/diff.js';
import { collectionNames, referenceFields } from '../src/registry/collections.js';
import { stances, valuesOf } from '../src/registry/vocabulary.js';
import type { Dataset } from '../src/schema/index.js';
import { builtData } from './helpers.js';

// Synthetic before/after pairs: the real data, cloned and mutated, so the tests hold as the data grows.
const base = builtData();
const clone = (): Dataset => structuredClone(base);
const firstActor = () => {
  const actor = base.actors[0];
  if (!actor) throw new Error('the dataset has no actor to test with');
  return actor;
};
/** An actor that some relationship lists as a partner, so that renaming it touches another record. */
const referencedActor = () => {
  const rel = base.relationships[0];
  const id = rel?.partners[0];
  if (!rel || !id) throw new Error('the dataset has no relationship to test with');
  return { rel, id };
};

describe('diffDatasets: records', () => {
  it('finds nothing between a dataset and its copy, even when only the version differs', () => {
    const after = clone();
    after.meta.version = '9.9.9';
    const result = diffDatasets(base, after);
    expect(result.bump).toBe('none');
    expect(result.reasons).toEqual([]);
    expect(result.to).toBe('9.9.9');
  });

  it('calls a rewritten description a patch and names the record and field', () => {
    const after = clone();
    const actor = after.actors[0] as Dataset['actors'][number];
    actor.description = `${actor.description} Corrected.`;
    const result = diffDatasets(base, after);
    expect(result.bump).toBe('patch');
    expect(result.changed).toEqual([
      { collection: 'actors', id: actor.id, title: actor.name, fields: ['description'] },
    ]);
  });

  it('calls a corrected citation a patch, reported against provenance', () => {
    const after = clone();
    const rel = after.relationships[0] as Dataset['relationships'][number];
    const citation = rel.provenance[0] as Dataset['relationships'][number]['provenance'][number];
    citation.paragraph += 1;
    const result = diffDatasets(base, after);
    expect(result.bump).toBe('patch');
    expect(result.changed[0]).toMatchObject({ id: rel.id, fields: ['provenance'] });
  });

  it('calls a new record a minor change and gives its title', () => {
    const after = clone();
    after.actors.push({ ...firstActor(), id: 'atlantis', name: 'Atlantis', aliases: [] });
    const result = diffDatasets(base, after);
    expect(result.bump).toBe('minor');
    expect(result.added).toEqual([{ collection: 'actors', id: 'atlantis', title: 'Atlantis' }]);
    expect(result.reasons[0]).toMatchObject({ bump: 'minor', kind: 'added', id: 'atlantis' });
  });

  it('calls a removed record a major change, whatever else was added', () => {
    const after = clone();
    const [gone] = after.actors.splice(-1, 1);
    after.actors.push({ ...firstActor(), id: 'zz-new', name: 'New', aliases: [] });
    const result = diffDatasets(base, after);
    expect(result.bump).toBe('major');
    expect(result.removed).toEqual([{ collection: 'actors', id: gone?.id, title: gone?.name }]);
    expect(result.reasons[0]).toMatchObject({ bump: 'major', kind: 'removed', id: gone?.id });
    expect(result.reasons.map((r) => r.bump)).toEqual(['major', 'minor']);
  });

  it('recognises a rename and follows it through the records that refer to it', () => {
    const { rel, id } = referencedActor();
    const after = clone();
    const actor = after.actors.find((a) => a.id === id) as Dataset['actors'][number];
    actor.id = `${id}-renamed`;
    // Every record that refers to the actor is updated, as a contributor renaming it would do.
    let touched = 0;
    for (const collection of collectionNames)
      for (const record of after[collection] as unknown as Record<string, unknown>[])
        for (const [field, target] of Object.entries(referenceFields[collection])) {
          const value = record[field];
          if (target !== 'actors') continue;
          if (value === id) record[field] = actor.id;
          else if (Array.isArray(value) && value.includes(id))
            record[field] = value.map((p: string) => (p === id ? actor.id : p)).sort();
          else continue;
          touched++;
        }
    const result = diffDatasets(base, after);
    expect(touched).toBeGreaterThan(0);
    expect(result.renamed).toEqual([{ collection: 'actors', from: id, to: actor.id, title: actor.name }]);
    expect(result.removed).toEqual([]);
    expect(result.added).toEqual([]);
    // The referring records (among them the relationship) only follow the rename: not reported as changed.
    expect(result.changed).toEqual([]);
    expect(result.bump).toBe('major');
    // Without following the references, the relationship would show up as changed.
    const partial = clone();
    (partial.actors.find((a) => a.id === id) as Dataset['actors'][number]).id = actor.id;
    expect(diffDatasets(base, partial).changed).toContainEqual(
      expect.objectContaining({ id: rel.id, fields: expect.arrayContaining(['partners']) }),
    );
  });

  it('treats a new id with other changes as a removal and an addition', () => {
    const after = clone();
    const actor = after.actors[0] as Dataset['actors'][number];
    const old = actor.id;
    Object.assign(actor, { id: 'zz-other', description: 'Different.' });
    after.actors.sort((a, b) => a.id.localeCompare(b.id));
    const result = diffDatasets(base, after);
    expect(result.renamed).toEqual([]);
    expect(result.removed.map((r) => r.id)).toEqual([old]);
    expect(result.added.map((r) => r.id)).toEqual(['zz-other']);
  });

  it('calls a change of order a patch', () => {
    const after = clone();
    after.actors.reverse();
    const result = diffDatasets(base, after);
    expect(base.actors.length).toBeGreaterThan(1);
    expect(result).toMatchObject({ bump: 'patch', reordered: ['actors'], changed: [] });
  });

  it('reports corrected metadata as a patch', () => {
    const after = clone();
    after.meta.description = `${after.meta.description} Revised.`;
    expect(diffDatasets(base, after)).toMatchObject({ bump: 'patch', meta: ['description'] });
  });

  it('copes with plain JSON of another shape: unknown collections, missing fields', () => {
    const before = {
      meta: { version: '0.9.0' },
      legacy: [{ id: 'old', label: 'Old' }],
      actors: [{ id: 'a' }],
    };
    const after = { meta: { version: '1.0.0' }, actors: [{ id: 'a', name: 'A' }] };
    const result = diffDatasets(before, after);
    expect(result.removed).toEqual([{ collection: 'legacy', id: 'old', title: 'old' }]);
    expect(result.changed).toEqual([{ collection: 'actors', id: 'a', title: 'A', fields: ['name'] }]);
    expect(result).toMatchObject({ bump: 'major', from: '0.9.0', to: '1.0.0', schemaCompared: false });
  });
});

describe('diffDatasets: schema', () => {
  const schema = jsonSchema();
  type Node = { properties: Record<string, Node>; items: Node; required?: string[]; enum?: string[] };
  const actorItem = () => {
    const s = structuredClone(schema) as unknown as Node;
    return { s, actor: s.properties.actors?.items as Node };
  };

  it('lists the fields of the real schema, with the enumerations of the vocabularies', () => {
    const fields = schemaFields(schema);
    expect(fields.get('relationships[].stance.value')?.enum).toEqual(new Set(valuesOf(stances)));
    expect(fields.get('actors[].id')).toMatchObject({ required: true, types: new Set(['string']) });
    expect(fields.get('actors[].iso2')?.required).toBe(false);
    expect(diffSchemas(schema, structuredClone(schema))).toEqual([]);
  });

  it('calls a new field minor and a removed field major, listing only the outermost field', () => {
    const { s, actor } = actorItem();
    actor.properties.nickname = { type: 'string' } as unknown as Node;
    delete actor.properties.references;
    const changes = diffSchemas(schema, s);
    expect(changes.map((c) => [c.kind, c.path, c.bump])).toEqual([
      ['field-removed', 'actors[].references', 'major'],
      ['field-added', 'actors[].nickname', 'minor'],
    ]);
  });

  it('calls an added enumeration value minor and a removed one major', () => {
    const { s, actor } = actorItem();
    const kind = actor.properties.kind as Node;
    const [dropped, ...rest] = kind.enum ?? [];
    kind.enum = [...rest, 'alliance'];
    const changes = diffSchemas(schema, s);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'enum-removed',
        path: 'actors[].kind',
        values: [dropped],
        bump: 'major',
      }),
      expect.objectContaining({
        kind: 'enum-added',
        path: 'actors[].kind',
        values: ['alliance'],
        bump: 'minor',
      }),
    ]);
  });

  it('calls a changed type, or a required field made optional, major', () => {
    const { s, actor } = actorItem();
    actor.properties.name = { type: 'array', items: { type: 'string' } } as unknown as Node;
    actor.required = (actor.required ?? []).filter((k) => k !== 'description');
    const changes = diffSchemas(schema, s);
    expect(changes.map((c) => [c.kind, c.path])).toEqual(
      expect.arrayContaining([
        ['type-changed', 'actors[].name'],
        ['now-optional', 'actors[].description'],
      ]),
    );
    const result = diffDatasets(base, base, { schemas: { before: schema, after: s } });
    expect(result.bump).toBe('major');
    expect(result.reasons.every((r) => r.kind === 'schema')).toBe(true);
  });
});

describe('diffDatasets: a new kind of record beside the old', () => {
  // A collection whose records were all of one shape gains a second kind, told apart by `kind`.
  const object = (props: Record<string, unknown>, required: string[]) => ({
    type: 'object',
    properties: props,
    required,
  });
  const str = { type: 'string' };
  const essayProps = { id: str, title: str, author: str, year: { type: 'integer' } };
  const wrap = (items: unknown) => ({
    type: 'object',
    properties: { sources: { type: 'array', items } },
    required: ['sources'],
  });
  const before = wrap(object(essayProps, ['id', 'title', 'author', 'year']));
  const withKinds = (essayRequired: string[]) =>
    wrap({
      oneOf: [
        object({ ...essayProps, kind: { type: 'string', const: 'essay' } }, ['kind', ...essayRequired]),
        object(
          { id: str, kind: { type: 'string', const: 'report' }, title: str, author: str, accessed: str },
          ['id', 'kind', 'accessed'],
        ),
      ],
    });

  it('calls the new kind minor when the old kind keeps every field it required', () => {
    const changes = diffSchemas(before, withKinds(['id', 'title', 'author', 'year']));
    expect(changes.map((c) => [c.kind, c.path, c.bump])).toEqual([
      ['field-added', 'sources[].accessed', 'minor'],
      ['field-added', 'sources[].kind', 'minor'],
    ]);
    expect(schemaFields(withKinds(['id'])).get('sources[].title')?.variants).toEqual(
      new Map([
        ['essay', false],
        ['report', false],
      ]),
    );
  });

  it('still calls it major when the old kind itself no longer requires a field', () => {
    const changes = diffSchemas(before, withKinds(['id', 'title', 'year']));
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'now-optional', path: 'sources[].author', bump: 'major' }),
    );
    expect(changes.filter((c) => c.bump === 'major').map((c) => c.kind)).toEqual(
      expect.arrayContaining(['now-optional']),
    );
  });

  it('reads the real schema: the essay keeps its fields, a report may lack a title or author', () => {
    const fields = schemaFields(jsonSchema());
    expect(fields.get('sources[].title')?.variants).toEqual(
      new Map([
        ['essay', true],
        ['report', false],
      ]),
    );
    expect(fields.get('sources[].kind')?.enum).toEqual(new Set(['essay', 'report']));
  });
});

describe('formatting', () => {
  it('prints the bump, then one line per change naming the record', () => {
    const after = clone();
    after.actors.push({ ...firstActor(), id: 'zz-new', name: 'Zed', aliases: [] });
    const text = formatDiff(diffDatasets(base, after));
    expect(text.split('\n')[0]).toMatch(/1 added, 0 changed, 0 removed, 0 renamed; needs a minor release/);
    expect(text).toContain('minor  added actors/zz-new "Zed"');
    expect(formatDiff(diffDatasets(base, base, { schemas: { before: {}, after: {} } }))).toMatch(
      /no changes$/,
    );
  });

  it('writes release notes with the titles of added, changed and removed records', () => {
    const before = clone();
    before.meta.version = '1.0.0';
    const after = clone();
    const [gone] = after.actors.splice(-1, 1);
    after.actors.push({ ...firstActor(), id: 'zz-new', name: 'Zed *bold*', aliases: [] });
    (after.actors[0] as Dataset['actors'][number]).description = 'Reworded.';
    const notes = formatReleaseNotes(diffDatasets(before, after));
    expect(notes).toContain('Compared with 1.0.0: a major change.');
    expect(notes).toMatch(/\*\*Added\*\*\n\n- Zed \\\*bold\\\* \(`actors\/zz-new`\)/);
    expect(notes).toContain(`**Removed**\n\n- ${gone?.name} (\`actors/${gone?.id}\`)`);
    expect(notes).toContain(`(\`actors/${firstActor().id}\`): description`);
    expect(formatReleaseNotes(diffDatasets({}, base))).toContain('The first release: every record is new.');
  });
});

describe('bumps and versions', () => {
  it('orders bumps and applies them to versions', () => {
    expect(maxBump(['patch', 'major', 'minor'])).toBe('major');
    expect(maxBump([])).toBe('none');
    expect(nextVersion('0.0.0', 'major')).toBe('1.0.0');
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4');
  });
});
