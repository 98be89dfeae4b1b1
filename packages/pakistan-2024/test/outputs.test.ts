import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { collectionNames, referenceFields } from '../src/registry/collections.js';
import { extraReferenceColumns, tableNames } from '../src/registry/tables.js';
import { toCSV } from '../src/tables/flat-tables.js';
import { checkDataPackage } from './frictionless.js';
import { builtData, packageRoot } from './helpers.js';

const dist = join(packageRoot, 'dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

describe('schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const check = ajv.compile(json('schema.json'));

  it('is JSON Schema 2020-12 and accepts data.json under an independent validator', () => {
    expect(json('schema.json').$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(check(json('data.json')), ajv.errorsText(check.errors)).toBe(true);
  });

  it('rejects data that breaks it', () => {
    const data = builtData();
    (data.relationships[0] as { stance: { value: string } }).stance.value = 'friendly';
    delete (data.sources[0] as { url?: string }).url;
    expect(check(data)).toBe(false);
    const where = (check.errors ?? []).map((e) => e.instancePath);
    expect(where).toContain('/relationships/0/stance/value');
    expect(where).toContain('/sources/0');
  });
});

describe('the CSV tables', () => {
  const data = builtData();
  const descriptor = json('datapackage.json');

  for (const name of tableNames) {
    it(`${name}.csv parses as RFC 4180 with the columns its schema declares`, () => {
      const text = read(`csv/${name}.csv`);
      const rows: string[][] = parse(text, { relax_column_count: false });
      const resource = descriptor.resources.find((r: { name: string }) => r.name === name);
      expect(rows[0]).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      if (name in data) expect(rows.length - 1).toBe(data[name as (typeof collectionNames)[number]].length);
      for (const row of rows.slice(1)) expect(row.length).toBe(rows[0]?.length);
    });
  }

  it('keep prose with commas, quotes and line breaks intact', () => {
    const rows: Record<string, string>[] = parse(read('csv/relationships.csv'), { columns: true });
    expect(rows.map((r) => r.summary)).toEqual(data.relationships.map((r) => r.summary));
    const claims: Record<string, string>[] = parse(read('csv/claims.csv'), { columns: true });
    const total = data.relationships.reduce(
      (n, r) =>
        n +
        r.challenges.length +
        r.opportunities.length +
        r.dimensions.reduce((m, d) => m + d.points.length, 0),
      0,
    );
    expect(claims.filter((c) => c.collection === 'relationships').length).toBe(total);
  });
});

describe('the chronology in the tables', () => {
  it('lists each report citation with its quote and no section or paragraph, and each source with its kind', () => {
    const rows: Record<string, string>[] = parse(read('csv/citations.csv'), { columns: true });
    const data = builtData();
    const chronology = rows.filter((r) => r.collection === 'chronology');
    expect(chronology).toHaveLength(data.chronology.reduce((n, e) => n + e.provenance.length, 0));
    for (const r of chronology) expect([r.section, r.paragraph, r.quote === '']).toEqual(['', '', false]);
    const sources: Record<string, string>[] = parse(read('csv/sources.csv'), { columns: true });
    expect(new Set(sources.map((s) => s.kind))).toEqual(new Set(['essay', 'report']));
    const essay = sources.find((s) => s.kind === 'essay');
    expect(essay?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sources.filter((s) => s.kind === 'report').every((s) => s.accessed && !s.sha256)).toBe(true);
  });
});

describe('datapackage.json', () => {
  const descriptor = json('datapackage.json');
  const resource = (name: string) => descriptor.resources.find((r: { name: string }) => r.name === name);
  const field = (table: string, name: string) =>
    resource(table).schema.fields.find((f: { name: string }) => f.name === name);

  it('carries the Data Package v2 descriptor fields', () => {
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: expect.stringMatching(/^[a-z0-9._-]+$/),
      title: expect.any(String),
      version: builtData().meta.version,
      homepage: 'https://www.npmjs.com/package/@policy/pakistan-2024',
    });
    expect(descriptor.licenses.map((l: { name: string }) => l.name)).toEqual(['CC-BY-4.0', 'MIT']);
    expect(descriptor.sources[0].path).toMatch(/^https:\/\//);
  });

  it('names the essay first among its sources, then every report the chronology cites', () => {
    const data = builtData();
    const reports = data.sources.filter((s) => s.kind === 'report');
    expect(descriptor.sources).toHaveLength(1 + reports.length);
    expect(descriptor.sources[0].title).toContain('Shaan Abbas');
    expect(descriptor.sources.slice(1).map((s: { path: string }) => s.path)).toEqual(
      reports.map((r) => r.url),
    );
    expect(resource('chronology').schema.fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining([
        'id',
        'date',
        'end',
        'kind',
        'summary',
        'relationships',
        'dimensions',
        'reports',
      ]),
    );
  });

  it('lists data.json, its JSON Schema and one CSV per table, each path a file beside it', () => {
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual([
      'data',
      'schema',
      ...tableNames,
    ]);
    for (const r of descriptor.resources) {
      expect(r).toMatchObject({
        name: expect.any(String),
        path: expect.any(String),
        format: expect.any(String),
      });
      // A resource's `schema` is a Table Schema (an object), never the path of another file.
      if (r.schema !== undefined) expect(typeof r.schema, r.name).toBe('object');
    }
  });

  it('holds, with its files, to every type, constraint, primary key and foreign key it declares', () => {
    expect(checkDataPackage(join(dist, 'datapackage.json'))).toEqual([]);
  });

  it('takes constraints from the schema and foreign keys from the registry', () => {
    expect(field('relationships', 'stance').constraints).toEqual({
      required: true,
      enum: ['close-cooperation', 'cooperation', 'mixed', 'strained', 'adversarial'],
    });
    expect(field('relationships', 'id').constraints).toEqual({
      required: true,
      pattern: '[a-z0-9]+(-[a-z0-9]+)*',
    });
    expect(field('relationships', 'partners')).toMatchObject({
      type: 'list',
      delimiter: '; ',
      itemType: 'string',
    });
    expect(field('citations', 'section')).toMatchObject({ type: 'list', delimiter: ' > ' });
    // Only the essay has a year (a report has its day of publication), so the column is optional;
    // the kind column holds either kind.
    expect(field('sources', 'year').constraints).toEqual({ minimum: 1900, maximum: 2100 });
    expect(field('sources', 'kind').constraints).toEqual({ required: true, enum: ['essay', 'report'] });
    expect(field('citations', 'paragraph').constraints).toEqual({ minimum: 1 });
    expect(field('citations', 'source').constraints).toMatchObject({ required: true });
    for (const name of collectionNames) {
      const keys = resource(name).schema.foreignKeys ?? [];
      const declared = [
        ...Object.keys(referenceFields[name]).map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
        ...Object.keys(extraReferenceColumns[name] ?? {}),
      ];
      expect(keys.map((k: { fields: string[] }) => k.fields[0]).sort(), name).toEqual(declared.sort());
    }
    expect(resource('relationships').schema.foreignKeys).toContainEqual({
      fields: ['partners'],
      reference: { resource: 'actors', fields: ['id'] },
    });
  });

  describe('on a copy with a broken table', () => {
    /** A copy of dist/ whose `table`.csv rows are changed by `edit` (header first), checked as a whole. */
    function checkAfter(table: string, edit: (rows: string[][]) => void): string[] {
      const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
      cpSync(dist, dir, { recursive: true });
      const file = join(dir, 'csv', `${table}.csv`);
      const [header = [], ...rows]: string[][] = parse(readFileSync(file, 'utf8'));
      edit(rows);
      const csv = toCSV({ columns: header.map((name) => ({ name, type: 'string', description: '' })), rows });
      writeFileSync(file, csv);
      // Keep bytes and hash in step, so that only the table's content is at fault.
      const d = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
      const r = d.resources.find((x: { name: string }) => x.name === table);
      r.bytes = Buffer.byteLength(csv);
      r.hash = `sha256:${createHash('sha256').update(csv).digest('hex')}`;
      writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(d));
      return checkDataPackage(join(dir, 'datapackage.json'));
    }
    const column = (name: string) =>
      resource('relationships').schema.fields.findIndex((f: { name: string }) => f.name === name);

    it('is clean before the change', () => {
      expect(checkAfter('relationships', () => {})).toEqual([]);
    });

    it('reports a partner id that names no actor', () => {
      const problems = checkAfter('relationships', (rows) => {
        const row = rows[0] as string[];
        row[column('partners')] += '; atlantis';
      });
      expect(problems).toEqual(['relationships row 2: partners "atlantis" is no actors.id']);
    });

    it('reports a value outside its enum, a missing required value and a repeated key', () => {
      const problems = checkAfter('relationships', (rows) => {
        const row = [...(rows[0] as string[])];
        row[column('stance')] = 'friendly';
        row[column('label')] = '';
        rows.push(row);
      });
      const last = `relationships row ${builtData().relationships.length + 2}`;
      expect(problems).toEqual([
        `${last}: label is required`,
        `${last}: stance "friendly" is not one of its enum`,
        expect.stringMatching(/^relationships: primary key \["[a-z-]+"\] repeats$/),
      ]);
    });

    it('reports a file whose bytes no longer match the descriptor', () => {
      const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
      cpSync(dist, dir, { recursive: true });
      writeFileSync(join(dir, 'csv', 'actors.csv'), 'id\r\n');
      expect(checkDataPackage(join(dir, 'datapackage.json'))).toContain(
        `actors: 4 bytes, the descriptor says ${resource('actors').bytes}`,
      );
    });
  });
});

describe('the entry points that load no schema library', () => {
  /** Every module a built file loads, following its relative imports. */
  function importsOf(entry: string, seen = new Set<string>()): Set<string> {
    const text = read(entry);
    for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)) {
      if (!spec) continue;
      if (spec.startsWith('./')) {
        const file = spec.slice(2);
        if (!seen.has(file)) {
          seen.add(file);
          importsOf(file, seen);
        }
      } else seen.add(spec);
    }
    return seen;
  }

  // The data, the registry, the tables and the diff load nothing else (no zod, no YAML parser);
  // the provenance checks load node's crypto (hashing) and, to find a source's text on disk, fs and
  // path, nothing else. Each entry is one self-contained file.
  it.each([
    ['registry', []],
    ['tables', []],
    ['diff', []],
    ['search-index', []],
    ['provenance', ['crypto', 'fs', 'path']],
  ])('%s loads only %j, in ESM and CommonJS', (name, allowed) => {
    for (const file of [`${name}.js`, `${name}.cjs`]) expect([...importsOf(file)], file).toEqual(allowed);
  });

  // `.` in three builds: for bundlers, the search engine inside; for CommonJS and for Node's ES
  // module loader, the engine in a file of its own, required on the first search.
  it('index loads nothing in ESM; in CommonJS and in the build Node imports, only the search engine, which loads nothing', () => {
    expect([...importsOf('index.js')]).toEqual([]);
    expect([...importsOf('index.cjs')]).toEqual(['search-engine.cjs']);
    expect([...importsOf('search-engine.cjs')]).toEqual([]);
    const node = read('index.node.js');
    expect([...importsOf('index.node.js')]).toEqual([]);
    expect(node).toContain('createRequire(import.meta.url)("./search-engine.cjs")');
    expect(node).toMatch(/`\$\{import\.meta\.dirname\}\/data\.min\.json`/);
  });

  it("keeps the search engine out of the source of what Node loads on import, and in the bundlers' build", () => {
    // A regular expression literal with a Unicode property class, which V8 checks while it parses
    // the file: MiniSearch's tokenizer has one; our own code makes its pattern on first use.
    const unicodeClass = /\/\[[^\]\n]*\\p\{[^/\n]*\/[a-z]*u/g;
    const literals = (file: string) => read(file).match(unicodeClass) ?? [];
    expect(literals('index.js')).toEqual(['/[\\n\\r\\p{Z}\\p{P}]+/u']);
    expect(literals('search-engine.cjs')).toEqual(literals('index.js'));
    expect(literals('index.cjs')).toEqual([]);
    expect(literals('index.node.js')).toEqual([]);
  });

  it('gives the build Node imports the dataset as compact ASCII JSON, equal to data.json', () => {
    const text = read('data.min.json');
    expect(text).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(text)).toEqual(JSON.parse(read('data.json')));
  });

  it('the schema entry does load zod, so the check above can see an import', () => {
    expect([...importsOf('schema.js')]).toContain('zod');
    expect([...importsOf('schema.cjs')]).toContain('zod');
  });
});
