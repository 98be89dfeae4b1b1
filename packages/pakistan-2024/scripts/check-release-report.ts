/** What `pnpm check:release` prints for an assessment, and its exit code. */
import type { Assessment } from './check-release-assess.js';

/** The lines for stdout and stderr, and the exit code, of the release check. */
export function report(result: Assessment): { code: number; out: string; err: string } {
  if (result.ok)
    return { code: 0, out: result.notes.map((n) => `check:release: ok: ${n}\n`).join(''), err: '' };
  const err = [
    ...result.problems.map((p) => `check:release: ${p}\n`),
    `check:release: ${result.problems.length} problem(s); see CONTRIBUTING.md, "Versions".`,
  ].join('\n');
  return { code: 1, out: '', err: `${err}\n` };
}
