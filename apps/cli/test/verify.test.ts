import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, essays, reports, sources } from '@policy/pakistan-2024';
import { checkSource } from '@policy/pakistan-2024/provenance';
import { expect, it } from 'vitest';
import { describeWithEssay, oneLineError, policy, tempDir } from './helpers.js';

const SOURCE = 'iips-2024-pakistan-foreign-policy';

interface Report {
  ok: boolean;
  citations: number;
  held: number;
  hash: { matches: boolean };
  issues: { rule: string; record: string; path: string; message: string }[];
  coverage: { bodyParagraphs: number; cited: number };
}

/** A copy of the source with one change. */
function altered(sourceFile: string, change: (text: string) => string): string {
  const file = join(tempDir(), 'altered.txt');
  const text = readFileSync(sourceFile, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error('the alteration changed nothing');
  writeFileSync(file, changed);
  return file;
}

describeWithEssay('policy verify', (sourceFile) => {
  // Whether the data's citations are right is judged by the package's tests, file by file; here,
  // that verify reports what the package's own check finds, in words and as JSON.
  it('reports what the package’s check finds for the bundled data against the real text', () => {
    const expected = checkSource(dataset, SOURCE, readFileSync(sourceFile, 'utf8'));
    const ok = expected.hash.matches && expected.issues.length === 0;
    const r = policy(['verify', sourceFile]);
    expect(r.code).toBe(ok ? 0 : 1);
    expect(r.stdout).toMatch(expected.hash.matches ? /text hash matches/ : /text hash differs/);
    if (ok) expect(r.stdout).toMatch(/every citation matches the text/);
    const report = JSON.parse(policy(['verify', sourceFile, '--json']).stdout) as Report;
    expect(report.ok).toBe(ok);
    expect(report.citations).toBe(expected.citations);
    expect(report.citations).toBeGreaterThan(0);
    expect(report.issues.map((i) => i.rule)).toEqual(expected.issues.map((i) => i.rule));
    expect(report.coverage).toMatchObject({
      cited: expected.coverage.cited,
      bodyParagraphs: expected.coverage.bodyParagraphs,
    });
    expect(r.stdout).toContain(`${report.held} of ${report.citations} citations hold`);
    if (ok) expect(report.held).toBe(report.citations);
  });

  it('reports a changed quote and the changed hash', () => {
    const file = altered(sourceFile, (t) =>
      t.replace('all-weather strategic partnership', 'all-season partnership'),
    );
    const r = policy(['verify', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.hash.matches).toBe(false);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ rule: 'citation-quote', record: 'relationships/pakistan-china' }),
    );
    // Each citation whose quote no longer stands fails; every other citation still holds.
    const misquoted = report.issues.filter((i) => i.rule === 'citation-quote').length;
    expect(misquoted).toBeGreaterThan(0);
    expect(report.held).toBe(report.citations - misquoted);
    const text = policy(['verify', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${report.held} of ${report.citations} citations hold`);
    expect(text.stdout).toMatch(/text hash differs/);
    expect(text.stdout).toMatch(/relationships\/pakistan-china \S+quote {2}citation-quote/);
  });

  it('reports a renamed heading as missing sections', () => {
    const file = altered(sourceFile, (t) => t.replace(/^Pakistan-Russia Relations$/m, 'Pakistan and Russia'));
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
    expect(oneLineError(unknown)).toMatch(/no essay "nope" in the dataset/);
    const report = reports[0];
    if (!report) throw new Error('no report in the dataset');
    const offline = policy(['verify', '--source', report.id]);
    expect(offline.code).toBe(2);
    expect(oneLineError(offline)).toBe(
      `policy: "${report.id}" is a report: its quotes were checked against a stored copy on ${report.accessed} and cannot be checked offline; verify checks an essay (${essays.map((s) => s.id).join(', ')})`,
    );
  });

  it('without a file, picks the essay among many sources and reads the copy the package finds: POLICY_SOURCES_DIR first', () => {
    expect(sources.length).toBeGreaterThan(essays.length);
    const dir = tempDir();
    copyFileSync(sourceFile, join(dir, 'iips-2024-pakistan-foreign-policy.txt'));
    const r = policy(['verify', '--json'], { env: { POLICY_SOURCES_DIR: dir } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report & { file: string };
    expect(report.ok).toBe(true);
    expect(report.file).toBe(join(dir, 'iips-2024-pakistan-foreign-policy.txt'));
  });

  it('without a file and without a copy anywhere, says in one line how to get one', () => {
    const nowhere = tempDir();
    const r = policy(['verify'], { cwd: nowhere, env: { POLICY_SOURCES_DIR: nowhere } });
    expect(r.code).toBe(1);
    expect(oneLineError(r)).toMatch(
      /^policy: the text of source "iips-2024-pakistan-foreign-policy" was not found: set POLICY_SOURCES_DIR/,
    );
  });
});
