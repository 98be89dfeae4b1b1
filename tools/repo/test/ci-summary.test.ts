import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../.ci/summary.mjs';

// Fixtures: real vitest and turbo output (shortened), as `pnpm test:all` writes it into .ci/run's log.
const ESC = '\u001b';
const greenRun = `
@policy/pakistan-2024:test: ${ESC}[2m Test Files ${ESC}[22m ${ESC}[1m${ESC}[32m14 passed${ESC}[39m${ESC}[22m${ESC}[90m (14)${ESC}[39m
@policy/pakistan-2024:test: ${ESC}[2m      Tests ${ESC}[22m ${ESC}[1m${ESC}[32m210 passed${ESC}[39m${ESC}[22m${ESC}[90m (210)${ESC}[39m
@policy/cli:test:  Test Files  10 passed (10)
@policy/cli:test:       Tests  120 passed | 2 skipped (122)

 Tasks:    12 successful, 12 total
Cached:    0 cached, 12 total
`;

const suiteFailsToLoad = `
@policy/pakistan-2024:test: ⎯⎯⎯⎯⎯⎯ Failed Suites 1 ⎯⎯⎯⎯⎯⎯⎯
@policy/pakistan-2024:test:  FAIL  test/provenance.test.ts [ test/provenance.test.ts ]
@policy/pakistan-2024:test: Error: ENOENT: no such file or directory, open '../shared/sources/iips-2024-pakistan-foreign-policy.txt'
@policy/pakistan-2024:test:  Test Files  1 failed | 13 passed (14)
@policy/pakistan-2024:test:       Tests  105 passed (105)
@policy/pakistan-2024:test: [ELIFECYCLE] Test failed. See above for more details.
@policy/pakistan-2024#test:  ERROR  command (/repo/packages/pakistan-2024) /usr/bin/pnpm run test exited (1)

 Tasks:    6 successful, 8 total
Failed:    @policy/pakistan-2024#test

 ERROR  run failed: command  exited (1)
`;

const testAndHookFail = `
@policy/cli:test: ⎯⎯⎯⎯⎯⎯ Failed Suites 2 ⎯⎯⎯⎯⎯⎯⎯
@policy/cli:test: ⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯
@policy/cli:test:  Test Files  3 failed (3)
@policy/cli:test:       Tests  1 failed | 1 passed | 3 skipped (5)
@policy/cli#test:  ERROR  command (/repo/apps/cli) /usr/bin/pnpm run test exited (1)
Failed:    @policy/cli#test
`;

const buildFails = `
@policy/pakistan-2024:test:       Tests  210 passed (210)
@policy/web:build: Type error: Property 'x' does not exist on type 'Y'.
@policy/web#build:  ERROR  command (/repo/apps/web) /usr/bin/pnpm run build exited (1)
@policy/cli#typecheck:  WARNING  command finished with error, but continuing...
@policy/cli#typecheck:  ERROR  command (/repo/apps/cli) /usr/bin/pnpm run typecheck exited (2)

 Tasks:    9 successful, 11 total
Failed:    @policy/cli#typecheck, @policy/web#build
`;

const lintFails = `
$ biome check .
packages/pakistan-2024/test/x.test.ts:15:7 lint/suspicious/noShadowRestrictedNames
Found 1 error.
[ELIFECYCLE] Command failed with exit code 1.
`;

describe('the closing line of .ci/run', () => {
  it('adds up passed and skipped tests across packages, colour codes and all', () => {
    expect(summarise(greenRun, 0).line).toBe('330 passed, 0 failed, 2 skipped');
  });

  it('counts a suite that fails to load, which vitest leaves out of its Tests line', () => {
    const { failed, line } = summarise(suiteFailsToLoad, 1);
    expect(failed).toBe(1);
    expect(line).toBe('105 passed, 1 failed (1 suite)');
  });

  it('counts failed tests and failed suites (a failing beforeAll), but not their task again', () => {
    expect(summarise(testAndHookFail, 1).line).toBe('1 passed, 3 failed, 3 skipped (1 test; 2 suites)');
  });

  it('counts failed turbo tasks that ran no test: a build, a typecheck', () => {
    expect(summarise(buildFails, 1).line).toBe(
      '210 passed, 2 failed (tasks @policy/cli#typecheck, @policy/web#build)',
    );
  });

  it('never says 0 failed on a red run, even when a step before the tests stopped it', () => {
    const { failed, line } = summarise(lintFails, 1);
    expect(failed).toBe(1);
    expect(line).toBe('0 passed, 1 failed (the run stopped with exit status 1 before any test failed)');
  });

  it('runs as .ci/run calls it, with the log file and the exit status', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'ci-summary-')), 'log');
    writeFileSync(log, suiteFailsToLoad);
    const script = join(import.meta.dirname, '..', '..', '..', '.ci', 'summary.mjs');
    expect(execFileSync(process.execPath, [script, log, '1'], { encoding: 'utf8' })).toBe(
      '105 passed, 1 failed (1 suite)\n',
    );
  });
});
