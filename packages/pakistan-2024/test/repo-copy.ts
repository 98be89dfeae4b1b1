/**
 * A throw-away copy of the repository for playing a contributor: the scripts behind `pnpm check`,
 * `pnpm check:release`, `pnpm new:record` and `pnpm run version` run in it for real. No pnpm runs
 * in the copy (it would write its state through the linked node_modules), and nothing needs a network.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { goodDataFolder, packageRoot } from './helpers.js';

export const repoRoot = join(packageRoot, '..', '..');
export const PKG = 'packages/pakistan-2024';
const tsx = join(packageRoot, 'node_modules', '.bin', 'tsx');
const copies: string[] = [];

/** How long a test that runs several of the scripts as processes may take on a busy 2-core machine. */
export const SCRIPTS_TIMEOUT = 300_000;

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of what the scripts need: root manifests, changesets config, the package (no build
 * output) with a valid data folder (see `goodDataFolder`), never released (version 0.0.0, no
 * release record), with no pending changeset: the state in which the checks pass.
 */
export function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-contributor-'));
  copies.push(dir);
  for (const f of ['package.json', 'pnpm-workspace.yaml', 'tsconfig.base.json'])
    cpSync(join(repoRoot, f), join(dir, f));
  mkdirSync(join(dir, '.changeset'));
  for (const f of ['config.json', 'README.md'])
    cpSync(join(repoRoot, '.changeset', f), join(dir, '.changeset', f));
  // The other workspace packages' manifests, so changesets sees the workspace as it is.
  for (const app of ['cli', 'web'])
    if (existsSync(join(repoRoot, 'apps', app, 'package.json'))) {
      mkdirSync(join(dir, 'apps', app), { recursive: true });
      cpSync(join(repoRoot, 'apps', app, 'package.json'), join(dir, 'apps', app, 'package.json'));
    }
  const skip = new Set(
    ['node_modules', 'dist', 'generated', 'bench', '.turbo', 'data'].map((d) => join(packageRoot, d)),
  );
  cpSync(packageRoot, join(dir, PKG), { recursive: true, filter: (src) => !skip.has(src) });
  cpSync(goodDataFolder(), join(dir, PKG, 'data'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  symlinkSync(join(packageRoot, 'node_modules'), join(dir, PKG, 'node_modules'), 'dir');
  // Start from "never released", whatever the real repository has released by now.
  for (const f of ['release.json', 'data.json', 'schema.json'])
    rmSync(join(dir, PKG, 'release', f), { force: true });
  writeFileSync(join(dir, PKG, 'CHANGELOG.md'), '# @policy/pakistan-2024\n');
  const manifest = JSON.parse(readFileSync(join(dir, PKG, 'package.json'), 'utf8'));
  writeFileSync(
    join(dir, PKG, 'package.json'),
    `${JSON.stringify({ ...manifest, version: '0.0.0' }, null, 2)}\n`,
  );
  return dir;
}

/** What a script run printed, and how it ended. */
export interface ScriptRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  readonly all: string;
}

/** Runs one of the package's scripts in the copy, as `pnpm <script>` would. */
export function runScript(
  repo: string,
  script: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): ScriptRun {
  const r = spawnSync(tsx, [`scripts/${script}.ts`, ...args], {
    cwd: join(repo, PKG),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', INIT_CWD: repo, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}
