/**
 * Checks a Frictionless Data Package on disk the way `frictionless validate` checks one: every
 * resource path resolves beside the descriptor with its declared bytes and hash, and every table
 * holds to its Table Schema (header, types, constraints, primary key) and its foreign keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

interface Field {
  name: string;
  type: string;
  delimiter?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  bytes?: number;
  hash?: string;
  schema?: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues?: string[];
  };
}

/** Every problem found in the data package whose descriptor is `descriptorFile`, one line each. */
export function checkDataPackage(descriptorFile: string): string[] {
  const dir = dirname(descriptorFile);
  const { resources } = JSON.parse(readFileSync(descriptorFile, 'utf8')) as { resources: Resource[] };
  const problems: string[] = [];
  const tables = new Map<string, { fields: Field[]; rows: Record<string, string | null>[] }>();

  for (const r of resources) {
    const file = join(dir, r.path);
    if (!existsSync(file)) {
      problems.push(`${r.name}: ${r.path} is not beside the descriptor`);
      continue;
    }
    const bytes = readFileSync(file);
    if (r.bytes !== undefined && r.bytes !== bytes.length)
      problems.push(`${r.name}: ${bytes.length} bytes, the descriptor says ${r.bytes}`);
    const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (r.hash !== undefined && r.hash !== hash)
      problems.push(`${r.name}: hash differs from the descriptor's`);
    if (!r.schema) continue;

    const missing = new Set(r.schema.missingValues ?? ['']);
    const [header = [], ...body]: string[][] = parse(bytes.toString('utf8'));
    const names = r.schema.fields.map((f) => f.name);
    if (header.join() !== names.join())
      problems.push(`${r.name}: header ${header.join()} ≠ fields ${names.join()}`);
    const rows = body.map((cells) =>
      Object.fromEntries(names.map((n, i) => [n, missing.has(cells[i] ?? '') ? null : (cells[i] as string)])),
    );
    tables.set(r.name, { fields: r.schema.fields, rows });

    rows.forEach((row, i) => {
      const at = `${r.name} row ${i + 2}`;
      for (const f of r.schema?.fields ?? []) {
        const cell = row[f.name] ?? null;
        const c = f.constraints ?? {};
        if (cell === null) {
          if (c.required) problems.push(`${at}: ${f.name} is required`);
          continue;
        }
        if (f.type === 'integer' && !/^-?\d+$/.test(cell))
          problems.push(`${at}: ${f.name} "${cell}" is not an integer`);
        if (f.type === 'list' && cell.split(f.delimiter ?? ',').some((item) => item === ''))
          problems.push(`${at}: ${f.name} has an empty item`);
        if (c.enum && !c.enum.includes(cell))
          problems.push(`${at}: ${f.name} "${cell}" is not one of its enum`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell))
          problems.push(`${at}: ${f.name} "${cell}" does not match ${c.pattern}`);
        if (c.minimum !== undefined && Number(cell) < c.minimum)
          problems.push(`${at}: ${f.name} ${cell} < ${c.minimum}`);
        if (c.maximum !== undefined && Number(cell) > c.maximum)
          problems.push(`${at}: ${f.name} ${cell} > ${c.maximum}`);
      }
    });
    const key = r.schema.primaryKey ?? [];
    if (key.length) {
      const seen = new Set<string>();
      for (const row of rows) {
        const value = JSON.stringify(key.map((k) => row[k]));
        if (seen.has(value)) problems.push(`${r.name}: primary key ${value} repeats`);
        seen.add(value);
      }
    }
  }

  // Foreign keys, once every table is read. A list field references each of its items.
  for (const r of resources)
    for (const fk of r.schema?.foreignKeys ?? []) {
      const source = tables.get(r.name);
      const target = tables.get(fk.reference.resource);
      const [field] = fk.fields;
      const [to] = fk.reference.fields;
      if (!source || !target || !field || !to || fk.fields.length !== 1) {
        problems.push(`${r.name}: foreign key ${JSON.stringify(fk)} cannot be checked`);
        continue;
      }
      const keys = new Set(target.rows.map((row) => row[to]));
      const spec = source.fields.find((f) => f.name === field);
      source.rows.forEach((row, i) => {
        const cell = row[field];
        if (cell === null || cell === undefined) return;
        const values = spec?.type === 'list' ? cell.split(spec.delimiter ?? ',') : [cell];
        for (const v of values)
          if (!keys.has(v))
            problems.push(`${r.name} row ${i + 2}: ${field} "${v}" is no ${fk.reference.resource}.${to}`);
      });
    }
  return problems;
}
