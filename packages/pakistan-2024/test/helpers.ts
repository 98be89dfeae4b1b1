import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeWhen } from '@policy/test-support';
import { compileDataFolder } from '../src/compile/compile-folder.js';
import { writeDataFolder } from '../src/compile/write-folder.js';
import { sourceForChecks } from '../src/provenance/source-files.js';
import type { Dataset, EssaySource } from '../src/schema/index.js';

/** The package's root folder. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The YAML data folder a contributor edits. */
export const dataFolder = join(packageRoot, 'data');
export const SOURCE_ID = 'iips-2024-pakistan-foreign-policy';

/** The essay's text, or why it is missing (found through the package's one lookup). */
export const essay = sourceForChecks(SOURCE_ID, { cwd: packageRoot });

/**
 * A suite that needs the essay's text, found through the package's one lookup
 * (`POLICY_SOURCES_DIR`, the clone's `.sources/`, `../shared/sources/`). Without the text it is
 * skipped with a one-line hint; under `CI=true` it fails instead, so CI can never pass without it.
 */
export function describeWithEssay(name: string, body: (text: string) => void): void {
  describeWhen(name, essay, () => body(essay.found?.text as string));
}

/** The built data.json of the package, freshly parsed, safe to mutate (for tests of the build's outputs). */
export function builtData(): Dataset {
  return JSON.parse(readFileSync(join(packageRoot, 'dist', 'data.json'), 'utf8')) as Dataset;
}

/** A fresh temporary folder's `data` path (not created). */
const freshDataPath = () => join(mkdtempSync(join(tmpdir(), 'policy-data-')), 'data');

let good: { from: 'data' | 'release'; dataset: Dataset } | undefined;

/**
 * A valid dataset to try the tools on, compiled from the YAML: the data folder as it is, or, while
 * a record of it is broken, the last release. So a broken record fails the tests that judge the
 * data (data.test.ts names it), not every test that needs some valid data to work on.
 */
export function goodData(): { from: 'data' | 'release'; dataset: Dataset } {
  if (!good) {
    const compiled = compileDataFolder(dataFolder);
    good = compiled.dataset
      ? { from: 'data', dataset: compiled.dataset }
      : {
          from: 'release',
          dataset: JSON.parse(readFileSync(join(packageRoot, 'release', 'data.json'), 'utf8')) as Dataset,
        };
  }
  return good;
}

/** A deep copy of `goodData()`'s dataset, safe to mutate. */
export function goodDataset(): Dataset {
  return structuredClone(goodData().dataset);
}

/** A throw-away data folder that compiles cleanly: a copy of data/ (or the last release, see `goodData`). */
export function goodDataFolder(): string {
  const dir = freshDataPath();
  const { from, dataset } = goodData();
  if (from === 'data') cpSync(dataFolder, dir, { recursive: true });
  else writeDataFolder(dataset, dir);
  return dir;
}

/** A throw-away copy of the package's data folder, as it is (valid or not). */
export function copyDataFolder(): string {
  const dir = freshDataPath();
  cpSync(dataFolder, dir, { recursive: true });
  return dir;
}

/** The essay among a dataset's sources (by default the one the dataset reads); throws when absent. */
export function essayIn(data: Dataset, id = SOURCE_ID): EssaySource {
  const found = data.sources.find((s): s is EssaySource => s.kind === 'essay' && s.id === id);
  if (!found) throw new Error(`no essay ${id} among the sources`);
  return found;
}

/** Every essay among a dataset's sources. */
export const essaysIn = (data: Dataset): EssaySource[] =>
  data.sources.filter((s): s is EssaySource => s.kind === 'essay');
