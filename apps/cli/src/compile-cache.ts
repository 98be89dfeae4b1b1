/**
 * Loading the CLI's own bundles (dist/main.cjs, dist/dataset.cjs, dist/search.cjs) with V8's code
 * cache kept between runs, as Node 22's `module.enableCompileCache()` does for every module.
 *
 * Why: compiling the bundles is most of a cold start. dataset.cjs holds the data as JSON strings of
 * some 380 KB, which V8 scans character by character on every compile; with the cache, V8 reads the
 * compiled code and those strings back as they were, and the functions a command ran come back
 * compiled. The first run of a version writes the cache; later runs read it.
 *
 * On Node 22.1 and later, Node's own compile cache is used. On Node 20 the cache is written here, to
 * `$NODE_COMPILE_CACHE/policy-cli` when that is set, else to a directory of the user's own under the
 * system's temporary directory, and only used when that directory belongs to the user and no one
 * else can write to it: a code cache is code, and a shared directory would let another user plant
 * it. `NODE_DISABLE_COMPILE_CACHE=1` turns the cache off, as it does Node's.
 *
 * V8 rejects a cache made by another V8 version or with other flags, and then compiles the source as
 * usual; a cache is kept per file, size, modification time and Node version, so a rebuilt or
 * upgraded bundle never meets the code of another.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Loaded = { exports: unknown };

const loaded = new Map<string, Loaded>();
/** Scripts compiled without a usable cache this run: their caches are written when the process exits. */
const toWrite: { file: string; script: Script }[] = [];

const disabled = () => {
  const flag = process.env.NODE_DISABLE_COMPILE_CACHE;
  return flag !== undefined && flag !== '' && flag !== '0';
};

let directory: string | null | undefined;

/** The cache directory, made if need be, or null when there is none the user alone can write to. */
function cacheDirectory(): string | null {
  if (directory !== undefined) return directory;
  directory = null;
  const uid = process.getuid?.();
  const base = process.env.NODE_COMPILE_CACHE;
  const dir = base ? join(base, 'policy-cli') : join(tmpdir(), `policy-cli-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // lstat: a symbolic link planted in the temporary directory is not followed.
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return null;
    // Someone else's, or writable by group or others: a cache there could be someone else's code.
    // (Where there are no user ids, on Windows, the temporary directory is the user's own.)
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return null;
    directory = dir;
  } catch {
    // No place to keep a cache (a read-only or missing temporary directory): run without one.
  }
  return directory;
}

/** The cache file of a bundle as it is now: a rebuilt bundle or another Node has another file. */
function cacheFile(dir: string, file: string): string {
  const { size, mtimeMs } = statSync(file);
  return join(dir, `${basename(file)}-${size}-${Math.trunc(mtimeMs)}-${process.version}.v8cache`);
}

function readCache(dir: string | null, file: string): Buffer | undefined {
  if (dir === null) return undefined;
  try {
    return readFileSync(cacheFile(dir, file));
  } catch {
    return undefined;
  }
}

/** Writes the caches this run made, each through a temporary file, and drops older ones of the same bundle. */
function writeCaches(): void {
  const dir = cacheDirectory();
  if (dir === null) return;
  for (const { file, script } of toWrite) {
    try {
      const target = cacheFile(dir, file);
      const partial = `${target}.${process.pid}.tmp`;
      writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
      renameSync(partial, target);
      const stale = `${basename(file)}-`;
      for (const name of readdirSync(dir))
        if (name.startsWith(stale) && join(dir, name) !== target && name.endsWith('.v8cache'))
          unlinkSync(join(dir, name));
    } catch {
      // A cache that cannot be written costs the next run its compile, nothing else.
    }
  }
}

/** The CommonJS wrapper Node puts around a module's source. */
const wrap = (source: string) =>
  `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;

/**
 * Loads one of the CLI's own CommonJS bundles by absolute path, as `require` would, compiled from
 * the code cache when there is one. Only for the CLI's own files: they are CommonJS, with no
 * shebang and no dynamic `import()`.
 */
export function requireBundle(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const nodeCache = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (nodeCache || disabled()) {
    nodeCache?.();
    return createRequire(file)(file);
  }
  const dir = cacheDirectory();
  const cachedData = readCache(dir, file);
  const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (dir !== null && (cachedData === undefined || script.cachedDataRejected)) {
    if (toWrite.length === 0) process.once('exit', writeCaches);
    toWrite.push({ file, script });
  }
  const module: Loaded = { exports: {} };
  loaded.set(file, module);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
