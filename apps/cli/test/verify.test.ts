import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError, policy, sourceFile, tempDir } from './helpers.js';

interface Report {
  ok: boolean;
  citations: number;
  hash: { matches: boolean };
  issues: { rule: string; record: string; path: string; message: string }[];
  coverage: { bodyParagraphs: number; cited: number };
}

/** A copy of the source with one change. */
function altered(change: (text: string) => string): string {
  const file = join(tempDir(), 'altered.txt');
  const text = readFileSync(sourceFile, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error('the alteration changed nothing');
  writeFileSync(file, changed);
  return file;
}

describe('policy verify', () => {
  it('finds every citation in the real source text', () => {
    const r = policy(['verify', sourceFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/text hash matches/);
    expect(r.stdout).toMatch(/every citation matches the text/);
    const report = JSON.parse(policy(['verify', sourceFile, '--json']).stdout) as Report;
    expect(report.ok).toBe(true);
    expect(report.citations).toBeGreaterThan(0);
    expect(report.issues).toEqual([]);
    expect(report.coverage.cited).toBe(report.coverage.bodyParagraphs);
  });

  it('reports a changed quote and the changed hash', () => {
    const file = altered((t) => t.replace('all-weather strategic partnership', 'all-season partnership'));
    const r = policy(['verify', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.hash.matches).toBe(false);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ rule: 'citation-quote', record: 'relationships/pakistan-china' }),
    );
    const text = policy(['verify', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/text hash differs/);
    expect(text.stdout).toMatch(/relationships\/pakistan-china \S+quote {2}citation-quote/);
  });

  it('reports a renamed heading as missing sections', () => {
    const file = altered((t) => t.replace(/^Pakistan-Russia Relations$/m, 'Pakistan and Russia'));
    const report = JSON.parse(policy(['verify', file, '--json']).stdout) as Report;
    expect(
      report.issues.some(
        (i) => i.rule === 'citation-section' && i.record === 'relationships/pakistan-russia',
      ),
    ).toBe(true);
  });

  it('fails with one line for a missing file or an unknown --source', () => {
    const missing = policy(['verify', join(tempDir(), 'none.txt')]);
    expect(missing.code).toBe(1);
    expect(oneLineError(missing)).toMatch(
      /^policy: cannot read source text .*none\.txt: no such file or directory$/,
    );
    const unknown = policy(['verify', sourceFile, '--source', 'nope']);
    expect(unknown.code).toBe(2);
    expect(oneLineError(unknown)).toMatch(/no source "nope" in the dataset/);
  });
});
