import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Document, parseDocument } from 'yaml';
import { compileDataFolder, type FileIssue, formatFileIssue } from '../src/entries/compile.js';
import { collectionNames } from '../src/registry/collections.js';
import { goodDataFolder } from './helpers.js';

const REL = 'relationships/pakistan-china.yaml';

/** Copies a valid data folder, edits it, compiles, and returns the issues with paths relative to it. */
function compileAfter(edit: (dir: string) => void): { dir: string; issues: FileIssue[] } {
  const dir = goodDataFolder();
  edit(dir);
  const { dataset, issues } = compileDataFolder(dir);
  expect(dataset).toBeUndefined();
  return { dir, issues: issues.map((i) => ({ ...i, file: i.file.slice(dir.length + 1) })) };
}

/** Edits one data file through its YAML document, keeping the rest of its layout. */
const editYaml = (dir: string, file: string, change: (doc: Document) => void) => {
  const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
  change(doc);
  writeFileSync(join(dir, file), doc.toString());
};

const rewrite = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** The 1-based line of the first line of `file` that matches. */
const lineOf = (dir: string, file: string, pattern: RegExp) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => pattern.test(l)) + 1;

describe('compiling the data folder', () => {
  it('compiles a valid folder with no issues, with the version and release date it is given', () => {
    const { dataset, issues } = compileDataFolder(goodDataFolder(), {
      version: '9.8.7',
      released: '2024-12-31',
    });
    expect(issues).toEqual([]);
    expect(dataset?.relationships.length).toBeGreaterThan(0);
    expect(dataset?.meta).toMatchObject({ version: '9.8.7', released: '2024-12-31' });
  });

  it('names file, line, column and rule for a YAML syntax error, once', () => {
    const { dir, issues } = compileAfter((d) =>
      rewrite(d, REL, (t) => t.replace(/^label: /m, 'label: [unclosed ')),
    );
    const [issue, ...rest] = issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: REL, rule: 'yaml-syntax', line: expect.any(Number) });
    expect(issue?.line).toBeGreaterThanOrEqual(lineOf(dir, REL, /^label: /));
    expect(formatFileIssue(issue as FileIssue)).toMatch(
      /^relationships\/pakistan-china\.yaml:\d+:\d+ {2}yaml-syntax {2}\S/,
    );
  });

  it('names the line and the field of a value of the wrong type', () => {
    const { dir, issues } = compileAfter((d) => editYaml(d, REL, (doc) => doc.set('partners', 'china')));
    expect(issues).toEqual([
      expect.objectContaining({
        file: REL,
        line: lineOf(dir, REL, /^partners: /),
        column: 1,
        rule: 'schema',
        message: 'partners: expected array, received string',
      }),
    ]);
  });

  it('names the line of a dangling reference', () => {
    const { dir, issues } = compileAfter((d) =>
      editYaml(d, REL, (doc) => doc.set('topics', ['aaa-missing', ...(doc.toJS().topics as string[])])),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        file: REL,
        line: lineOf(dir, REL, /^topics:/) + (lineOf(dir, REL, /^topics: \[/) ? 0 : 1),
        rule: 'reference',
        message: '"aaa-missing" is not the id of any record in topics',
      }),
    ]);
  });

  it('names both files of a duplicate id', () => {
    const { issues } = compileAfter((d) => {
      writeFileSync(join(d, 'relationships', 'pakistan-china-copy.yaml'), readFileSync(join(d, REL), 'utf8'));
    });
    const text = issues.map(formatFileIssue).join('\n');
    expect(text).toMatch(
      /^relationships\/pakistan-china(-copy)?\.yaml:1:1 {2}unique-id {2}id "pakistan-china" is used twice in relationships$/m,
    );
    expect(text).toMatch(
      /^relationships\/pakistan-china-copy\.yaml:1:1 {2}file-name {2}the file of record "pakistan-china" must be named pakistan-china\.yaml$/m,
    );
  });

  it('points at an unknown field by its key, and suggests the field meant', () => {
    const { dir, issues } = compileAfter((d) => rewrite(d, REL, (t) => t.replace(/^summary:/m, 'sumary:')));
    expect(issues.map(formatFileIssue)).toEqual([
      `${REL}:${lineOf(dir, REL, /^sumary:/)}:1  unknown-field  unknown field "sumary"; did you mean "summary"?`,
    ]);
  });

  it('points at the record for a missing field, naming it', () => {
    const { issues } = compileAfter((d) => editYaml(d, REL, (doc) => doc.delete('summary')));
    expect(issues.map(formatFileIssue)).toEqual([`${REL}:1:1  missing-field  missing field "summary"`]);
  });

  it('checks every record on its own: one broken record is one problem, and the others are still linted', () => {
    const { dir, issues } = compileAfter((d) => {
      editYaml(d, 'topics/water.yaml', (doc) => doc.set('name', 42));
      editYaml(d, REL, (doc) => doc.set('topics', ['aaa-missing', ...(doc.toJS().topics as string[])]));
    });
    expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual([
      `${REL} reference`,
      'topics/water.yaml schema',
    ]);
    // References to the broken record still resolve: it is there, only broken.
    expect(lineOf(dir, 'topics/water.yaml', /^name: 42$/)).toBeGreaterThan(0);
  });

  it('reads records in id order, so an id that extends another sorts after it', () => {
    const dir = goodDataFolder();
    const talks = parseDocument(readFileSync(join(dir, 'topics', 'water.yaml'), 'utf8'));
    talks.set('id', 'water-talks');
    talks.set('name', 'Water talks');
    talks.set('aliases', []);
    writeFileSync(join(dir, 'topics', 'water-talks.yaml'), talks.toString());
    const { dataset, issues } = compileDataFolder(dir);
    expect(issues).toEqual([]);
    const ids = dataset?.topics.map((t) => t.id) ?? [];
    expect(ids.indexOf('water')).toBe(ids.indexOf('water-talks') - 1);
  });

  it('reports a missing meta file, a stray file, an empty file, a folder for a file, and a missing folder', () => {
    const { issues } = compileAfter((d) => {
      rmSync(join(d, 'meta.yaml'));
      writeFileSync(join(d, 'notes.txt'), 'x');
      writeFileSync(join(d, 'topics', 'water.yaml'), '');
      rmSync(join(d, 'topics', 'kashmir.yaml'));
      mkdirSync(join(d, 'topics', 'kashmir.yaml'));
    });
    expect(issues.map(formatFileIssue)).toEqual([
      "meta.yaml:1:1  data-folder  missing meta.yaml, the dataset's metadata",
      `notes.txt:1:1  data-folder  unexpected file; records go in one of the folders ${collectionNames.join(', ')}`,
      'topics/kashmir.yaml:1:1  read  a folder stands where a data file should be',
      'topics/water.yaml:1:1  yaml-syntax  the file is empty; a data file holds one mapping (key: value pairs)',
    ]);
    expect(compileDataFolder('/no/such/folder').issues[0]).toMatchObject({
      rule: 'data-folder',
      message: 'no such data folder',
    });
  });
});
