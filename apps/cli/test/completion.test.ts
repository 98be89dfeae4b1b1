import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationFormats, collectionNames, dataset } from '@policy/pakistan-2024';
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
    // stdin from /dev/null: bash given a socket for stdin (as Node's pipes are) takes itself for a
    // remote shell and reads ~/.bashrc, whose output is no part of the completion.
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

/** Every record id of the bundled data, from the package itself (not from the script under test). */
const ids = collectionNames.flatMap((c) => dataset[c].map((r) => r.id));
const formats = citationFormats.map((f) => f.value);
const words = (list: readonly string[]) => list.join(' ');

describe('policy completion', () => {
  const bash = policy(['completion', 'bash']).stdout;

  it('prints a bash script that parses and completes commands, collections, options and ids', () => {
    expect(spawnSync('bash', ['-n', '-c', bash], { stdio: 'ignore' }).status).toBe(0);
    expect(complete(bash, ['policy', ''])).toEqual(expect.arrayContaining([...COMMANDS]));
    expect(complete(bash, ['policy', 'li'])).toEqual(['list']);
    expect(complete(bash, ['policy', 'list', ''])).toEqual([...collectionNames, '--json', '--help', '-h']);
    expect(complete(bash, ['policy', 'list', 'rel'])).toEqual(['relationships']);
    expect(complete(bash, ['policy', 'export', '--format', ''])).toEqual([
      'json',
      'ndjson',
      'csv',
      'yaml',
      'md',
    ]);
    expect(complete(bash, ['policy', 'cite', '--format', ''])).toEqual(formats);
    expect(complete(bash, ['policy', 'cite', '--format', 'b'])).toEqual(['bibtex']);
    const chinese = ids.filter((id) => id.startsWith('pakistan-ch')).sort();
    expect(chinese.length).toBeGreaterThan(0);
    expect(complete(bash, ['policy', 'show', 'pakistan-ch'])).toEqual(chinese);
    expect(complete(bash, ['policy', 'cite', ''])).toEqual(expect.arrayContaining(ids));
    expect(complete(bash, ['policy', 'search', 'x', '--'])).toEqual(
      expect.arrayContaining([
        '--collection',
        '--layer',
        '--partner',
        '--from',
        '--to',
        '--sort',
        '--limit',
        '--json',
      ]),
    );
  });

  it('prints a zsh script with a described entry per command and the values of each argument and option', () => {
    const r = policy(['completion', 'zsh']);
    expect(r.code).toBe(0);
    const zsh = r.stdout;
    expect(zsh.startsWith('#compdef policy\n')).toBe(true);
    for (const name of COMMANDS) expect(zsh).toMatch(new RegExp(`^ {4}'${name}:[^']`, 'm'));
    const caseOf = (name: string) =>
      zsh.split('\n').find((l) => l.startsWith(`    ${name}) _arguments `)) ?? '';
    expect(caseOf('list')).toContain(`'1:value:(${words(collectionNames)})'`);
    expect(caseOf('cite')).toContain(`{-f,--format}'[Citation format]:value:(${words(formats)})'`);
    expect(caseOf('show')).toContain(`'1:value:(${words([...ids].sort())})'`);
    expect(caseOf('export')).toContain("{-o,--out}'[Write to this file instead of stdout]:file:_files'");
    expect(caseOf('verify')).toContain("'*:file:_files'");
    expect(caseOf('verify')).toContain(
      "{-s,--source}'[Which source the text is (default by its hash)]:value:'",
    );
  });

  it('prints a fish script with one complete line per command, argument list and option', () => {
    const r = policy(['completion', 'fish']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith('#') && !l.startsWith('complete -c policy '))).toEqual([]);
    for (const name of COMMANDS)
      expect(lines).toContainEqual(
        expect.stringMatching(`^complete -c policy -n __fish_use_subcommand -a ${name} -d '`),
      );
    const when = (name: string) => `complete -c policy -n '__fish_seen_subcommand_from ${name}'`;
    expect(lines).toContain(`${when('list')} -a '${words(collectionNames)}'`);
    expect(lines).toContain(`${when('cite')} -l format -s f -x -a '${words(formats)}' -d 'Citation format'`);
    expect(lines).toContain(`${when('export')} -l out -s o -r -F -d 'Write to this file instead of stdout'`);
    expect(lines).toContain(`${when('search')} -l limit -s n -x -d 'At most n results'`);
    expect(lines).toContain(`${when('validate')} -F`);
  });
});
