/**
 * The release check in words: each problem and note of an assessment as a message that names the
 * records, fields, files and lines involved and says what to do; then what `pnpm check:release`
 * prints and its exit code.
 */
import { join, relative } from 'node:path';
import { formatFileIssue } from '../../src/compile/compile-folder.js';
import { type Bump, bumpMeaning, compareBumps } from '../../src/diff/bump.js';
import type { DiffResult, Reason } from '../../src/diff/dataset-diff.js';
import type { RuleId } from '../../src/rules/rules.js';
import { type Locations, PACKAGE, PLACEHOLDER } from '../paths.js';
import type { Assessment, Note, Problem } from './assess.js';
import type { PendingChangeset } from './changesets.js';

const PLACEHOLDER_RULE: RuleId = 'placeholder';

const frontMatter = (bump: Bump) => `"${PACKAGE}": ${bump}`;

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

/** One problem of the assessment as a message: what is wrong, where, and what to do. */
export function wordProblem(at: Locations, result: Assessment, problem: Problem): string {
  const show = (p: string) => relative(at.root, p);
  const where = (c: PendingChangeset) => `${show(c.file)}:${c.line}`;
  const manifest = show(join(at.pkgDir, 'package.json'));
  const { diff, required, pending } = result;
  const listed = (min: Bump) =>
    (diff?.reasons ?? [])
      .filter((r) => compareBumps(r.bump, min) > 0)
      .map((r) => `  ${r.bump.padEnd(5)}  ${r.message}  (${diff ? whereToLook(at, r, diff) : ''})`);

  switch (problem.kind) {
    case 'release-record':
      return `${show(problem.file)}: ${problem.problem}`;
    case 'changesets-unreadable':
      return (
        `cannot read the pending changesets in ${show(at.changesets)}: ${problem.error}\n` +
        `What to do: check the front matter of the .md files there; each starts with\n    ---\n    ${frontMatter('patch')}\n    ---`
      );
    case 'changesets':
      return [
        ...problem.problems.map((p) => `${show(p.file)}:${p.line}  ${p.rule}  ${p.message}`),
        `What to do: fix the changeset line(s) above. A changeset is: a line ---, one line ${frontMatter('patch')} (or minor, or major) for each package, a line ---, a blank line and one line for the release notes.`,
      ].join('\n');
    case 'invalid-data':
      return [
        ...problem.issues.map((i) => formatFileIssue({ ...i, file: show(i.file) })),
        `What to do: fix the ${problem.issues.length} problem(s) above (file:line:column, rule, message); the release check needs valid data.`,
      ].join('\n');
    case 'placeholders':
      return [
        ...[...new Set(problem.lines.map((p) => p.file))].map((file) => {
          const lines = problem.lines.filter((p) => p.file === file).map((p) => p.line);
          const list = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
          return `${show(file)}:${lines[0]}  ${PLACEHOLDER_RULE}  "${PLACEHOLDER}" is still on ${lines.length} line(s): ${list}`;
        }),
        `What to do: replace every "${PLACEHOLDER}" written by \`pnpm new:record\` with the record's content.`,
      ].join('\n');
    case 'version-before-release':
      return (
        `${manifest} has version ${problem.version}, but ${show(at.release)} holds no release.\n` +
        'What to do: set "version" back to "0.0.0"; versions are set only by `pnpm run version`, which also writes the release record.'
      );
    case 'first-release-not-major':
      return (
        `the first release must be 1.0.0, but the pending changesets ask for ${pending.bump} (${problem.version} → ${problem.next}).\n` +
        `What to do: in ${problem.changesets.map(where).join(' and ')}, write ${frontMatter('major')}.`
      );
    case 'version-mismatch':
      return (
        `${manifest} has version ${problem.version}, but the last release (${show(join(at.release, 'release.json'))}) is ${problem.released}.\n` +
        `What to do: set "version" back to "${problem.released}"; versions are set only by \`pnpm run version\`, from the changesets.`
      );
    case 'no-changeset':
      return [
        `the data changed since ${problem.released}, and no pending changeset names ${PACKAGE}. The change needs a ${required} release:`,
        ...listed('none'),
        `What to do: run \`pnpm changeset\`, select ${PACKAGE}, choose "${required}", and write one line for the release notes`,
        `(or create .changeset/<short-name>.md holding: ---, ${frontMatter(required)}, ---, a blank line and that line);`,
        `commit it with your change. (A ${required} change is ${bumpMeaning[required as Exclude<Bump, 'none'>]}.)`,
      ].join('\n');
    case 'bump-too-small': {
      const lines = listed(pending.bump);
      const reasons = diff?.reasons.length ?? 0;
      const [first] = pending.changesets;
      return [
        `the data changed since ${problem.released} in a way that needs a ${required} release, but the pending changesets ask only for ${pending.bump}:`,
        ...lines,
        ...(reasons > lines.length
          ? [`  (and ${reasons - lines.length} smaller change(s) the pending bump already covers)`]
          : []),
        `What to do: in ${show(first?.file ?? '')}, line ${first?.line}, change ${frontMatter(pending.bump)} to ${frontMatter(required)}`,
        `(or add a changeset of your own for this change with \`pnpm changeset\`, choosing "${required}").`,
        ...(required === 'major' && (diff?.removed.length ?? 0) + (diff?.renamed.length ?? 0)
          ? [
              'If removing or renaming those ids was not intended, restore the files named above instead: ids are never reused or renamed lightly.',
            ]
          : []),
      ].join('\n');
    }
  }
}

/** One note of the assessment as a sentence. */
export function wordNote(at: Locations, result: Assessment, note: Note): string {
  const where = (c: PendingChangeset) => `${relative(at.root, c.file)}:${c.line}`;
  switch (note.kind) {
    case 'first-release':
      return 'no release yet: everything is new; the first release is 1.0.0 (`pnpm run version --first-release`).';
    case 'unchanged':
      return `no change to the data since ${note.released}.`;
    case 'covered':
      return `the data changes since ${note.released} need a ${result.required} release; the pending changesets ask for ${result.pending.bump} (${result.pending.changesets.map(where).join(', ')}), which covers them.`;
  }
}

/** How many things there are to fix: each line at fault counts, not each kind of problem. */
export function problemCount(problems: readonly Problem[]): number {
  return problems.reduce(
    (n, p) =>
      n +
      (p.kind === 'changesets'
        ? p.problems.length
        : p.kind === 'invalid-data'
          ? p.issues.length
          : p.kind === 'placeholders'
            ? new Set(p.lines.map((l) => l.file)).size
            : 1),
    0,
  );
}

/** The lines for stdout and stderr, and the exit code, of the release check. */
export function report(at: Locations, result: Assessment): { code: number; out: string; err: string } {
  if (result.ok)
    return {
      code: 0,
      out: result.notes.map((n) => `check:release: ok: ${wordNote(at, result, n)}\n`).join(''),
      err: '',
    };
  const err = [
    ...result.problems.map((p) => `check:release: ${wordProblem(at, result, p)}\n`),
    `check:release: ${problemCount(result.problems)} problem(s); see CONTRIBUTING.md, "Versions".`,
  ].join('\n');
  return { code: 1, out: '', err: `${err}\n` };
}
