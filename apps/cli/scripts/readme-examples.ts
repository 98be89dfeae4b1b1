/**
 * Refreshes the console examples of apps/cli/README.md from the built CLI, the step CONTRIBUTING's
 * "Releasing" asks for once a version is merged. Every `$ …` line is run again: in the repository's
 * root, or, when it reads one of the examples' inputs, in a scratch folder that holds them: a data
 * folder with two mistakes (`broken/data`), a next release's `data.json` with one topic removed, one
 * added and one label changed (`next/data.json`), the essay's text, and a copy of it with one quoted
 * phrase changed (`altered.txt`). The scratch folder, with the essay's copies, is removed at the end.
 *
 * Usage: pnpm --filter @policy/cli readme:examples [--check]
 *   --check  changes nothing, and exits 1 when an example's output is not what the CLI prints now.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findSourceText, missingSourceHint } from '@policy/pakistan-2024/provenance';
import { consoleCommands, type Ran, refreshConsoleExamples } from './console-examples';

const cliRoot = join(import.meta.dirname, '..');
const repoRoot = join(cliRoot, '..', '..');
const packageRoot = join(repoRoot, 'packages', 'pakistan-2024');
const readmeFile = join(cliRoot, 'README.md');
const bin = join(cliRoot, 'dist', 'policy.cjs');
const ESSAY = 'iips-2024-pakistan-foreign-policy';
/** What the examples read from the scratch folder; a command naming one runs there. */
const INPUTS = ['broken/', 'next/', `${ESSAY}.txt`, 'altered.txt', 'report.md'];

/** A problem that stops the script: printed as one line, exit code 1. */
class Stop extends Error {}

/** Replaces `from` in `file` by `to`, where it stands exactly once: an example must break only what it says. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (text.split(from).length !== 2) throw new Stop(`${file}: "${from}" does not stand there exactly once`);
  writeFileSync(file, text.replace(from, to));
}

/** Fills the scratch folder `dir` with the examples' inputs and a `policy` on its PATH that runs the built CLI. */
function fillScratch(dir: string, essayText: string): void {
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin', 'policy'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(join(dir, 'bin', 'policy'), 0o755);
  symlinkSync(join(repoRoot, 'packages'), join(dir, 'packages'));

  const broken = join(dir, 'broken', 'data');
  cpSync(join(packageRoot, 'data'), broken, { recursive: true });
  edit(join(broken, 'topics', 'refugees.yaml'), 'aliases: [refugee flows, Afghan refugees]', 'aliases: 3');
  edit(join(broken, 'topics', 'water.yaml'), '\ndescription:', '\ndescripton:');

  const data = JSON.parse(readFileSync(join(packageRoot, 'dist', 'data.json'), 'utf8'));
  const water = data.topics.find((t: { id: string }) => t.id === 'water');
  const india = data.relationships.find((r: { id: string }) => r.id === 'pakistan-india');
  if (!water || !india)
    throw new Stop('dist/data.json has no topics/water or relationships/pakistan-india to change');
  data.topics = data.topics.filter((t: { id: string }) => t.id !== 'water');
  data.topics.push({ ...water, id: 'maritime-security', name: 'Maritime security', aliases: [] });
  data.topics.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
  india.label = `${india.label} (revised)`;
  mkdirSync(join(dir, 'next'));
  writeFileSync(join(dir, 'next', 'data.json'), JSON.stringify(data));

  writeFileSync(join(dir, `${ESSAY}.txt`), essayText);
  writeFileSync(join(dir, 'altered.txt'), essayText);
  edit(join(dir, 'altered.txt'), 'all-weather strategic partnership', 'all-weather partnership');
}

const check = process.argv.includes('--check');
const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
const scratch = mkdtempSync(join(tmpdir(), 'policy-readme-'));

/** Runs a command line as a reader's shell would, stdout and stderr in the order printed. */
function run(command: string, sources: string): Ran {
  const line = command.replace(/\s+#.*$/, '');
  const cwd = INPUTS.some((input) => line.includes(input)) ? scratch : repoRoot;
  const r = spawnSync('bash', ['-c', `${line} 2>&1`], {
    cwd,
    encoding: 'utf8',
    env: {
      ...env,
      PATH: `${join(scratch, 'bin')}:${env.PATH ?? ''}`,
      // The folder the essay was found in, so that a command run in the scratch folder finds it too.
      POLICY_SOURCES_DIR: sources,
      NO_COLOR: '1',
      COLUMNS: '80',
    },
  });
  // A terminal shows no carriage return (the CSV's lines end in CRLF).
  return { lines: r.stdout.replace(/\r?\n$/, '').split(/\r?\n/), code: r.status ?? 1 };
}

try {
  if (!existsSync(bin)) throw new Stop(`no built CLI at ${bin}: run pnpm build first`);
  const essay = findSourceText(ESSAY, { cwd: repoRoot });
  if (!essay) throw new Stop(missingSourceHint(ESSAY));
  fillScratch(scratch, essay.text);
  const readme = readFileSync(readmeFile, 'utf8');
  // The completion scripts are written into the reader's home and print nothing.
  const sources = dirname(essay.file);
  const fresh = refreshConsoleExamples(
    readme,
    (command) => run(command, sources),
    (command) => command.includes(' completion '),
  );
  if (fresh === readme) console.log(`${consoleCommands(readme).length} console examples, all current`);
  else if (check)
    throw new Stop(
      'apps/cli/README.md: console examples out of date; run pnpm --filter @policy/cli readme:examples',
    );
  else {
    writeFileSync(readmeFile, fresh);
    console.log(
      'apps/cli/README.md: console examples rewritten from the built CLI (git diff shows what changed)',
    );
  }
} catch (error) {
  if (!(error instanceof Stop)) throw error;
  console.error(`readme-examples: ${error.message}`);
  process.exitCode = 1;
} finally {
  // The essay's copies go with it: its text is never left beside the repository.
  rmSync(scratch, { recursive: true, force: true });
}
