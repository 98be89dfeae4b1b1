/** `citation:write`: writes the repository's CITATION.cff (`--check` only compares). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expectedCitationFile, writeCitationFile } from './citation-file.js';
import { locations } from './paths.js';

const at = locations();
const file = relative(process.cwd(), at.citationFile);
try {
  if (process.argv.includes('--check')) {
    const current = existsSync(at.citationFile) ? readFileSync(at.citationFile, 'utf8') : '';
    if (current !== expectedCitationFile(at)) {
      console.error(
        `citation: ${file} is out of date: run pnpm --filter @policy/pakistan-2024 citation:write`,
      );
      process.exitCode = 1;
    }
  } else console.log(`citation: ${file} ${writeCitationFile(at) ? 'written' : 'already up to date'}`);
} catch (error) {
  console.error(`citation: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}
