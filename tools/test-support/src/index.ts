/**
 * Suites that need something from outside the repository (the essay's text, a program from
 * Debian). With it they run; without it they are skipped with one line saying what is missing and
 * how to get it; under `CI=true` they fail with that line instead, so CI never passes without it.
 */
import { describe, it } from 'vitest';

/**
 * Whether a suite has what it needs: neither field when it does; otherwise `skip`, the one line
 * saying what is missing and how to get it, or `fail`, the same under `CI=true`.
 */
export interface Requirement {
  readonly skip?: string | undefined;
  readonly fail?: string | undefined;
}

/** A suite that runs when `requirement` is met, and otherwise skips or fails with its one line. */
export function describeWhen(name: string, requirement: Requirement, body: () => void): void {
  const { skip, fail } = requirement;
  if (fail !== undefined)
    describe(name, () => {
      it('has what it needs (required under CI=true)', () => {
        throw new Error(fail);
      });
    });
  else if (skip !== undefined) {
    console.warn(`skipped "${name}": ${skip}`);
    describe.skip(name, () => {
      it(`needs ${skip}`, () => {});
    });
  } else describe(name, body);
}

/** A suite that needs a program installed from Debian: `hint` says which and how to install it. */
export function describeWithTool(name: string, available: boolean, hint: string, body: () => void): void {
  describeWhen(
    name,
    available ? {} : process.env.CI === 'true' ? { fail: `CI=true but ${hint}` } : { skip: hint },
    body,
  );
}
