import { spawnSync } from 'node:child_process';

export { describeWithTool } from '@policy/test-support';

/** True when `command args` runs and exits 0 (a program from Debian, such as Java). */
export const runs = (command: string, args: readonly string[]): boolean =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;
