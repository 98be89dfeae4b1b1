/**
 * The release check's decisions, shared by `pnpm check:release` and the version step: compare the
 * working data with the release record, read the pending changesets, and decide whether the bump
 * they ask for covers the change. Only facts come out of here; report.ts puts them into words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataFolder, type FileIssue } from '../../src/compile/compile-folder.js';
import { type Bump, compareBumps, maxBump, nextVersion } from '../../src/diff/bump.js';
import { type DiffResult, diffDatasets } from '../../src/diff/dataset-diff.js';
import type { Dataset } from '../../src/schema/index.js';
import { jsonSchema } from '../outputs.js';
import { type Locations, locations, PLACEHOLDER } from '../paths.js';
import {
  type ChangesetProblem,
  changesetProblems,
  type PendingChangeset,
  pendingChangesets,
} from './changesets.js';
import { type ReleaseRecord, ReleaseRecordError, readRelease } from './record.js';

/** A line of a data file that still holds the placeholder of a new record's skeleton. */
export interface Placeholder {
  readonly file: string;
  readonly line: number;
}

/** Something that stops the release, with the facts needed to say what to do about it. */
export type Problem =
  | { readonly kind: 'release-record'; readonly file: string; readonly problem: string }
  | { readonly kind: 'changesets-unreadable'; readonly error: string }
  | { readonly kind: 'changesets'; readonly problems: readonly ChangesetProblem[] }
  | { readonly kind: 'invalid-data'; readonly issues: readonly FileIssue[] }
  | { readonly kind: 'placeholders'; readonly lines: readonly Placeholder[] }
  | { readonly kind: 'version-before-release'; readonly version: string }
  | {
      readonly kind: 'first-release-not-major';
      readonly version: string;
      readonly next: string;
      readonly changesets: readonly PendingChangeset[];
    }
  | { readonly kind: 'version-mismatch'; readonly version: string; readonly released: string }
  | { readonly kind: 'no-changeset'; readonly released: string }
  | { readonly kind: 'bump-too-small'; readonly released: string };

/** What the check found that does not stop the release. */
export type Note =
  | { readonly kind: 'first-release' }
  | { readonly kind: 'unchanged'; readonly released: string }
  | { readonly kind: 'covered'; readonly released: string };

/** The outcome of the check: what was compared, what it needs, and every problem and note. */
export interface Assessment {
  readonly ok: boolean;
  readonly problems: readonly Problem[];
  readonly notes: readonly Note[];
  readonly release?: ReleaseRecord;
  readonly packageVersion: string;
  readonly dataset?: Dataset;
  readonly schema?: Record<string, unknown>;
  /** The diff from the last release (or from nothing, before the first) to the working data. */
  readonly diff?: DiffResult;
  readonly required: Bump;
  readonly pending: { readonly bump: Bump; readonly changesets: readonly PendingChangeset[] };
}

/** The package's version in its package.json. */
export function packageVersion(at: Locations): string {
  return (JSON.parse(readFileSync(join(at.pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Lines of the data files that still hold the placeholder of a new record's skeleton. */
export function placeholders(at: Locations): Placeholder[] {
  const out: Placeholder[] = [];
  for (const collection of readdirSync(at.data, { withFileTypes: true })) {
    if (!collection.isDirectory()) continue;
    for (const name of readdirSync(join(at.data, collection.name)).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const file = join(at.data, collection.name, name);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (text.includes(PLACEHOLDER)) out.push({ file, line: i + 1 });
        });
    }
  }
  return out;
}

/** Runs the whole check on the repository at `at`. Never throws for a contributor's mistake. */
export async function assess(at: Locations = locations()): Promise<Assessment> {
  const problems: Problem[] = [];
  const notes: Note[] = [];
  const version = packageVersion(at);
  const pendingNone = { bump: 'none' as Bump, changesets: [] as PendingChangeset[] };
  const fail = (extra: Partial<Assessment> = {}): Assessment => ({
    ok: false,
    problems,
    notes,
    packageVersion: version,
    required: 'none',
    pending: pendingNone,
    ...extra,
  });

  let release: ReleaseRecord | undefined;
  try {
    release = readRelease(at.release);
  } catch (error) {
    if (!(error instanceof ReleaseRecordError)) throw error;
    problems.push({ kind: 'release-record', file: error.file, problem: error.problem });
    return fail();
  }

  // Every pending changeset is checked line by line first: a release must never meet one that
  // `changeset version` would die on.
  const mistakes = await changesetProblems(at);
  if (mistakes.length) {
    problems.push({ kind: 'changesets', problems: mistakes });
    return fail({ ...(release ? { release } : {}) });
  }
  let changesets: PendingChangeset[];
  try {
    changesets = await pendingChangesets(at);
  } catch (error) {
    problems.push({ kind: 'changesets-unreadable', error: (error as Error).message.split('\n')[0] ?? '' });
    return fail({ ...(release ? { release } : {}) });
  }
  const pending = { bump: maxBump(changesets.map((c) => c.bump)), changesets };

  const compiled = compileDataFolder(at.data, { version });
  if (!compiled.dataset) {
    problems.push({ kind: 'invalid-data', issues: compiled.issues });
    return fail({ ...(release ? { release } : {}), pending });
  }
  const unfinished = placeholders(at);
  if (unfinished.length) problems.push({ kind: 'placeholders', lines: unfinished });
  const dataset = compiled.dataset;
  const schema = jsonSchema();

  if (!release) {
    if (version !== '0.0.0') problems.push({ kind: 'version-before-release', version });
    notes.push({ kind: 'first-release' });
    const next = nextVersion(version, pending.bump);
    if (pending.bump !== 'none' && Number(next.split('.')[0]) < 1)
      problems.push({
        kind: 'first-release-not-major',
        version,
        next,
        changesets: changesets.filter((c) => c.bump !== 'major'),
      });
    const diff = diffDatasets({}, dataset);
    return {
      ok: !problems.length,
      problems,
      notes,
      packageVersion: version,
      dataset,
      schema,
      diff,
      required: 'none',
      pending,
    };
  }

  if (release.version !== version)
    problems.push({ kind: 'version-mismatch', version, released: release.version });

  const diff = diffDatasets(release.data, dataset, { schemas: { before: release.schema, after: schema } });
  const required = diff.bump;
  const base = { release, packageVersion: version, dataset, schema, diff, required, pending };
  const released = release.version;
  if (required === 'none') notes.push({ kind: 'unchanged', released });
  else if (!changesets.length) problems.push({ kind: 'no-changeset', released });
  else if (compareBumps(pending.bump, required) < 0) problems.push({ kind: 'bump-too-small', released });
  else notes.push({ kind: 'covered', released });
  return { ok: !problems.length, problems, notes, ...base };
}
