import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import type { Dataset } from '../src/schema/index.js';
import { sourceForChecks } from '../src/source-files.js';

/** The package's root folder. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_ID = 'iips-2024-pakistan-foreign-policy';

const essay = sourceForChecks(SOURCE_ID, { cwd: packageRoot });

/**
 * A suite that needs the essay's text, found through the package's one lookup
 * (`POLICY_SOURCES_DIR`, the clone's `.sources/`, `../shared/sources/`). Without the text it is
 * skipped with a one-line hint; under `CI=true` it fails instead, so CI can never pass without it.
 */
export function describeWithEssay(name: string, body: (text: string) => void): void {
  if (essay.found) {
    const { text } = essay.found;
    describe(name, () => body(text));
  } else if (essay.fail) {
    const reason = essay.fail;
    describe(name, () => {
      it('has the essay text (required under CI=true)', () => {
        throw new Error(reason);
      });
    });
  } else {
    console.warn(`skipped "${name}": ${essay.skip}`);
    describe.skip(name, () => {
      it('needs the essay text', () => {});
    });
  }
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
