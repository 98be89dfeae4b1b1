import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collectionNames,
  dataset,
  escapeMarkdown,
  essays,
  relationships,
  themes,
} from '@policy/pakistan-2024';
import { toTables } from '@policy/pakistan-2024/tables';
import { parse as parseCsv } from 'csv-parse/sync';
import { load as loadYaml11 } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bin, dataJson, oneLineError, policy, tempDir } from './helpers.js';

const total = collectionNames.reduce((n, c) => n + dataset[c].length, 0);

describe('policy export', () => {
  it('writes the whole dataset as JSON by default', () => {
    const r = policy(['export']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(dataset);
  });

  it('writes one collection as JSON', () => {
    expect(JSON.parse(policy(['export', '--format', 'json', '--collection', 'topics']).stdout)).toEqual(
      dataset.topics,
    );
  });

  it('writes NDJSON: one record per line, with its collection', () => {
    const lines = policy(['export', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    const parsed = lines.map(
      (l) => JSON.parse(l) as { collection: string; id: string; record: { id: string } },
    );
    for (const p of parsed) expect(p.record.id).toBe(p.id);
    expect(parsed.filter((p) => p.collection === 'relationships').map((p) => p.record)).toEqual(
      relationships,
    );
  });

  it('writes RFC 4180 CSV from the package tables, for collections and nested tables', () => {
    for (const name of ['relationships', 'claims', 'citations']) {
      const r = policy(['export', '--format', 'csv', '--collection', name]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/\r\n$/);
      const table = toTables(dataset).find((t) => t.name === name);
      const rows = parseCsv(r.stdout, { columns: true, relax_quotes: false }) as Record<string, string>[];
      expect(rows).toHaveLength(table?.rows.length ?? -1);
      expect(Object.keys(rows[0] ?? {})).toEqual(table?.columns.map((c) => c.name));
    }
  });

  describe('YAML', () => {
    const text = policy(['export', '--format', 'yaml']).stdout;
    const built = JSON.parse(readFileSync(dataJson, 'utf8'));

    it('parses back to data.json under YAML 1.2', () => {
      expect(parseYaml(text)).toEqual(built);
    });

    // YAML 1.1 loaders (PyYAML, js-yaml's default schema) read an unquoted 1951-05-21 as a date
    // and yes/no/on/off as booleans: every such string must be quoted.
    it('parses back to data.json under YAML 1.1 semantics: js-yaml’s default schema and yaml’s 1.1 mode', () => {
      expect(loadYaml11(text)).toEqual(built);
      expect(parseYaml(text, { version: '1.1' })).toEqual(built);
    });

    it('quotes the event dates a YAML 1.1 loader would read as dates', () => {
      const dayDates = dataset.events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
      expect(dayDates.length).toBeGreaterThan(0);
      for (const e of dayDates) expect(text).toContain(`date: "${e.date}"`);
    });
  });

  it('writes a readable Markdown report of the whole dataset', () => {
    const md = policy(['export', '--format', 'md']).stdout;
    expect(md.startsWith(`# ${dataset.meta.title}\n`)).toBe(true);
    for (const heading of [
      'Relationships',
      'Themes',
      'Timeline',
      'Chronology',
      'Prospects',
      'Initiatives',
      'Topics',
      'Actors',
    ])
      expect(md).toContain(`\n## ${heading}\n`);
    for (const r of [...relationships, ...themes]) expect(md).toContain(`\n### ${r.title}\n`);
    expect(md).toContain(essays[0]?.author.split(' ').pop());
    for (const e of dataset.chronology) expect(md).toContain(`\n### ${escapeMarkdown(e.title)}\n`);
    expect(md).not.toContain(String.fromCharCode(27));
  });

  it('writes to a file with --out, and takes the format from its extension', () => {
    const dir = tempDir();
    const file = join(dir, 'topics.yaml');
    const r = policy(['export', '--collection', 'topics', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(parseYaml(readFileSync(file, 'utf8'))).toEqual(dataset.topics);
  });

  it('fails with one line when the file cannot be written', () => {
    const r = policy(['export', '--out', join(tempDir(), 'missing', 'x.json')]);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toMatch(/^policy: cannot write .*x\.json: no such file or directory$/);
    const dir = policy(['export', '--out', tempDir()]);
    expect(dir.code).toBe(1);
    expect(oneLineError(dir)).toMatch(/cannot write .*: is a folder/);
  });

  it('ends quietly when the reader closes the pipe', () => {
    const r = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `"${process.execPath}" "${bin}" export --format ndjson | head -1`],
      // stdin from /dev/null: with a socket for stdin bash reads ~/.bashrc, as a remote shell would.
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).collection).toBe('sources');
  });
});
