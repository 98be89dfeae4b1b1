/**
 * The release check's reasoning, shared by `pnpm check:release` and the version step: compare the
 * working data with the release record, read the pending changesets, and say whether the bump
 * they ask for covers the change, naming records, fields, files and lines when it does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import readChangesets from '@changesets/read';
import { compileDataFolder, formatFileIssue } from '../src/compile.js';
import {
  type Bump,
  bumpMeaning,
  compareBumps,
  type DiffResult,
  diffDatasets,
  maxBump,
  nextVersion,
  type Reason,
} from '../src/diff.js';
import type { Dataset } from '../src/schema/index.js';
import { type Locations, locations, PACKAGE, PLACEHOLDER } from './check-release-paths.js';
import { type ReleaseRecord, ReleaseRecordError, readRelease } from './check-release-record.js';
import { jsonSchema } from './outputs.js';

export { type Locations, locations, PACKAGE, PLACEHOLDER } from './check-release-paths.js';

/** One pending changeset that names the package. */
export interface PendingChangeset {
  readonly file: string;
  readonly line: number;
  readonly bump: Bump;
  readonly summary: string;
}

/** The outcome of the check. `problems` are failures, each already worded with what to do next. */
export interface Assessment {
  readonly ok: boolean;
  readonly problems: string[];
  readonly notes: string[];
  readonly release?: ReleaseRecord;
  readonly packageVersion: string;
  readonly dataset?: Dataset;
  readonly schema?: Record<string, unknown>;
  readonly diff?: DiffResult;
  readonly required: Bump;
  readonly pending: { readonly bump: Bump; readonly changesets: readonly PendingChangeset[] };
}

/** The package's version in its package.json. */
export function packageVersion(at: Locations): string {
  return (JSON.parse(readFileSync(join(at.pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
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

/** Lines of the data files that still hold the placeholder of a new record's skeleton. */
export function placeholders(at: Locations): { file: string; line: number }[] {
  const out: { file: string; line: number }[] = [];
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

/** Where a reason points a contributor: the data file of its record, or the schema folder. */
function whereToLook(at: Locations, r: Reason, diff: DiffResult): string {
  const show = (p: string) => relative(at.root, p);
  if (r.kind === 'schema') return show(join(at.pkgDir, 'src', 'schema'));
  if (!r.collection) return show(at.data);
  if (r.kind === 'renamed') {
    const to = diff.renamed.find((x) => x.collection === r.collection && x.from === r.id)?.to;
    return `${show(join(at.data, r.collection, `${to}.yaml`))}, was ${r.id}.yaml`;
  }
  if (!r.id) return show(join(at.data, r.collection));
  const file = show(join(at.data, r.collection, `${r.id}.yaml`));
  return r.kind === 'removed' ? `${file}, deleted` : file;
}

const frontMatter = (bump: Bump) => `"${PACKAGE}": ${bump}`;

/** Runs the whole check on the repository at `at`. Never throws for a contributor's mistake. */
export async function assess(at: Locations = locations()): Promise<Assessment> {
  const problems: string[] = [];
  const notes: string[] = [];
  const show = (p: string) => relative(at.root, p);
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
    problems.push(error.message.replace(`${at.root}/`, ''));
    return fail();
  }

  let changesets: PendingChangeset[];
  try {
    changesets = await pendingChangesets(at);
  } catch (error) {
    problems.push(
      `cannot read the pending changesets in ${show(at.changesets)}: ${(error as Error).message.split('\n')[0]}\n` +
        `What to do: check the front matter of the .md files there; each starts with\n    ---\n    ${frontMatter('patch')}\n    ---`,
    );
    return fail({ ...(release ? { release } : {}) });
  }
  const pending = { bump: maxBump(changesets.map((c) => c.bump)), changesets };
  const where = (c: PendingChangeset) => `${show(c.file)}:${c.line}`;

  const compiled = compileDataFolder(at.data, { version });
  if (!compiled.dataset) {
    problems.push(
      [
        ...compiled.issues.map((i) => formatFileIssue({ ...i, file: show(i.file) })),
        `What to do: fix the ${compiled.issues.length} problem(s) above (file:line:column, rule, message); the release check needs valid data.`,
      ].join('\n'),
    );
    return fail({ ...(release ? { release } : {}), pending });
  }
  const unfinished = placeholders(at);
  if (unfinished.length)
    problems.push(
      [
        ...[...new Set(unfinished.map((p) => p.file))].map((file) => {
          const lines = unfinished.filter((p) => p.file === file).map((p) => p.line);
          const list = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
          return `${show(file)}:${lines[0]}  placeholder  "${PLACEHOLDER}" is still on ${lines.length} line(s): ${list}`;
        }),
        `What to do: replace every "${PLACEHOLDER}" written by \`pnpm new:record\` with the record's content.`,
      ].join('\n'),
    );
  const dataset = compiled.dataset;
  const schema = jsonSchema();

  if (!release) {
    if (version !== '0.0.0')
      problems.push(
        `packages/pakistan-2024/package.json has version ${version}, but ${show(at.release)} holds no release.\n` +
          'What to do: set "version" back to "0.0.0"; versions are set only by `pnpm run version`, which also writes the release record.',
      );
    notes.push(
      'no release yet: everything is new; the first release is 1.0.0 (`pnpm run version --first-release`).',
    );
    const small = changesets.filter((c) => c.bump !== 'major');
    const first = nextVersion(version, pending.bump);
    if (pending.bump !== 'none' && Number(first.split('.')[0]) < 1)
      problems.push(
        `the first release must be 1.0.0, but the pending changesets ask for ${pending.bump} (${version} → ${first}).\n` +
          `What to do: in ${small.map(where).join(' and ')}, write ${frontMatter('major')}.`,
      );
    return {
      ok: !problems.length,
      problems,
      notes,
      packageVersion: version,
      dataset,
      schema,
      required: 'none',
      pending,
    };
  }

  if (release.version !== version)
    problems.push(
      `packages/pakistan-2024/package.json has version ${version}, but the last release (${show(join(at.release, 'release.json'))}) is ${release.version}.\n` +
        `What to do: set "version" back to "${release.version}"; versions are set only by \`pnpm run version\`, from the changesets.`,
    );

  const diff = diffDatasets(release.data, dataset, { schemas: { before: release.schema, after: schema } });
  const required = diff.bump;
  const base = { release, packageVersion: version, dataset, schema, diff, required, pending };
  const listed = (min: Bump) =>
    diff.reasons
      .filter((r) => compareBumps(r.bump, min) > 0)
      .map((r) => `  ${r.bump.padEnd(5)}  ${r.message}  (${whereToLook(at, r, diff)})`);

  if (required === 'none') {
    notes.push(`no change to the data since ${release.version}.`);
  } else if (!changesets.length) {
    problems.push(
      [
        `the data changed since ${release.version}, and no pending changeset names ${PACKAGE}. The change needs a ${required} release:`,
        ...listed('none'),
        `What to do: run \`pnpm changeset\`, select ${PACKAGE}, choose "${required}", and write one line for the release notes`,
        `(or create .changeset/<short-name>.md holding: ---, ${frontMatter(required)}, ---, a blank line and that line);`,
        `commit it with your change. (A ${required} change is ${bumpMeaning[required as Exclude<Bump, 'none'>]}.)`,
      ].join('\n'),
    );
  } else if (compareBumps(pending.bump, required) < 0) {
    const lines = listed(pending.bump);
    problems.push(
      [
        `the data changed since ${release.version} in a way that needs a ${required} release, but the pending changesets ask only for ${pending.bump}:`,
        ...lines,
        ...(diff.reasons.length > lines.length
          ? [
              `  (and ${diff.reasons.length - lines.length} smaller change(s) the pending bump already covers)`,
            ]
          : []),
        `What to do: in ${show(changesets[0]?.file ?? '')}, line ${changesets[0]?.line}, change ${frontMatter(pending.bump)} to ${frontMatter(required)}`,
        `(or add a changeset of your own for this change with \`pnpm changeset\`, choosing "${required}").`,
        ...(required === 'major' && diff.removed.length + diff.renamed.length
          ? [
              'If removing or renaming those ids was not intended, restore the files named above instead: ids are never reused or renamed lightly.',
            ]
          : []),
      ].join('\n'),
    );
  } else {
    notes.push(
      `the data changes since ${release.version} need a ${required} release; the pending changesets ask for ${pending.bump} (${changesets.map(where).join(', ')}), which covers them.`,
    );
  }
  return { ok: !problems.length, problems, notes, ...base };
}
