import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDataFolder, writeDataFolder } from '@policy/pakistan-2024/compile';
import { sourceForChecks } from '@policy/pakistan-2024/provenance';
import { describeWhen } from '@policy/test-support';

export { describeWithTool } from '@policy/test-support';

/** The CLI package's folder, the repository root, and the built binary the tests run. */
export const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(cliRoot, '..', '..');
export const bin = join(cliRoot, 'dist', 'policy.cjs');
/** The package's YAML data folder. */
export const dataDir = join(repoRoot, 'packages', 'pakistan-2024', 'data');
/** The built data.json of the package. */
export const dataJson = join(repoRoot, 'packages', 'pakistan-2024', 'dist', 'data.json');
/** The package's last release, as its release record holds it. */
export const releaseJson = join(repoRoot, 'packages', 'pakistan-2024', 'release', 'data.json');
/** The essay's text, or why it is missing (found through the package's one lookup). */
export const essay = sourceForChecks('iips-2024-pakistan-foreign-policy', { cwd: repoRoot });

/**
 * A suite that needs a copy of the essay, found through the package's one lookup; it receives the
 * file's path. Skipped with a one-line hint without the text, failing under `CI=true`.
 */
export function describeWithEssay(name: string, body: (file: string) => void): void {
  describeWhen(name, essay, () => body(essay.found?.file as string));
}

/** The commands `policy` must offer, as the issue lists them: the tests' expectation, not the program's table. */
export const COMMANDS = [
  'list',
  'show',
  'search',
  'timeline',
  'figures',
  'export',
  'validate',
  'diff',
  'cite',
  'verify',
  'completion',
] as const;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `policy` binary (or another copy, `bin`) as a subprocess, colour off unless the test asks for it. */
export function policy(
  args: readonly string[],
  { bin: file = bin, ...options }: SpawnSyncOptions & { env?: NodeJS.ProcessEnv; bin?: string } = {},
): Run {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
  const r = spawnSync(process.execPath, [file, ...args], {
    cwd: cliRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
    env: { ...env, ...options.env },
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Runs `policy` and parses its JSON output, failing the test on a non-zero exit. */
export function policyJson<T = unknown>(args: readonly string[]): T {
  const r = policy(args);
  if (r.code !== 0) throw new Error(`policy ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A throw-away copy of the package's data folder. */
export function copyData(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-cli-')), 'data');
  cpSync(dataDir, dir, { recursive: true });
  return dir;
}

let dataIsValid: boolean | undefined;

/**
 * A throw-away data folder that compiles cleanly: a copy of the package's data folder, or, while a
 * record of it is broken, its last release written out as YAML. So a broken record fails the
 * package's tests about it, not every CLI test that needs valid data to work on.
 */
export function goodDataCopy(): string {
  dataIsValid ??= compileDataFolder(dataDir).dataset !== undefined;
  if (dataIsValid) return copyData();
  const dir = join(mkdtempSync(join(tmpdir(), 'policy-cli-')), 'data');
  writeDataFolder(JSON.parse(readFileSync(releaseJson, 'utf8')), dir);
  return dir;
}

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'policy-cli-'));

/** Asserts the shape of a bad-input report: exactly one line on stderr, no stack trace. */
export function oneLineError(r: Run): string {
  const lines = r.stderr.split('\n').filter(Boolean);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${r.stderr}`);
  if (/\n\s+at |Error:/.test(r.stderr)) throw new Error(`stack trace on stderr:\n${r.stderr}`);
  return lines[0] as string;
}
