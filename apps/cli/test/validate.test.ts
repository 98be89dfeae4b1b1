import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { collectionNames } from '@policy/pakistan-2024';
import { checkDataFolder } from '@policy/pakistan-2024/compile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import {
  cliRoot,
  dataDir,
  describeWithEssay,
  essay,
  goodDataCopy,
  oneLineError,
  policy,
  type Run,
  repoRoot,
  tempDir,
} from './helpers.js';

/** 1-based line of the first line of `file` that includes `text`. */
const lineOf = (file: string, text: string): number =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const ISSUE = /^(.+):(\d+):(\d+) {2}([a-z-]+) {2}(.+)$/;
const STACK = /^\s+at |Error: .*\n\s+at /m;

/** Edits one data file of a folder through its YAML document, keeping the rest of its layout. */
const editYaml = (file: string, change: (doc: ReturnType<typeof parseDocument>) => void) => {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, doc.toString());
};

/** The source lookup for a run: the essay's folder when there is one. */
const withEssay: Record<string, string> = essay.found
  ? { POLICY_SOURCES_DIR: dirname(essay.found.file) }
  : {};

const baselines = new Map<string, Set<string>>();

/**
 * The problem lines `policy validate` prints for an unedited good copy, paths relative to it:
 * none, unless the last release stands in for a broken data folder and fails a check added since.
 */
function baseline(env: Record<string, string>): Set<string> {
  const key = JSON.stringify(env);
  if (!baselines.has(key)) {
    const dir = goodDataCopy();
    const r = policy(['validate', dir], { env });
    baselines.set(
      key,
      new Set(
        r.code
          ? r.stdout
              .trimEnd()
              .split('\n')
              .map((l) => l.replace(`${dir}/`, ''))
          : [],
      ),
    );
  }
  return baselines.get(key) as Set<string>;
}

/**
 * The one problem a mistake adds to a run of `policy validate` on a good copy at `dir`: one more
 * line on stdout, the count on stderr, exit 1, no stack trace.
 */
function oneProblem(r: Run, dir: string, env: Record<string, string>): RegExpExecArray {
  expect(r.code, r.stderr).toBe(1);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
  const known = baseline(env);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .filter((l) => !known.has(l.replace(`${dir}/`, '')));
  expect(lines).toHaveLength(1);
  const count = known.size + 1;
  expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
    `policy: ${count} problem${count === 1 ? '' : 's'} in ${dir}`,
  );
  return ISSUE.exec(lines[0] as string) as RegExpExecArray;
}

describe('policy validate', () => {
  it('validates the package’s data folder by default, reporting what the package’s check finds', () => {
    const r = policy(['validate'], { env: withEssay });
    const expected = checkDataFolder(dataDir, { sources: { env: withEssay, cwd: repoRoot } });
    expect(r.code).toBe(expected.issues.length ? 1 : 0);
    if (expected.issues.length) expect(r.stdout.trimEnd().split('\n')).toHaveLength(expected.issues.length);
    else {
      const records = collectionNames.reduce((n, c) => n + (expected.dataset?.[c].length ?? 0), 0);
      expect(r.stdout).toMatch(new RegExp(`data: ${records} records, no problems`));
    }
  });

  it('accepts a good copy', () => {
    const dir = goodDataCopy();
    const r = policy(['validate', dir], { env: withEssay });
    const json = JSON.parse(policy(['validate', dir, '--json'], { env: withEssay }).stdout) as {
      valid: boolean;
    };
    // (While the last release stands in for a broken data folder, it may fail a check added since.)
    if (baseline(withEssay).size) expect(json.valid).toBe(false);
    else {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/: \d+ records, no problems/);
      expect(json.valid).toBe(true);
    }
  });

  // The rules themselves are the package's (its tests cover each); here, how they are reported.
  it('prints each problem as file:line:col  rule  message, counts them on stderr, and exits 1', () => {
    const dir = goodDataCopy();
    const file = join(dir, 'initiatives', 'cpec.yaml');
    editYaml(file, (doc) => doc.set('parent', 'no-such-initiative'));
    const r = policy(['validate', dir], { env: withEssay });
    const [, where, line, , rule, message] = oneProblem(r, dir, withEssay);
    expect([where, Number(line), rule, message]).toEqual([
      file,
      lineOf(file, 'parent:'),
      'reference',
      '"no-such-initiative" is not the id of any record in initiatives',
    ]);
    const json = JSON.parse(policy(['validate', dir, '--json'], { env: withEssay }).stdout) as {
      valid: boolean;
      issues: { file: string; line: number; rule: string }[];
    };
    expect(json.valid).toBe(false);
    expect(json.issues).toContainEqual(expect.objectContaining({ file, rule: 'reference' }));
  });

  it('names a misspelt field and the field meant, in one line at the field', () => {
    const dir = goodDataCopy();
    const file = join(dir, 'topics', 'water.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description:/m, 'descripton:'));
    expect(oneProblem(policy(['validate', dir], { env: withEssay }), dir, withEssay)[0]).toBe(
      `${file}:${lineOf(file, 'descripton:')}:1  unknown-field  unknown field "descripton"; did you mean "description"?`,
    );
  });

  it('names a missing field at the record, and a value of the wrong kind by its path', () => {
    const dir = goodDataCopy();
    const water = join(dir, 'topics', 'water.yaml');
    editYaml(water, (doc) => doc.delete('description'));
    expect(oneProblem(policy(['validate', dir], { env: withEssay }), dir, withEssay)[0]).toBe(
      `${water}:1:1  missing-field  missing field "description"`,
    );
    const again = goodDataCopy();
    const file = join(again, 'relationships', 'pakistan-china.yaml');
    editYaml(file, (doc) => doc.setIn(['stance', 'value'], 'friendly'));
    expect(oneProblem(policy(['validate', again], { env: withEssay }), again, withEssay)[0]).toMatch(
      new RegExp(
        `^${file}:${lineOf(file, 'value: friendly')}:\\d+  schema  stance\\.value: expected one of "`,
      ),
    );
  });

  it('without the essay’s text anywhere, says in one line which checks it skipped and how to get the text', () => {
    const dir = goodDataCopy();
    const nowhere = tempDir();
    const r = policy(['validate', dir], { cwd: nowhere, env: { POLICY_SOURCES_DIR: nowhere } });
    expect(r.code).toBe(0);
    expect(oneLineError(r)).toBe(
      'policy: skipped the heading-path, paragraph, quote, coverage and copied-text checks of iips-2024-pakistan-foreign-policy: the text of source "iips-2024-pakistan-foreign-policy" was not found: set POLICY_SOURCES_DIR to a folder holding iips-2024-pakistan-foreign-policy.txt, or run `pnpm sources:fetch` in a clone to download it into .sources/',
    );
    expect(r.stdout).toMatch(/records, no problems\n$/);
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

describeWithEssay('policy validate with the essay’s text', (sourceFile) => {
  const env = { POLICY_SOURCES_DIR: dirname(sourceFile) };

  it('says what it checked the citations, coverage and copied text against', () => {
    const dir = goodDataCopy();
    const json = JSON.parse(policy(['validate', dir, '--json'], { env }).stdout) as {
      checkedAgainst: string[];
      skipped: string[];
    };
    expect(json).toMatchObject({ checkedAgainst: [sourceFile], skipped: [] });
    const r = policy(['validate', dir], { env });
    if (!baseline(env).size)
      expect(r.stdout).toContain(
        // As the folder is, the text is named relative to where the command runs (the CLI's folder here).
        `no problems; citations, coverage and copied text checked against ${relative(cliRoot, sourceFile)}`,
      );
  });

  it('catches a quote that is not in the essay, at the quote', () => {
    const dir = goodDataCopy();
    const file = join(dir, 'relationships', 'pakistan-china.yaml');
    editYaml(file, (doc) => doc.setIn(['provenance', 0, 'quote'], 'a phrase the essay never used'));
    const [, where, line, , rule] = oneProblem(policy(['validate', dir], { env }), dir, env);
    expect([where, Number(line), rule]).toEqual([
      file,
      lineOf(file, 'quote: a phrase the essay never used'),
      'citation-quote',
    ]);
  });

  it('catches a paragraph that is not there', () => {
    const dir = goodDataCopy();
    const file = join(dir, 'topics', 'water.yaml');
    editYaml(file, (doc) => doc.setIn(['provenance', 0, 'paragraph'], 9));
    const [, where, line, , rule] = oneProblem(policy(['validate', dir], { env }), dir, env);
    expect([where, Number(line), rule]).toEqual([file, lineOf(file, 'paragraph: 9'), 'citation-paragraph']);
  });

  it('catches a sentence of the essay pasted into a summary, with the run itself', () => {
    const dir = goodDataCopy();
    const file = join(dir, 'relationships', 'pakistan-india.yaml');
    const sentence = readFileSync(sourceFile, 'utf8')
      .split('\n')
      .flatMap((p) => p.split(/(?<=\.) /))
      .find((s) => s.split(' ').length >= 20) as string;
    editYaml(file, (doc) => doc.set('summary', sentence));
    const [, where, line, , rule, message] = oneProblem(policy(['validate', dir], { env }), dir, env);
    expect([where, Number(line), rule]).toEqual([file, lineOf(file, 'summary:'), 'copied-text']);
    expect(message).toContain(sentence.slice(0, 30));
  });
});
