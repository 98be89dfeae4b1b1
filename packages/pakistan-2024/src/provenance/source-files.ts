/**
 * Where a source's text is found on this machine. The essay is not ours to redistribute, so it is
 * never in the repository or the package: every tool that needs it (the provenance tests,
 * `policy verify`, `policy validate`, the benches, the fetch command) looks for it here, in one
 * order, so that they all agree on which copy they read. Node only (file system).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The environment variable that names a folder of source texts (`<source id>.txt`); searched first. */
export const SOURCES_ENV = 'POLICY_SOURCES_DIR';
/** The git-ignored cache folder at the root of a clone, where the fetch command stores what it downloads. */
export const SOURCE_CACHE = '.sources';

/** Where a folder in the search path comes from. */
export type SourceOrigin = 'env' | 'cache' | 'shared';

/** One folder that may hold source texts. */
export interface SourceFolder {
  readonly dir: string;
  readonly origin: SourceOrigin;
}

/** A source text that was found, with the file it was read from. */
export interface FoundSource {
  readonly id: string;
  readonly file: string;
  readonly origin: SourceOrigin;
  readonly text: string;
}

/** What the lookup may be told instead of reading the process's own state (tests use this). */
export interface SourceLookupOptions {
  /** Where to start looking for the clone's root; defaults to the working directory. */
  readonly cwd?: string;
  /** The environment to read `POLICY_SOURCES_DIR` from; defaults to `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The root of the clone that holds `start` (the nearest folder with `pnpm-workspace.yaml` or `.git`). */
export function repositoryRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) || existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The folders searched for a source's text, in order: `POLICY_SOURCES_DIR`, then the clone's
 * `.sources/` cache, then `../shared/sources/` beside the clone (where this project's own
 * machines keep the texts).
 */
export function sourceFolders(options: SourceLookupOptions = {}): SourceFolder[] {
  const env = options.env ?? process.env;
  const folders: SourceFolder[] = [];
  const named = env[SOURCES_ENV];
  if (named) folders.push({ dir: resolve(named), origin: 'env' });
  const root = repositoryRoot(options.cwd ?? process.cwd());
  if (root) {
    folders.push({ dir: join(root, SOURCE_CACHE), origin: 'cache' });
    folders.push({ dir: join(root, '..', 'shared', 'sources'), origin: 'shared' });
  }
  return folders;
}

/** Reads the text of source `id` from the first folder of the search path that holds it. */
export function findSourceText(id: string, options: SourceLookupOptions = {}): FoundSource | undefined {
  for (const { dir, origin } of sourceFolders(options)) {
    const file = join(dir, `${id}.txt`);
    if (existsSync(file)) return { id, file, origin, text: readFileSync(file, 'utf8') };
  }
  return undefined;
}

/** The folder the fetch command writes to: `POLICY_SOURCES_DIR` when set, else the clone's cache. */
export function sourceCacheFolder(options: SourceLookupOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  const named = env[SOURCES_ENV];
  if (named) return resolve(named);
  const root = repositoryRoot(options.cwd ?? process.cwd());
  return root ? join(root, SOURCE_CACHE) : undefined;
}

/** One line that says a source's text is missing and how to get it. */
export function missingSourceHint(id: string): string {
  return `the text of source "${id}" was not found: set ${SOURCES_ENV} to a folder holding ${id}.txt, or run \`pnpm sources:fetch\` in a clone to download it into ${SOURCE_CACHE}/`;
}

/** What a check that needs a source text should do: run on it, skip with a hint, or fail. */
export type SourceForChecks =
  | { readonly found: FoundSource; readonly skip?: undefined; readonly fail?: undefined }
  | { readonly found?: undefined; readonly skip: string; readonly fail?: undefined }
  | { readonly found?: undefined; readonly skip?: undefined; readonly fail: string };

/**
 * For tests and benches: the source text, or why it is missing. A missing text means "skip" on a
 * contributor's machine and "fail" under `CI=true`, so that CI can never pass without the checks.
 */
export function sourceForChecks(id: string, options: SourceLookupOptions = {}): SourceForChecks {
  const found = findSourceText(id, options);
  if (found) return { found };
  const hint = missingSourceHint(id);
  return (options.env ?? process.env).CI === 'true' ? { fail: hint } : { skip: hint };
}
