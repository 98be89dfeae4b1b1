import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataFolder, type FileIssue, formatFileIssue } from '../src/entries/compile.js';
import { builtData, copyDataFolder, packageRoot } from './helpers.js';

const REL = 'relationships/pakistan-china.yaml';

/** Copies the data folder, edits one file, compiles, and returns the issues with relative paths. */
function compileAfter(edit: (dir: string) => void): FileIssue[] {
  const dir = copyDataFolder();
  edit(dir);
  const { dataset, issues } = compileDataFolder(dir);
  expect(dataset).toBeUndefined();
  return issues.map((i) => ({ ...i, file: i.file.slice(dir.length + 1) }));
}

const rewrite = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** The 1-based line of the first line of `file` in the data folder that matches. */
const lineOf = (file: string, pattern: RegExp) =>
  readFileSync(join(packageRoot, 'data', file), 'utf8')
    .split('\n')
    .findIndex((l) => pattern.test(l)) + 1;

describe('compiling the data folder', () => {
  it('gives exactly the dataset that the build wrote to data.json', () => {
    const { version, released } = builtData().meta;
    const { dataset, issues } = compileDataFolder(join(packageRoot, 'data'), { version, released });
    expect(issues).toEqual([]);
    expect(dataset).toEqual(builtData());
  });

  it('names file, line, column and rule for a YAML syntax error', () => {
    const [issue, ...rest] = compileAfter((dir) =>
      rewrite(dir, REL, (t) => t.replace('label: ', 'label: [unclosed ')),
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: REL, rule: 'yaml-syntax', line: expect.any(Number) });
    expect(issue?.line).toBeGreaterThanOrEqual(lineOf(REL, /^label: /));
    expect(formatFileIssue(issue as FileIssue)).toMatch(
      /^relationships\/pakistan-china\.yaml:\d+:\d+ {2}yaml-syntax {2}\S/,
    );
  });

  it('names the line of a value of the wrong type', () => {
    const issues = compileAfter((dir) =>
      rewrite(dir, REL, (t) => t.replace(/^partners: .*$/m, 'partners: china')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: REL,
        line: lineOf(REL, /^partners: /),
        column: 1,
        rule: 'schema',
        message: 'Invalid input: expected array, received string',
      }),
    ]);
  });

  it('names the line of a dangling reference', () => {
    const issues = compileAfter((dir) =>
      rewrite(dir, REL, (t) => t.replace(/^topics: \[/m, 'topics: [aaa-missing, ')),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: REL,
        line: lineOf(REL, /^topics: \[/),
        rule: 'reference',
        message: '"aaa-missing" is not the id of any record in topics',
      }),
    ]);
  });

  it('names both files of a duplicate id', () => {
    const issues = compileAfter((dir) => {
      writeFileSync(
        join(dir, 'relationships', 'pakistan-china-copy.yaml'),
        readFileSync(join(dir, REL), 'utf8'),
      );
    });
    const text = issues.map(formatFileIssue).join('\n');
    expect(text).toMatch(
      /^relationships\/pakistan-china(-copy)?\.yaml:1:1 {2}unique-id {2}id "pakistan-china" is used twice in relationships$/m,
    );
    expect(text).toMatch(
      /^relationships\/pakistan-china-copy\.yaml:1:1 {2}file-name {2}the file of record "pakistan-china" must be named pakistan-china\.yaml$/m,
    );
  });

  it('points at an unknown field by its key', () => {
    const issues = compileAfter((dir) =>
      rewrite(dir, REL, (t) => t.replace(/^summary:/m, 'sumary: typo\nsummary:')),
    );
    expect(issues.map(formatFileIssue)).toContain(
      `${REL}:${lineOf(REL, /^summary:/)}:1  schema  unknown field "sumary"`,
    );
  });

  it('reads records in id order, so an id that extends another sorts after it', () => {
    const dir = copyDataFolder();
    const topic = readFileSync(join(dir, 'topics', 'water.yaml'), 'utf8');
    const talks = topic
      .replace(/^id: water$/m, 'id: water-talks')
      .replace(/^name: .*$/m, 'name: Water talks');
    writeFileSync(
      join(dir, 'topics', 'water-talks.yaml'),
      talks.replace(/^aliases:[\s\S]*?^(?=description:)/m, 'aliases: []\n'),
    );
    const { dataset, issues } = compileDataFolder(dir);
    expect(issues).toEqual([]);
    const ids = dataset?.topics.map((t) => t.id) ?? [];
    expect(ids.indexOf('water')).toBe(ids.indexOf('water-talks') - 1);
  });

  it('reports a missing meta file, a stray folder and a missing folder', () => {
    const issues = compileAfter((dir) => {
      rmSync(join(dir, 'meta.yaml'));
      writeFileSync(join(dir, 'notes.txt'), 'x');
    });
    expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual([
      'meta.yaml data-folder',
      'notes.txt data-folder',
    ]);
    expect(compileDataFolder('/no/such/folder').issues[0]).toMatchObject({
      rule: 'data-folder',
      message: 'no such data folder',
    });
  });
});
