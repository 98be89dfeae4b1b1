import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, policy, tempDir } from './helpers.js';

/** Runs bash completion for the words typed so far and returns what it offers. */
function complete(script: string, words: string[]): string[] {
  const file = join(tempDir(), 'policy.bash');
  writeFileSync(file, script);
  const line = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync(
    'bash',
    [
      '-c',
      `source "${file}"; COMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _policy; printf '%s\\n' "\${COMPREPLY[@]}"`,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('policy completion', () => {
  const bash = policy(['completion', 'bash']).stdout;

  it('prints a bash script that parses and completes commands, collections, options and ids', () => {
    expect(spawnSync('bash', ['-n', '-c', bash]).status).toBe(0);
    expect(complete(bash, ['policy', ''])).toEqual(expect.arrayContaining([...COMMANDS]));
    expect(complete(bash, ['policy', 'li'])).toEqual(['list']);
    expect(complete(bash, ['policy', 'list', 'rel'])).toEqual(['relationships']);
    expect(complete(bash, ['policy', 'export', '--format', ''])).toEqual([
      'json',
      'ndjson',
      'csv',
      'yaml',
      'md',
    ]);
    expect(complete(bash, ['policy', 'cite', '--format', 'b'])).toEqual(['bibtex']);
    expect(complete(bash, ['policy', 'show', 'pakistan-ch'])).toEqual(
      ['pakistan-china', 'pakistan-china-diplomatic-relations'].filter((id) => bash.includes(` ${id} `)),
    );
    expect(complete(bash, ['policy', 'search', 'x', '--'])).toEqual(
      expect.arrayContaining(['--collection', '--limit', '--json']),
    );
  });

  it.each(['zsh', 'fish'])('prints a %s script that covers every command and its options', (shell) => {
    const r = policy(['completion', shell]);
    expect(r.code).toBe(0);
    for (const name of COMMANDS) expect(r.stdout).toContain(name);
    for (const flag of ['--json', '--format', '--collection', '--limit', '--out', '--source']) {
      const bare = shell === 'fish' ? `-l ${flag.slice(2)}` : flag;
      expect(r.stdout).toContain(bare);
    }
    expect(r.stdout).toContain('csl-json');
    if (shell === 'zsh') expect(r.stdout.startsWith('#compdef policy\n')).toBe(true);
    else expect(r.stdout).toMatch(/^complete -c policy -n __fish_use_subcommand -a show /m);
  });
});
