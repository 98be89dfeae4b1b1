/**
 * `pnpm check`: the one command a contributor runs. First the contributor check of the YAML data
 * folder (what `policy validate` runs: the compiler, the cross-record rules and, where the source
 * text can be found, citations, coverage and copied text), then the release check (every pending
 * changeset, and the bump they ask for against the bump the change needs). Every problem is one
 * line naming its file and line.
 */
import { relative } from 'node:path';
import { formatFileIssue } from '../src/compile-folder.js';
import { checkDataFolder } from '../src/data-check.js';
import { collectionNames } from '../src/registry/collections.js';
import { locations } from './paths.js';
import { assess, packageVersion } from './release/assess.js';
import { problemCount, wordNote, wordProblem } from './release/report.js';

async function main(): Promise<number> {
  const at = locations();
  const show = (file: string) => relative(at.root, file) || file;
  const data = checkDataFolder(at.data, { version: packageVersion(at), sources: { cwd: at.root } });
  for (const issue of data.issues) console.log(formatFileIssue({ ...issue, file: show(issue.file) }));
  for (const line of data.skipped) console.error(`check: ${line}`);

  const release = await assess(at);
  // The data's own problems are printed above, with the source checks; the release check adds the rest.
  const others = release.problems.filter((p) => p.kind !== 'invalid-data');
  for (const problem of others) console.error(`check: ${wordProblem(at, release, problem)}`);

  const count = data.issues.length + problemCount(others);
  if (count) {
    console.error(`check: ${count} problem(s); see CONTRIBUTING.md, "Running the checks".`);
    return 1;
  }
  const records = collectionNames.reduce((n, c) => n + (data.dataset?.[c].length ?? 0), 0);
  const against = data.checked.map((s) => show(s.file));
  console.log(
    `check: ok: ${records} records, no problems${against.length ? ` (citations, coverage and copied text checked against ${against.join(', ')})` : ''}.`,
  );
  for (const note of release.notes) console.log(`check: ok: ${wordNote(at, release, note)}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Anything else is a fault of the tool, not of the contribution: one line, no stack.
  console.error(`check: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 2;
}
