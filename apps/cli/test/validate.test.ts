import { readFileSync, writeFileSync } from 'node:fs';
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

  // The rules themselves are the package's (its compile tests cover each); here, how they are reported.
  it('prints each problem as file:line:col  rule  message, counts them on stderr, and exits 1', () => {
    const dir = copyData();
    const file = join(dir, 'initiatives', 'cpec.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^parent: .*$/m, 'parent: no-such-initiative'));
    const r = policy(['validate', dir]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .every((l) => ISSUE.test(l)),
    ).toBe(true);
    expect(r.stdout).toMatch(
      new RegExp(`^${file}:${lineOf(file, 'parent:')}:\\d+  reference  .*no-such-initiative`, 'm'),
    );
    expect(oneLineError(r)).toBe(`policy: 1 problem in ${dir}`);
    const json = JSON.parse(policy(['validate', dir, '--json']).stdout) as {
      valid: boolean;
      issues: { file: string; line: number; rule: string }[];
    };
    expect(json.valid).toBe(false);
    expect(json.issues).toEqual([expect.objectContaining({ file, rule: 'reference' })]);
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
