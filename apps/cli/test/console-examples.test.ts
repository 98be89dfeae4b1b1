import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleCommands, type Ran, refreshConsoleExamples } from '../scripts/console-examples.js';
import { cliRoot } from './helpers.js';

const doc = [
  'Intro.',
  '',
  '```console',
  '$ policy one',
  'old line',
  '$ policy long',
  'first',
  '…',
  '$ policy bad # a comment',
  'old error',
  '(exit 1)',
  '$ policy completion bash > ~/x',
  '```',
  '',
  '```sh',
  '$ policy untouched',
  'stays',
  '```',
  '',
].join('\n');

const outputs: Record<string, Ran> = {
  'policy one': { lines: ['new line', 'second new line'], code: 0 },
  'policy long': { lines: ['FIRST', 'SECOND', 'THIRD'], code: 0 },
  'policy bad # a comment': { lines: ['new error'], code: 2 },
};
const run = (command: string): Ran => {
  const ran = outputs[command];
  if (!ran) throw new Error(`ran ${command}`);
  return ran;
};

describe('refreshing the console examples', () => {
  const fresh = refreshConsoleExamples(doc, run, (command) => command.includes(' completion '));

  it('writes what each command prints now under its $ line', () => {
    expect(fresh).toContain('$ policy one\nnew line\nsecond new line\n$ policy long');
  });

  it('keeps an excerpt (ending in …) to its length', () => {
    expect(fresh).toContain('$ policy long\nFIRST\n…\n$ policy bad');
  });

  it('writes the exit code anew where the example shows one, and keeps the comment', () => {
    expect(fresh).toContain('$ policy bad # a comment\nnew error\n(exit 2)\n');
  });

  it('leaves kept commands, other blocks and the prose as they are', () => {
    expect(fresh).toContain('$ policy completion bash > ~/x\n```');
    expect(fresh).toContain('```sh\n$ policy untouched\nstays\n```');
    expect(fresh.startsWith('Intro.\n\n```console\n')).toBe(true);
  });

  it('changes nothing when the output is the same', () => {
    expect(refreshConsoleExamples(fresh, run, (command) => command.includes(' completion '))).toBe(fresh);
  });

  it('lists the commands of the console blocks only', () => {
    expect(consoleCommands(doc)).toEqual([
      'policy one',
      'policy long',
      'policy bad # a comment',
      'policy completion bash > ~/x',
    ]);
  });

  it('finds every example of the README, each a command of the CLI', () => {
    const commands = consoleCommands(readFileSync(join(cliRoot, 'README.md'), 'utf8'));
    expect(commands.length).toBeGreaterThan(25);
    // Each runs `policy` or reads what a `policy` command before it wrote.
    for (const command of commands) expect(command).toMatch(/^(policy\b|head -\d+ report\.md$)/);
  });
});
