/** Where the package's scripts find things (data, release record, changesets), and the names they share. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package the scripts release. */
export const PACKAGE = '@policy/pakistan-2024';
/** Written by `pnpm new:record` into every field a contributor must fill in. */
export const PLACEHOLDER = 'FILL IN';

/** Where things are, relative to the scripts folder (the same in a clone, in CI and in a test's copy). */
export function locations(pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..')) {
  const root = join(pkgDir, '..', '..');
  return {
    root,
    pkgDir,
    data: join(pkgDir, 'data'),
    release: join(pkgDir, 'release'),
    changelog: join(pkgDir, 'CHANGELOG.md'),
    changesets: join(root, '.changeset'),
    citationFile: join(root, 'CITATION.cff'),
  };
}
export type Locations = ReturnType<typeof locations>;
