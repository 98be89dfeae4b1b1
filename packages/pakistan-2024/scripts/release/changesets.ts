/** The pending changesets that name the package, read with changesets' own reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readChangesets from '@changesets/read';
import type { Bump } from '../../src/diff/bump.js';
import { type Locations, PACKAGE } from '../paths.js';

/** One pending changeset that names the package, with the line that sets its bump. */
export interface PendingChangeset {
  readonly file: string;
  readonly line: number;
  readonly bump: Bump;
  readonly summary: string;
}

/** The pending changesets that name the package, with the line of each that sets its bump. */
export async function pendingChangesets(at: Locations): Promise<PendingChangeset[]> {
  const all = await readChangesets(at.root);
  return all.flatMap((changeset) => {
    const release = changeset.releases.find((r) => r.name === PACKAGE);
    if (!release) return [];
    const file = join(at.changesets, `${changeset.id}.md`);
    const lines = readFileSync(file, 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes(PACKAGE));
    return [{ file, line: index + 1, bump: release.type as Bump, summary: changeset.summary }];
  });
}
