import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from './helpers.js';

// Packs the package as npm would publish it, installs the tarball into a fresh project (from the
// local pnpm store, no network) and uses it as a consumer would, from ESM, CommonJS and TypeScript.
let project = '';
const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd = project) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'policy-pack-'));
  run('pnpm', ['pack', '--pack-destination', tmp], packageRoot);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  project = join(tmp, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('pnpm', ['add', '--offline', '--ignore-workspace', join(tmp, tarball as string)]);
});

const expected = {
  name: '@policy/pakistan-2024',
  china: 'pakistan-china',
  valid: true,
};

describe('the packed tarball', () => {
  it('works from ESM, with the schema entry and the plain JSON file', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { meta, getRelationship, search } from '@policy/pakistan-2024';
import { validate } from '@policy/pakistan-2024/schema';
import data from '@policy/pakistan-2024/data.json' with { type: 'json' };
console.log(JSON.stringify({ name: meta.name, china: getRelationship('CHN').id, valid: validate(data).success, hits: search('cpec').length }));`,
    );
    const out = JSON.parse(run('node', ['esm.mjs']));
    expect(out).toMatchObject(expected);
    expect(out.hits).toBeGreaterThan(0);
  });

  it('answers a search alike from ESM and CommonJS, whatever conditions the resolver sets', () => {
    const queries = ['cpec', 'kashmer', 'sec', 'energy pipeline russia', 'remitt', 'Saudi'];
    writeFileSync(
      join(project, 'search.mjs'),
      `import { search } from '@policy/pakistan-2024';
const file = import.meta.resolve('@policy/pakistan-2024').split('/').pop();
console.log(JSON.stringify({ file, results: ${JSON.stringify(queries)}.map((q) => search(q)) }));`,
    );
    writeFileSync(
      join(project, 'search.cjs'),
      `const { search } = require('@policy/pakistan-2024');
const file = require.resolve('@policy/pakistan-2024').split('/').pop();
console.log(JSON.stringify({ file, results: ${JSON.stringify(queries)}.map((q) => search(q)) }));`,
    );
    const node = JSON.parse(run('node', ['search.mjs']));
    // Node's own conditions, a bundler's (no `node-addons`) and a browser bundler's lead to one file:
    // the exports map has no condition that only some consumers follow.
    const bundlers = JSON.parse(run('node', ['--no-addons', 'search.mjs']));
    const browser = JSON.parse(run('node', ['--conditions=browser', 'search.mjs']));
    const commonjs = JSON.parse(run('node', ['search.cjs']));
    expect([node.file, bundlers.file, browser.file, commonjs.file]).toEqual([
      'index.js',
      'index.js',
      'index.js',
      'index.cjs',
    ]);
    expect(node.results.map((hits: unknown[]) => hits.length).every((n: number) => n > 0)).toBe(true);
    expect(bundlers.results).toEqual(node.results);
    expect(browser.results).toEqual(node.results);
    expect(commonjs.results).toEqual(node.results);
  });

  it('holds no file that a build reads at run time: every file of dist/ is an entry point or a declared output', () => {
    const files = readdirSync(join(project, 'node_modules', '@policy', 'pakistan-2024', 'dist'));
    expect(files.filter((f) => /\.(js|cjs)$/.test(f)).sort()).toEqual(
      ['compile', 'diff', 'index', 'provenance', 'registry', 'schema', 'search-index', 'tables']
        .flatMap((name) => [`${name}.cjs`, `${name}.js`])
        .sort(),
    );
    expect(files).not.toContain('data.min.json');
  });

  it('works from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { meta, getRelationship } = require('@policy/pakistan-2024');
const { validate } = require('@policy/pakistan-2024/schema');
const data = require('@policy/pakistan-2024/data.json');
console.log(JSON.stringify({ name: meta.name, china: getRelationship('cn').id, valid: validate(data).success }));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual(expected);
  });

  it.each(['node16', 'bundler'])(
    'type-checks under moduleResolution %s, with real types rather than any',
    (resolution) => {
      const dir = join(project, resolution);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            module: resolution === 'node16' ? 'node16' : 'preserve',
            moduleResolution: resolution,
            target: 'es2022',
            types: [],
          },
          include: ['*.mts'],
        }),
      );
      writeFileSync(
        join(dir, 'use.mts'),
        `import { getRelationship, stances, type Relationship, type StanceValue } from '@policy/pakistan-2024';
import { Relationship as RelationshipSchema, validate, type Dataset } from '@policy/pakistan-2024/schema';
const rel: Relationship | undefined = getRelationship('cn');
const stance: StanceValue | undefined = rel?.stance.value;
const parsed: Relationship = RelationshipSchema.parse(rel);
const ok: boolean = validate({} as Dataset).success;
// @ts-expect-error a stance is one of the scale's values, not any string
const wrong: StanceValue = 'friendly';
// @ts-expect-error relationships have no 'colour' field
rel?.colour;
console.log(stance, parsed.id, ok, wrong, stances.length);
`,
      );
      expect(() => run(bin('tsc'), ['-p', dir])).not.toThrow();
    },
    // A full tsc over the package's declarations and zod's: over a minute while the site builds beside it.
    600_000,
  );
});

describe('package lint', () => {
  it('publint --strict reports nothing', () => {
    const out = run(bin('publint'), ['--strict'], packageRoot);
    expect(out).toMatch(/All good!/);
  });

  it('are-the-types-wrong reports no problem for node16 and bundler resolution', () => {
    // node10 resolution cannot see subpath exports; the package requires Node 20 and a modern resolver.
    const out = run(
      bin('attw'),
      [
        '--pack',
        '.',
        '--profile',
        'node16',
        '--exclude-entrypoints',
        'CHANGELOG.md',
        'docs/*.md',
        '--format',
        'ascii',
      ],
      packageRoot,
    );
    // execFileSync throws on a non-zero exit, which attw gives for any problem; check the table too.
    expect(out).toMatch(/^node16 \(from ESM\): 🟢/m);
    expect(out).not.toMatch(/^(node16|bundler)[^\n]*(💀|❗️?|⚠️|🐛|🥴|🎭|❌|🚭)/mu);
  });
});
