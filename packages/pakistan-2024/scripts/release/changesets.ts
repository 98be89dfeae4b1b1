/**
 * The pending changesets: each is checked line by line before anything reads it for a release
 * (so that `changeset version` never meets one it would die on), then those that name the
 * package are read with changesets' own reader.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import readChangesets from '@changesets/read';
import { getPackages } from '@manypkg/get-packages';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { nearestWord } from '../../src/compile/schema-issues.js';
import type { Bump } from '../../src/diff/bump.js';
import type { RuleId } from '../../src/rules/rules.js';
import { type Locations, PACKAGE } from '../paths.js';

/** One pending changeset that names the package, with the line that sets its bump. */
export interface PendingChangeset {
  readonly file: string;
  readonly line: number;
  readonly bump: Bump;
  readonly summary: string;
}

/** A mistake in a pending changeset, at its file and line. */
export interface ChangesetProblem {
  readonly file: string;
  readonly line: number;
  readonly rule: RuleId;
  readonly message: string;
}

/** The packages a changeset may name, and those changesets is told to ignore. */
export interface Workspace {
  readonly names: readonly string[];
  readonly ignored: readonly string[];
}

const BUMPS = ['major', 'minor', 'patch'] as const;
const FORMAT = `---, one line "<package>": patch|minor|major for each package, ---, then a line for the release notes`;

/** The workspace's packages (as changesets finds them; the root is not one) and the ignored ones. */
export async function readWorkspace(at: Locations): Promise<Workspace> {
  const { packages } = await getPackages(at.root);
  const names = packages.map((p) => p.packageJson.name).sort();
  const configFile = join(at.changesets, 'config.json');
  let patterns: string[] = [];
  if (existsSync(configFile)) {
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as { ignore?: unknown };
    if (Array.isArray(config.ignore)) patterns = config.ignore.map(String);
  }
  const glob = (p: string) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const ignored = names.filter((n) => patterns.some((p) => glob(p).test(n)));
  return { names, ignored };
}

/** The pending changeset files, as changesets lists them: `.md` files other than the README. */
export function changesetFiles(at: Locations): string[] {
  if (!existsSync(at.changesets)) return [];
  return readdirSync(at.changesets)
    .filter((f) => !f.startsWith('.') && f.endsWith('.md') && !/^README\.md$/i.test(f))
    .map((f) => join(at.changesets, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** Every mistake in one changeset's text, each at its line. */
export function checkChangeset(file: string, text: string, workspace: Workspace): ChangesetProblem[] {
  const problems: ChangesetProblem[] = [];
  const problem = (line: number, rule: RuleId, message: string) =>
    problems.push({ file, line, rule, message });
  const lines = text.split(/\r?\n/);
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0) {
    problem(1, 'changeset-front-matter', `the file is empty; a changeset is ${FORMAT}`);
    return problems;
  }
  if (lines[open]?.trim() !== '---') {
    problem(open + 1, 'changeset-front-matter', `a changeset starts with a line "---"; it is ${FORMAT}`);
    return problems;
  }
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---');
  if (close < 0) {
    problem(
      open + 1,
      'changeset-front-matter',
      `the front matter opened here is never closed by a line "---"`,
    );
    return problems;
  }

  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(open + 1, close).join('\n'), {
    lineCounter: counter,
    uniqueKeys: true,
  });
  const lineAt = (offset: number | undefined) => open + 2 + (counter.linePos(offset ?? 0).line - 1);
  const [error] = doc.errors;
  if (error) {
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    problem(lineAt(error.pos[0]), 'changeset-front-matter', `${message}; each line is "<package>": <bump>`);
    return problems;
  }
  const named: { name: string; line: number }[] = [];
  if (doc.contents !== null && !isMap(doc.contents))
    problem(lineAt(doc.contents.range?.[0]), 'changeset-front-matter', `each line is "<package>": <bump>`);
  else if (isMap(doc.contents))
    for (const pair of doc.contents.items) {
      const line = lineAt(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      const bump = isScalar(pair.value) ? String(pair.value.value) : '';
      if (!workspace.names.includes(name)) {
        const near = nearestWord(name, workspace.names);
        problem(
          line,
          'changeset-package',
          `"${name}" is not a package of this workspace; ${near ? `did you mean "${near}"?` : `the packages are ${workspace.names.join(', ')}`}`,
        );
      } else named.push({ name, line });
      if (!(BUMPS as readonly string[]).includes(bump)) {
        const near = nearestWord(bump, BUMPS);
        problem(
          line,
          'changeset-bump',
          bump
            ? `"${bump}" is not a bump; ${near ? `did you mean "${near}"? ` : ''}write major, minor or patch`
            : `no bump after "${name}":; write major, minor or patch`,
        );
      }
    }
  const ignored = named.filter((n) => workspace.ignored.includes(n.name));
  if (ignored.length && ignored.length < named.length)
    for (const n of ignored)
      problem(
        n.line,
        'changeset-package',
        `"${n.name}" is ignored by changesets (.changeset/config.json) and cannot share a changeset with a released package; give it a changeset of its own`,
      );
  if (!lines.slice(close + 1).some((l) => l.trim() !== ''))
    problem(
      close + 1,
      'changeset-summary',
      'no summary: write one line for the release notes after the closing "---"',
    );
  return problems.sort((a, b) => a.line - b.line);
}

/** Every mistake in the pending changesets, one per line at fault. */
export async function changesetProblems(at: Locations): Promise<ChangesetProblem[]> {
  const files = changesetFiles(at);
  if (!files.length) return [];
  const workspace = await readWorkspace(at);
  return files.flatMap((file) => checkChangeset(file, readFileSync(file, 'utf8'), workspace));
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
