/**
 * For the release workflow: writes `pending=true` to $GITHUB_OUTPUT when .changeset/ holds a
 * changeset (a Markdown file other than its README), so that the workflow opens the version pull
 * request, and `pending=false` when there is none, so that it publishes. Prints the answer too.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', '.changeset');
const pending = readdirSync(dir).some((name) => name.endsWith('.md') && name !== 'README.md');
const line = `pending=${pending}`;
console.log(line);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${line}\n`);
