import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRoot, policy } from './helpers.js';

// The built CLI keeps V8's code cache of its bundles between runs (src/compile-cache.ts). Each test
// gives it a directory of its own through NODE_COMPILE_CACHE; the output must never depend on the cache.
const freshBase = () => mkdtempSync(join(tmpdir(), 'policy-cache-test-'));
const cacheFiles = (base: string) =>
  readdirSync(join(base, 'policy-cli'))
    .filter((f) => f.endsWith('.v8cache'))
    .sort();
// From Node 22.1 the CLI hands over to Node's own compile cache, whose files are Node's business:
// there only the output is checked.
const nodeKeepsCache = 'enableCompileCache' in (await import('node:module')).default;

describe('the code cache', () => {
  const plain = policy(['show', 'cn'], { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });

  it('changes no output, on a first run or a later one', () => {
    const env = { NODE_COMPILE_CACHE: freshBase() };
    expect(policy(['show', 'cn'], { env })).toEqual(plain);
    expect(policy(['show', 'cn'], { env })).toEqual(plain);
  });

  it.skipIf(nodeKeepsCache)('is written by a first run, read by the next, and changes no output', () => {
    const base = freshBase();
    const env = { NODE_COMPILE_CACHE: base };
    const first = policy(['show', 'cn'], { env });
    expect(first).toEqual(plain);
    const files = cacheFiles(base);
    expect(files.map((f) => f.split('-')[0])).toEqual(['dataset.cjs', 'main.cjs']);
    // The user's own: a directory no one else can write to, files no one else can read.
    expect(statSync(join(base, 'policy-cli')).mode & 0o077).toBe(0);
    for (const f of files) expect(statSync(join(base, 'policy-cli', f)).mode & 0o077).toBe(0);
    const written = files.map((f) => statSync(join(base, 'policy-cli', f)).mtimeMs);
    expect(policy(['show', 'cn'], { env })).toEqual(plain);
    // Read, not rewritten.
    expect(files.map((f) => statSync(join(base, 'policy-cli', f)).mtimeMs)).toEqual(written);
    expect(policy(['search', 'kashmir', '--json'], { env }).code).toBe(0);
    expect(cacheFiles(base).map((f) => f.split('-')[0])).toEqual(['dataset.cjs', 'main.cjs', 'search.cjs']);
  });

  it.skipIf(nodeKeepsCache)(
    'survives a cache file that is garbage: V8 rejects it, the command runs, the cache is made anew',
    () => {
      const base = freshBase();
      const env = { NODE_COMPILE_CACHE: base };
      policy(['show', 'cn'], { env });
      const dataset = join(base, 'policy-cli', cacheFiles(base)[0] as string);
      const garbage = Buffer.alloc(4096, 0x5a);
      writeFileSync(dataset, garbage);
      expect(policy(['show', 'cn'], { env })).toEqual(plain);
      expect(readFileSync(dataset).equals(garbage)).toBe(false);
      expect(policy(['show', 'cn'], { env })).toEqual(plain);
    },
  );

  it.skipIf(nodeKeepsCache)(
    'is neither read nor written in a directory others can write to, nor when turned off',
    () => {
      const base = freshBase();
      policy(['--version'], { env: { NODE_COMPILE_CACHE: base } });
      chmodSync(join(base, 'policy-cli'), 0o777);
      const before = cacheFiles(base);
      expect(policy(['show', 'cn'], { env: { NODE_COMPILE_CACHE: base } })).toEqual(plain);
      expect(cacheFiles(base)).toEqual(before);

      const off = freshBase();
      const run = policy(['show', 'cn'], {
        env: { NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: '1' },
      });
      expect(run).toEqual(plain);
      expect(readdirSync(off)).toEqual([]);
    },
  );

  it.skipIf(nodeKeepsCache)(
    'keeps one cache per bundle: a rebuilt bundle gets a new one and the old is dropped',
    () => {
      // A copy of the built CLI, whose bundle can be "rebuilt" (touched) without disturbing other
      // tests; under node_modules, so that it resolves the packages the CLI's own files do.
      const copy = mkdtempSync(join(cliRoot, 'node_modules', '.compile-cache-test-'));
      try {
        cpSync(join(cliRoot, 'dist'), copy, { recursive: true });
        const base = freshBase();
        const run = () =>
          policy(['--version'], { env: { NODE_COMPILE_CACHE: base }, bin: join(copy, 'policy.cjs') });
        expect(run()).toEqual(policy(['--version']));
        const [before, ...others] = cacheFiles(base);
        expect(others).toEqual([]);
        const later = new Date(Date.now() + 60_000);
        utimesSync(join(copy, 'main.cjs'), later, later);
        expect(run()).toEqual(policy(['--version']));
        const after = cacheFiles(base);
        expect(after).toHaveLength(1);
        expect(after[0]).toMatch(/^main\.cjs-/);
        expect(after[0]).not.toBe(before);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    },
  );
});
