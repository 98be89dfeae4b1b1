/**
 * The words and exit code of `pnpm check`, the one command a contributor runs: the contributor
 * check of the YAML data folder (what `policy validate` runs), then the release check (every
 * pending changeset, and the bump they ask for against the bump the change needs).
 */
import { relative } from 'node:path';
import { formatFileIssue } from '../src/compile/compile-folder.js';
import { checkDataFolder } from '../src/compile/data-check.js';
import type { SourceLookupOptions } from '../src/provenance/source-files.js';
import { collectionNames } from '../src/registry/collections.js';
import type { Locations } from './paths.js';
import { assess, packageVersion } from './release/assess.js';
import { problemCount, wordNote, wordProblem } from './release/report.js';

/** What `pnpm check` prints on stdout and stderr, and its exit code. */
export interface CheckOutcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs both checks on the repository at `at`; `sources` says where to look for the source texts. */
export async function contributorCheck(
  at: Locations,
  sources: SourceLookupOptions = { cwd: at.root },
): Promise<CheckOutcome> {
  const out: string[] = [];
  const err: string[] = [];
  const show = (file: string) => relative(at.root, file) || file;
  const data = checkDataFolder(at.data, { version: packageVersion(at), sources });
  for (const issue of data.issues) out.push(formatFileIssue({ ...issue, file: show(issue.file) }));
  for (const line of data.skipped) err.push(`check: ${line}`);

  const release = await assess(at);
  // The data's own problems are printed above, with the source checks; the release check adds the rest.
  const others = release.problems.filter((p) => p.kind !== 'invalid-data');
  for (const problem of others) err.push(`check: ${wordProblem(at, release, problem)}`);

  const count = data.issues.length + problemCount(others);
  if (count) err.push(`check: ${count} problem(s); see CONTRIBUTING.md, "Running the checks".`);
  else {
    const records = collectionNames.reduce((n, c) => n + (data.dataset?.[c].length ?? 0), 0);
    const against = data.checked.map((s) => show(s.file));
    out.push(
      `check: ok: ${records} records, no problems${against.length ? ` (citations, coverage and copied text checked against ${against.join(', ')})` : ''}.`,
    );
    for (const note of release.notes) out.push(`check: ok: ${wordNote(at, release, note)}`);
  }
  const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
  return { code: count ? 1 : 0, out: text(out), err: text(err) };
}
