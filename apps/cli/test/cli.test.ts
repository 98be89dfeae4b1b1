import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, essays } from '@policy/pakistan-2024';
import { describe, expect, it } from 'vitest';
import { COMMANDS, cliRoot, oneLineError, policy, policyJson, repoRoot } from './helpers.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

describe('policy (no command)', () => {
  it('summarises the dataset: title, version, counts, source, commands', () => {
    const r = policy([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(dataset.meta.title);
    expect(r.stdout).toContain(dataset.meta.version);
    expect(r.stdout).toContain(`${dataset.relationships.length} relationships`);
    expect(r.stdout).toContain(essays[0]?.author);
    expect(r.stdout).toContain(`${dataset.chronology.length} chronology events`);
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('prints the same as JSON with --json', () => {
    const summary = policyJson<{
      version: string;
      counts: Record<string, number>;
      sources: { id: string }[];
      commands: { name: string }[];
    }>(['--json']);
    expect(summary.version).toBe(dataset.meta.version);
    expect(summary.counts.relationships).toBe(dataset.relationships.length);
    expect(summary.counts.actors).toBe(dataset.actors.length);
    // The sources it names are the essays the dataset reads; the reports are counted, not listed.
    expect(summary.sources.map((s) => s.id)).toEqual(essays.map((s) => s.id));
    expect(summary.counts.sources).toBe(dataset.sources.length);
    expect(summary.commands.map((c) => c.name)).toEqual(COMMANDS);
  });
});

describe('the installed binary', () => {
  it('runs through pnpm --filter @policy/cli exec policy', () => {
    const r = spawnSync(
      'pnpm',
      ['--silent', '--filter', '@policy/cli', 'exec', 'policy', 'show', 'cn', '--json'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).record.id).toBe('pakistan-china');
  });
});

describe('help and version', () => {
  it('--version prints the version of the CLI', () => {
    const { version } = JSON.parse(readFileSync(join(cliRoot, 'package.json'), 'utf8'));
    const r = policy(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('--help lists every command', () => {
    const r = policy(['--help']);
    expect(r.code).toBe(0);
    for (const name of COMMANDS) expect(r.stdout).toContain(`  ${name}`);
  });

  it.each(COMMANDS)('%s --help shows usage and examples', (name) => {
    const r = policy([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`$ policy ${name}`);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ policy /);
  });
});

describe('bad input: one line on stderr, exit 2 for usage errors, never a stack trace', () => {
  it.each([
    [['shwo', 'cn'], /unknown command "shwo"; did you mean show\?/],
    [['show', 'cn', '--jsn'], /unknown option --jsn; did you mean --json\?/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [['show'], /show: missing argument; usage: policy show <ref>/],
    [['list'], /list: missing argument; usage: policy list <collection>/],
    [['diff', 'a'], /diff: missing argument; usage: policy diff <old> <new>/],
    [['show', 'cn', 'extra'], /too many arguments: extra/],
    [['list', 'relationship'], /collection "relationship" is not one of .*did you mean relationships\?/],
    [['search', 'x', '--limit', '0'], /--limit "0" is not a whole number/],
    [['search', 'x', '--limit'], /--limit <n> needs a value/],
    [['search', 'x', '--collection', 'nope'], /--collection "nope" is not one of/],
    [['search', 'x', '--partner', 'narnia'], /--partner "narnia" is no actor of the dataset/],
    [['search', 'x', '--from', '2024-13'], /--from "2024-13" is not a date \(YYYY, YYYY-MM or YYYY-MM-DD\)/],
    [['search', 'x', '--from', '2024-10', '--to', '2024-05'], /--from 2024-10 is after to 2024-05/],
    [['search', 'x', '--sort', 'size'], /--sort "size" is not one of relevance, date/],
    [
      ['search', 'x', '--layer', 'essays'],
      /--layer "essays" is not one of essay, chronology; did you mean essay\?/,
    ],
    [['export', '--format', 'xml'], /--format "xml" is not one of json, ndjson, csv, yaml, md/],
    [['export', '--format', 'csv'], /CSV file holds one table/],
    [['export', '--format', 'json', '--collection', 'claims'], /"claims" is a CSV table/],
    [['cite', '--format', 'harvard'], /--format "harvard" is not one of apa, mla, chicago, bibtex, csl-json/],
    [['completion', 'powershell'], /shell "powershell" is not one of bash, zsh, fish/],
  ])('policy %j', (args, message) => {
    const r = policy(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLineError(r)).toMatch(/^policy: /);
    expect(r.stderr).toMatch(message);
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal', () => {
    expect(policy(['show', 'cn']).stdout).not.toMatch(ANSI);
  });

  it('can be forced with FORCE_COLOR, and NO_COLOR always wins', () => {
    expect(policy(['show', 'cn'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(policy(['show', 'cn'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('never colours JSON', () => {
    expect(policy(['show', 'cn', '--json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});
