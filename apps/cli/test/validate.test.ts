import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, dataset } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { copyData, dataDir, oneLineError, policy } from './helpers.js';

/** 1-based line of the first line of `file` that starts with `prefix`. */
const lineOf = (file: string, prefix: string): number =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(prefix)) + 1;

const ISSUE = /^(.+):(\d+):(\d+) {2}([a-z-]+) {2}(.+)$/;

describe('policy validate', () => {
  it('validates the bundled data folder by default', () => {
    const r = policy(['validate']);
    expect(r.code).toBe(0);
    const records = collectionNames.reduce((n, c) => n + dataset[c].length, 0);
    expect(r.stdout).toMatch(new RegExp(`data: ${records} records, no problems`));
  });

  it('accepts a good copy', () => {
    const dir = copyData();
    expect(policy(['validate', dir]).code).toBe(0);
    expect(policy(['validate', dir, '--json']).stdout).toContain('"valid": true');
  });

  it('reports a YAML syntax error at its line', () => {
    const dir = copyData();
    const file = join(dir, 'topics', 'kashmir.yaml');
    // The appended line; the parser may place the error at it or at the end of input just after.
    const broken = readFileSync(file, 'utf8').split('\n').length;
    appendFileSync(file, 'broken: [unclosed\n');
    const r = policy(['validate', dir]);
    expect(r.code).toBe(1);
    const issues = r.stdout.trimEnd().split('\n');
    expect(issues.every((l) => ISSUE.test(l))).toBe(true);
    expect(r.stdout).toMatch(new RegExp(`^${file}:(${broken}|${broken + 1}):\\d+  yaml-syntax  `, 'm'));
    expect(oneLineError(r)).toMatch(/problems? in /);
  });

  it('reports a value of the wrong type at its key', () => {
    const dir = copyData();
    const file = join(dir, 'topics', 'refugees.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^aliases:.*$/m, 'aliases: 5'));
    const r = policy(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${file}:${lineOf(file, 'aliases:')}:\\d+  schema  `, 'm'));
  });

  it('reports a reference to a record that does not exist', () => {
    const dir = copyData();
    const file = join(dir, 'initiatives', 'cpec.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^parent: .*$/m, 'parent: no-such-initiative'));
    const r = policy(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^${file}:${lineOf(file, 'parent:')}:\\d+  reference  .*no-such-initiative`, 'm'),
    );
  });

  it('reports a duplicate id', () => {
    const dir = copyData();
    copyFileSync(join(dir, 'topics', 'refugees.yaml'), join(dir, 'topics', 'refugees-again.yaml'));
    const r = policy(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      valid: boolean;
      issues: { file: string; line: number; rule: string }[];
    };
    expect(out.valid).toBe(false);
    expect(out.issues).toContainEqual(expect.objectContaining({ rule: 'unique-id' }));
    expect(out.issues.every((i) => i.file.startsWith(dir) && i.line >= 1)).toBe(true);
  });

  it('fails with one line for a folder that does not exist, or a file', () => {
    const missing = policy(['validate', join(dataDir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(oneLineError(missing)).toMatch(/^policy: no such data folder: /);
    const file = policy(['validate', join(dataDir, 'meta.yaml')]);
    expect(file.code).toBe(1);
    expect(oneLineError(file)).toMatch(/is a file; validate takes a data folder/);
  });
});
