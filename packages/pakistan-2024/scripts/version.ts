/**
 * The version step, `pnpm run version` at the root: checks the pending changesets against the data
 * (as `pnpm check:release` does), runs `changeset version`, adds release notes written from the
 * semantic diff to the new CHANGELOG entry, and refreshes the release record in release/.
 * `pnpm run version --first-release` first writes the major changeset that makes the dataset 1.0.0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileDataFolder } from '../src/compile.js';
import { diffDatasets, formatReleaseNotes } from '../src/diff.js';
import { assess, type Locations, locations, PACKAGE, packageVersion } from './check-release-assess.js';
import { readRelease, writeRelease } from './check-release-record.js';
import { addNotes } from './release-notes.js';

const FIRST_RELEASE_CHANGESET = 'first-release.md';

function firstRelease(at: Locations): void {
  if (readRelease(at.release))
    throw new Error('--first-release: the dataset is already released; write changesets as usual');
  const file = join(at.changesets, FIRST_RELEASE_CHANGESET);
  if (existsSync(file)) return;
  writeFileSync(
    file,
    `---\n"${PACKAGE}": major\n---\n\nFirst release of the dataset: Pakistan's foreign policy in 2024, every statement cited to the paragraph of the source that supports it.\n`,
  );
  console.log(`version: wrote ${relative(at.root, file)} (a major changeset: 0.0.0 → 1.0.0)`);
}

async function main(): Promise<number> {
  const at = locations();
  if (process.argv.includes('--first-release')) firstRelease(at);

  const check = await assess(at);
  if (!check.ok) {
    for (const problem of check.problems) console.error(`version: ${problem}\n`);
    console.error('version: nothing was written; fix the problems above and run `pnpm run version` again.');
    return 1;
  }

  const changesetBin = join(at.root, 'node_modules', '@changesets', 'cli', 'bin.js');
  const run = spawnSync(process.execPath, [changesetBin, 'version'], { cwd: at.root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`version: \`changeset version\` failed (exit ${run.status}); nothing more was written.`);
    return 1;
  }
  if (!check.pending.changesets.length) {
    console.log(
      `version: no pending changeset names ${PACKAGE}; its version and release record are unchanged.`,
    );
    return 0;
  }

  const version = packageVersion(at);
  const compiled = compileDataFolder(at.data, { version });
  if (!compiled.dataset || !check.schema)
    throw new Error('the data stopped compiling during the version step');
  const before = check.release;
  const diff = diffDatasets(
    before?.data ?? {},
    compiled.dataset,
    before ? { schemas: { before: before.schema, after: check.schema } } : {},
  );
  writeFileSync(
    at.changelog,
    addNotes(readFileSync(at.changelog, 'utf8'), version, formatReleaseNotes(diff)),
  );
  writeRelease(at.release, {
    package: PACKAGE,
    version,
    date: new Date().toISOString().slice(0, 10),
    previous: before?.version ?? null,
    data: compiled.dataset as unknown as Record<string, unknown>,
    schema: check.schema,
  });
  console.log(
    `version: ${PACKAGE} ${check.packageVersion} → ${version}: release notes added to ${relative(at.root, at.changelog)}, release record refreshed in ${relative(at.root, at.release)}/.`,
  );
  console.log('version: next, run `pnpm build` (meta.version follows package.json), review and commit.');
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`version: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 2;
}
