/**
 * The data as a contributor leaves it, judged from the YAML (never from a build): one test per
 * data file, so that a broken record fails the test named after its file and no other. With the
 * essay's text, the citations, the coverage of the essay and copied text are judged too.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileIssue } from '../src/compile/compile-folder.js';
import { checkDataFolder } from '../src/compile/data-check.js';
import { collectionNames } from '../src/registry/collections.js';
import { dataFolder, describeWithEssay, essay, packageRoot, SOURCE_ID } from './helpers.js';

const result = checkDataFolder(dataFolder, { sources: essay.found ? { cwd: packageRoot } : false });
const show = (file: string) => relative(dataFolder, file) || '.';
const linesOf = (file: string) =>
  result.issues
    .filter((i) => show(i.file) === file)
    .map((i) => formatFileIssue({ ...i, file: show(i.file) }));

/** Every file and folder under the data folder, relative to it. */
function entries(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? [show(full), ...entries(full)] : [show(full)];
    });
}
const files = entries(dataFolder);

describe('the data folder, file by file', () => {
  it.each(files)('%s has no problems', (file) => {
    expect(linesOf(file)).toEqual([]);
  });

  it('has no problem outside its files', () => {
    const elsewhere = result.issues.filter((i) => !files.includes(show(i.file)));
    expect(elsewhere.map((i) => formatFileIssue({ ...i, file: show(i.file) }))).toEqual([]);
  });

  it('has records in every collection', () => {
    for (const name of collectionNames)
      expect(
        files.filter((f) => f.startsWith(`${name}/`)),
        name,
      ).not.toEqual([]);
  });
});

describeWithEssay('the data folder against the essay', () => {
  it('was checked against the essay’s text, found through the package’s lookup', () => {
    expect(result.checked.map((s) => s.id)).toEqual([SOURCE_ID]);
    expect(result.skipped).toEqual([]);
  });
});
