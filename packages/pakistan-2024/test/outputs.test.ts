import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { collectionNames } from '../src/registry/collections.js';
import { tableNames } from '../src/registry/tables.js';
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

  it('carries the Data Package descriptor fields', () => {
    expect(descriptor).toMatchObject({
      name: expect.stringMatching(/^[a-z0-9._-]+$/),
      title: expect.any(String),
      version: builtData().meta.version,
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
    const chronology = descriptor.resources.find((r: { name: string }) => r.name === 'chronology');
    expect(chronology.schema.fields.map((f: { name: string }) => f.name)).toEqual(
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

  it('describes every resource with path, format, mediatype, bytes, hash and schema that match the files', () => {
    // data.json, then one CSV per table.
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(['data', ...tableNames]);
    for (const r of descriptor.resources) {
      expect(r).toMatchObject({
        name: expect.any(String),
        path: expect.any(String),
        format: expect.any(String),
        mediatype: expect.any(String),
      });
      expect(r.schema, r.name).toBeDefined();
      const file = join(dist, r.path);
      expect(existsSync(file), r.path).toBe(true);
      const bytes = readFileSync(file);
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      if (r.format === 'csv') expect(r.schema.fields.length).toBeGreaterThan(0);
    }
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
  // the provenance checks load node's crypto, and fs and path to find a source's text on disk.
  // Each entry is one self-contained file.
  it.each([
    ['index', []],
    ['registry', []],
    ['tables', []],
    ['diff', []],
    ['search-index', []],
    ['provenance', ['crypto', 'fs', 'path']],
  ])('%s loads only %j, in ESM and CommonJS', (name, allowed) => {
    for (const file of [`${name}.js`, `${name}.cjs`]) expect([...importsOf(file)], file).toEqual(allowed);
  });

  it('the schema entry does load zod, so the check above can see an import', () => {
    expect([...importsOf('schema.js')]).toContain('zod');
    expect([...importsOf('schema.cjs')]).toContain('zod');
  });
});
