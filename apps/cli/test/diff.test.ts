import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataFolder } from '@policy/pakistan-2024/compile';
import { describe, expect, it } from 'vitest';
import { dataJson, goodDataCopy, oneLineError, policy, tempDir } from './helpers.js';

interface Diff {
  bump: 'major' | 'minor' | 'patch' | 'none';
  added: { collection: string; id: string }[];
  removed: { collection: string; id: string }[];
  changed: { collection: string; id: string; fields: string[] }[];
  reasons: { bump: string; message: string }[];
}

type Data = Record<string, { id: string; [k: string]: unknown }[]>;

/** A modified copy of the built data.json. */
function variant(change: (data: Data) => void): string {
  const data = JSON.parse(readFileSync(dataJson, 'utf8')) as Data;
  change(data);
  const file = join(tempDir(), 'data.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

const diffJson = (a: string, b: string): Diff => {
  const r = policy(['diff', a, b, '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Diff;
};

describe('policy diff', () => {
  const good = goodDataCopy();

  it('finds no change between a data folder and the data.json compiled from it', () => {
    const dir = goodDataCopy();
    const json = join(tempDir(), 'data.json');
    writeFileSync(json, JSON.stringify(compileDataFolder(dir).dataset));
    const d = diffJson(json, dir);
    expect(d.bump).toBe('none');
    expect([...d.added, ...d.removed, ...d.changed]).toEqual([]);
    expect(policy(['diff', dir, json]).stdout).toMatch(/no changes/);
  });

  // The bump rules themselves are the package's (its diff tests cover each); here, how they are reported.
  it('prints the bump it needs and a line per change, or the same as JSON', () => {
    const after = variant((d) => {
      d.topics = d.topics?.filter((t) => t.id !== 'water') ?? [];
    });
    const d = diffJson(dataJson, after);
    expect(d.bump).toBe('major');
    expect(d.removed).toEqual([expect.objectContaining({ collection: 'topics', id: 'water' })]);
    const text = policy(['diff', dataJson, after]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/needs a major release/);
    expect(text.stdout).toMatch(/^ {2}major {2}removed topics\/water /m);
  });

  it('compares two data folders', () => {
    const before = goodDataCopy();
    const dir = goodDataCopy();
    const file = join(dir, 'topics', 'water.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Water sharing'));
    const d = diffJson(before, dir);
    expect(d.bump).toBe('patch');
    expect(d.changed).toEqual([
      expect.objectContaining({ collection: 'topics', id: 'water', fields: ['name'] }),
    ]);
  });

  it('fails with one line for a missing path, bad JSON, a non-dataset or a broken folder', () => {
    const missing = policy(['diff', join(tempDir(), 'nope.json'), good]);
    expect(missing.code).toBe(1);
    expect(oneLineError(missing)).toMatch(/^policy: no such file or folder: .*nope\.json$/);

    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, '{"meta": ');
    const badJson = policy(['diff', bad, good]);
    expect(badJson.code).toBe(1);
    expect(oneLineError(badJson)).toMatch(/bad\.json is not valid JSON/);

    const list = join(tempDir(), 'list.json');
    writeFileSync(list, '[1, 2]');
    expect(oneLineError(policy(['diff', list, good]))).toMatch(/list\.json is not a dataset/);

    const broken = goodDataCopy();
    rmSync(join(broken, 'meta.yaml'));
    const r = policy(['diff', good, broken]);
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toMatch(/is not a valid data folder: .*meta\.yaml:1:1 {2}data-folder/);
  });
});
