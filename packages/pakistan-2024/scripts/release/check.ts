/**
 * `pnpm check:release`: compares the working data with the last release (release/, offline),
 * reads the pending changesets for @policy/pakistan-2024, and fails, naming records, fields,
 * files and lines, when the bump they ask for is smaller than the change needs.
 */
import { locations } from '../paths.js';
import { assess } from './assess.js';
import { report } from './report.js';

try {
  const at = locations();
  const { code, out, err } = report(at, await assess(at));
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
} catch (error) {
  // Anything else is a fault of the tool, not of the contribution: one line, no stack.
  console.error(`check:release: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 2;
}
