/**
 * The consumer matrix: the packed tarball built and run as each runtime and bundler loads it. Every
 * case builds the same small program (fixtures/program.mjs: a record read, a search run) and checks
 * that it prints what the package gives here. Browser bundles run in Chromium. Offline throughout:
 * every tool is a pinned devDependency of this workspace. The table of bundle sizes and timings is
 * printed at the end and written to .work/matrix.md.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { getRelationship, search } from '@policy/pakistan-2024';
import { describeWithTool } from '@policy/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHint, closeBrowser, hasChromium, runInChromium } from './browser.js';
import { app, bin, repoRoot, run, setUpProject, sizeOf, startServer } from './project.js';

/** What the program must report: the package's own answer, read from the workspace's build. */
const expected = {
  relationship: getRelationship('cn')?.id,
  search: search('kashmir').map((hit) => hit.id),
};

const rows: { consumer: string; bytes?: number; seconds: number }[] = [];

/** Runs one case, keeping its time and the size of the bundle it built (if any) for the table. */
async function measured(consumer: string, body: () => Promise<{ out: string; bundle?: string }>) {
  const t = performance.now();
  const { out, bundle } = await body();
  rows.push({
    consumer,
    bytes: bundle ? sizeOf(join(app, bundle)) : undefined,
    seconds: (performance.now() - t) / 1000,
  });
  expect(JSON.parse(out.trim())).toEqual(expected);
}

const node = (file: string) => run(process.execPath, [file]);
const esbuild = (entry: string, out: string, ...flags: string[]) =>
  run(bin('esbuild'), [entry, '--bundle', '--minify', `--outfile=${out}`, '--log-level=warning', ...flags]);

beforeAll(() => {
  expect(expected.relationship).toBe('pakistan-china');
  expect(expected.search.length).toBeGreaterThan(0);
  setUpProject();
});

afterAll(async () => {
  await closeBrowser();
  const kb = (n?: number) => (n === undefined ? '—' : `${(n / 1024).toFixed(1)} KB`);
  const table = [
    '| consumer | bundle | time |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.consumer} | ${kb(r.bytes)} | ${r.seconds.toFixed(1)} s |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  if (existsSync(app)) writeFileSync(join(app, '..', 'matrix.md'), `${table}\n`);
});

describe('the packed tarball in Node, Bun and Deno', () => {
  it('Node, ES module (import by name)', () =>
    measured('Node ESM', async () => ({ out: node('program.mjs') })));

  it('Node, CommonJS (require by name)', () =>
    measured('Node CommonJS', async () => ({ out: node('program.cjs') })));

  it('esbuild, platform node', () =>
    measured('esbuild (node)', async () => {
      esbuild('program.mjs', 'esbuild-node/main.mjs', '--platform=node', '--format=esm');
      return { out: node('esbuild-node/main.mjs'), bundle: 'esbuild-node/main.mjs' };
    }));

  it('webpack 5, target node', () =>
    measured('webpack 5 (node)', async () => {
      node_('webpack.mjs', 'node', 'webpack-node');
      return { out: node('webpack-node/main.cjs'), bundle: 'webpack-node/main.cjs' };
    }));

  it('Rollup 4 with node-resolve, for Node', () =>
    measured('Rollup 4 + node-resolve (node)', async () => {
      run(bin('rollup'), ['-c', 'rollup.config.mjs', '--environment', 'TARGET:node', '--silent']);
      return { out: node('rollup-node/main.mjs'), bundle: 'rollup-node/main.mjs' };
    }));

  it('Vite 7, SSR build', () =>
    measured('Vite 7 (SSR build)', async () => {
      run(bin('vite'), ['build', '--ssr', 'program.mjs', '--outDir', 'vite-ssr']);
      return { out: node('vite-ssr/program.js'), bundle: 'vite-ssr/program.js' };
    }));

  it('bun build --target=node, run by Node', () =>
    measured('bun build (node)', async () => {
      run(bin('bun'), ['build', 'program.mjs', '--target=node', '--minify', '--outfile=bun-node/main.mjs']);
      return { out: node('bun-node/main.mjs'), bundle: 'bun-node/main.mjs' };
    }));

  it('bun run', () => measured('bun run', async () => ({ out: run(bin('bun'), ['run', 'program.mjs']) })));

  it('deno run, the package from node_modules, no remote module', () =>
    measured('deno run', async () => ({
      out: run(bin('deno'), ['run', '--no-remote', '--no-prompt', '--allow-read', 'program.mjs']),
    })));

  it("Next.js 16, output 'standalone': a server component answers 200 from a copy of .next/standalone", () =>
    measured('Next 16 standalone (App Router)', async () => {
      const project = join(app, 'next');
      run(bin('next'), ['build'], project, {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TRACING_ROOT: relative(project, repoRoot) },
      });
      // Deployed as a container would be: the standalone folder alone, away from the project's
      // node_modules, so that only what the file tracer copied can be loaded.
      const deployed = mkdtempSync(join(tmpdir(), 'consumer-next-'));
      cpSync(join(project, '.next', 'standalone'), deployed, { recursive: true, verbatimSymlinks: true });
      const server = join(deployed, relative(repoRoot, project), 'server.js');
      const stop = await startServer(server, 3457);
      try {
        const res = await fetch('http://127.0.0.1:3457/');
        const html = await res.text();
        expect(res.status, html.slice(0, 2000)).toBe(200);
        const text = /<pre id="result">([^<]*)<\/pre>/.exec(html)?.[1] ?? '';
        const out = text.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
        return { out };
      } finally {
        stop();
      }
    }));
});

describeWithTool('the packed tarball in browser bundles, run in Chromium', hasChromium, chromiumHint, () => {
  it('esbuild, platform browser', () =>
    measured('esbuild (browser)', async () => {
      esbuild('program.mjs', 'esbuild-browser/main.js', '--platform=browser', '--format=iife');
      return {
        out: await runInChromium(join(app, 'esbuild-browser'), 'main.js'),
        bundle: 'esbuild-browser/main.js',
      };
    }));

  it('webpack 5, target web', () =>
    measured('webpack 5 (web)', async () => {
      node_('webpack.mjs', 'web', 'webpack-web');
      return { out: await runInChromium(join(app, 'webpack-web'), 'main.js'), bundle: 'webpack-web/main.js' };
    }));

  it('Rollup 4 with node-resolve, for a browser', () =>
    measured('Rollup 4 + node-resolve (browser)', async () => {
      run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
      return {
        out: await runInChromium(join(app, 'rollup-browser'), 'main.js'),
        bundle: 'rollup-browser/main.js',
      };
    }));

  it('Vite 7, client build', () =>
    measured('Vite 7 (client build)', async () => {
      run(bin('vite'), ['build', '--outDir', 'vite-client']);
      return { out: await runInChromium(join(app, 'vite-client')), bundle: 'vite-client/assets' };
    }));

  it('bun build --target=browser', () =>
    measured('bun build (browser)', async () => {
      run(bin('bun'), [
        'build',
        'program.mjs',
        '--target=browser',
        '--format=iife',
        '--minify',
        '--outfile=bun-browser/main.js',
      ]);
      return { out: await runInChromium(join(app, 'bun-browser'), 'main.js'), bundle: 'bun-browser/main.js' };
    }));
});

const labels: Record<string, string> = {
  'program.mjs': 'getRelationship + search',
  'registry-only.mjs': 'only collectionNames',
  'vocabulary-only.mjs': 'only stances',
  'one-collection.mjs': 'only relationships',
  'one-lookup.mjs': 'only getRelationship',
};

describe('pay for what you use: esbuild bundles (browser, minified) of one import each', () => {
  const bundle = (fixture: string) => {
    const out = `pay/${fixture.replace('.mjs', '.js')}`;
    esbuild(fixture, out, '--platform=browser', '--format=iife');
    const text = readFileSync(join(app, out), 'utf8');
    rows.push({ consumer: `esbuild (browser): ${labels[fixture]}`, bytes: text.length, seconds: 0 });
    return text;
  };
  // MiniSearch's tokenizer pattern (its Unicode class, however a bundler escapes it); a string only
  // the sources' data holds (the reports), and one only the chronology's holds. The bundles keep the
  // data as JSON text with its quotes unescaped: the full program's bundle holds all three, which the
  // first case checks, so that the others' absence means something.
  const engine = 'p{Z}';
  const reportData = '"kind":"report"';
  const chronologyData = '"dateNote":';

  it('the full program (a lookup and a search) bundles the data and the engine', () => {
    const text = bundle('program.mjs');
    for (const marker of [engine, reportData, chronologyData]) expect(text).toContain(marker);
  });

  it('the registry alone (collectionNames) bundles neither the data nor the engine', () => {
    const text = bundle('registry-only.mjs');
    expect(text.length).toBeLessThan(10 * 1024);
    for (const marker of [engine, reportData, chronologyData]) expect(text).not.toContain(marker);
  });

  it('the vocabulary alone (stances) bundles neither the data nor the engine', () => {
    const text = bundle('vocabulary-only.mjs');
    expect(text.length).toBeLessThan(15 * 1024);
    for (const marker of [engine, reportData, chronologyData]) expect(text).not.toContain(marker);
  });

  it("one collection (relationships) bundles that collection's data, no other and no engine", () => {
    const text = bundle('one-collection.mjs');
    expect(text).toContain('pakistan-china');
    for (const marker of [engine, reportData, chronologyData]) expect(text).not.toContain(marker);
    expect(text.length).toBeLessThan(80 * 1024);
  });

  it("one collection's lookup (getRelationship) bundles the relationships and actors, no other data and no engine", () => {
    const text = bundle('one-lookup.mjs');
    expect(text).toContain('pakistan-china');
    for (const marker of [engine, reportData, chronologyData]) expect(text).not.toContain(marker);
    expect(text.length).toBeLessThan(100 * 1024);
  });

  it('the fixtures were built from the tarball, not from the workspace', () => {
    const installed = readdirSync(join(app, 'node_modules', '@policy'));
    expect(installed).toEqual(['pakistan-2024']);
  });
});

/** Runs a fixture script with Node and its arguments. */
function node_(script: string, ...args: string[]): string {
  return run(process.execPath, [script, ...args]);
}
