import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { sourceForChecks } from '@policy/pakistan-2024/provenance';
import { beforeAll, describe, expect, it } from 'vitest';

// What npm would receive: the publish dry run of every public package, then each package packed
// and unpacked to read the files and the manifest exactly as published (pnpm rewrites
// `workspace:` ranges when it packs). The dry run asks the registry which versions it has: a
// stand-in registry that has none answers it, so the test stays off the network.
const repoRoot = join(import.meta.dirname, '..', '..', '..');
const run = (args: string[], cwd = repoRoot) =>
  execFileSync('pnpm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Packed {
  readonly dir: string;
  readonly files: string[];
  readonly manifest: Record<string, unknown> & { dependencies?: Record<string, string>; version: string };
}
const packed = new Map<string, Packed>();
let dryRun: { name: string; version: string; files: { path: string }[] }[] = [];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** `pnpm -r publish --dry-run` against a registry that has no version of anything. */
async function publishDryRun() {
  const asked: string[] = [];
  const registry = createServer((req, res) => {
    asked.push(decodeURIComponent(req.url ?? ''));
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
  try {
    // Asynchronous, so that this process's stand-in registry can answer while pnpm waits.
    const { stdout } = await promisify(execFile)(
      'pnpm',
      ['-r', 'publish', '--dry-run', '--no-git-checks', '--json', '--registry', url],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    return { result: JSON.parse(stdout), asked };
  } finally {
    registry.close();
  }
}

let asked: string[] = [];
beforeAll(async () => {
  ({ result: dryRun, asked } = await publishDryRun());
  const tmp = mkdtempSync(join(tmpdir(), 'policy-publish-'));
  for (const [name, dir] of [
    ['@policy/pakistan-2024', 'packages/pakistan-2024'],
    ['@policy/cli', 'apps/cli'],
  ] as const) {
    const dest = join(tmp, dir.replace('/', '-'));
    mkdirSync(dest, { recursive: true });
    run(['pack', '--pack-destination', dest], join(repoRoot, dir));
    const tarball = readdirSync(dest).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['-xzf', join(dest, tarball as string), '-C', dest]);
    const root = join(dest, 'package');
    packed.set(name, {
      dir: root,
      files: filesUnder(root)
        .map((f) => relative(root, f))
        .sort(),
      manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')),
    });
  }
});

describe('publishing', () => {
  it('the dry run publishes both public packages, and nothing private', () => {
    expect(dryRun.map((p) => p.name).sort()).toEqual(['@policy/cli', '@policy/pakistan-2024']);
    expect(asked.sort()).toEqual(['/@policy/cli', '/@policy/pakistan-2024']);
    for (const p of dryRun) expect(p.files.length, p.name).toBeGreaterThan(3);
  });

  it('the dataset ships its built outputs, documentation and licences, and no tests, sources or YAML', () => {
    const { files } = packed.get('@policy/pakistan-2024') as Packed;
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'LICENSE-DATA.md',
      'CHANGELOG.md',
      'docs/methodology.md',
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/data.json',
      'dist/schema.json',
      'dist/datapackage.json',
      'dist/csv/relationships.csv',
    ])
      expect(files, f).toContain(f);
    const stray = files.filter((f) =>
      /^(test|src|scripts|data|bench|release)\/|\.test\.|\.ya?ml$|\.txt$|\.tgz$|^\.sources/.test(f),
    );
    expect(stray).toEqual([]);
    expect(
      dryRun
        .find((p) => p.name === '@policy/pakistan-2024')
        ?.files.map((f) => f.path)
        .sort(),
    ).toEqual(files);
  });

  it('the CLI ships its built command, with the dataset and search index it reads, and no tests or sources', () => {
    const { files, manifest } = packed.get('@policy/cli') as Packed;
    for (const f of ['dist/policy.cjs', 'dist/main.cjs', 'dist/dataset.cjs', 'dist/search.cjs'])
      expect(files).toContain(f);
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => /^(test|src|bench)\/|\.test\.|\.txt$/.test(f))).toEqual([]);
    expect(manifest.bin).toEqual({ policy: './dist/policy.cjs' });
  });

  it('the CLI bundles the version of the dataset it depends on, by a caret range for its other entry points', () => {
    const data = packed.get('@policy/pakistan-2024') as Packed;
    const cli = packed.get('@policy/cli') as Packed;
    expect(cli.manifest.dependencies?.['@policy/pakistan-2024']).toBe(`^${data.manifest.version}`);
    for (const p of [data, cli]) expect(JSON.stringify(p.manifest)).not.toMatch(/workspace:/);
    // The copy the packed CLI reads is the packed dataset, record for record.
    const bundled = execFileSync(
      process.execPath,
      [
        '-e',
        'process.stdout.write(JSON.stringify(require(process.argv[1]).dataset))',
        join(cli.dir, 'dist', 'dataset.cjs'),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    expect(JSON.parse(bundled)).toEqual(
      JSON.parse(readFileSync(join(data.dir, 'dist', 'data.json'), 'utf8')),
    );
  });

  it('a release of the dataset releases the CLI that bundles it', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8'));
    expect(config.___experimentalUnsafeOptions_WILL_CHANGE_IN_PATCH?.updateInternalDependents).toBe('always');
  });

  it('both packages are published publicly with npm provenance', () => {
    for (const [name, p] of packed)
      expect(p.manifest.publishConfig, name).toEqual({ access: 'public', provenance: true });
  });
});

const essay = sourceForChecks('iips-2024-pakistan-foreign-policy', { cwd: repoRoot });
if (essay.skip) console.warn(`skipped "no published file holds the essay's text": ${essay.skip}`);
describe.skipIf(Boolean(essay.skip))('the essay stays out of the packages', () => {
  it("no published file holds a paragraph of the essay's text", () => {
    if (essay.fail) throw new Error(essay.fail);
    const paragraphs = (essay.found?.text ?? '')
      .split('\n')
      .filter((l) => l.split(' ').length > 20)
      .map((l) => l.slice(0, 90));
    expect(paragraphs.length).toBeGreaterThan(10);
    const holding: string[] = [];
    for (const [name, p] of packed)
      for (const f of p.files) {
        const text = readFileSync(join(p.dir, f), 'utf8');
        if (paragraphs.some((start) => text.includes(start))) holding.push(`${name}: ${f}`);
      }
    expect(holding).toEqual([]);
  });
});
