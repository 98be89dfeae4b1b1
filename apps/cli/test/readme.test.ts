import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRoot, repoRoot } from './helpers.js';

// The README's examples are what a reader compares their terminal with: the version they print is
// the dataset's current one. The release before it is accepted too, so that the version step's pull
// request (which bumps the version) passes; CONTRIBUTING's "Releasing" says to refresh the examples.
const readme = readFileSync(join(cliRoot, 'README.md'), 'utf8');
const packageDir = join(repoRoot, 'packages', 'pakistan-2024');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const { previous } = JSON.parse(readFileSync(join(packageDir, 'release', 'release.json'), 'utf8')) as {
  previous: string | null;
};

/** The fenced console examples of the README. */
const examples = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('the README', () => {
  it('shows one dataset version, the current one, in every console example', () => {
    const shown = examples.flatMap((text) =>
      [
        ...text.matchAll(
          /@policy\/pakistan-2024[ ,]+(?:version )?(\d+\.\d+\.\d+)|[Vv]ersion\s+=?\s*\{?(\d+\.\d+\.\d+)|\/v\/(\d+\.\d+\.\d+)|(\d+\.\d+\.\d+) → (\d+\.\d+\.\d+)/g,
        ),
      ].flatMap((m) => m.slice(1).filter(Boolean)),
    );
    expect(shown.length).toBeGreaterThan(5);
    expect(new Set(shown).size, shown.join(' ')).toBe(1);
    expect([version, previous]).toContain(shown[0]);
  });
});
