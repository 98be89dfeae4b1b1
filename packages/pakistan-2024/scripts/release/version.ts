/**
 * The version step, `pnpm run version` at the root: checks the pending changesets against the data
 * (as `pnpm check:release` does), runs `changeset version`, adds release notes written from the
 * check's semantic diff to the new CHANGELOG entry, and refreshes the release record in release/.
 * `pnpm run version --first-release` first writes the major changeset that makes the dataset 1.0.0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatReleaseNotes } from '../../src/diff/describe.js';
import { writeCitationFile } from '../citation-file.js';
import { type Locations, locations, PACKAGE } from '../paths.js';
import { assess, packageVersion } from './assess.js';
import { addNotes } from './changelog.js';
import { readRelease, writeRelease } from './record.js';
import { wordProblem } from './report.js';

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
    for (const problem of check.problems) console.error(`version: ${wordProblem(at, check, problem)}\n`);
    console.error('version: nothing was written; fix the problems above and run `pnpm run version` again.');
    return 1;
  }

  const changesetBin = join(at.root, 'node_modules', '@changesets', 'cli', 'bin.js');
  // Its output is held back: on failure it ends in a stack trace, of which one line is enough.
  const run = spawnSync(process.execPath, [changesetBin, 'version'], { cwd: at.root, encoding: 'utf8' });
  if (run.status !== 0) {
    const said = `${run.stderr ?? ''}\n${run.stdout ?? ''}`
      .split('\n')
      .map((l) => l.replace(/^🦋\s+error\s*/u, '').trim())
      .find((l) => l && !l.startsWith('at '));
    console.error(
      `version: \`changeset version\` failed (exit ${run.status})${said ? `: ${said.replace(/^Error: /, '')}` : ''}; nothing more was written.`,
    );
    return 1;
  }
  process.stdout.write(run.stdout ?? '');
  if (!check.pending.changesets.length) {
    console.log(
      `version: no pending changeset names ${PACKAGE}; its version and release record are unchanged.`,
    );
    return 0;
  }

  // The data and its diff are the check's: `changeset version` changes only the version, which
  // the diff ignores, so the released dataset is the checked one with its new version.
  const { dataset, diff, schema, release: before } = check;
  if (!dataset || !diff || !schema) throw new Error('the release check passed without a dataset to release');
  const version = packageVersion(at);
  writeFileSync(
    at.changelog,
    addNotes(readFileSync(at.changelog, 'utf8'), version, formatReleaseNotes(diff)),
  );
  const date = new Date().toISOString().slice(0, 10);
  writeRelease(at.release, {
    package: PACKAGE,
    version,
    date,
    previous: before?.version ?? null,
    data: { ...dataset, meta: { ...dataset.meta, version, released: date } } as unknown as Record<
      string,
      unknown
    >,
    schema,
  });
  writeCitationFile(at);
  console.log(
    `version: ${PACKAGE} ${check.packageVersion} → ${version}: release notes added to ${relative(at.root, at.changelog)}, release record refreshed in ${relative(at.root, at.release)}/, ${relative(at.root, at.citationFile)} dated ${date}.`,
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
