import { spawnSync } from 'node:child_process';
import { describe, it } from 'vitest';

/** True when `command args` runs and exits 0 (a program from Debian, such as Java). */
export const runs = (command: string, args: readonly string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/**
 * A suite that needs a program from Debian (Java for the Nu Html Checker): runs when `available`,
 * otherwise is skipped with the one line `hint`, and under `CI=true` fails with it instead.
 */
export function describeWithTool(name: string, available: boolean, hint: string, body: () => void): void {
  if (available) describe(name, body);
  else if (process.env.CI === 'true')
    describe(name, () => {
      it('has the tool it needs (required under CI=true)', () => {
        throw new Error(`CI=true but ${hint}`);
      });
    });
  else {
    console.warn(`skipped "${name}": ${hint}`);
    describe.skip(name, () => {
      it(`needs ${hint}`, () => {});
    });
  }
}
