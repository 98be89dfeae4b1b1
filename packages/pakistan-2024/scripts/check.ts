/**
 * `pnpm check`: the one command a contributor runs. The contributor check of the YAML data folder
 * (the compiler, the cross-record rules and, where the source text can be found, citations,
 * coverage and copied text), then the release check (pending changesets and the bump they ask
 * for). Every problem is one line naming its file and line; see contributor.ts.
 */
import { contributorCheck } from './contributor.js';
import { locations } from './paths.js';

try {
  const { code, out, err } = await contributorCheck(locations());
  process.stdout.write(out);
  process.stderr.write(err);
  process.exitCode = code;
} catch (error) {
  // Anything else is a fault of the tool, not of the contribution: one line, no stack.
  console.error(`check: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 2;
}
