import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/schema/index.js';

/** The package's root folder. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The source texts, which live beside the repository (`../shared/sources`), in CI as here. */
export const sourcesDir = join(packageRoot, '..', '..', '..', 'shared', 'sources');
export const SOURCE_ID = 'iips-2024-pakistan-foreign-policy';

/** The text of a source, read from the shared folder. */
export function sourceText(id = SOURCE_ID): string {
  return readFileSync(join(sourcesDir, `${id}.txt`), 'utf8');
}

/** The built data.json of the package, freshly parsed, safe to mutate. */
export function builtData(): Dataset {
  return JSON.parse(readFileSync(join(packageRoot, 'dist', 'data.json'), 'utf8')) as Dataset;
}

/** A throw-away copy of the package's data folder. */
export function copyDataFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-data-')), 'data');
  cpSync(join(packageRoot, 'data'), dir, { recursive: true });
  return dir;
}
