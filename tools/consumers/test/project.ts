/**
 * The consumer's project: the packed tarball of the package (`pnpm pack`, as npm would publish it)
 * installed offline into `.work/app`, with the fixtures copied beside it. It lives inside this
 * workspace so that the tools (pinned devDependencies here) resolve from it as from any project.
 */
import { type ExecFileSyncOptions, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(here, '..', '..');
export const app = join(here, '.work', 'app');
const packageDir = join(repoRoot, 'packages', 'pakistan-2024');

/** The environment of every tool: offline, no telemetry, no update check, no extra CA bundle. */
export const env: NodeJS.ProcessEnv = {
  ...process.env,
  NO_COLOR: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  DENO_NO_UPDATE_CHECK: '1',
  DENO_DIR: join(here, '.work', 'deno-cache'),
  BUN_INSTALL_CACHE_DIR: join(here, '.work', 'bun-cache'),
  npm_config_offline: 'true',
};

/** A tool of this workspace, by the name of its bin. */
export const bin = (name: string) => join(here, 'node_modules', '.bin', name);

/** Runs a command in the project (or `cwd`), returning stdout; a failure carries its stderr. */
export function run(cmd: string, args: string[], cwd = app, options: ExecFileSyncOptions = {}): string {
  try {
    return execFileSync(cmd, args, {
      cwd,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
      ...options,
    }) as string;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${stderr || ''}\n${stdout || ''}`.slice(0, 4000));
  }
}

/** Packs the package and installs the tarball into a fresh `.work/app` with the fixtures. */
export function setUpProject(): void {
  rmSync(join(here, '.work'), { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const packs = join(here, '.work', 'pack');
  run('pnpm', ['pack', '--pack-destination', packs], packageDir);
  const tarball = readdirSync(packs).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run('pnpm', ['add', '--offline', '--ignore-workspace', join(packs, tarball)]);
  cpSync(join(here, 'fixtures'), app, { recursive: true });
}

/** Bytes of a file, or of every file under a directory. */
export function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0);
}

/** Starts a server script, waits until it answers on `port`, and returns a stopper. */
export async function startServer(script: string, port: number): Promise<() => void> {
  const child = spawn(process.execPath, [script], {
    cwd: dirname(script),
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => child.kill();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited: ${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return stop;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  stop();
  throw new Error(`${script} did not answer within 60 s: ${output}`);
}
