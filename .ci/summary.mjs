#!/usr/bin/env node
/**
 * The closing line of .ci/run: `N passed, N failed[, N skipped]`, added up from the log of
 * `pnpm test:all`. "failed" counts failed tests, test files (suites) that failed to load or whose
 * hooks failed, turbo tasks that failed without a failed test or suite of their own (a build, a
 * typecheck), and, when the run exited non-zero with none of those, the step that stopped it (lint,
 * the release check), so that a red run can never read "0 failed".
 *
 * Usage: node .ci/summary.mjs <log file> <exit status>
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are control characters
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
/** turbo prefixes each line of a task's output with `<package>:<task>: `. */
const TASK_PREFIX = /^(@?[\w.-]+(?:\/[\w.-]+)?):([\w-]+): ?/;

/** Adds up a `pnpm test:all` log; `status` is the run's exit status. */
export function summarise(log, status) {
  let passed = 0;
  let failedTests = 0;
  let skipped = 0;
  let failedSuites = 0;
  const tasksWithFailures = new Set();
  const failedTasks = new Set();

  for (const raw of log.replace(ANSI, '').split(/\r?\n/)) {
    const prefix = TASK_PREFIX.exec(raw);
    const task = prefix ? `${prefix[1]}#${prefix[2]}` : undefined;
    const line = prefix ? raw.slice(prefix[0].length) : raw;

    const tests = /^\s*Tests\s+(.*\(\d+\))\s*$/.exec(line);
    if (tests) {
      const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(tests[1])?.[1] ?? 0);
      passed += count('passed');
      skipped += count('skipped') + count('todo');
      const f = count('failed');
      failedTests += f;
      if (f && task) tasksWithFailures.add(task);
    }
    const suites = /Failed Suites (\d+)/.exec(line);
    if (suites) {
      failedSuites += Number(suites[1]);
      if (task) tasksWithFailures.add(task);
    }
    const failedList = /^Failed:\s+(.+)$/.exec(line.trim());
    if (failedList) for (const t of failedList[1].split(/,\s*/)) failedTasks.add(t.trim());
    const taskError = /^(\S+#\S+):\s+ERROR\s+command\b/.exec(line.trim());
    if (taskError) failedTasks.add(taskError[1]);
  }

  const otherTasks = [...failedTasks].filter((t) => !tasksWithFailures.has(t)).sort();
  let failed = failedTests + failedSuites + otherTasks.length;
  const parts = [];
  if (failedTests) parts.push(`${failedTests} test${failedTests === 1 ? '' : 's'}`);
  if (failedSuites) parts.push(`${failedSuites} suite${failedSuites === 1 ? '' : 's'}`);
  if (otherTasks.length) parts.push(`task${otherTasks.length === 1 ? '' : 's'} ${otherTasks.join(', ')}`);
  if (status !== 0 && failed === 0) {
    failed = 1;
    parts.push(`the run stopped with exit status ${status} before any test failed`);
  }
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}${
    parts.length ? ` (${parts.join('; ')})` : ''
  }`;
  return { passed, failed, skipped, line };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, status] = process.argv.slice(2);
  if (!file || status === undefined || !/^\d+$/.test(status)) {
    console.error('usage: node .ci/summary.mjs <log file> <exit status>');
    process.exit(2);
  }
  console.log(summarise(readFileSync(file, 'utf8'), Number(status)).line);
}
