/**
 * The repository's CITATION.cff, written from the dataset's metadata and dated by the release
 * record: by `pnpm --filter @policy/pakistan-2024 citation:write` and by the version step.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { citationCff } from '../src/cite/citation-cff.js';
import { compileDataFolder } from '../src/compile/compile-folder.js';
import type { Locations } from './paths.js';
import { packageVersion } from './release/assess.js';
import { releaseDateOf } from './release/record.js';

/** The text CITATION.cff should hold for the data and release record under `at`. */
export function expectedCitationFile(at: Locations): string {
  const version = packageVersion(at);
  const { dataset } = compileDataFolder(at.data, { version, released: releaseDateOf(at.release, version) });
  if (!dataset) throw new Error('the data folder does not compile; run `policy validate` for the problems');
  return citationCff(
    dataset.meta,
    dataset.sources.filter((s) => s.kind === 'essay'),
  );
}

/** Writes CITATION.cff at the repository root; returns whether it changed. */
export function writeCitationFile(at: Locations): boolean {
  const next = expectedCitationFile(at);
  const before = existsSync(at.citationFile) ? readFileSync(at.citationFile, 'utf8') : undefined;
  if (before !== next) writeFileSync(at.citationFile, next);
  return before !== next;
}
