/** Writes the plain-file outputs of the package into dist/: data, JSON Schema, CSV tables, data package. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { npmPageUrl } from '../src/cite/bibliography.js';
import { Dataset } from '../src/schema/index.js';
import { type Table, toCSV, toTables } from '../src/tables/flat-tables.js';
import { foreignKeys, tableFields } from './descriptor.js';

const PROFILE = 'https://datapackage.org/profiles/2.0';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The JSON Schema (draft 2020-12) of data.json, generated from the zod schema. */
export function jsonSchema(): Record<string, unknown> {
  return {
    title: "Pakistan's foreign policy in 2024",
    ...z.toJSONSchema(Dataset, { target: 'draft-2020-12' }),
  };
}

/** Writes every plain output into `dist` and returns the data package descriptor. */
export function writeOutputs(data: Dataset, dist: string, json: string): Record<string, unknown> {
  mkdirSync(join(dist, 'csv'), { recursive: true });
  writeFileSync(join(dist, 'data.json'), json);
  const schema = `${JSON.stringify(jsonSchema(), null, 2)}\n`;
  writeFileSync(join(dist, 'schema.json'), schema);

  // A resource's `schema` is a Table Schema; the JSON Schema of data.json is a resource of its own,
  // so that its path is listed (and rewritten, and checked) like every other file.
  const resources: Record<string, unknown>[] = [
    {
      $schema: `${PROFILE}/dataresource.json`,
      name: 'data',
      path: 'data.json',
      title: 'The whole dataset',
      description:
        "Every collection with its records, nested as in the package's types; the resource `schema` is its JSON Schema.",
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: bytes(json),
      hash: `sha256:${sha256(json)}`,
    },
    {
      $schema: `${PROFILE}/dataresource.json`,
      name: 'schema',
      path: 'schema.json',
      title: 'JSON Schema of data.json',
      description: 'JSON Schema (draft 2020-12) of the resource `data`, generated from the zod schema.',
      format: 'json',
      mediatype: 'application/schema+json',
      encoding: 'utf-8',
      bytes: bytes(schema),
      hash: `sha256:${sha256(schema)}`,
    },
  ];
  for (const table of toTables(data)) {
    const csv = toCSV(table);
    writeFileSync(join(dist, 'csv', `${table.name}.csv`), csv);
    resources.push(resource(table, csv));
  }

  const essays = data.sources.filter((s) => s.kind === 'essay');
  const reports = data.sources.filter((s) => s.kind === 'report');
  const source = essays[0];
  const descriptor = {
    $schema: `${PROFILE}/datapackage.json`,
    name: 'policy-pakistan-2024',
    id: '@policy/pakistan-2024',
    title: data.meta.title,
    description: data.meta.description,
    version: data.meta.version,
    keywords: ['pakistan', 'foreign policy', '2024', 'international relations'],
    licenses: [
      {
        name: data.meta.license.data,
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 (the data)',
      },
      {
        name: data.meta.license.code,
        path: 'https://opensource.org/license/mit',
        title: 'MIT License (the code)',
      },
    ],
    // The essay first, then every report the chronology cites, each as its stored copy names it.
    sources: [
      ...essays.map((s) => ({
        title: `${s.author}, "${s.title}" (${s.affiliation}, ${s.year})`,
        path: s.url,
      })),
      ...reports.map((s) => ({
        title: `${s.publisher}${s.title ? `, "${s.title}"` : ''} (${s.published ?? 'undated'}; accessed ${s.accessed})`,
        path: s.url,
      })),
    ],
    contributors: source
      ? [{ title: source.author, roles: ['author'], organization: source.affiliation }]
      : [],
    homepage: data.meta.homepage ?? npmPageUrl(data.meta.name),
    resources,
  };
  writeFileSync(join(dist, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
  return descriptor;
}

function resource(table: Table, csv: string): Record<string, unknown> {
  const keys = foreignKeys(table);
  return {
    $schema: `${PROFILE}/dataresource.json`,
    name: table.name,
    type: 'table',
    path: `csv/${table.name}.csv`,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: bytes(csv),
    hash: `sha256:${sha256(csv)}`,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      $schema: `${PROFILE}/tableschema.json`,
      fields: tableFields(table),
      primaryKey: table.primaryKey,
      ...(keys.length ? { foreignKeys: keys } : {}),
      missingValues: [''],
    },
  };
}
